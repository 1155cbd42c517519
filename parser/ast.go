package parser

// This file declares the syntax tree. It mirrors the node classes of
// CPython 3.11's ast module (Parser/Python.asdl) one for one, so that Dump can
// print a tree exactly as ast.dump does, with three deliberate merges: the
// async forms of def, for and with are the plain nodes with Async set, and
// are printed under CPython's Async* names.
//
// Node interfaces are closed by unexported marker methods, as in
// go/ast and starlark-go's syntax package.
//
// Nil means None: an optional child (expr? in the ASDL) that is absent is a
// nil interface or pointer, and an absent optional identifier is "".

// A Node is any syntax tree node.
type Node interface {
	node()
}

// A Stmt is a statement node.
type Stmt interface {
	Node
	Spanned
	stmtNode()
}

// An Expr is an expression node.
type Expr interface {
	Node
	Spanned
	exprNode()
}

// A Pattern is a match-statement pattern node.
type Pattern interface {
	Node
	Spanned
	patternNode()
}

// Spanned is implemented by the nodes that CPython gives positions to
// (lineno, col_offset, end_lineno, end_col_offset): statements,
// expressions, patterns, except handlers, arg, keyword and alias.
type Spanned interface {
	Node
	span() *Span
}

// SpanOf returns the extent of a node that has one.
func SpanOf(n Spanned) Span { return *n.span() }

// ---- Modules ----

// Module is a whole file: ast.Module(body, type_ignores).
// TypeIgnores is always empty: type comments are not parsed.
type Module struct {
	Body        []Stmt       `py:"body"`
	TypeIgnores []TypeIgnore `py:"type_ignores"`
}

// Interactive is one input of the interactive interpreter
// (ast.parse(mode='single')): ast.Interactive(body).
type Interactive struct {
	Body []Stmt `py:"body"`
}

// Expression is a lone expression (ast.parse(mode='eval')).
type Expression struct {
	Body Expr `py:"body"`
}

// TypeIgnore is a "# type: ignore" comment; never produced, declared so
// that Module mirrors CPython.
type TypeIgnore struct {
	Lineno int    `py:"lineno"`
	Tag    string `py:"tag"`
}

// ---- Statements ----

// FunctionDef is "def Name(Args) -> Returns: Body", or "async def" when
// Async is set; Start is the position of "def" (or "async"), not of the
// first decorator. Returns nil means no annotation.
type FunctionDef struct {
	Span
	Async         bool
	Name          string     `py:"name"`
	Args          *Arguments `py:"args"`
	Body          []Stmt     `py:"body"`
	DecoratorList []Expr     `py:"decorator_list"`
	Returns       Expr       `py:"returns"`
	TypeComment   string     `py:"type_comment,opt"`
}

// ClassDef is "class Name(Bases, Keywords): Body".
type ClassDef struct {
	Span
	Name          string     `py:"name"`
	Bases         []Expr     `py:"bases"`
	Keywords      []*Keyword `py:"keywords"`
	Body          []Stmt     `py:"body"`
	DecoratorList []Expr     `py:"decorator_list"`
}

// Return is "return Value"; Value nil means a bare return.
type Return struct {
	Span
	Value Expr `py:"value"`
}

// Delete is "del Targets".
type Delete struct {
	Span
	Targets []Expr `py:"targets"`
}

// Assign is "Targets[0] = Targets[1] = ... = Value".
type Assign struct {
	Span
	Targets     []Expr `py:"targets"`
	Value       Expr   `py:"value"`
	TypeComment string `py:"type_comment,opt"`
}

// AugAssign is "Target Op= Value".
type AugAssign struct {
	Span
	Target Expr     `py:"target"`
	Op     Operator `py:"op"`
	Value  Expr     `py:"value"`
}

// AnnAssign is "Target: Annotation = Value"; Value nil means no value.
// Simple is 1 when Target is a plain name not in parentheses.
type AnnAssign struct {
	Span
	Target     Expr `py:"target"`
	Annotation Expr `py:"annotation"`
	Value      Expr `py:"value"`
	Simple     int  `py:"simple"`
}

