package lower

import (
	"github.com/py2goasync/py2goasync/ir"
	"github.com/py2goasync/py2goasync/parser"
)

// funcKind is the ir.FuncKind of a function scope, from its symbol table
// flags.
func funcKind(s *Scope) ir.FuncKind {
	switch {
	case s.Coroutine && s.Generator:
		return ir.AsyncGenerator
	case s.Coroutine:
		return ir.Coroutine
	case s.Generator:
		return ir.Generator
	}
	return ir.Plain
}

// qualname computes a new block's __qualname__ as CPython's
// compiler_set_qualname does: a def or class declared global in its
// parent is top-level; inside a function (or lambda) the parent's
// qualname is followed by ".<locals>".
func (l *lowerer) qualname(name string, defOrClass bool) string {
	p := l.fn
	if p.kind == kindModule {
		return name
	}
	if defOrClass {
		if sym := p.scope.Lookup(mangle(l.private, name)); sym != nil && sym.Scope() == GlobalExplicit {
			return name
		}
	}
	switch p.kind {
	case kindFunction, kindAsyncFunction, kindLambda:
		return p.fn.Qualname + ".<locals>." + name
	}
	return p.fn.Qualname + "." + name
}

// defaults lowers a parameter list's default values, in the enclosing
// block, in CPython's order: positional defaults, then keyword-only ones.
func (l *lowerer) defaults(args *parser.Arguments) ([]ir.Expr, []*ir.Keyword) {
	defs := l.exprs(args.Defaults)
	var kw []*ir.Keyword
	for i, d := range args.KwDefaults {
		if d != nil {
			kw = append(kw, &ir.Keyword{Name: mangle(l.private, args.Kwonlyargs[i].Arg), X: l.expr(d)})
		}
	}
	return defs, kw
}

// params declares the parameters of the current function, in CPython's
// co_varnames order.
func (l *lowerer) params(args *parser.Arguments) {
	fn := l.fn.fn
	add := func(a *parser.Arg, kind ir.ParamKind, hasDefault bool) {
		name := mangle(l.private, a.Arg)
		scope := ir.Local
		if sym := l.fn.scope.Lookup(name); sym != nil && sym.Scope() == Cell {
			scope = ir.Cell
		}
		fn.Params = append(fn.Params, &ir.Param{Var: l.newVar(name, scope), Kind: kind, HasDefault: hasDefault})
	}
	npos := len(args.Posonlyargs) + len(args.Args)
	firstDefault := npos - len(args.Defaults)
	for i, a := range args.Posonlyargs {
		add(a, ir.PosOnly, i >= firstDefault)
	}
	for i, a := range args.Args {
		add(a, ir.PosOrKw, len(args.Posonlyargs)+i >= firstDefault)
	}
	if args.Vararg != nil {
		add(args.Vararg, ir.VarArgs, false)
	}
	for i, a := range args.Kwonlyargs {
		add(a, ir.KwOnly, args.KwDefaults[i] != nil)
	}
	if args.Kwarg != nil {
		add(args.Kwarg, ir.VarKw, false)
	}
}

func (l *lowerer) functionDef(s *parser.FunctionDef) []ir.Stmt {
	sp := parser.SpanOf(s)
	// Order as CPython: decorators, defaults, then the function object.
	decorators := l.exprs(s.DecoratorList)
	defs, kwdefs := l.defaults(s.Args)
	anns := l.annotations(s)

	scope := l.table.ScopeOf(s)
	fn := &ir.Func{Pos: sp.Start, Kind: funcKind(scope), Name: s.Name, Qualname: l.qualname(s.Name, true)}
	kind := kindFunction
	if s.Async {
		kind = kindAsyncFunction
	}
	st := l.enter(fn, scope, kind)
	l.params(s.Args)
	l.declareVars()
	body := s.Body
	if doc, ok := docstring(body); ok {
		fn.Doc = &doc
		body = body[1:]
	}
	fn.Body = l.stmts(body)
	l.exit(st)

	v := l.applyDecorators(decorators, &ir.MakeFunction{Pos: sp.Start, Func: fn, Defaults: defs, KwDefaults: kwdefs, Annotations: anns})
	return []ir.Stmt{&ir.Assign{Pos: sp.Start, Targets: []ir.Target{l.name(s.Name, sp, parser.Store)}, Value: v}}
}

// applyDecorators wraps v in calls of the already lowered decorators,
// innermost (last) first.
func (l *lowerer) applyDecorators(ds []ir.Expr, v ir.Expr) ir.Expr {
	for i := len(ds) - 1; i >= 0; i-- {
		v = &ir.Call{Pos: ds[i].At(), Func: ds[i], Args: []*ir.Arg{{X: v}}}
	}
	return v
}

