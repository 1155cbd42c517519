package lower

import (
	"strings"

	"github.com/py2goasync/py2goasync/ir"
	"github.com/py2goasync/py2goasync/parser"
)

func (l *lowerer) stmts(body []parser.Stmt) []ir.Stmt {
	var out []ir.Stmt
	for _, s := range body {
		out = append(out, l.stmt(s)...)
	}
	return out
}

// stmt lowers one statement to zero or more IR statements.
func (l *lowerer) stmt(s parser.Stmt) []ir.Stmt {
	sp := parser.SpanOf(s)
	pos := sp.Start
	switch s := s.(type) {
	case *parser.ExprStmt:
		x := l.expr(s.Value)
		echo := l.opts.Interactive && l.fn.kind == kindModule
		return []ir.Stmt{&ir.ExprStmt{Pos: pos, X: x, Echo: echo}}

	case *parser.Assign:
		// The value is evaluated before the targets' subexpressions.
		v := l.expr(s.Value)
		targets := make([]ir.Target, len(s.Targets))
		for i, t := range s.Targets {
			targets[i] = l.target(t)
		}
		return []ir.Stmt{&ir.Assign{Pos: pos, Targets: targets, Value: v}}

	case *parser.AugAssign:
		return l.augAssign(s)

	case *parser.AnnAssign:
		return l.annAssign(s)

	case *parser.Delete:
		var targets []ir.Target
		for _, t := range s.Targets {
			targets = append(targets, l.delTargets(t)...)
		}
		return []ir.Stmt{&ir.Del{Pos: pos, Targets: targets}}

	case *parser.Pass, *parser.Global, *parser.Nonlocal:
		// Declarations are in the symbol table already.
		return nil

	case *parser.If:
		return []ir.Stmt{&ir.If{Pos: pos, Cond: l.expr(s.Test), Then: l.stmts(s.Body), Else: l.stmts(s.Orelse)}}

	case *parser.While:
		cond := l.expr(s.Test)
		body := l.loopBody(s.Body)
		return []ir.Stmt{&ir.While{Pos: pos, Cond: cond, Body: body, Else: l.stmts(s.Orelse)}}

	case *parser.For:
		if s.Async {
			l.checkAsyncStmt(sp, "async for")
		}
		iter := l.expr(s.Iter)
		target := l.target(s.Target)
		body := l.loopBody(s.Body)
		orelse := l.stmts(s.Orelse)
		if s.Async {
			return []ir.Stmt{&ir.AsyncFor{Pos: pos, Target: target, Iter: iter, Body: body, Else: orelse}}
		}
		return []ir.Stmt{&ir.For{Pos: pos, Target: target, Iter: iter, Body: body, Else: orelse}}

	case *parser.Break:
		l.checkExceptStarExit(sp, false)
		if l.fn.loops == 0 {
			l.syntaxError(sp, "'break' outside loop")
		}
		return []ir.Stmt{&ir.Break{Pos: pos}}

	case *parser.Continue:
		l.checkExceptStarExit(sp, false)
		if l.fn.loops == 0 {
			l.syntaxError(sp, "'continue' not properly in loop")
		}
		return []ir.Stmt{&ir.Continue{Pos: pos}}

	case *parser.Return:
		if !l.functionLike() {
			l.syntaxError(sp, "'return' outside function")
		}
		if s.Value != nil && l.fn.scope.Coroutine && l.fn.scope.Generator {
			l.syntaxError(sp, "'return' with value in async generator")
		}
		var v ir.Expr
		if s.Value != nil {
			v = l.expr(s.Value)
		}
		if l.fn.inStar {
			// compiler_return reports at the value when it is a constant
			// (after folding) on the return's line, else at the statement.
			esp := sp
			if s.Value != nil && foldsToConst(s.Value) && parser.SpanOf(s.Value).Start.Line == sp.Start.Line {
				esp = parser.SpanOf(s.Value)
			}
			l.checkExceptStarExit(esp, true)
		}
		return []ir.Stmt{&ir.Return{Pos: pos, Value: v}}

	case *parser.Raise:
		r := &ir.Raise{Pos: pos}
		if s.Exc != nil {
			r.Exc = l.expr(s.Exc)
		}
		if s.Cause != nil {
			r.Cause = l.expr(s.Cause)
		}
		return []ir.Stmt{r}

	case *parser.Try:
		return l.try(s)

	case *parser.Assert:
		// if not test: raise AssertionError(msg), with the real
		// AssertionError (LOAD_ASSERTION_ERROR), not a global of that name.
		var exc ir.Expr = &ir.Builtin{Pos: pos, Name: "AssertionError"}
		test := l.expr(s.Test)
		if s.Msg != nil {
			exc = &ir.Call{Pos: pos, Func: exc, Args: []*ir.Arg{{X: l.expr(s.Msg)}}}
		}
		return []ir.Stmt{&ir.If{Pos: pos, Cond: &ir.UnaryOp{Pos: pos, Op: ir.Not, X: test},
			Then: []ir.Stmt{&ir.Raise{Pos: pos, Exc: exc}}}}

	case *parser.Import:
		return l.importStmt(s)

	case *parser.ImportFrom:
		return l.importFrom(s)

	case *parser.With:
		if s.Async {
			l.checkAsyncStmt(sp, "async with")
		}
		return []ir.Stmt{l.with(s, s.Items)}

	case *parser.FunctionDef:
		return l.functionDef(s)

	case *parser.ClassDef:
		return l.classDef(s)

	case *parser.Match:
		l.unsupported(sp, "match statement")
	}
	l.unsupported(sp, "statement %T", s)
	return nil
}

