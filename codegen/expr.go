package codegen

import (
	"math"
	"math/big"
	"strconv"

	"github.com/dave/jennifer/jen"
	"github.com/py2goasync/py2goasync/ir"
	"github.com/py2goasync/py2goasync/parser"
)

// An operand is an evaluated expression: either a temporary (read lazily,
// so that a discarded result does not declare it) or a Go expression
// without side effects (a constant, a variable).
type operand struct {
	tmp  *local
	code jen.Code
}

// val returns the operand as a Go expression.
func (fs *fn) val(o operand) jen.Code {
	if o.tmp != nil {
		return o.tmp.use()
	}
	return o.code
}

// value evaluates e and returns it as a Go expression.
func (fs *fn) value(e ir.Expr) jen.Code { return fs.val(fs.expr(e)) }

// callv emits "t, exc = call" and its check, and returns t.
func (fs *fn) callv(pos ir.Pos, call jen.Code) operand {
	t := fs.newTemp("t", nil)
	fs.emit(jen.List(t.lhs(), fs.exc()).Op("=").Add(call))
	fs.check(pos.Line)
	return operand{tmp: t}
}

var binops = map[ir.Op]string{
	ir.Add: "Add", ir.Sub: "Sub", ir.Mul: "Mul", ir.MatMul: "MatMul", ir.Div: "TrueDiv",
	ir.FloorDiv: "FloorDiv", ir.Mod: "Mod", ir.Pow: "Pow", ir.LShift: "LShift", ir.RShift: "RShift",
	ir.BitAnd: "And", ir.BitOr: "Or", ir.BitXor: "Xor",
}

var cmpops = map[ir.Op]string{ir.Eq: "Eq", ir.NotEq: "Ne", ir.Lt: "Lt", ir.LtE: "Le", ir.Gt: "Gt", ir.GtE: "Ge"}