func (l *lowerer) lambda(e *parser.Lambda) ir.Expr {
	sp := parser.SpanOf(e)
	defs, kwdefs := l.defaults(e.Args)
	scope := l.table.ScopeOf(e)
	fn := &ir.Func{Pos: sp.Start, Kind: funcKind(scope), Name: "<lambda>", Qualname: l.qualname("<lambda>", false)}
	st := l.enter(fn, scope, kindLambda)
	l.params(e.Args)
	l.declareVars()
	body := l.expr(e.Body)
	fn.Body = []ir.Stmt{&ir.Return{Pos: body.At(), Value: body}}
	l.exit(st)
	return &ir.MakeFunction{Pos: sp.Start, Func: fn, Defaults: defs, KwDefaults: kwdefs}
}

func (l *lowerer) classDef(s *parser.ClassDef) []ir.Stmt {
	sp := parser.SpanOf(s)
	decorators := l.exprs(s.DecoratorList)
	scope := l.table.ScopeOf(s)
	fn := &ir.Func{Pos: sp.Start, Kind: ir.ClassBody, Name: s.Name, Qualname: l.qualname(s.Name, true)}

	st := l.enter(fn, scope, kindClass)
	savedPrivate := l.private
	l.private = s.Name
	if scope.NeedsClassClosure {
		// The compiler, not the symbol table, gives the class body its
		// __class__ cell, which methods using super() or __class__
		// capture; rt's BuildClassCell fills it with the new class.
		fn.NeedsClassCell = true
		if st.vars["__class__"] == nil {
			l.newVar("__class__", ir.Cell)
		}
	}
	l.declareVars()
	body := s.Body
	if doc, ok := docstring(body); ok {
		fn.Doc = &doc
		dpos := parser.SpanOf(body[0]).Start
		fn.Body = append(fn.Body, &ir.Assign{Pos: dpos, Targets: []ir.Target{&ir.ClassName{Pos: dpos, Name: "__doc__"}}, Value: &ir.Const{Pos: dpos, Value: doc}})
		body = body[1:]
	}
	if findAnn(body) {
		fn.Body = append(fn.Body, &ir.SetupAnnotations{Pos: parser.SpanOf(body[0]).Start, Class: true})
	}
	fn.Body = append(fn.Body, l.stmts(body)...)
	l.private = savedPrivate
	l.exit(st)

	// Bases and keywords are evaluated after the body function is made
	// (CPython: LOAD_BUILD_CLASS, MAKE_FUNCTION, name, bases...).
	mc := &ir.MakeClass{Pos: sp.Start, Name: s.Name, Body: fn}
	for _, b := range s.Bases {
		if st, ok := b.(*parser.Starred); ok {
			mc.Bases = append(mc.Bases, &ir.Arg{X: l.expr(st.Value), Star: true})
			continue
		}
		mc.Bases = append(mc.Bases, &ir.Arg{X: l.expr(b)})
	}
	mc.Keywords = l.keywords(s.Keywords)
	v := l.applyDecorators(decorators, mc)
	return []ir.Stmt{&ir.Assign{Pos: sp.Start, Targets: []ir.Target{l.name(s.Name, sp, parser.Store)}, Value: v}}
}

// annotations lowers a def's annotations, evaluated when the def runs
// (after the defaults) into the function's __annotations__, in CPython's
// order (compiler_visit_annotations): positional-or-keyword parameters,
// positional-only ones, *args, keyword-only ones, **kwargs, return. Under
// "from __future__ import annotations" they are the strings of the
// expressions.
func (l *lowerer) annotations(s *parser.FunctionDef) []*ir.Keyword {
	a := s.Args
	var out []*ir.Keyword
	add := func(name string, e parser.Expr) {
		if e == nil {
			return
		}
		out = append(out, &ir.Keyword{Name: name, X: l.annotationValue(e)})
	}
	for _, list := range [][]*parser.Arg{a.Args, a.Posonlyargs, {a.Vararg}, a.Kwonlyargs, {a.Kwarg}} {
		for _, arg := range list {
			if arg != nil {
				add(mangle(l.private, arg.Arg), arg.Annotation)
			}
		}
	}
	add("return", s.Returns)
	return out
}

// annotationValue lowers an annotation as CPython evaluates it: the
// expression, or its string under "from __future__ import annotations".
func (l *lowerer) annotationValue(e parser.Expr) ir.Expr {
	pos := parser.SpanOf(e).Start
	if l.futureAnnotations {
		str, ok := unparseAnnotation(e)
		if !ok {
			l.unsupported(parser.SpanOf(e), "this annotation under from __future__ import annotations")
		}
		return &ir.Const{Pos: pos, Value: str}
	}
	if _, ok := e.(*parser.Starred); ok {
		l.unsupported(parser.SpanOf(e), "starred annotation")
	}
	return l.expr(e)
}
