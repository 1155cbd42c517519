package lower

import (
	"github.com/py2goasync/py2goasync/ir"
	"github.com/py2goasync/py2goasync/parser"
)

var binOps = [...]ir.Op{
	parser.Add: ir.Add, parser.Sub: ir.Sub, parser.Mult: ir.Mul, parser.MatMult: ir.MatMul,
	parser.Div: ir.Div, parser.Mod: ir.Mod, parser.Pow: ir.Pow, parser.LShift: ir.LShift,
	parser.RShift: ir.RShift, parser.BitOr: ir.BitOr, parser.BitXor: ir.BitXor,
	parser.BitAnd: ir.BitAnd, parser.FloorDiv: ir.FloorDiv,
}

var unaryOps = [...]ir.Op{parser.Invert: ir.Invert, parser.Not: ir.Not, parser.UAdd: ir.UPos, parser.USub: ir.Neg}

var cmpOps = [...]ir.Op{
	parser.Eq: ir.Eq, parser.NotEq: ir.NotEq, parser.Lt: ir.Lt, parser.LtE: ir.LtE,
	parser.Gt: ir.Gt, parser.GtE: ir.GtE, parser.Is: ir.Is, parser.IsNot: ir.IsNot,
	parser.In: ir.In, parser.NotIn: ir.NotIn,
}

func (l *lowerer) exprs(es []parser.Expr) []ir.Expr {
	out := make([]ir.Expr, len(es))
	for i, e := range es {
		out[i] = l.expr(e)
	}
	return out
}

// optExpr lowers an optional expression (nil stays nil).
func (l *lowerer) optExpr(e parser.Expr) ir.Expr {
	if e == nil {
		return nil
	}
	return l.expr(e)
}

func (l *lowerer) expr(e parser.Expr) ir.Expr {
	sp := parser.SpanOf(e)
	pos := sp.Start
	switch e := e.(type) {
	case *parser.Constant:
		return &ir.Const{Pos: pos, Value: e.Value}
	case *parser.Name:
		return l.name(e.Id, sp, parser.Load)
	case *parser.Attribute:
		return &ir.Attr{Pos: pos, X: l.expr(e.Value), Name: mangle(l.private, e.Attr)}
	case *parser.Subscript:
		return &ir.Subscript{Pos: pos, X: l.expr(e.Value), Index: l.expr(e.Slice)}
	case *parser.Slice:
		return &ir.Slice{Pos: pos, Lo: l.optExpr(e.Lower), Hi: l.optExpr(e.Upper), Step: l.optExpr(e.Step)}
	case *parser.Call:
		return l.call(e)
	case *parser.BinOp:
		return &ir.BinOp{Pos: pos, Op: binOps[e.Op], X: l.expr(e.Left), Y: l.expr(e.Right)}
	case *parser.UnaryOp:
		return &ir.UnaryOp{Pos: pos, Op: unaryOps[e.Op], X: l.expr(e.Operand)}
	case *parser.Compare:
		c := &ir.Compare{Pos: pos, X: l.expr(e.Left), Ys: l.exprs(e.Comparators)}
		for _, op := range e.Ops {
			c.Ops = append(c.Ops, cmpOps[op])
		}
		return c
	case *parser.BoolOp:
		op := ir.And
		if e.Op == parser.Or {
			op = ir.Or
		}
		return &ir.BoolOp{Pos: pos, Op: op, Values: l.exprs(e.Values)}
	case *parser.IfExp:
		return &ir.IfExp{Pos: pos, Cond: l.expr(e.Test), Then: l.expr(e.Body), Else: l.expr(e.Orelse)}
	case *parser.NamedExpr:
		v := l.expr(e.Value)
		return &ir.NamedExpr{Pos: pos, Target: l.target(e.Target), Value: v}
	case *parser.Tuple:
		return &ir.Tuple{Pos: pos, Elts: l.exprs(e.Elts)}
	case *parser.List:
		return &ir.List{Pos: pos, Elts: l.exprs(e.Elts)}
	case *parser.Set:
		return &ir.Set{Pos: pos, Elts: l.exprs(e.Elts)}
	case *parser.Dict:
		// A key is evaluated before its value.
		d := &ir.Dict{Pos: pos}
		for i, k := range e.Keys {
			d.Keys = append(d.Keys, l.optExpr(k))
			d.Values = append(d.Values, l.expr(e.Values[i]))
		}
		return d
	case *parser.Starred:
		return &ir.Starred{Pos: pos, X: l.expr(e.Value)}
	case *parser.JoinedStr:
		return l.joinedStr(e)
	case *parser.FormattedValue:
		return l.formattedValue(e)
	case *parser.Await:
		l.checkAwait(sp)
		return &ir.Await{Pos: pos, X: l.expr(e.Value)}
	case *parser.Yield:
		l.checkYield(sp)
		return &ir.Yield{Pos: pos, X: l.optExpr(e.Value)}
	case *parser.YieldFrom:
		l.checkYield(sp)
		if l.fn.kind == kindAsyncFunction {
			l.syntaxError(sp, "'yield from' inside async function")
		}
		return &ir.YieldFrom{Pos: pos, X: l.expr(e.Value)}
	case *parser.Lambda:
		return l.lambda(e)
	case *parser.ListComp:
		return l.comprehension(e, compList, e.Elt, nil, e.Generators)
	case *parser.SetComp:
		return l.comprehension(e, compSet, e.Elt, nil, e.Generators)
	case *parser.DictComp:
		return l.comprehension(e, compDict, e.Key, e.Value, e.Generators)
	case *parser.GeneratorExp:
		return l.comprehension(e, compGen, e.Elt, nil, e.Generators)
	}
	l.unsupported(sp, "expression %T", e)
	return nil
}