func (fs *fn) expr(e ir.Expr) operand {
	switch e := e.(type) {
	case *ir.Const:
		return operand{code: fs.g.constant(e)}
	case *ir.Name:
		return fs.loadVar(e)
	case *ir.Global:
		if g, ok := fs.g.globals[e.Name]; ok || fs.g.stored[e.Name] {
			if !ok {
				g = fs.g.global(e.Name)
			}
			fs.g.helpers["loadGlobal"] = true
			return fs.callv(e.Pos, jen.Id("loadGlobal").Call(jen.Id("G").Dot(g), jen.Lit(e.Name)))
		}
		fs.g.helpers["loadName"] = true
		return fs.callv(e.Pos, jen.Id("loadName").Call(jen.Lit(e.Name)))
	case *ir.Builtin:
		fs.g.helpers["loadBuiltin"] = true
		return fs.callv(e.Pos, jen.Id("loadBuiltin").Call(jen.Lit(e.Name)))
	case *ir.ClassName:
		var fallback jen.Code = rtq("Null")
		name := e.Name
		if e.Var != nil {
			fs.g.helpers["loadClassDeref"] = true
			l := fs.varOf(e.Var)
			return fs.callv(e.Pos, jen.Id("loadClassDeref").Call(jen.Id(fs.nsName), jen.Lit(name), l.use()))
		}
		if g, ok := fs.g.globals[name]; ok || fs.g.stored[name] {
			if !ok {
				g = fs.g.global(name)
			}
			fallback = jen.Id("G").Dot(g)
		}
		fs.g.helpers["loadClassName"] = true
		return fs.callv(e.Pos, jen.Id("loadClassName").Call(jen.Id(fs.nsName), jen.Lit(name), fallback))
	case *ir.Attr:
		o := fs.value(e.X)
		return fs.callv(e.Pos, rtq("GetAttr").Call(o, jen.Lit(e.Name)))
	case *ir.Subscript:
		v := fs.values([]ir.Expr{e.X, e.Index})
		return fs.callv(e.Pos, rtq("GetItem").Call(v[0], v[1]))
	case *ir.Slice:
		part := func(x ir.Expr) jen.Code {
			if x == nil {
				return rtq("Null")
			}
			return fs.value(x)
		}
		lo, hi, st := part(e.Lo), part(e.Hi), part(e.Step)
		return fs.tmpOf(rtq("NewSlice").Call(lo, hi, st))
	case *ir.Call:
		return fs.call(e)
	case *ir.BinOp:
		v := fs.values([]ir.Expr{e.X, e.Y})
		x, y := v[0], v[1]
		name := binops[e.Op]
		if name == "" {
			fs.g.unsupported(e, "operator %v", e.Op)
		}
		if e.Inplace {
			name = "I" + name
		}
		return fs.callv(e.Pos, rtq(name).Call(x, y))
	case *ir.UnaryOp:
		x := fs.value(e.X)
		name := map[ir.Op]string{ir.Not: "Not", ir.Neg: "Neg", ir.UPos: "Pos", ir.Invert: "Invert"}[e.Op]
		return fs.callv(e.Pos, rtq(name).Call(x))
	case *ir.Compare:
		return fs.compare(e)
	case *ir.BoolOp:
		// The result is the deciding operand: a and b is b if a is true.
		res := fs.newTemp("t", nil)
		var rec func(i int)
		rec = func(i int) {
			fs.emit(jen.Add(res.lhs()).Op("=").Add(fs.value(e.Values[i])))
			if i == len(e.Values)-1 {
				return
			}
			ok := fs.truth(e.Pos, operand{tmp: res})
			if e.Op == ir.Or {
				ok = jen.Op("!").Add(ok)
			}
			entry := fs.copyBound()
			rest, _ := fs.sub(func() { rec(i + 1) })
			fs.bound = entry
			fs.emit(jen.If(ok).Block(rest...))
		}
		rec(0)
		return operand{tmp: res}
	case *ir.IfExp:
		res := fs.newTemp("t", nil)
		c := fs.cond(e.Cond)
		entry := fs.copyBound()
		then, _ := fs.sub(func() { fs.emit(jen.Add(res.lhs()).Op("=").Add(fs.value(e.Then))) })
		fs.bound = copyMap(entry)
		els, _ := fs.sub(func() { fs.emit(jen.Add(res.lhs()).Op("=").Add(fs.value(e.Else))) })
		fs.bound = entry
		fs.emit(jen.If(c).Block(then...).Else().Block(els...))
		return operand{tmp: res}
	case *ir.NamedExpr:
		v := fs.expr(e.Value)
		fs.assign(e.Target, fs.val(v))
		return v
	case *ir.Tuple:
		if !hasStarred(e.Elts) {
			return fs.tmpOf(rtq("NewTuple").Call(fs.values(e.Elts)...))
		}
		l := fs.listDisplay(e.Elts)
		return fs.tmpOf(rtq("ListToTuple").Call(l.use()))
	case *ir.List:
		if !hasStarred(e.Elts) {
			return fs.tmpOf(rtq("NewList").Call(fs.values(e.Elts)...))
		}
		return operand{tmp: fs.listDisplay(e.Elts)}
	case *ir.Set:
		if !hasStarred(e.Elts) {
			if len(e.Elts) > 2 && allConst(e.Elts) {
				// CPython folds it into a frozenset constant, whose
				// iteration order can differ from one built item by item.
				return fs.callv(e.Pos, rtq("NewSetConst").Call(fs.values(e.Elts)...))
			}
			return fs.callv(e.Pos, rtq("NewSet").Call(fs.values(e.Elts)...))
		}
		s := fs.callv(e.Pos, rtq("NewSet").Call())
		for _, x := range e.Elts {
			if st, ok := x.(*ir.Starred); ok {
				fs.calle(e.Pos.Line, rtq("SetUpdate").Call(fs.val(s), fs.value(st.X)))
			} else {
				fs.calle(e.Pos.Line, rtq("SetAdd").Call(fs.val(s), fs.value(x)))
			}
		}
		return s
	case *ir.Dict:
		plain := true
		for _, k := range e.Keys {
			if k == nil {
				plain = false
			}
		}
		if plain {
			var kv []ir.Expr
			for i := range e.Keys {
				kv = append(kv, e.Keys[i], e.Values[i])
			}
			return fs.callv(e.Pos, rtq("NewDict").Call(fs.values(kv)...))
		}
		d := fs.callv(e.Pos, rtq("NewDict").Call())
		for i, k := range e.Keys {
			if k == nil {
				fs.calle(e.Pos.Line, rtq("DictUpdate").Call(fs.val(d), fs.value(e.Values[i])))
			} else {
				kc := fs.value(k)
				fs.calle(e.Pos.Line, rtq("DictSet").Call(fs.val(d), kc, fs.value(e.Values[i])))
			}
		}
		return d
	case *ir.JoinedStr:
		return fs.joinedStr(e)
	case *ir.FormattedValue:
		return fs.joinedStr(&ir.JoinedStr{Pos: e.Pos, Parts: []ir.Expr{e}})
	case *ir.Await:
		x := fs.value(e.X)
		return fs.callv(e.Pos, rtq("Await").Call(x))
	case *ir.Yield:
		var x jen.Code = rtq("None")
		if e.X != nil {
			x = fs.value(e.X)
		}
		return fs.callv(e.Pos, rtq("Yield").Call(x))
	case *ir.YieldFrom:
		x := fs.value(e.X)
		return fs.callv(e.Pos, rtq("YieldFrom").Call(x))
	case *ir.MakeFunction:
		return fs.makeFunction(e)
	case *ir.MakeClass:
		return fs.makeClass(e)
	case *ir.Import:
		return fs.callv(e.Pos, rtq("Import").Call(jen.Lit(e.Name), jen.Lit(e.From), jen.Lit(e.Level)))
	case *ir.ImportFrom:
		m := fs.value(e.Module)
		return fs.callv(e.Pos, rtq("ImportFrom").Call(m, jen.Lit(e.Name)))
	case *ir.CurrentExc:
		return fs.tmpOf(rtq("CurrentExc").Call())
	case *ir.GetIter:
		x := fs.value(e.X)
		if e.Async {
			return fs.callv(e.Pos, rtq("AIter").Call(x))
		}
		return fs.callv(e.Pos, rtq("Iter").Call(x))
	case *ir.Starred:
		fs.g.unsupported(e, "starred expression here")
	}
	fs.g.unsupported(e, "expression %T", e)
	return operand{}
}

