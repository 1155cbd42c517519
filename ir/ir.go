// Package ir is the compiler's intermediate form: a tree of functions,
// statements and expressions in which every name is resolved (local, cell,
// free, global) and the constructs that have a plain-Python meaning are
// desugared (augmented assignment, comprehensions, assert, decorators,
// imports); with, async with and async for stay nodes (expand.go) whose
// exact CPython semantics codegen expands with the runtime. lower builds
// it from the parser's tree and its symbol table; codegen turns it into
// Go.
//
// The tree is close to the shape of the source on purpose: codegen emits
// one Go function per Python function and the Go reader should recognize
// the program. Every node keeps the position of the source construct it
// came from so that codegen can emit //line directives.
package ir

import (
	"fmt"

	"github.com/py2goasync/py2goasync/parser"
)

// Pos is a source position (1-based line, 0-based byte column), the
// parser's.
type Pos = parser.Pos

// UnsupportedError says the module uses a construct py2goasync does not
// translate (lower and codegen report it). It prints as
// "file.py:LINE:COL: unsupported: what" with a 1-based (byte) column.
type UnsupportedError struct {
	Filename string
	Pos      Pos // the parser's: 1-based line, 0-based byte column
	What     string
}

func (e *UnsupportedError) Error() string {
	return fmt.Sprintf("%s:%d:%d: unsupported: %s", e.Filename, e.Pos.Line, e.Pos.Col+1, e.What)
}

// Module is one Python source file.
//
//	shape: Body is the module's code as a function of kind ModuleCode
type Module struct {
	Filename    string // as given on the command line
	Interactive bool   // run as the interactive interpreter runs it (expression statements echo, top-level await)
	Body        *Func
}

// FuncKind is what kind of code a Func is. It decides how it is called
// and what calling it returns.
type FuncKind uint8

const (
	Plain          FuncKind = iota // def or lambda: calling runs the body
	Generator                      // def with yield: calling returns a generator
	Coroutine                      // async def (or async comprehension): calling returns a coroutine
	AsyncGenerator                 // async def with yield: calling returns an async generator
	ModuleCode                     // a module's top level (may await in interactive mode)
	ClassBody                      // a class body: runs once, fills the namespace
)

func (k FuncKind) String() string {
	return [...]string{"plain", "generator", "coroutine", "asyncgen", "module", "class"}[k]
}

// Func is a def, async def, lambda, comprehension, class body or module.
//
//	shape: Params (in CPython's co_varnames order: positional-only,
//	positional-or-keyword, *args, keyword-only, **kwargs), Body
type Func struct {
	Pos      Pos
	Kind     FuncKind
	Name     string // "main", "<lambda>", "<listcomp>", "<module>", class name for a class body
	Qualname string // "Outer.method.<locals>.inner"
	Params   []*Param
	Locals   []*Var // every local variable, parameters first; includes cells and temporaries
	Free     []*Var // variables of enclosing functions this one uses (Var.Scope == Free)
	Body     []Stmt
	// Doc is the docstring (nil: none), not in Body. A function's
	// __doc__ comes from here; a module's and a class body's start with
	// an explicit assignment of __doc__, as CPython's do.
	Doc      *string
	Children []*Func // functions defined directly inside, in source order
	Parent   *Func   // nil for the module
	// HasAwait says the body contains an await, async for or async with
	// (for ModuleCode: top-level await, allowed only when Interactive).
	HasAwait bool
	// NeedsClassCell, on a ClassBody, says a method uses __class__ or
	// zero-argument super(): the body then has a Cell Var "__class__"
	// (which the methods' Free "__class__" refer to) that the runtime
	// fills with the new class.
	NeedsClassCell bool
}

// ParamKind is how a parameter is bound.
type ParamKind uint8

const (
	PosOnly ParamKind = iota
	PosOrKw
	VarArgs // *args
	KwOnly
	VarKw // **kwargs
)

// Param is one parameter. Default values live in the MakeFunction that
// creates the function, since they are evaluated where the def is.
type Param struct {
	Var  *Var
	Kind ParamKind
	// HasDefault says a default value is given in MakeFunction.Defaults
	// (positional) or MakeFunction.KwDefaults (keyword-only).
	HasDefault bool
}

// Scope is where a variable lives.
type Scope uint8

const (
	Local Scope = iota // a local of its function, not captured
	Cell               // a local captured by a nested function
	Free               // a variable of an enclosing function (Var.Outer)
	Temp               // a compiler temporary, local to its function
)

func (s Scope) String() string { return [...]string{"local", "cell", "free", "temp"}[s] }