// functionLike says the current block is a function (def, lambda,
// comprehension), where return and yield are allowed.
func (l *lowerer) functionLike() bool {
	k := l.fn.kind
	return k != kindModule && k != kindClass
}

// checkAsyncStmt applies CPython's rule for async for and async with:
// only in an async def, or at the top level of an interactive module.
func (l *lowerer) checkAsyncStmt(sp parser.Span, what string) {
	if l.topLevelAwait() {
		l.fn.fn.HasAwait = true
		return
	}
	if l.fn.kind != kindAsyncFunction {
		l.syntaxError(sp, "'%s' outside async function", what)
	}
	l.fn.fn.HasAwait = true
}

// topLevelAwait is CPython's IS_TOP_LEVEL_AWAIT: an interactive module's
// own code (not its class bodies or functions).
func (l *lowerer) topLevelAwait() bool {
	return l.opts.Interactive && l.fn.kind == kindModule
}

func (l *lowerer) loopBody(body []parser.Stmt) []ir.Stmt {
	l.fn.loops++
	l.fn.starLoops++
	out := l.stmts(body)
	l.fn.starLoops--
	l.fn.loops--
	return out
}

// checkExceptStarExit refuses a break, continue (ret false) or return
// (ret true) that would leave an except* handler, as CPython's
// compiler_unwind_fblock_stack does before it looks for the loop.
func (l *lowerer) checkExceptStarExit(sp parser.Span, ret bool) {
	if l.fn.inStar && (ret || l.fn.starLoops == 0) {
		l.syntaxError(sp, "'break', 'continue' and 'return' cannot appear in an except* block")
	}
}

// foldsToConst says whether CPython's AST optimizer turns e into a
// constant: constants, and unary/binary operators and tuples of them.
func foldsToConst(e parser.Expr) bool {
	switch e := e.(type) {
	case *parser.Constant:
		return true
	case *parser.UnaryOp:
		return foldsToConst(e.Operand)
	case *parser.BinOp:
		return foldsToConst(e.Left) && foldsToConst(e.Right)
	case *parser.Tuple:
		for _, x := range e.Elts {
			if !foldsToConst(x) {
				return false
			}
		}
		return true
	}
	return false
}