// tmpOf stores the value of a call that cannot raise in a temporary, so
// that it is evaluated here, in Python's order.
func (fs *fn) tmpOf(call jen.Code) operand {
	t := fs.newTemp("t", nil)
	st := jen.Add(t.lhs()).Op("=").Add(call)
	fs.emit(st)
	t.init, t.initStmt = call, st
	return operand{tmp: t}
}

// fold returns the call that computed o when o is a temporary set by
// tmpOf in the statement just emitted and not read yet, removing that
// statement: "x = rt.NewFunction(...)" instead of "t1 = ...; x = t1".
func (fs *fn) fold(o operand) (jen.Code, bool) {
	t := o.tmp
	n := len(fs.b.stmts)
	if t == nil || t.init == nil || t.read || fs.b.dead || n == 0 || fs.b.stmts[n-1] != jen.Code(t.initStmt) {
		return nil, false
	}
	fs.b.stmts = fs.b.stmts[:n-1]
	return t.init, true
}

// values evaluates es left to right. Python reads a variable when its
// operand is evaluated; the Go code reads it where the operands are
// combined, after the later operands ran. A variable those can change (a
// cell or free variable that any call may rebind, or one a later operand
// assigns with :=) is therefore copied to a temporary at its turn.
func (fs *fn) values(es []ir.Expr) []jen.Code {
	type read struct {
		i      int
		l      *local
		at     int // the statement index after the operand
		writes int
		cell   bool
	}
	ops := make([]operand, len(es))
	var reads []read
	for i, e := range es {
		ops[i] = fs.expr(e)
		if n, ok := e.(*ir.Name); ok && ops[i].tmp == nil && n.Var.Scope != ir.Temp {
			l := fs.varOf(n.Var)
			reads = append(reads, read{i, l, len(fs.b.stmts), len(l.writes), n.Var.Scope == ir.Cell || n.Var.Scope == ir.Free})
		}
	}
	for k := len(reads) - 1; k >= 0; k-- {
		r := reads[k]
		if len(fs.b.stmts) == r.at || !r.cell && len(r.l.writes) == r.writes {
			continue // nothing ran after it, or nothing could change it
		}
		t := fs.newTemp("t", nil)
		snap := jen.Add(t.lhs()).Op("=").Add(r.l.use())
		fs.b.stmts = append(fs.b.stmts[:r.at], append([]jen.Code{snap}, fs.b.stmts[r.at:]...)...)
		ops[r.i] = operand{tmp: t}
	}
	var out []jen.Code
	for _, o := range ops {
		out = append(out, fs.val(o))
	}
	return out
}