func (l *lowerer) call(e *parser.Call) ir.Expr {
	c := &ir.Call{Pos: parser.SpanOf(e).Start, Func: l.expr(e.Func)}
	for _, a := range e.Args {
		if st, ok := a.(*parser.Starred); ok {
			c.Args = append(c.Args, &ir.Arg{X: l.expr(st.Value), Star: true})
			continue
		}
		c.Args = append(c.Args, &ir.Arg{X: l.expr(a)})
	}
	c.Keywords = l.keywords(e.Keywords)
	return c
}

func (l *lowerer) keywords(kws []*parser.Keyword) []*ir.Keyword {
	var out []*ir.Keyword
	for _, k := range kws {
		out = append(out, &ir.Keyword{Name: k.Arg, X: l.expr(k.Value)})
	}
	return out
}

func (l *lowerer) joinedStr(e *parser.JoinedStr) *ir.JoinedStr {
	j := &ir.JoinedStr{Pos: parser.SpanOf(e).Start}
	for _, v := range e.Values {
		j.Parts = append(j.Parts, l.expr(v))
	}
	return j
}

func (l *lowerer) formattedValue(e *parser.FormattedValue) *ir.FormattedValue {
	f := &ir.FormattedValue{Pos: parser.SpanOf(e).Start, Value: l.expr(e.Value)}
	if e.Conversion > 0 {
		f.Conv = byte(e.Conversion)
	}
	if e.FormatSpec != nil {
		f.Spec = l.expr(e.FormatSpec)
	}
	return f
}

// checkAwait applies CPython's compile-time rules for await (in
// compiler_visit_expr1): allowed in an async def, in a comprehension (the
// comprehension check decides), and at an interactive module's top level.
func (l *lowerer) checkAwait(sp parser.Span) {
	if l.topLevelAwait() {
		l.fn.fn.HasAwait = true
		return
	}
	if !l.functionLike() {
		l.syntaxError(sp, "'await' outside function")
	}
	if l.fn.kind != kindAsyncFunction && l.fn.kind != kindComprehension {
		l.syntaxError(sp, "'await' outside async function")
	}
	l.fn.fn.HasAwait = true
}

// checkYield: yield and yield from outside a function; both are
// "'yield' outside function" in CPython. Yield in a comprehension is a
// symbol table error already.
func (l *lowerer) checkYield(sp parser.Span) {
	if !l.functionLike() {
		l.syntaxError(sp, "'yield' outside function")
	}
}