// For is "for Target in Iter: Body else: Orelse", or "async for" when
// Async is set.
type For struct {
	Span
	Async       bool
	Target      Expr   `py:"target"`
	Iter        Expr   `py:"iter"`
	Body        []Stmt `py:"body"`
	Orelse      []Stmt `py:"orelse"`
	TypeComment string `py:"type_comment,opt"`
}

// While is "while Test: Body else: Orelse".
type While struct {
	Span
	Test   Expr   `py:"test"`
	Body   []Stmt `py:"body"`
	Orelse []Stmt `py:"orelse"`
}

// If is "if Test: Body else: Orelse"; an elif is an If alone in Orelse.
type If struct {
	Span
	Test   Expr   `py:"test"`
	Body   []Stmt `py:"body"`
	Orelse []Stmt `py:"orelse"`
}

// With is "with Items: Body", or "async with" when Async is set.
type With struct {
	Span
	Async       bool
	Items       []*WithItem `py:"items"`
	Body        []Stmt      `py:"body"`
	TypeComment string      `py:"type_comment,opt"`
}

// Match is "match Subject: Cases".
type Match struct {
	Span
	Subject Expr         `py:"subject"`
	Cases   []*MatchCase `py:"cases"`
}

// Raise is "raise Exc from Cause"; nil means the part is absent.
type Raise struct {
	Span
	Exc   Expr `py:"exc"`
	Cause Expr `py:"cause"`
}

// Try is "try: Body except...: Handlers else: Orelse finally: Finalbody",
// or "try ... except*" (CPython's TryStar) when Star is set.
type Try struct {
	Span
	Star      bool
	Body      []Stmt           `py:"body"`
	Handlers  []*ExceptHandler `py:"handlers"`
	Orelse    []Stmt           `py:"orelse"`
	Finalbody []Stmt           `py:"finalbody"`
}

// Assert is "assert Test, Msg"; Msg nil means no message.
type Assert struct {
	Span
	Test Expr `py:"test"`
	Msg  Expr `py:"msg"`
}

// Import is "import Names".
type Import struct {
	Span
	Names []*Alias `py:"names"`
}

// ImportFrom is "from ...Module import Names", with Level leading dots;
// Module "" means none ("from . import x").
type ImportFrom struct {
	Span
	Module string   `py:"module,opt"`
	Names  []*Alias `py:"names"`
	Level  int      `py:"level"`
}

// Global is "global Names".
type Global struct {
	Span
	Names []string `py:"names"`
}

// Nonlocal is "nonlocal Names".
type Nonlocal struct {
	Span
	Names []string `py:"names"`
}

// ExprStmt is an expression used as a statement: ast.Expr.
type ExprStmt struct {
	Span
	Value Expr `py:"value"`
}

// Pass is "pass".
type Pass struct{ Span }

// Break is "break".
type Break struct{ Span }

// Continue is "continue".
type Continue struct{ Span }

// ---- Expressions ----

// BoolOp is "Values[0] Op Values[1] Op ..." for one of and/or.
type BoolOp struct {
	Span
	Op     BoolOperator `py:"op"`
	Values []Expr       `py:"values"`
}

// NamedExpr is "Target := Value".
type NamedExpr struct {
	Span
	Target Expr `py:"target"`
	Value  Expr `py:"value"`
}

// BinOp is "Left Op Right".
type BinOp struct {
	Span
	Left  Expr     `py:"left"`
	Op    Operator `py:"op"`
	Right Expr     `py:"right"`
}

// UnaryOp is "Op Operand".
type UnaryOp struct {
	Span
	Op      UnaryOperator `py:"op"`
	Operand Expr          `py:"operand"`
}

// Lambda is "lambda Args: Body".
type Lambda struct {
	Span
	Args *Arguments `py:"args"`
	Body Expr       `py:"body"`
}

// IfExp is "Body if Test else Orelse".
type IfExp struct {
	Span
	Test   Expr `py:"test"`
	Body   Expr `py:"body"`
	Orelse Expr `py:"orelse"`
}

// Dict is "{Keys[i]: Values[i], ...}"; a nil key means "**Values[i]".
type Dict struct {
	Span
	Keys   []Expr `py:"keys"`
	Values []Expr `py:"values"`
}