func allConst(es []ir.Expr) bool {
	for _, e := range es {
		if _, ok := e.(*ir.Const); !ok {
			return false
		}
	}
	return true
}

func hasStarred(es []ir.Expr) bool {
	for _, e := range es {
		if _, ok := e.(*ir.Starred); ok {
			return true
		}
	}
	return false
}

// listDisplay builds [a, *b, c] in a new list.
func (fs *fn) listDisplay(elts []ir.Expr) *local {
	l := fs.newTemp("t", nil)
	fs.emit(jen.Add(l.lhs()).Op("=").Add(rtq("NewList").Call()))
	for _, x := range elts {
		if st, ok := x.(*ir.Starred); ok {
			fs.calle(st.Pos.Line, rtq("ListExtend").Call(l.use(), fs.value(st.X)))
		} else {
			v := fs.value(x)
			fs.calle(x.At().Line, rtq("ListAppend").Call(l.use(), v))
		}
	}
	return l
}

// loadVar reads a local, cell or free variable, raising
// UnboundLocalError (NameError for a free variable) if it has no value.
func (fs *fn) loadVar(n *ir.Name) operand {
	l := fs.varOf(n.Var)
	if fs.needsCheck(n.Var) {
		fn := "UnboundLocal"
		if n.Var.Scope == ir.Free {
			fn = "UnboundFree"
		}
		raise := append([]jen.Code{fs.exc().Op("=").Add(rtq(fn).Call(jen.Lit(n.Var.Name)))}, fs.raiseCode(true, n.Pos.Line)...)
		fs.emit(jen.If(l.use().Dot("IsNull").Call()).Block(raise...))
		if !fs.g.deleted[root(n.Var)] {
			fs.bound[n.Var] = true
		}
	}
	return operand{code: l.use()}
}

func root(v *ir.Var) *ir.Var {
	for v.Scope == ir.Free && v.Outer != nil {
		v = v.Outer
	}
	return v
}

// needsCheck says a read of v must test for an unbound value: v is not
// known to be bound here (a parameter, or assigned earlier on every path),
// or some del unbinds it.
func (fs *fn) needsCheck(v *ir.Var) bool {
	if v.Scope == ir.Temp {
		return false
	}
	r := root(v)
	if fs.g.deleted[r] {
		return true
	}
	if v.Scope == ir.Free {
		// Bound for good if it is a parameter of its function.
		for _, p := range r.Func.Params {
			if p.Var == r {
				return false
			}
		}
		return true
	}
	return !fs.bound[v]
}

// isSimple says evaluating e emits no code that could raise or have side
// effects.
func (fs *fn) isSimple(e ir.Expr) bool {
	switch e := e.(type) {
	case *ir.Const:
		return true
	case *ir.Name:
		return !fs.needsCheck(e.Var)
	}
	return false
}