// with lowers "with items: body" as one ir.With per item, nested.
func (l *lowerer) with(s *parser.With, items []*parser.WithItem) ir.Stmt {
	item := items[0]
	w := &ir.With{Pos: parser.SpanOf(s).Start, Async: s.Async, Ctx: l.expr(item.ContextExpr)}
	if item.OptionalVars != nil {
		w.Target = l.target(item.OptionalVars)
	}
	if len(items) > 1 {
		w.Body = []ir.Stmt{l.with(s, items[1:])}
	} else {
		w.Body = l.stmts(s.Body)
	}
	return w
}

func (l *lowerer) try(s *parser.Try) []ir.Stmt {
	sp := parser.SpanOf(s)
	t := &ir.Try{Pos: sp.Start, Body: l.stmts(s.Body), Star: s.Star}
	for _, h := range s.Handlers {
		hsp := parser.SpanOf(h)
		ih := &ir.Handler{Pos: hsp.Start}
		if h.Type != nil {
			ih.Type = l.expr(h.Type)
		}
		inStar, starLoops := l.fn.inStar, l.fn.starLoops
		if s.Star {
			l.fn.inStar, l.fn.starLoops = true, 0
		}
		if h.Name == "" {
			ih.Body = l.stmts(h.Body)
		} else {
			// As CPython compiles it: the body in a try/finally that
			// sets the name to None and deletes it, so that the
			// exception (and its traceback) does not outlive the handler.
			ih.Name = l.name(h.Name, hsp, parser.Store)
			none := &ir.Const{Pos: hsp.Start, Value: parser.None}
			ih.Body = []ir.Stmt{&ir.Try{Pos: hsp.Start, Body: l.stmts(h.Body), Finally: []ir.Stmt{
				&ir.Assign{Pos: hsp.Start, Targets: []ir.Target{l.name(h.Name, hsp, parser.Store)}, Value: none},
				&ir.Del{Pos: hsp.Start, Targets: []ir.Target{l.name(h.Name, hsp, parser.Del)}},
			}}}
		}
		l.fn.inStar, l.fn.starLoops = inStar, starLoops
		t.Handlers = append(t.Handlers, ih)
	}
	t.Else = l.stmts(s.Orelse)
	t.Finally = l.stmts(s.Finalbody)
	return []ir.Stmt{t}
}

// augAssign lowers "x op= y" to "x = x op y" with an in-place BinOp; the
// object and index of an attribute or subscript target are evaluated once,
// into temporaries, as CPython does (DUP_TOP).
func (l *lowerer) augAssign(s *parser.AugAssign) []ir.Stmt {
	pos := parser.SpanOf(s).Start
	op := binOps[s.Op]
	var pre []ir.Stmt
	var load ir.Expr
	var store ir.Target
	switch t := s.Target.(type) {
	case *parser.Name:
		tsp := parser.SpanOf(t)
		load = l.name(t.Id, tsp, parser.Load)
		store = l.name(t.Id, tsp, parser.Store)
	case *parser.Attribute:
		tpos := parser.SpanOf(t).Start
		obj := l.temp()
		pre = append(pre, &ir.Assign{Pos: pos, Targets: []ir.Target{&ir.Name{Pos: tpos, Var: obj}}, Value: l.expr(t.Value)})
		name := mangle(l.private, t.Attr)
		load = &ir.Attr{Pos: tpos, X: &ir.Name{Pos: tpos, Var: obj}, Name: name}
		store = &ir.Attr{Pos: tpos, X: &ir.Name{Pos: tpos, Var: obj}, Name: name}
	case *parser.Subscript:
		tpos := parser.SpanOf(t).Start
		obj, idx := l.temp(), l.temp()
		pre = append(pre,
			&ir.Assign{Pos: pos, Targets: []ir.Target{&ir.Name{Pos: tpos, Var: obj}}, Value: l.expr(t.Value)},
			&ir.Assign{Pos: pos, Targets: []ir.Target{&ir.Name{Pos: tpos, Var: idx}}, Value: l.expr(t.Slice)})
		load = &ir.Subscript{Pos: tpos, X: &ir.Name{Pos: tpos, Var: obj}, Index: &ir.Name{Pos: tpos, Var: idx}}
		store = &ir.Subscript{Pos: tpos, X: &ir.Name{Pos: tpos, Var: obj}, Index: &ir.Name{Pos: tpos, Var: idx}}
	default:
		l.unsupported(parser.SpanOf(s.Target), "augmented assignment to %T", s.Target)
	}
	v := &ir.BinOp{Pos: pos, Op: op, X: load, Y: l.expr(s.Value), Inplace: true}
	return append(pre, &ir.Assign{Pos: pos, Targets: []ir.Target{store}, Value: v})
}