// Var is a function-level variable: a local, cell, free variable or
// temporary. Globals and builtins are not Vars (see Global).
type Var struct {
	Name  string // Python name (mangled); temporaries are "$1", "$2", ...
	Scope Scope
	Func  *Func
	Outer *Var // for Free: the variable it refers to in an enclosing function; nil otherwise
}

// Node is any IR node.
type Node interface{ At() Pos }

// Stmt is a statement.
type Stmt interface {
	Node
	stmt()
}

// Expr is an expression.
type Expr interface {
	Node
	expr()
}

// Target is what can be assigned to or deleted: *Name, *Global,
// *ClassName, *Attr, *Subscript, *TupleTarget (unpacking; also lists).
type Target interface {
	Expr
	target()
}

// ---- statements ----

type (
	// ExprStmt evaluates X and drops it; in an interactive module's top
	// level, Echo says the value is shown as the REPL shows it.
	ExprStmt struct {
		Pos  Pos
		X    Expr
		Echo bool
	}

	// Assign evaluates Value once and assigns it to each target, left to
	// right (a = b = v).
	Assign struct {
		Pos     Pos
		Targets []Target
		Value   Expr
	}

	// Del deletes each target in turn.
	Del struct {
		Pos     Pos
		Targets []Target
	}

	// If: Else nil means none.
	If struct {
		Pos  Pos
		Cond Expr
		Then []Stmt
		Else []Stmt
	}

	// While: Else runs when Cond becomes false (not after break).
	While struct {
		Pos  Pos
		Cond Expr
		Body []Stmt
		Else []Stmt
	}

	// For is a synchronous for loop (async for is AsyncFor, in
	// expand.go).
	For struct {
		Pos    Pos
		Target Target
		Iter   Expr
		Body   []Stmt
		Else   []Stmt
	}

	Break    struct{ Pos Pos }
	Continue struct{ Pos Pos }

	// Return: Value nil means return None.
	Return struct {
		Pos   Pos
		Value Expr
	}

	// Raise: Exc nil means a bare raise (re-raise the exception being
	// handled); Cause nil means no "from".
	Raise struct {
		Pos   Pos
		Exc   Expr
		Cause Expr
	}

	// SetupAnnotations is CPython's SETUP_ANNOTATIONS, at the start of a
	// module or class body with annotated assignments: __annotations__
	// becomes a new dict unless the namespace (the class namespace when
	// Class, else the module globals) already has one.
	SetupAnnotations struct {
		Pos   Pos
		Class bool
	}

	// Try is try/except/else/finally (Star: except*). Handlers, Else and
	// Finally may be empty.
	Try struct {
		Pos      Pos
		Body     []Stmt
		Handlers []*Handler
		Else     []Stmt
		Finally  []Stmt
		Star     bool
	}
)

// Handler is one except clause. Type nil means a bare except; Name nil
// means no "as". As in CPython, the name is deleted at the end of the
// handler (lower emits that Del).
type Handler struct {
	Pos  Pos
	Type Expr
	Name Target
	Body []Stmt
}

func (s *ExprStmt) At() Pos         { return s.Pos }
func (s *Assign) At() Pos           { return s.Pos }
func (s *Del) At() Pos              { return s.Pos }
func (s *If) At() Pos               { return s.Pos }
func (s *While) At() Pos            { return s.Pos }
func (s *For) At() Pos              { return s.Pos }
func (s *Break) At() Pos            { return s.Pos }
func (s *Continue) At() Pos         { return s.Pos }
func (s *Return) At() Pos           { return s.Pos }
func (s *Raise) At() Pos            { return s.Pos }
func (s *Try) At() Pos              { return s.Pos }
func (s *SetupAnnotations) At() Pos { return s.Pos }

func (*ExprStmt) stmt()         {}
func (*Assign) stmt()           {}
func (*Del) stmt()              {}
func (*If) stmt()               {}
func (*While) stmt()            {}
func (*For) stmt()              {}
func (*Break) stmt()            {}
func (*Continue) stmt()         {}
func (*Return) stmt()           {}
func (*Raise) stmt()            {}
func (*Try) stmt()              {}
func (*SetupAnnotations) stmt() {}

// ---- expressions ----