func (fs *fn) call(e *ir.Call) operand {
	fresh := fs.freshFor
	fs.freshFor = nil
	if o, ok := fs.superCall(e); ok {
		return o
	}
	star := false
	for _, a := range e.Args {
		star = star || a.Star
	}
	for _, k := range e.Keywords {
		star = star || k.Name == ""
	}
	if star {
		f := fs.value(e.Func)
		args := fs.newTemp("t", nil)
		fs.emit(jen.Add(args.lhs()).Op("=").Add(rtq("NewList").Call()))
		for _, a := range e.Args {
			v := fs.value(a.X)
			if a.Star {
				fs.calle(e.Pos.Line, rtq("ListExtend").Call(args.use(), v))
			} else {
				fs.calle(e.Pos.Line, rtq("ListAppend").Call(args.use(), v))
			}
		}
		var kw jen.Code = rtq("Null")
		if len(e.Keywords) > 0 {
			d := fs.callv(e.Pos, rtq("NewDict").Call())
			for _, k := range e.Keywords {
				v := fs.value(k.X)
				if k.Name == "" {
					fs.calle(e.Pos.Line, rtq("DictUpdate").Call(fs.val(d), v))
				} else {
					fs.calle(e.Pos.Line, rtq("DictSet").Call(fs.val(d), rtq("Str").Call(jen.Lit(k.Name)), v))
				}
			}
			kw = fs.val(d)
		}
		return fs.callv(e.Pos, rtq("CallEx").Call(f, args.use(), kw))
	}
	// o.m(args) without a bound method when looking m up after the
	// arguments cannot be told apart (the arguments raise nothing and
	// run no code).
	method, isAttr := e.Func.(*ir.Attr)
	if isAttr {
		for _, a := range e.Args {
			isAttr = isAttr && fs.isSimple(a.X)
		}
		for _, k := range e.Keywords {
			isAttr = isAttr && fs.isSimple(k.X)
		}
	}
	operands := []ir.Expr{e.Func}
	if isAttr {
		operands[0] = method.X
	}
	var kwnames []jen.Code
	for _, a := range e.Args {
		operands = append(operands, a.X)
	}
	for _, k := range e.Keywords {
		operands = append(operands, k.X)
		kwnames = append(kwnames, jen.Lit(k.Name))
	}
	vals := fs.values(operands)
	recv, args := vals[0], vals[1:]
	if fresh != nil && !isAttr {
		// The callee is the generator function itself: the call makes a
		// generator that only the caller holds.
		fs.g.helpers["isCode"] = true
		fs.emit(jen.Add(fresh.v.lhs()).Op("=").Id("isCode").Call(recv, jen.Id(fs.g.codeNames[fresh.code])))
	}
	var argv, kwv jen.Code = jen.Nil(), jen.Nil()
	if len(args) > 0 {
		argv = jen.Index().Qual(rtPath, "Value").Values(args...)
	}
	if len(kwnames) > 0 {
		kwv = jen.Index().String().Values(kwnames...)
	}
	if isAttr {
		return fs.callv(e.Pos, rtq("CallMethod").Call(recv, jen.Lit(method.Name), argv, kwv))
	}
	if target := fs.g.directTarget(e); target != nil {
		// A module-level def called with exactly its positional
		// parameters: when the global still holds a function running
		// that code, call its Go function (rt.Function.Call would bind
		// the arguments to themselves); the arguments' slice then stays
		// on the stack.
		fs.g.helpers["isCode"] = true
		t := fs.newTemp("t", nil)
		direct, _ := fs.sub(func() {
			fs.emit(jen.List(t.lhs(), fs.exc()).Op("=").Id(fs.g.funcNames[target]).Call(argv))
		})
		generic, _ := fs.sub(func() {
			fs.emit(jen.List(t.lhs(), fs.exc()).Op("=").Add(rtq("Call").Call(recv, argv, kwv)))
		})
		fs.emit(jen.If(jen.Id("isCode").Call(recv, jen.Id(fs.g.codeNames[target]))).Block(direct...).Else().Block(generic...))
		fs.emit(jen.If(fs.exc().Op("!=").Nil()).Block(fs.raiseCode(true, e.Pos.Line)...))
		return operand{tmp: t}
	}
	return fs.callv(e.Pos, rtq("Call").Call(recv, argv, kwv))
}

// directTarget returns the module-level plain function a call of a
// global may run directly: one named like the global, taking exactly the
// call's positional arguments.
func (g *gen) directTarget(e *ir.Call) *ir.Func {
	name, ok := e.Func.(*ir.Global)
	if !ok || len(e.Keywords) > 0 {
		return nil
	}
	for _, a := range e.Args {
		if a.Star {
			return nil
		}
	}
	for _, f := range g.m.Body.Children {
		if f.Name != name.Name || f.Kind != ir.Plain || len(f.Params) != len(e.Args) {
			continue
		}
		if _, ok := g.funcNames[f]; !ok {
			continue
		}
		simple := true
		for _, p := range f.Params {
			simple = simple && (p.Kind == ir.PosOnly || p.Kind == ir.PosOrKw)
		}
		if simple {
			return f
		}
	}
	return nil
}