// annAssign lowers "target: ann = value" as the assignment. In a module
// or class body CPython then evaluates the annotation and, for a simple
// name, stores it in __annotations__ (a string under "from __future__
// import annotations"); for other targets it is evaluated and dropped
// (not evaluated at all under the future import); in a function it is
// never evaluated.
// Without a value, an attribute's object or a subscript's object and
// index are still evaluated, as CPython does (check_ann_expr).
func (l *lowerer) annAssign(s *parser.AnnAssign) []ir.Stmt {
	pos := parser.SpanOf(s).Start
	var out []ir.Stmt
	if s.Value != nil {
		v := l.expr(s.Value)
		out = append(out, &ir.Assign{Pos: pos, Targets: []ir.Target{l.target(s.Target)}, Value: v})
	} else {
		switch t := s.Target.(type) {
		case *parser.Attribute:
			out = append(out, &ir.ExprStmt{Pos: pos, X: l.expr(t.Value)})
		case *parser.Subscript:
			out = append(out, &ir.ExprStmt{Pos: pos, X: l.expr(t.Value)}, &ir.ExprStmt{Pos: pos, X: l.expr(t.Slice)})
		}
	}
	if l.functionLike() {
		return out
	}
	if n, ok := s.Target.(*parser.Name); ok && s.Simple != 0 {
		// __annotations__[name] = annotation (STORE_SUBSCR).
		v := l.annotationValue(s.Annotation)
		var ann ir.Expr = &ir.Global{Pos: pos, Name: "__annotations__"}
		if l.fn.kind == kindClass {
			ann = &ir.ClassName{Pos: pos, Name: "__annotations__"}
		}
		key := &ir.Const{Pos: pos, Value: mangle(l.private, n.Id)}
		return append(out, &ir.Assign{Pos: pos, Targets: []ir.Target{&ir.Subscript{Pos: pos, X: ann, Index: key}}, Value: v})
	}
	if !l.futureAnnotations {
		out = append(out, &ir.ExprStmt{Pos: pos, X: l.expr(s.Annotation)})
	}
	return out
}

// findAnn says a module or class body has an annotated assignment outside
// nested functions and classes (CPython's find_ann): it then starts with
// SETUP_ANNOTATIONS.
func findAnn(body []parser.Stmt) bool {
	for _, s := range body {
		switch s := s.(type) {
		case *parser.AnnAssign:
			return true
		case *parser.For:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *parser.While:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *parser.If:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *parser.With:
			if findAnn(s.Body) {
				return true
			}
		case *parser.Try:
			for _, h := range s.Handlers {
				if findAnn(h.Body) {
					return true
				}
			}
			if findAnn(s.Body) || findAnn(s.Finalbody) || findAnn(s.Orelse) {
				return true
			}
		case *parser.Match:
			for _, c := range s.Cases {
				if findAnn(c.Body) {
					return true
				}
			}
		}
	}
	return false
}

// delTargets lowers a del target; "del (a, b)" deletes a then b.
func (l *lowerer) delTargets(t parser.Expr) []ir.Target {
	switch t := t.(type) {
	case *parser.Tuple:
		var out []ir.Target
		for _, e := range t.Elts {
			out = append(out, l.delTargets(e)...)
		}
		return out
	case *parser.List:
		var out []ir.Target
		for _, e := range t.Elts {
			out = append(out, l.delTargets(e)...)
		}
		return out
	}
	return []ir.Target{l.target(t)}
}

