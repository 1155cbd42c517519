package codegen

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/py2goasync/py2goasync/ir"
)

func (fs *fn) stmts(ss []ir.Stmt) {
	for _, s := range ss {
		if fs.b.dead {
			return // unreachable in Python too
		}
		fs.stmt(s)
	}
}

// lineDirective maps the next Go line to a Python line. It starts at
// column 1 (jennifer writes each statement of a block on a line of its
// own, and gofmt keeps a //line comment at column 1 where it found it).
func (fs *fn) lineDirective(line int32) {
	fs.line = line
	fs.emit(jen.Comment(fmt.Sprintf("//line %s:%d", fs.g.srcName(), line)))
}

func (fs *fn) stmt(s ir.Stmt) {
	line := s.At().Line
	if fs.coroutine {
		fs.emit(rtq("CurrentLine").Call(jen.Lit(int(line))))
	}
	fs.lineDirective(line)
	switch s := s.(type) {
	case *ir.SetupAnnotations:
		if s.Class {
			fs.calle(line, rtq("SetupAnnotations").Call(jen.Id(fs.nsName)))
		} else {
			g := jen.Id("G").Dot(fs.g.global("__annotations__"))
			fs.emit(jen.If(jen.Id("G").Dot(fs.g.global("__annotations__")).Dot("IsNull").Call()).Block(
				g.Op("=").Add(rtq("ModuleAnnotations").Call())))
		}
	case *ir.ExprStmt:
		o := fs.expr(s.X)
		if s.Echo {
			fs.calle(line, rtq("Echo").Call(fs.val(o)))
		} else if _, isName := s.X.(*ir.Name); isName && o.tmp == nil {
			fs.emit(jen.Id("_").Op("=").Add(o.code))
		}
	case *ir.Assign:
		v := fs.expr(s.Value)
		if len(s.Targets) == 1 {
			switch t := s.Targets[0].(type) {
			case *ir.Name, *ir.Global:
				if call, ok := fs.fold(v); ok {
					fs.assign(t, call)
					return
				}
			}
		}
		for _, t := range s.Targets {
			fs.assign(t, fs.val(v))
		}
	case *ir.Del:
		for _, t := range s.Targets {
			fs.del(t)
		}
	case *ir.If:
		fs.ifStmt(s)
	case *ir.While:
		fs.whileStmt(s)
	case *ir.For:
		var release func() []jen.Code
		fs.forStmt(s.Target, s.Body, s.Else, func() jen.Code {
			if isDotZero(s.Iter) {
				return fs.value(s.Iter) // already an iterator (ir.GetIter)
			}
			var fresh *local
			if f := fs.g.generatorCall(s.Iter, ir.Generator); f != nil {
				fresh = fs.newTemp("fresh", jen.Bool())
				fs.freshFor = &freshCall{fresh, f}
			}
			it := fs.val(fs.callv(s.Pos, rtq("Iter").Call(fs.value(s.Iter))))
			if fresh != nil {
				// The loop holds the only reference to a generator it
				// created: CPython closes it where the loop drops it
				// (break, return, an exception), running its finally
				// blocks there; an exception from close() is dropped.
				release = func() []jen.Code {
					return []jen.Code{jen.If(fresh.use()).Block(
						jen.List(jen.Id("_"), jen.Id("_")).Op("=").Add(rtq("CallMethod").Call(it, jen.Lit("close"), jen.Nil(), jen.Nil())))}
				}
			}
			return it
		}, func(it jen.Code) (jen.Code, jen.Code) {
			v := fs.newTemp("t", nil)
			ok := fs.newTemp("ok", jen.Bool())
			fs.emit(jen.List(v.lhs(), ok.lhs(), fs.exc()).Op("=").Add(rtq("Next").Call(it)))
			fs.check(line)
			return v.use(), jen.Op("!").Add(ok.use())
		}, &release)
	case *ir.AsyncFor:
		var release func() []jen.Code
		fs.forStmt(s.Target, s.Body, s.Else, func() jen.Code {
			if isDotZero(s.Iter) {
				return fs.value(s.Iter) // already an async iterator (ir.GetIter)
			}
			var fresh *local
			if f := fs.g.generatorCall(s.Iter, ir.AsyncGenerator); f != nil {
				fresh = fs.newTemp("fresh", jen.Bool())
				fs.freshFor = &freshCall{fresh, f}
			}
			it := fs.val(fs.callv(s.Pos, rtq("AIter").Call(fs.value(s.Iter))))
			if fresh != nil {
				// As for a generator, but CPython's event loop finalizes
				// an abandoned async generator: it schedules aclose().
				release = func() []jen.Code {
					fs.g.helpers["dropAsyncGen"] = true
					return []jen.Code{jen.If(fresh.use()).Block(jen.Id("dropAsyncGen").Call(it))}
				}
			}
			return it
		}, func(it jen.Code) (jen.Code, jen.Code) {
			aw := fs.callv(s.Pos, rtq("ANext").Call(it))
			v := fs.newTemp("t", nil)
			fs.emit(jen.List(v.lhs(), fs.exc()).Op("=").Add(rtq("Await").Call(fs.val(aw))))
			// StopAsyncIteration ends the loop (exc is cleared: code
			// after the loop, a finally label, must see no exception);
			// anything else raises.
			raise := fs.raiseCode(true, line)
			fs.emit(jen.If(fs.exc().Op("!=").Nil()).Block(
				jen.If(jen.Op("!").Add(rtq("IsStopAsyncIteration").Call(fs.exc()))).Block(raise...),
				fs.exc().Op("=").Nil(),
				jen.Break(),
			))
			return v.use(), nil
		}, &release)
	case *ir.Break:
		fs.jump(jBreak, nil)
	case *ir.Continue:
		fs.jump(jContinue, nil)
	case *ir.Return:
		var v jen.Code = rtq("None")
		if s.Value != nil {
			v = fs.value(s.Value)
		}
		fs.jump(jReturn, v)
	case *ir.Raise:
		if s.Exc == nil {
			var cur jen.Code = jen.Nil()
			for i := len(fs.regions) - 1; i >= 0; i-- {
				if r := fs.regions[i]; r.kind == rHandler {
					cur = r.caught.use()
					break
				} else if r.kind == rFinally && r.pending != nil {
					cur = r.pending.use()
					break
				}
			}
			fs.emit(fs.exc().Op("=").Add(rtq("Reraise").Call(cur)))
			fs.raise(false, line)
			return
		}
		e := fs.value(s.Exc)
		var cause jen.Code = rtq("Null")
		if s.Cause != nil {
			cause = fs.value(s.Cause)
		}
		fs.emit(fs.exc().Op("=").Add(rtq("Raise").Call(e, cause)))
		fs.raise(true, line)
	case *ir.Try:
		fs.tryStmt(s)
	case *ir.With:
		fs.withStmt(s)
	default:
		fs.g.unsupported(s, "statement %T", s)
	}
}

