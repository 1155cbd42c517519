package lower

import (
	"github.com/py2goasync/py2goasync/ir"
	"github.com/py2goasync/py2goasync/parser"
)

type compKind uint8

const (
	compList compKind = iota
	compSet
	compDict
	compGen
)

var compNames = [...]string{"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"}

// comprehension lowers a comprehension as CPython 3.11 compiles it: a
// nested function whose only parameter ".0" is the iterator of the first
// "for" clause, evaluated in the enclosing block (GetIter), and which is
// called at once. A list, set or dict comprehension builds its result in
// a temporary and returns it; a generator expression is a generator
// function yielding each element. An async comprehension (one with async
// for or await) is a coroutine function whose call is awaited; an async
// generator expression is an async generator, not awaited.
func (l *lowerer) comprehension(e parser.Expr, kind compKind, elt, val parser.Expr, gens []*parser.Comprehension) ir.Expr {
	sp := parser.SpanOf(e)
	pos := sp.Start
	scope := l.table.ScopeOf(e)
	isAsync := scope.Coroutine
	if isAsync && kind != compGen && l.fn.kind != kindAsyncFunction && l.fn.kind != kindComprehension && !l.topLevelAwait() {
		l.syntaxError(sp, "asynchronous comprehension outside of an asynchronous function")
	}

	fn := &ir.Func{Pos: pos, Name: compNames[kind], Qualname: l.qualname(compNames[kind], false)}
	switch {
	case kind == compGen && isAsync:
		fn.Kind = ir.AsyncGenerator
	case kind == compGen:
		fn.Kind = ir.Generator
	case isAsync:
		fn.Kind = ir.Coroutine
	default:
		fn.Kind = ir.Plain
	}
	st := l.enter(fn, scope, kindComprehension)
	dot0 := l.newVar(".0", ir.Local)
	fn.Params = []*ir.Param{{Var: dot0, Kind: ir.PosOrKw}}
	l.declareVars()

	var acc *ir.Var
	if kind != compGen {
		acc = l.temp()
		var empty ir.Expr
		switch kind {
		case compList:
			empty = &ir.List{Pos: pos}
		case compSet:
			empty = &ir.Set{Pos: pos}
		case compDict:
			empty = &ir.Dict{Pos: pos}
		}
		fn.Body = append(fn.Body, &ir.Assign{Pos: pos, Targets: []ir.Target{&ir.Name{Pos: pos, Var: acc}}, Value: empty})
	}
	fn.Body = append(fn.Body, l.compLoop(pos, kind, acc, dot0, elt, val, gens, 0)...)
	if acc != nil {
		fn.Body = append(fn.Body, &ir.Return{Pos: pos, Value: &ir.Name{Pos: pos, Var: acc}})
	}
	l.exit(st)

	// The first iterable belongs to the enclosing block.
	first := &ir.GetIter{Pos: parser.SpanOf(gens[0].Iter).Start, X: l.expr(gens[0].Iter), Async: gens[0].IsAsync != 0}
	var call ir.Expr = &ir.Call{Pos: pos, Func: &ir.MakeFunction{Pos: pos, Func: fn}, Args: []*ir.Arg{{X: first}}}
	if isAsync && kind != compGen {
		l.fn.fn.HasAwait = true
		call = &ir.Await{Pos: pos, X: call}
	}
	return call
}

// compLoop lowers "for" clause i and everything inside it.
func (l *lowerer) compLoop(pos parser.Pos, kind compKind, acc, dot0 *ir.Var, elt, val parser.Expr, gens []*parser.Comprehension, i int) []ir.Stmt {
	g := gens[i]
	gpos := parser.SpanOf(g.Target).Start
	var iter ir.Expr
	if i == 0 {
		iter = &ir.Name{Pos: gpos, Var: dot0}
	} else {
		iter = l.expr(g.Iter)
	}
	target := l.target(g.Target)
	conds := l.exprs(g.Ifs)
	var inner []ir.Stmt
	if i+1 < len(gens) {
		inner = l.compLoop(pos, kind, acc, dot0, elt, val, gens, i+1)
	} else {
		inner = l.compElement(pos, kind, acc, elt, val)
	}
	for j := len(conds) - 1; j >= 0; j-- {
		inner = []ir.Stmt{&ir.If{Pos: conds[j].At(), Cond: conds[j], Then: inner}}
	}
	if g.IsAsync != 0 {
		l.fn.fn.HasAwait = true
		return []ir.Stmt{&ir.AsyncFor{Pos: gpos, Target: target, Iter: iter, Body: inner}}
	}
	return []ir.Stmt{&ir.For{Pos: gpos, Target: target, Iter: iter, Body: inner}}
}

// compElement adds one element to the result (or yields it).
func (l *lowerer) compElement(pos parser.Pos, kind compKind, acc *ir.Var, elt, val parser.Expr) []ir.Stmt {
	epos := parser.SpanOf(elt).Start
	accName := func() ir.Expr { return &ir.Name{Pos: epos, Var: acc} }
	switch kind {
	case compGen:
		return []ir.Stmt{&ir.ExprStmt{Pos: epos, X: &ir.Yield{Pos: epos, X: l.expr(elt)}}}
	case compList, compSet:
		method := "append"
		if kind == compSet {
			method = "add"
		}
		x := l.expr(elt)
		return []ir.Stmt{&ir.ExprStmt{Pos: epos, X: &ir.Call{Pos: epos, Func: &ir.Attr{Pos: epos, X: accName(), Name: method}, Args: []*ir.Arg{{X: x}}}}}
	}
	// Dict: the key is evaluated before the value (3.8+), and Assign
	// evaluates its value first, so the key goes to a temporary.
	key := l.temp()
	k := l.expr(elt)
	v := l.expr(val)
	return []ir.Stmt{
		&ir.Assign{Pos: epos, Targets: []ir.Target{&ir.Name{Pos: epos, Var: key}}, Value: k},
		&ir.Assign{Pos: epos, Targets: []ir.Target{&ir.Subscript{Pos: epos, X: accName(), Index: &ir.Name{Pos: epos, Var: key}}}, Value: v},
	}
}