// target lowers an assignment (or del) target.
func (l *lowerer) target(t parser.Expr) ir.Target {
	sp := parser.SpanOf(t)
	switch t := t.(type) {
	case *parser.Name:
		return l.name(t.Id, sp, t.Ctx)
	case *parser.Attribute:
		return &ir.Attr{Pos: sp.Start, X: l.expr(t.Value), Name: mangle(l.private, t.Attr)}
	case *parser.Subscript:
		return &ir.Subscript{Pos: sp.Start, X: l.expr(t.Value), Index: l.expr(t.Slice)}
	case *parser.Tuple:
		return l.tupleTarget(sp, t.Elts)
	case *parser.List:
		return l.tupleTarget(sp, t.Elts)
	}
	l.unsupported(sp, "assignment to %T", t)
	return nil
}

func (l *lowerer) tupleTarget(sp parser.Span, elts []parser.Expr) ir.Target {
	tt := &ir.TupleTarget{Pos: sp.Start, Star: -1}
	for i, e := range elts {
		if st, ok := e.(*parser.Starred); ok {
			tt.Star = i
			e = st.Value
		}
		tt.Elts = append(tt.Elts, l.target(e))
	}
	return tt
}

// importStmt lowers "import a.b.c [as d]" as CPython does: IMPORT_NAME
// gives the top package, stored as a; with "as", the submodules are
// reached by IMPORT_FROM and the last is stored as d.
func (l *lowerer) importStmt(s *parser.Import) []ir.Stmt {
	// Every statement made here has the import statement's position (a
	// source statement's IR statements share it; the interactive mode
	// groups them by it).
	pos := parser.SpanOf(s).Start
	var out []ir.Stmt
	for _, a := range s.Names {
		asp := parser.SpanOf(a)
		var v ir.Expr = &ir.Import{Pos: pos, Name: a.Name}
		store := a.Name
		if i := strings.IndexByte(a.Name, '.'); i >= 0 {
			store = a.Name[:i]
		}
		if a.Asname != "" {
			store = a.Asname
			parts := strings.Split(a.Name, ".")
			for _, p := range parts[1:] {
				v = &ir.ImportFrom{Pos: pos, Module: v, Name: p}
			}
		}
		out = append(out, &ir.Assign{Pos: pos, Targets: []ir.Target{l.name(store, asp, parser.Store)}, Value: v})
	}
	return out
}

// importFrom lowers "from m import x as y, z": the module into a
// temporary, then one ImportFrom per name.
func (l *lowerer) importFrom(s *parser.ImportFrom) []ir.Stmt {
	sp := parser.SpanOf(s)
	pos := sp.Start
	if s.Module == "__future__" && !l.futureOK[s] {
		// As compiler_from_import: past the leading future statements
		// (the symbol table checked those on the same line).
		l.syntaxError(sp, "from __future__ imports must occur at the beginning of the file")
	}
	if s.Module == "__future__" && s.Level == 0 {
		// A compiler directive (the symbol table checked it); the
		// runtime has no __future__ module, and binding the feature
		// names is the statement's only run-time effect.
		return nil
	}
	for _, a := range s.Names {
		if a.Name == "*" {
			l.unsupported(sp, "from ... import *")
		}
	}
	mod := l.temp()
	out := []ir.Stmt{&ir.Assign{Pos: pos, Targets: []ir.Target{&ir.Name{Pos: pos, Var: mod}},
		Value: &ir.Import{Pos: pos, Name: s.Module, From: true, Level: s.Level}}}
	for _, a := range s.Names {
		asp := parser.SpanOf(a)
		store := a.Name
		if a.Asname != "" {
			store = a.Asname
		}
		out = append(out, &ir.Assign{Pos: pos, Targets: []ir.Target{l.name(store, asp, parser.Store)},
			Value: &ir.ImportFrom{Pos: pos, Module: &ir.Name{Pos: pos, Var: mod}, Name: a.Name}})
	}
	return out
}
