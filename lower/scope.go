// Package lower turns a parsed module into the compiler's intermediate
// form. Its first step, in this file and analyze.go, resolves names as
// CPython 3.11's symbol table does (Python/symtable.c): every function,
// class, lambda and comprehension gets a Scope saying, for each name it
// uses, whether it is local, global, free (from an enclosing function) or a
// cell (local and captured by a nested function).
//
// The results live in side tables keyed by syntax node (ScopeTable); the
// tree is never modified.
package lower

import (
	"fmt"
	"strings"

	"github.com/py2goasync/py2goasync/parser"
)

// Flags says how a name is defined and used in a scope. The values are
// CPython's (Include/internal/pycore_symtable.h), so that a table can be
// compared with the symtable module's, and the resolved SymbolScope is
// kept in the bits above scopeShift, as CPython keeps it.
type Flags int64

// The definition flags.
const (
	DefGlobal    Flags = 1 << 0 // global statement
	DefLocal     Flags = 1 << 1 // assignment in code block
	DefParam     Flags = 1 << 2 // formal parameter
	DefNonlocal  Flags = 1 << 3 // nonlocal statement
	Use          Flags = 1 << 4 // name is used
	DefFree      Flags = 1 << 5 // name used but not defined in nested block
	DefFreeClass Flags = 1 << 6 // free variable from class's method
	DefImport    Flags = 1 << 7 // assignment by import
	DefAnnot     Flags = 1 << 8 // name is annotated
	DefCompIter  Flags = 1 << 9 // comprehension iteration variable

	DefBound = DefLocal | DefParam | DefImport

	scopeShift = 11
	scopeMask  = 15
)

// SymbolScope is where a name lives at run time.
type SymbolScope uint8

// The symbol scopes, with CPython's values.
const (
	Local          SymbolScope = 1 // a local of this scope
	GlobalExplicit SymbolScope = 2 // declared global
	GlobalImplicit SymbolScope = 3 // not bound in any enclosing function: a global or builtin
	Free           SymbolScope = 4 // bound in an enclosing function
	Cell           SymbolScope = 5 // local, and captured by a nested function
)

// Scope returns the resolved scope stored in the flags.
func (f Flags) Scope() SymbolScope { return SymbolScope((f >> scopeShift) & scopeMask) }

// Symbol is one name of a scope.
type Symbol struct {
	Name  string // mangled, as CPython stores it
	Flags Flags  // definition flags and, after analysis, the scope
}

// Scope returns where the symbol lives.
func (s *Symbol) Scope() SymbolScope { return s.Flags.Scope() }

// ScopeKind is what made a scope.
type ScopeKind uint8

// The scope kinds, with CPython's values (_Py_block_ty).
const (
	FunctionScope   ScopeKind = 0 // def, async def, lambda, comprehension
	ClassScope      ScopeKind = 1
	ModuleScope     ScopeKind = 2
	AnnotationScope ScopeKind = 3 // an annotation under "from __future__ import annotations"
)

// Comprehension says which kind of comprehension a function scope is.
type Comprehension uint8

// The comprehension kinds.
const (
	NoComprehension Comprehension = iota
	ListComprehension
	DictComprehension
	SetComprehension
	GeneratorExpression
)

func (c Comprehension) String() string {
	return [...]string{"", "list comprehension", "dict comprehension", "set comprehension", "generator expression"}[c]
}

// Scope is one block of the symbol table: CPython's symtable entry.
type Scope struct {
	Kind ScopeKind
	// Name is the function or class name, "top" for the module, "lambda",
	// or "listcomp", "setcomp", "dictcomp", "genexpr".
	Name string
	// Node is the node that opens the scope: *parser.Module,
	// *parser.FunctionDef, *parser.ClassDef, *parser.Lambda, a
	// comprehension node, or the annotation expression.
	Node parser.Node
	Line int32

	Parent   *Scope
	Children []*Scope

	symbols []*Symbol
	index   map[string]int

	Nested        bool          // a function scope inside a function scope
	Generator     bool          // contains yield (ste_generator)
	Coroutine     bool          // async def, or an async comprehension (ste_coroutine)
	Comprehension Comprehension // which comprehension, if any
	Varargs       bool          // has *args
	Varkeywords   bool          // has **kwargs
	// Free is set if the scope has free variables; ChildFree if any
	// nested scope has.
	Free, ChildFree bool
	// NeedsClassClosure is set on a class whose methods use __class__ or
	// super().
	NeedsClassClosure bool

	compIterTarget bool // visiting a comprehension's target
	compIterExpr   int  // visiting a comprehension's iterable
	directives     map[string]parser.Span
}

// Symbols returns the scope's symbols in the order they were first seen.
func (s *Scope) Symbols() []*Symbol { return s.symbols }

// Lookup returns the symbol for a (mangled) name, or nil.
func (s *Scope) Lookup(name string) *Symbol {
	if i, ok := s.index[name]; ok {
		return s.symbols[i]
	}
	return nil
}

// flags returns the flags recorded for name so far (0 if none).
func (s *Scope) flags(name string) Flags {
	if sym := s.Lookup(name); sym != nil {
		return sym.Flags
	}
	return 0
}

// setFlags records flags for name.
func (s *Scope) setFlags(name string, f Flags) {
	if i, ok := s.index[name]; ok {
		s.symbols[i].Flags = f
		return
	}
	s.index[name] = len(s.symbols)
	s.symbols = append(s.symbols, &Symbol{Name: name, Flags: f})
}

func (s *Scope) String() string { return fmt.Sprintf("%s scope %q at line %d", s.Kind, s.Name, s.Line) }

func (k ScopeKind) String() string {
	switch k {
	case FunctionScope:
		return "function"
	case ClassScope:
		return "class"
	case ModuleScope:
		return "module"
	}
	return "annotation"
}

// ScopeTable is the symbol table of a module: its scopes and the node
// each belongs to.
type ScopeTable struct {
	Top    *Scope
	byNode map[parser.Node]*Scope
}

// ScopeOf returns the scope a node opens (a module, function, class,
// lambda or comprehension), or nil.
func (t *ScopeTable) ScopeOf(n parser.Node) *Scope { return t.byNode[n] }

// mangle applies private name mangling (_Py_Mangle): inside class C a
// name __x (not ending in __) becomes _C__x.
func mangle(private, name string) string {
	if private == "" || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	class := strings.TrimLeft(private, "_")
	if class == "" {
		return name
	}
	return "_" + class + name
}
