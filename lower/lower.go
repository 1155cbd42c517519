package lower

import (
	"fmt"
	"runtime/debug"

	"github.com/py2goasync/py2goasync/ir"
	"github.com/py2goasync/py2goasync/parser"
)

// Options controls how a module is lowered.
type Options struct {
	// Interactive lowers the module as the interactive interpreter (or
	// python -m asyncio) compiles it: expression statements at the top
	// level echo their value, and the top level may await
	// (PyCF_ALLOW_TOP_LEVEL_AWAIT).
	Interactive bool
}

// Lower resolves the names of a parsed module and turns it into IR. The
// error is a *parser.SyntaxError for programs CPython's compiler rejects
// (symbol table errors, "'await' outside function", "'break' outside
// loop", ...), with CPython's message and position, or an
// *ir.UnsupportedError.
func Lower(filename string, src []byte, mod *parser.Module, opts Options) (m *ir.Module, err error) {
	table, err := Resolve(filename, src, mod)
	if err != nil {
		return nil, err
	}
	l := &lowerer{filename: filename, src: src, table: table, opts: opts}
	defer func() {
		if r := recover(); r != nil {
			if le, ok := r.(lowerError); ok {
				m, err = nil, le.err
				return
			}
			// A bug in lower: report it as an error, not a crash of the
			// whole command; the robustness test fails on it.
			m, err = nil, fmt.Errorf("%s: internal error in lower: %v\n%s", filename, r, debug.Stack())
		}
	}()
	body := l.module(mod)
	return &ir.Module{Filename: filename, Interactive: opts.Interactive, Body: body}, nil
}

// lowerError unwinds the lowering at the first error.
type lowerError struct{ err error }

type lowerer struct {
	filename string
	src      []byte
	table    *ScopeTable
	opts     Options
	fn       *funcState // the function being lowered
	private  string     // the enclosing class's name, for mangling
	// futureOK holds the "from __future__" imports at the beginning of
	// the module (before CPython's ff_lineno); in interactive mode, where
	// each top-level statement is compiled alone, every top-level one.
	futureOK map[*parser.ImportFrom]bool
	// futureAnnotations: "from __future__ import annotations" makes
	// annotations strings, never evaluated.
	futureAnnotations bool
}

// fnKind is what kind of code block a funcState lowers, in the terms of
// CPython's compiler (u_scope_type), which decide the compile errors.
type fnKind uint8

const (
	kindModule fnKind = iota
	kindClass
	kindFunction
	kindAsyncFunction
	kindLambda
	kindComprehension
)

// funcState is the lowering state of one ir.Func.
type funcState struct {
	fn     *ir.Func
	scope  *Scope
	kind   fnKind
	parent *funcState
	vars   map[string]*ir.Var // locals, cells and free variables by (mangled) name
	ntemp  int
	loops  int // depth of enclosing loops in this function, for break/continue
	// inStar: inside an except* handler of this function; starLoops: the
	// loops entered since that handler (break/continue in them stay
	// inside it). CPython refuses to unwind an except* handler.
	inStar    bool
	starLoops int
}

func (l *lowerer) unsupported(sp parser.Span, format string, args ...any) {
	panic(lowerError{&ir.UnsupportedError{Filename: l.filename, Pos: sp.Start, What: fmt.Sprintf(format, args...)}})
}

// syntaxError stops with a SyntaxError over sp, as CPython's compiler
// reports it (compiler_error: the location of the node being compiled).
func (l *lowerer) syntaxError(sp parser.Span, format string, args ...any) {
	panic(lowerError{&parser.SyntaxError{
		Filename: l.filename,
		Type:     "SyntaxError",
		Msg:      fmt.Sprintf(format, args...),
		Pos:      sp.Start,
		End:      sp.End,
		Text:     sourceLine(l.src, int(sp.Start.Line)),
	}})
}