// Set is "{Elts}".
type Set struct {
	Span
	Elts []Expr `py:"elts"`
}

// ListComp is "[Elt Generators]".
type ListComp struct {
	Span
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}

// SetComp is "{Elt Generators}".
type SetComp struct {
	Span
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}

// DictComp is "{Key: Value Generators}".
type DictComp struct {
	Span
	Key        Expr             `py:"key"`
	Value      Expr             `py:"value"`
	Generators []*Comprehension `py:"generators"`
}

// GeneratorExp is "(Elt Generators)".
type GeneratorExp struct {
	Span
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}

// Await is "await Value".
type Await struct {
	Span
	Value Expr `py:"value"`
}

// Yield is "yield Value"; Value nil means a bare yield.
type Yield struct {
	Span
	Value Expr `py:"value"`
}

// YieldFrom is "yield from Value".
type YieldFrom struct {
	Span
	Value Expr `py:"value"`
}

// Compare is "Left Ops[0] Comparators[0] Ops[1] Comparators[1] ...".
type Compare struct {
	Span
	Left        Expr          `py:"left"`
	Ops         []CmpOperator `py:"ops"`
	Comparators []Expr        `py:"comparators"`
}

// Call is "Func(Args, Keywords)".
type Call struct {
	Span
	Func     Expr       `py:"func"`
	Args     []Expr     `py:"args"`
	Keywords []*Keyword `py:"keywords"`
}

// FormattedValue is one replacement field "{Value!c:FormatSpec}" of an
// f-string. Conversion is -1 for none, else 's', 'r' or 'a'; FormatSpec
// nil means none, else it is a JoinedStr.
type FormattedValue struct {
	Span
	Value      Expr `py:"value"`
	Conversion int  `py:"conversion"`
	FormatSpec Expr `py:"format_spec"`
}

// JoinedStr is an f-string: Values are Constant strings and
// FormattedValues.
type JoinedStr struct {
	Span
	Values []Expr `py:"values"`
}

// Constant is a literal. Kind is "u" for a u-prefixed string, else "".
// Value holds one of:
//
//	None, Ellipsis  the singletons below
//	bool            True, False
//	*big.Int        an int literal
//	float64         a float literal
//	complex128      an imaginary literal (its real part is 0)
//	string          a str, in WTF-8: valid UTF-8, except that a lone
//	                surrogate (from an escape such as "\udc80") is encoded
//	                as its 3-byte generalized UTF-8 sequence
//	[]byte          a bytes literal
type Constant struct {
	Span
	Value any    `py:"value"`
	Kind  string `py:"kind,opt"`
}

// NoneType is the type of None, the Constant value of None.
type NoneType struct{}

// EllipsisType is the type of Ellipsis, the Constant value of "...".
type EllipsisType struct{}

// The singleton constant values.
var (
	None     = NoneType{}
	Ellipsis = EllipsisType{}
)

// Attribute is "Value.Attr".
type Attribute struct {
	Span
	Value Expr        `py:"value"`
	Attr  string      `py:"attr"`
	Ctx   ExprContext `py:"ctx"`
}

// Subscript is "Value[Slice]"; a tuple of indices is a Tuple Slice.
type Subscript struct {
	Span
	Value Expr        `py:"value"`
	Slice Expr        `py:"slice"`
	Ctx   ExprContext `py:"ctx"`
}

// Starred is "*Value".
type Starred struct {
	Span
	Value Expr        `py:"value"`
	Ctx   ExprContext `py:"ctx"`
}

// Name is an identifier used as an expression.
type Name struct {
	Span
	Id  string      `py:"id"`
	Ctx ExprContext `py:"ctx"`
}

// List is "[Elts]".
type List struct {
	Span
	Elts []Expr      `py:"elts"`
	Ctx  ExprContext `py:"ctx"`
}

// Tuple is "Elts[0], Elts[1], ..." with or without parentheses.
type Tuple struct {
	Span
	Elts []Expr      `py:"elts"`
	Ctx  ExprContext `py:"ctx"`
}