type (
	// Const is a constant. Value has the parser's constant types:
	// parser.None, parser.Ellipsis, bool, *big.Int, float64, complex128,
	// string (WTF-8), []byte.
	Const struct {
		Pos   Pos
		Value any
	}

	// Name is a local, cell, free variable or temporary.
	Name struct {
		Pos Pos
		Var *Var
	}

	// Global is a module-level name: read from the module's globals,
	// falling back to builtins; written to the module's globals.
	Global struct {
		Pos  Pos
		Name string
	}

	Attr struct {
		Pos  Pos
		X    Expr
		Name string // mangled
	}

	Subscript struct {
		Pos   Pos
		X     Expr
		Index Expr // may be a *Slice
	}

	// Slice is lo:hi:step in a subscript; nil parts mean omitted. It also
	// appears as a plain value (a slice object) where lower keeps a
	// subscript's index in a temporary (x[i:j] += y).
	Slice struct {
		Pos          Pos
		Lo, Hi, Step Expr
	}

	// TupleTarget is an unpacking target (a, b) or [a, *b]. Star is the
	// index of the starred element, or -1.
	TupleTarget struct {
		Pos  Pos
		Elts []Target
		Star int
	}

	// Call calls Func. Positional arguments may be starred (*xs);
	// keyword arguments with Name "" are **mapping.
	Call struct {
		Pos      Pos
		Func     Expr
		Args     []*Arg
		Keywords []*Keyword
	}

	BinOp struct {
		Pos     Pos
		Op      Op
		X, Y    Expr
		Inplace bool // from augmented assignment: x += y tries __iadd__ first
	}

	UnaryOp struct {
		Pos Pos
		Op  Op // Not, Neg (USub), Pos (UAdd), Invert
		X   Expr
	}

	// Compare is a chain X op0 Ys[0] op1 Ys[1] ...; each operand is
	// evaluated at most once and the chain stops at the first false.
	Compare struct {
		Pos Pos
		X   Expr
		Ops []Op // Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn
		Ys  []Expr
	}

	// BoolOp is "and"/"or" over Values: returns the deciding operand.
	BoolOp struct {
		Pos    Pos
		Op     Op // And, Or
		Values []Expr
	}

	IfExp struct {
		Pos              Pos
		Cond, Then, Else Expr
	}

	// NamedExpr is target := value.
	NamedExpr struct {
		Pos    Pos
		Target Target
		Value  Expr
	}

	// Tuple, List and Set displays; elements may be *Starred.
	Tuple struct {
		Pos  Pos
		Elts []Expr
	}
	List struct {
		Pos  Pos
		Elts []Expr
	}
	Set struct {
		Pos  Pos
		Elts []Expr
	}

	// Dict display; a nil key means **Values[i].
	Dict struct {
		Pos    Pos
		Keys   []Expr
		Values []Expr
	}

	// Starred is *X inside a display.
	Starred struct {
		Pos Pos
		X   Expr
	}

	// JoinedStr is an f-string: the concatenation of its parts, each a
	// string Const or a FormattedValue.
	JoinedStr struct {
		Pos   Pos
		Parts []Expr
	}

	// FormattedValue is format(conv(Value), Spec). Conv is 0, 's', 'r' or
	// 'a'; Spec nil means "" (otherwise a JoinedStr or Const).
	FormattedValue struct {
		Pos   Pos
		Value Expr
		Conv  byte
		Spec  Expr
	}

	Await struct {
		Pos Pos
		X   Expr
	}

	// Yield: X nil means yield None.
	Yield struct {
		Pos Pos
		X   Expr
	}

	YieldFrom struct {
		Pos Pos
		X   Expr
	}

	// MakeFunction creates a function object for Func (def, lambda,
	// comprehension). Defaults are the positional defaults (for the last
	// len(Defaults) positional parameters), KwDefaults the keyword-only
	// defaults by parameter name. Closure captures are Func.Free.
	// Annotations are the def's __annotations__ (name, then value), in
	// CPython's evaluation order, evaluated after the defaults.
	MakeFunction struct {
		Pos         Pos
		Func        *Func
		Defaults    []Expr
		KwDefaults  []*Keyword
		Annotations []*Keyword
	}

	// MakeClass runs Body (a ClassBody Func) in a fresh namespace and
	// builds the class from it: the __build_class__ protocol.
	MakeClass struct {
		Pos      Pos
		Name     string
		Body     *Func
		Bases    []*Arg
		Keywords []*Keyword // metaclass=..., etc.
	}

	// Import is __import__(Name, fromlist, level) as the import statement
	// uses it: for "import a.b" it evaluates to the top package a; with
	// From set (from a.b import c), to the module a.b itself.
	Import struct {
		Pos   Pos
		Name  string
		From  bool
		Level int
	}

	// ImportFrom is getattr(Module, Name), falling back to the submodule
	// Module.Name, raising ImportError("cannot import name ...").
	ImportFrom struct {
		Pos    Pos
		Module Expr
		Name   string
	}

	// CurrentExc is the exception being handled in the innermost
	// enclosing handler (sys.exception()). lower does not produce it
	// today: with statements are ir.With (expand.go).
	CurrentExc struct{ Pos Pos }
)