// compare emits a comparison chain: each operand evaluated once, stopping
// at the first false link.
func (fs *fn) compare(e *ir.Compare) operand {
	if len(e.Ops) == 1 {
		v := fs.values([]ir.Expr{e.X, e.Ys[0]})
		return fs.cmp(e.Pos, e.Ops[0], v[0], v[1])
	}
	left := fs.expr(e.X)
	res := fs.newTemp("t", nil)
	var rec func(i int, left operand)
	rec = func(i int, left operand) {
		right := fs.expr(e.Ys[i])
		r := fs.cmp(e.Pos, e.Ops[i], fs.val(left), fs.val(right))
		fs.emit(jen.Add(res.lhs()).Op("=").Add(fs.val(r)))
		if i == len(e.Ops)-1 {
			return
		}
		ok := fs.truth(e.Pos, operand{tmp: res})
		entry := fs.copyBound()
		rest, _ := fs.sub(func() { rec(i+1, right) })
		fs.bound = entry
		fs.emit(jen.If(ok).Block(rest...))
	}
	rec(0, left)
	return operand{tmp: res}
}

func (fs *fn) cmp(pos ir.Pos, op ir.Op, x, y jen.Code) operand {
	switch op {
	case ir.Is:
		return fs.tmpOf(rtq("Bool").Call(rtq("Is").Call(x, y)))
	case ir.IsNot:
		return fs.tmpOf(rtq("Bool").Call(jen.Op("!").Add(rtq("Is").Call(x, y))))
	case ir.In, ir.NotIn:
		ok := fs.newTemp("ok", jen.Bool())
		fs.emit(jen.List(ok.lhs(), fs.exc()).Op("=").Add(rtq("In").Call(x, y)))
		fs.check(pos.Line)
		if op == ir.NotIn {
			return fs.tmpOf(rtq("Bool").Call(jen.Op("!").Add(ok.use())))
		}
		return fs.tmpOf(rtq("Bool").Call(ok.use()))
	}
	return fs.callv(pos, rtq(cmpops[op]).Call(x, y))
}

// truth emits bool(v) and returns it as a Go bool expression.
func (fs *fn) truth(pos ir.Pos, v operand) jen.Code {
	ok := fs.newTemp("ok", jen.Bool())
	fs.emit(jen.List(ok.lhs(), fs.exc()).Op("=").Add(rtq("Truth").Call(fs.val(v))))
	fs.check(pos.Line)
	return ok.use()
}

// cond evaluates e for its truth and returns a Go bool expression. "is",
// "in" and "not" skip the round trip through a Python bool.
func (fs *fn) cond(e ir.Expr) jen.Code {
	switch e := e.(type) {
	case *ir.UnaryOp:
		if e.Op == ir.Not {
			return jen.Op("!").Add(fs.cond(e.X))
		}
	case *ir.Compare:
		if len(e.Ops) == 1 {
			switch e.Ops[0] {
			case ir.Is, ir.IsNot:
				x := fs.value(e.X)
				y := fs.value(e.Ys[0])
				t := fs.newTemp("ok", jen.Bool())
				c := rtq("Is").Call(x, y)
				if e.Ops[0] == ir.IsNot {
					c = jen.Op("!").Add(c)
				}
				fs.emit(jen.Add(t.lhs()).Op("=").Add(c))
				return t.use()
			case ir.In, ir.NotIn:
				x := fs.value(e.X)
				y := fs.value(e.Ys[0])
				ok := fs.newTemp("ok", jen.Bool())
				fs.emit(jen.List(ok.lhs(), fs.exc()).Op("=").Add(rtq("In").Call(x, y)))
				fs.check(e.Pos.Line)
				if e.Ops[0] == ir.NotIn {
					return jen.Op("!").Add(ok.use())
				}
				return ok.use()
			}
		}
	case *ir.Const:
		if b, ok := e.Value.(bool); ok {
			return jen.Lit(b)
		}
	}
	return fs.truth(e.At(), fs.expr(e))
}

// joinedStr emits an f-string: each part formatted to a Go string, then
// joined.
func (fs *fn) joinedStr(e *ir.JoinedStr) operand {
	var parts []jen.Code
	for _, p := range e.Parts {
		switch p := p.(type) {
		case *ir.Const:
			s, _ := p.Value.(string)
			parts = append(parts, jen.Lit(s))
		case *ir.FormattedValue:
			parts = append(parts, fs.formatted(p))
		default:
			fs.g.unsupported(p, "f-string part %T", p)
		}
	}
	return fs.tmpOf(rtq("JoinStr").Call(parts...))
}