// Slice is "Lower:Upper:Step" inside a subscript; nil means absent.
type Slice struct {
	Span
	Lower Expr `py:"lower"`
	Upper Expr `py:"upper"`
	Step  Expr `py:"step"`
}

// ---- Enumerations ----

// ExprContext says whether an expression is read, assigned or deleted.
type ExprContext uint8

// The expression contexts.
const (
	Load ExprContext = iota
	Store
	Del
)

func (c ExprContext) String() string { return [...]string{"Load", "Store", "Del"}[c] }

// BoolOperator is and/or.
type BoolOperator uint8

// The boolean operators.
const (
	And BoolOperator = iota
	Or
)

func (o BoolOperator) String() string { return [...]string{"And", "Or"}[o] }

// Operator is a binary arithmetic or bitwise operator.
type Operator uint8

// The binary operators.
const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

var operatorNames = [...]string{"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}

func (o Operator) String() string { return operatorNames[o] }

// UnaryOperator is ~, not, + or -.
type UnaryOperator uint8

// The unary operators.
const (
	Invert UnaryOperator = iota
	Not
	UAdd
	USub
)

func (o UnaryOperator) String() string { return [...]string{"Invert", "Not", "UAdd", "USub"}[o] }

// CmpOperator is a comparison operator.
type CmpOperator uint8

// The comparison operators.
const (
	Eq CmpOperator = iota
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

var cmpOperatorNames = [...]string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}

func (o CmpOperator) String() string { return cmpOperatorNames[o] }

// ---- Other nodes ----

// Comprehension is one "for Target in Iter if Ifs..." clause, or
// "async for" when IsAsync is 1.
type Comprehension struct {
	Target  Expr   `py:"target"`
	Iter    Expr   `py:"iter"`
	Ifs     []Expr `py:"ifs"`
	IsAsync int    `py:"is_async"`
}

// ExceptHandler is "except Type as Name: Body"; Type nil means a bare
// except, Name "" means no "as".
type ExceptHandler struct {
	Span
	Type Expr   `py:"type"`
	Name string `py:"name,opt"`
	Body []Stmt `py:"body"`
}

// Arguments is a parameter list. KwDefaults parallels Kwonlyargs, with nil
// for a parameter without default; Defaults belong to the last
// len(Defaults) of Posonlyargs+Args. Vararg and Kwarg nil mean absent.
type Arguments struct {
	Posonlyargs []*Arg `py:"posonlyargs"`
	Args        []*Arg `py:"args"`
	Vararg      *Arg   `py:"vararg"`
	Kwonlyargs  []*Arg `py:"kwonlyargs"`
	KwDefaults  []Expr `py:"kw_defaults"`
	Kwarg       *Arg   `py:"kwarg"`
	Defaults    []Expr `py:"defaults"`
}

// Arg is one parameter; Annotation nil means none.
type Arg struct {
	Span
	Arg         string `py:"arg"`
	Annotation  Expr   `py:"annotation"`
	TypeComment string `py:"type_comment,opt"`
}

// Keyword is "Arg=Value" in a call or class bases, or "**Value" when Arg
// is "".
type Keyword struct {
	Span
	Arg   string `py:"arg,opt"`
	Value Expr   `py:"value"`
}

// Alias is "Name as Asname" in an import; Asname "" means no "as".
type Alias struct {
	Span
	Name   string `py:"name"`
	Asname string `py:"asname,opt"`
}

// WithItem is "ContextExpr as OptionalVars"; OptionalVars nil means no
// "as".
type WithItem struct {
	ContextExpr  Expr `py:"context_expr"`
	OptionalVars Expr `py:"optional_vars"`
}

// MatchCase is "case Pattern if Guard: Body"; Guard nil means none.
type MatchCase struct {
	Pattern Pattern `py:"pattern"`
	Guard   Expr    `py:"guard"`
	Body    []Stmt  `py:"body"`
}

// ---- Patterns ----

// MatchValue is a value pattern: a literal or dotted name.
type MatchValue struct {
	Span
	Value Expr `py:"value"`
}

// MatchSingleton is None, True or False as a pattern; Value is None or a
// bool.
type MatchSingleton struct {
	Span
	Value any `py:"value"`
}

// MatchSequence is "[Patterns]" or "(Patterns)".
type MatchSequence struct {
	Span
	Patterns []Pattern `py:"patterns"`
}

// MatchMapping is "{Keys[i]: Patterns[i], **Rest}"; Rest "" means none.
type MatchMapping struct {
	Span
	Keys     []Expr    `py:"keys"`
	Patterns []Pattern `py:"patterns"`
	Rest     string    `py:"rest,opt"`
}

// MatchClass is "Cls(Patterns, KwdAttrs[i]=KwdPatterns[i])".
type MatchClass struct {
	Span
	Cls         Expr      `py:"cls"`
	Patterns    []Pattern `py:"patterns"`
	KwdAttrs    []string  `py:"kwd_attrs"`
	KwdPatterns []Pattern `py:"kwd_patterns"`
}

// MatchStar is "*Name" in a sequence pattern; Name "" means "*_".
type MatchStar struct {
	Span
	Name string `py:"name,opt"`
}

// MatchAs is "Pattern as Name", a capture pattern (Pattern nil), or the
// wildcard "_" (both absent).
type MatchAs struct {
	Span
	Pattern Pattern `py:"pattern"`
	Name    string  `py:"name,opt"`
}

// MatchOr is "Patterns[0] | Patterns[1] | ...".
type MatchOr struct {
	Span
	Patterns []Pattern `py:"patterns"`
}

// ---- Marker methods ----

func (*Module) node()         {}
func (*Interactive) node()    {}
func (*Expression) node()     {}
func (*TypeIgnore) node()     {}
func (*FunctionDef) node()    {}
func (*ClassDef) node()       {}
func (*Return) node()         {}
func (*Delete) node()         {}
func (*Assign) node()         {}
func (*AugAssign) node()      {}
func (*AnnAssign) node()      {}
func (*For) node()            {}
func (*While) node()          {}
func (*If) node()             {}
func (*With) node()           {}
func (*Match) node()          {}
func (*Raise) node()          {}
func (*Try) node()            {}
func (*Assert) node()         {}
func (*Import) node()         {}
func (*ImportFrom) node()     {}
func (*Global) node()         {}
func (*Nonlocal) node()       {}
func (*ExprStmt) node()       {}
func (*Pass) node()           {}
func (*Break) node()          {}
func (*Continue) node()       {}
func (*BoolOp) node()         {}
func (*NamedExpr) node()      {}
func (*BinOp) node()          {}
func (*UnaryOp) node()        {}
func (*Lambda) node()         {}
func (*IfExp) node()          {}
func (*Dict) node()           {}
func (*Set) node()            {}
func (*ListComp) node()       {}
func (*SetComp) node()        {}
func (*DictComp) node()       {}
func (*GeneratorExp) node()   {}
func (*Await) node()          {}
func (*Yield) node()          {}
func (*YieldFrom) node()      {}
func (*Compare) node()        {}
func (*Call) node()           {}
func (*FormattedValue) node() {}
func (*JoinedStr) node()      {}
func (*Constant) node()       {}
func (*Attribute) node()      {}
func (*Subscript) node()      {}
func (*Starred) node()        {}
func (*Name) node()           {}
func (*List) node()           {}
func (*Tuple) node()          {}
func (*Slice) node()          {}
func (*Comprehension) node()  {}
func (*ExceptHandler) node()  {}
func (*Arguments) node()      {}
func (*Arg) node()            {}
func (*Keyword) node()        {}
func (*Alias) node()          {}
func (*WithItem) node()       {}
func (*MatchCase) node()      {}
func (*MatchValue) node()     {}
func (*MatchSingleton) node() {}
func (*MatchSequence) node()  {}
func (*MatchMapping) node()   {}
func (*MatchClass) node()     {}
func (*MatchStar) node()      {}
func (*MatchAs) node()        {}
func (*MatchOr) node()        {}

func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*For) stmtNode()         {}
func (*While) stmtNode()       {}
func (*If) stmtNode()          {}
func (*With) stmtNode()        {}
func (*Match) stmtNode()       {}
func (*Raise) stmtNode()       {}
func (*Try) stmtNode()         {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*ExprStmt) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}