// module lowers the top level.
func (l *lowerer) module(mod *parser.Module) *ir.Func {
	scope := l.table.ScopeOf(mod)
	fn := &ir.Func{Pos: parser.Pos{Line: 1}, Kind: ir.ModuleCode, Name: "<module>", Qualname: "<module>"}
	st := l.enter(fn, scope, kindModule)
	body := mod.Body
	l.futureOK = map[*parser.ImportFrom]bool{}
	lead := body
	if _, ok := docstring(lead); ok && !l.opts.Interactive {
		lead = lead[1:]
	}
	for _, s := range lead {
		imp, ok := s.(*parser.ImportFrom)
		if ok && imp.Module == "__future__" {
			l.futureOK[imp] = true
		} else if !l.opts.Interactive {
			break
		}
	}
	l.futureAnnotations = hasFutureAnnotations(body)
	// The interactive interpreter compiles each top-level statement on
	// its own: a leading string is echoed, not a docstring.
	if doc, ok := docstring(body); ok && !l.opts.Interactive {
		fn.Doc = &doc
		sp := parser.SpanOf(body[0])
		// CPython stores the docstring as the global __doc__.
		fn.Body = append(fn.Body, &ir.Assign{Pos: sp.Start, Targets: []ir.Target{&ir.Global{Pos: sp.Start, Name: "__doc__"}}, Value: &ir.Const{Pos: sp.Start, Value: doc}})
		body = body[1:]
	}
	if l.opts.Interactive {
		// Each statement is compiled alone: one with annotations sets
		// __annotations__ up first.
		for _, s := range body {
			if findAnn([]parser.Stmt{s}) {
				fn.Body = append(fn.Body, &ir.SetupAnnotations{Pos: parser.SpanOf(s).Start})
			}
			fn.Body = append(fn.Body, l.stmt(s)...)
		}
	} else {
		if findAnn(body) {
			fn.Body = append(fn.Body, &ir.SetupAnnotations{Pos: parser.SpanOf(body[0]).Start})
		}
		fn.Body = append(fn.Body, l.stmts(body)...)
	}
	l.exit(st)
	return fn
}

// enter starts lowering fn, whose scope is scope: it creates the Vars of
// the scope (parameters are added by the caller before the others, see
// params) and makes fn the current function.
func (l *lowerer) enter(fn *ir.Func, scope *Scope, kind fnKind) *funcState {
	st := &funcState{fn: fn, scope: scope, kind: kind, parent: l.fn, vars: map[string]*ir.Var{}}
	if l.fn != nil {
		fn.Parent = l.fn.fn
		l.fn.fn.Children = append(l.fn.fn.Children, fn)
	}
	l.fn = st
	return st
}

// declareVars creates the Vars of the current scope's symbols not yet
// declared (parameters come first, declared by params): locals and cells
// of functions, free variables of functions and class bodies, and the
// __class__ cell of a class body.
func (l *lowerer) declareVars() {
	st := l.fn
	if st.scope == nil {
		return
	}
	for _, sym := range st.scope.Symbols() {
		if st.vars[sym.Name] != nil {
			continue
		}
		switch sym.Scope() {
		case Local:
			if st.kind != kindModule && st.kind != kindClass {
				l.newVar(sym.Name, ir.Local)
			}
		case Cell:
			if st.kind != kindModule {
				l.newVar(sym.Name, ir.Cell)
			}
		case Free:
			v := &ir.Var{Name: sym.Name, Scope: ir.Free, Func: st.fn, Outer: l.outerVar(st, sym.Name)}
			st.vars[sym.Name] = v
			st.fn.Free = append(st.fn.Free, v)
		}
	}
}

func (l *lowerer) newVar(name string, scope ir.Scope) *ir.Var {
	st := l.fn
	v := &ir.Var{Name: name, Scope: scope, Func: st.fn}
	st.vars[name] = v
	st.fn.Locals = append(st.fn.Locals, v)
	return v
}