// formatted is format(conv(value), spec) as a Go string.
func (fs *fn) formatted(p *ir.FormattedValue) jen.Code {
	v := fs.value(p.Value)
	var spec jen.Code = jen.Lit("")
	hasSpec := false
	if p.Spec != nil {
		hasSpec = true
		if s, ok := constString(p.Spec); ok {
			spec = jen.Lit(s)
			hasSpec = s != ""
		} else {
			sv := fs.expr(p.Spec)
			spec = fs.str(p.Pos, "ToStr", fs.val(sv))
		}
	}
	if p.Conv != 0 {
		conv := map[byte]string{'s': "ToStr", 'r': "ToRepr", 'a': "ToASCII"}[p.Conv]
		s := fs.str(p.Pos, conv, v)
		if !hasSpec {
			return s
		}
		v = rtq("Str").Call(s)
	}
	out := fs.newTemp("s", jen.String())
	fs.emit(jen.List(out.lhs(), fs.exc()).Op("=").Add(rtq("Format").Call(v, spec)))
	fs.check(p.Pos.Line)
	return out.use()
}

func (fs *fn) str(pos ir.Pos, fn string, v jen.Code) jen.Code {
	s := fs.newTemp("s", jen.String())
	fs.emit(jen.List(s.lhs(), fs.exc()).Op("=").Add(rtq(fn).Call(v)))
	fs.check(pos.Line)
	return s.use()
}

// constant is a Python constant as a Go expression.
func (g *gen) constant(c *ir.Const) jen.Code {
	switch v := c.Value.(type) {
	case parser.NoneType:
		return rtq("None")
	case parser.EllipsisType:
		return rtq("Ellipsis")
	case bool:
		if v {
			return rtq("True")
		}
		return rtq("False")
	case *big.Int:
		if v.IsInt64() {
			return rtq("Int").Call(jen.Op(v.String()))
		}
		g.helpers["bigInt"] = true
		return rtq("BigInt").Call(jen.Id("bigInt").Call(jen.Lit(v.String())))
	case int64:
		return rtq("Int").Call(jen.Op(strconv.FormatInt(v, 10)))
	case int:
		return rtq("Int").Call(jen.Lit(v))
	case float64:
		return rtq("Float").Call(floatLit(v))
	case complex128:
		return rtq("Complex").Call(jen.Complex(floatLit(real(v)), floatLit(imag(v))))
	case string:
		return rtq("Str").Call(jen.Lit(v))
	case []byte:
		return rtq("Bytes").Call(jen.Index().Byte().Call(jen.Lit(string(v))))
	}
	g.unsupported(c, "constant %T", c.Value)
	return nil
}

func floatLit(f float64) jen.Code {
	switch {
	case math.IsInf(f, 1):
		return jen.Qual("math", "Inf").Call(jen.Lit(1))
	case math.IsInf(f, -1):
		return jen.Qual("math", "Inf").Call(jen.Lit(-1))
	case math.IsNaN(f):
		return jen.Qual("math", "NaN").Call()
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	return jen.Op(s)
}

// constString returns the value of a string constant, or of an f-string
// made of constants only (a format spec such as "0.2f").
func constString(e ir.Expr) (string, bool) {
	switch e := e.(type) {
	case *ir.Const:
		s, ok := e.Value.(string)
		return s, ok
	case *ir.JoinedStr:
		var b []byte
		for _, p := range e.Parts {
			s, ok := constString(p)
			if !ok {
				return "", false
			}
			b = append(b, s...)
		}
		return string(b), true
	}
	return "", false
}

// generatorCall returns the module-level generator function (of kind
// Generator or AsyncGenerator) that e calls by its global name (without
// star arguments), or nil.
func (g *gen) generatorCall(e ir.Expr, kind ir.FuncKind) *ir.Func {
	c, ok := e.(*ir.Call)
	if !ok {
		return nil
	}
	name, ok := c.Func.(*ir.Global)
	if !ok {
		return nil
	}
	for _, a := range c.Args {
		if a.Star {
			return nil
		}
	}
	for _, k := range c.Keywords {
		if k.Name == "" {
			return nil
		}
	}
	for _, f := range g.m.Body.Children {
		if f.Name == name.Name && f.Kind == kind && g.funcNames[f] != "" {
			return f
		}
	}
	return nil
}