// Arg is a positional argument; Star says *X.
type Arg struct {
	X    Expr
	Star bool
}

// Keyword is name=X, or **X when Name is "".
type Keyword struct {
	Name string
	X    Expr
}

func (e *Const) At() Pos          { return e.Pos }
func (e *Name) At() Pos           { return e.Pos }
func (e *Global) At() Pos         { return e.Pos }
func (e *Attr) At() Pos           { return e.Pos }
func (e *Subscript) At() Pos      { return e.Pos }
func (e *Slice) At() Pos          { return e.Pos }
func (e *TupleTarget) At() Pos    { return e.Pos }
func (e *Call) At() Pos           { return e.Pos }
func (e *BinOp) At() Pos          { return e.Pos }
func (e *UnaryOp) At() Pos        { return e.Pos }
func (e *Compare) At() Pos        { return e.Pos }
func (e *BoolOp) At() Pos         { return e.Pos }
func (e *IfExp) At() Pos          { return e.Pos }
func (e *NamedExpr) At() Pos      { return e.Pos }
func (e *Tuple) At() Pos          { return e.Pos }
func (e *List) At() Pos           { return e.Pos }
func (e *Set) At() Pos            { return e.Pos }
func (e *Dict) At() Pos           { return e.Pos }
func (e *Starred) At() Pos        { return e.Pos }
func (e *JoinedStr) At() Pos      { return e.Pos }
func (e *FormattedValue) At() Pos { return e.Pos }
func (e *Await) At() Pos          { return e.Pos }
func (e *Yield) At() Pos          { return e.Pos }
func (e *YieldFrom) At() Pos      { return e.Pos }
func (e *MakeFunction) At() Pos   { return e.Pos }
func (e *MakeClass) At() Pos      { return e.Pos }
func (e *Import) At() Pos         { return e.Pos }
func (e *ImportFrom) At() Pos     { return e.Pos }
func (e *CurrentExc) At() Pos     { return e.Pos }

func (*Const) expr()          {}
func (*Name) expr()           {}
func (*Global) expr()         {}
func (*Attr) expr()           {}
func (*Subscript) expr()      {}
func (*Slice) expr()          {}
func (*TupleTarget) expr()    {}
func (*Call) expr()           {}
func (*BinOp) expr()          {}
func (*UnaryOp) expr()        {}
func (*Compare) expr()        {}
func (*BoolOp) expr()         {}
func (*IfExp) expr()          {}
func (*NamedExpr) expr()      {}
func (*Tuple) expr()          {}
func (*List) expr()           {}
func (*Set) expr()            {}
func (*Dict) expr()           {}
func (*Starred) expr()        {}
func (*JoinedStr) expr()      {}
func (*FormattedValue) expr() {}
func (*Await) expr()          {}
func (*Yield) expr()          {}
func (*YieldFrom) expr()      {}
func (*MakeFunction) expr()   {}
func (*MakeClass) expr()      {}
func (*Import) expr()         {}
func (*ImportFrom) expr()     {}
func (*CurrentExc) expr()     {}

func (*Name) target()        {}
func (*Global) target()      {}
func (*Attr) target()        {}
func (*Subscript) target()   {}
func (*TupleTarget) target() {}

// Op is an operator.
type Op uint8

const (
	Add Op = iota + 1
	Sub
	Mul
	MatMul
	Div
	FloorDiv
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	Not
	Neg
	UPos
	Invert
	And
	Or
	Eq
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var opNames = [...]string{
	Add: "+", Sub: "-", Mul: "*", MatMul: "@", Div: "/", FloorDiv: "//", Mod: "%", Pow: "**",
	LShift: "<<", RShift: ">>", BitOr: "|", BitXor: "^", BitAnd: "&",
	Not: "not", Neg: "-", UPos: "+", Invert: "~", And: "and", Or: "or",
	Eq: "==", NotEq: "!=", Lt: "<", LtE: "<=", Gt: ">", GtE: ">=",
	Is: "is", IsNot: "is not", In: "in", NotIn: "not in",
}

// String returns the operator as Python spells it.
func (op Op) String() string {
	if int(op) < len(opNames) && opNames[op] != "" {
		return opNames[op]
	}
	return "?"
}