// outerVar finds the variable a free variable of st refers to: the
// nearest enclosing function (or class body, for a name it passes
// through as free, or its __class__ cell) that has a Var of that name.
// Class-namespace names are not Vars, so they are skipped, as CPython's
// scoping skips class bodies.
func (l *lowerer) outerVar(st *funcState, name string) *ir.Var {
	for p := st.parent; p != nil; p = p.parent {
		if v := p.vars[name]; v != nil {
			return v
		}
	}
	l.unsupported(parser.Span{Start: st.fn.Pos}, "free variable %q without a binding in an enclosing function", name)
	return nil
}

// temp returns a new temporary of the current function.
func (l *lowerer) temp() *ir.Var {
	l.fn.ntemp++
	name := fmt.Sprintf("$%d", l.fn.ntemp)
	v := &ir.Var{Name: name, Scope: ir.Temp, Func: l.fn.fn}
	l.fn.fn.Locals = append(l.fn.fn.Locals, v)
	return v
}

// exit ends lowering st's function. The check is a guard for codegen: an
// await can only be compiled in a coroutine or async generator (or an
// interactive top level); CPython's compile errors above should have
// caught every other case.
func (l *lowerer) exit(st *funcState) {
	fn := st.fn
	if fn.HasAwait && fn.Kind != ir.Coroutine && fn.Kind != ir.AsyncGenerator && !(fn.Kind == ir.ModuleCode && l.opts.Interactive) {
		l.unsupported(parser.Span{Start: fn.Pos}, "await in %s %s", fn.Kind, fn.Qualname)
	}
	l.fn = st.parent
}

// docstring returns the docstring of a body, if its first statement is a
// string constant.
func docstring(body []parser.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	if es, ok := body[0].(*parser.ExprStmt); ok {
		if c, ok := es.Value.(*parser.Constant); ok {
			if s, ok := c.Value.(string); ok {
				return s, true
			}
		}
	}
	return "", false
}

// name returns the IR for a use of identifier id (load, store or delete)
// in the current block, as CPython's compiler_nameop chooses the opcode.
func (l *lowerer) name(id string, sp parser.Span, ctx parser.ExprContext) ir.Target {
	st := l.fn
	mangled := mangle(l.private, id)
	pos := sp.Start
	sym := st.scope.Lookup(mangled)
	if sym == nil {
		l.unsupported(sp, "name %q missing from the symbol table", id)
	}
	scope := sym.Scope()
	switch st.kind {
	case kindModule:
		return &ir.Global{Pos: pos, Name: mangled}
	case kindClass:
		switch scope {
		case GlobalExplicit:
			return &ir.Global{Pos: pos, Name: mangled}
		case Free:
			v := st.vars[mangled]
			if ctx == parser.Load {
				return &ir.ClassName{Pos: pos, Name: mangled, Var: v}
			}
			return &ir.Name{Pos: pos, Var: v}
		case Cell:
			return &ir.Name{Pos: pos, Var: st.vars[mangled]}
		}
		return &ir.ClassName{Pos: pos, Name: mangled}
	}
	switch scope {
	case GlobalExplicit, GlobalImplicit:
		return &ir.Global{Pos: pos, Name: mangled}
	}
	v := st.vars[mangled]
	if v == nil {
		l.unsupported(sp, "name %q has no variable", id)
	}
	return &ir.Name{Pos: pos, Var: v}
}

// hasFutureAnnotations says the module starts (after its docstring) with
// "from __future__ import annotations" among its future imports, as
// Resolve decides it.
func hasFutureAnnotations(body []parser.Stmt) bool {
	if len(body) > 0 && isDocstring(body[0]) {
		body = body[1:]
	}
	for _, s := range body {
		imp, ok := s.(*parser.ImportFrom)
		if !ok || imp.Module != "__future__" {
			return false
		}
		for _, a := range imp.Names {
			if a.Name == "annotations" {
				return true
			}
		}
	}
	return false
}