func (fs *fn) ifStmt(s *ir.If) {
	c := fs.cond(s.Cond)
	entry := fs.copyBound()
	then, thenDead := fs.sub(func() { fs.stmts(s.Then) })
	thenBound := fs.bound
	fs.bound = copyMap(entry)
	if len(s.Else) == 0 {
		fs.emit(jen.If(c).Block(then...))
		fs.bound = entry
		return
	}
	els, elseDead := fs.sub(func() { fs.stmts(s.Else) })
	// A variable is bound after the if when both branches bind it.
	out := map[*ir.Var]bool{}
	for v := range thenBound {
		if fs.bound[v] {
			out[v] = true
		}
	}
	fs.bound = out
	fs.emit(jen.If(c).Block(then...).Else().Block(els...))
	if thenDead && elseDead {
		fs.terminate()
	}
}

func copyMap(m map[*ir.Var]bool) map[*ir.Var]bool {
	out := make(map[*ir.Var]bool, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func isConstTrue(e ir.Expr) bool {
	c, ok := e.(*ir.Const)
	if !ok {
		return false
	}
	switch v := c.Value.(type) {
	case bool:
		return v
	}
	return false
}

// whileStmt emits
//
//	for {
//		if !cond { break }
//		body
//	}
//	else
//	loopend:       (where a break goes when there is an else)
func (fs *fn) whileStmt(s *ir.While) {
	forever := isConstTrue(s.Cond)
	r := &region{kind: rLoop}
	if len(s.Else) > 0 && !forever {
		r.breakLabel = fs.newLabel("loopend")
	}
	entry := fs.copyBound()
	body, _ := fs.sub(func() {
		fs.push(r)
		if !forever {
			c := fs.cond(s.Cond)
			fs.emit(jen.If(jen.Op("!").Add(c)).Block(jen.Break()))
			r.breakUsed = true
		}
		fs.stmts(s.Body)
		fs.pop()
	})
	fs.bound = entry
	fs.emit(jen.For().Block(body...))
	els := s.Else
	if forever {
		els = nil // the condition never becomes false: only break leaves, and it skips the else
	}
	fs.loopEnd(r, els)
}

// loopEnd emits what follows a loop's Go for statement.
func (fs *fn) loopEnd(r *region, els []ir.Stmt) {
	if !r.breakUsed {
		fs.terminate() // an endless Go for: only goto leaves it
	} else {
		fs.stmts(els)
	}
	if r.labelUsed {
		fs.label(r.breakLabel)
	}
}

// forStmt emits (next returns the value and the condition that ends
// the loop, or nil when it emitted the exit itself)
//
//	it = iter(x)
//	for {
//		v, ok = next(it)
//		if !ok { break }
//		target = v
//		body
//	}
func (fs *fn) forStmt(target ir.Target, body, els []ir.Stmt, iter func() jen.Code, next func(it jen.Code) (v, stop jen.Code), release ...*func() []jen.Code) {
	it := iter()
	r := &region{kind: rLoop, breakUsed: true}
	if len(els) > 0 {
		r.breakLabel = fs.newLabel("loopend")
	}
	entry := fs.copyBound()
	code, _ := fs.sub(func() {
		fs.push(r)
		v, stop := next(it)
		if stop != nil {
			fs.emit(jen.If(stop).Block(jen.Break()))
		}
		// The release applies from here: a generator that raised while
		// stepped is finished, and CPython finalizes only live ones.
		for _, rel := range release {
			r.release = *rel
		}
		fs.assign(target, v)
		fs.stmts(body)
		fs.pop()
	})
	fs.bound = entry
	fs.emit(jen.For().Block(code...))
	fs.loopEnd(r, els)
}

// calle emits "exc = call" and its check.
func (fs *fn) calle(line int32, call jen.Code) {
	fs.emit(fs.exc().Op("=").Add(call))
	fs.check(line)
}

// assign stores v (a Go expression without side effects) in t.
func (fs *fn) assign(t ir.Target, v jen.Code) {
	switch t := t.(type) {
	case *ir.Name:
		l := fs.varOf(t.Var)
		if fmt.Sprintf("%#v", v) != l.name { // x = x is a no-op (and go vet rejects it)
			fs.emit(jen.Add(l.lhs()).Op("=").Add(v))
		}
		fs.bound[t.Var] = true
	case *ir.Global:
		fs.emit(jen.Id("G").Dot(fs.g.global(t.Name)).Op("=").Add(v))
	case *ir.ClassName:
		fs.calle(t.Pos.Line, rtq("DictSet").Call(jen.Id(fs.nsName), rtq("Str").Call(jen.Lit(t.Name)), v))
	case *ir.Attr:
		o := fs.value(t.X)
		fs.calle(t.Pos.Line, rtq("SetAttr").Call(o, jen.Lit(t.Name), v))
	case *ir.Subscript:
		o := fs.value(t.X)
		k := fs.value(t.Index)
		fs.calle(t.Pos.Line, rtq("SetItem").Call(o, k, v))
	case *ir.TupleTarget:
		s := fs.newTemp("items", jen.Index().Qual(rtPath, "Value"))
		var call jen.Code
		if t.Star < 0 {
			call = rtq("Unpack").Call(v, jen.Lit(len(t.Elts)))
		} else {
			call = rtq("UnpackStar").Call(v, jen.Lit(t.Star), jen.Lit(len(t.Elts)-t.Star-1))
		}
		fs.emit(jen.List(s.lhs(), fs.exc()).Op("=").Add(call))
		fs.check(t.Pos.Line)
		for i, e := range t.Elts {
			fs.assign(e, s.use().Index(jen.Lit(i)))
		}
	default:
		fs.g.unsupported(t, "assignment to %T", t)
	}
}

func (fs *fn) del(t ir.Target) {
	switch t := t.(type) {
	case *ir.Name:
		fs.loadVar(t) // raises if unbound
		l := fs.varOf(t.Var)
		fs.emit(jen.Add(l.lhs()).Op("=").Add(rtq("Null")))
		delete(fs.bound, t.Var)
	case *ir.Global:
		g := jen.Id("G").Dot(fs.g.global(t.Name))
		fs.emit(jen.If(jen.Id("G").Dot(fs.g.global(t.Name)).Dot("IsNull").Call()).Block(
			append([]jen.Code{fs.exc().Op("=").Add(rtq("NameError").Call(jen.Lit(t.Name)))}, fs.raiseCode(true, t.Pos.Line)...)...))
		fs.emit(g.Op("=").Add(rtq("Null")))
	case *ir.ClassName:
		fs.g.helpers["delClassName"] = true
		fs.calle(t.Pos.Line, jen.Id("delClassName").Call(jen.Id(fs.nsName), jen.Lit(t.Name)))
	case *ir.Attr:
		o := fs.value(t.X)
		fs.calle(t.Pos.Line, rtq("DelAttr").Call(o, jen.Lit(t.Name)))
	case *ir.Subscript:
		o := fs.value(t.X)
		k := fs.value(t.Index)
		fs.calle(t.Pos.Line, rtq("DelItem").Call(o, k))
	case *ir.TupleTarget:
		for _, e := range t.Elts {
			fs.del(e)
		}
	default:
		fs.g.unsupported(t, "del of %T", t)
	}
}

// isDotZero says e is a comprehension's ".0" parameter: the iterator of
// its first iterable, made outside by ir.GetIter, which the loop steps
// directly (CPython's FOR_ITER without a second iter()).
func isDotZero(e ir.Expr) bool {
	n, ok := e.(*ir.Name)
	if !ok || n.Var.Name != ".0" {
		return false
	}
	for _, p := range n.Var.Func.Params {
		if p.Var == n.Var {
			return true
		}
	}
	return false
}
