package codegen

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/py2goasync/py2goasync/ir"
)

// Exceptions, return, break and continue leave a statement by walking the
// enclosing regions from the innermost out, emitting what each needs:
//
//	handler    rt.PopExc(): the exception it handles is no longer "being handled"
//	finally    (its body) rt.PopExc() if it runs for a pending exception
//	tryExcept  an exception jumps to its except label; jumps pass through
//	tryFinally everything jumps to its finally label, noting in its why
//	           variable what to do after the finally body ran
//	loop       break and continue stop here; leaving it early (break,
//	           return, an exception) closes a generator only it holds
//
// and, past the outermost, a Go return. This is CPython's exception table
// and its unwinding of the block stack, resolved at compile time: every
// raise site knows statically where it lands.
type regionKind uint8

const (
	rLoop regionKind = iota
	rTryExcept
	rHandler
	rTryFinally
	rFinally
)

type region struct {
	kind  regionKind
	label string // rTryExcept: the except label; rTryFinally: the finally label
	used  bool   // some code jumps to label

	caught *local // rHandler: the exception being handled

	pending *local // rFinally: the exception the finally body runs for (nil: normal entry only)

	why  *local       // rTryFinally: what to do after the finally body
	whys map[int]bool // rTryFinally: the jumps that go through it

	release func() []jen.Code // rLoop: what leaving the loop early (break, return, raise) runs; made on use, so that its variables count as read only then

	breakLabel string // rLoop with else: where break goes (past the else)
	breakUsed  bool   // rLoop: the Go for statement has a break
	labelUsed  bool   // rLoop: breakLabel is used
}

// Jumps through finally blocks; the values are the why codes.
const (
	jReturn   = 1
	jBreak    = 2
	jContinue = 3
)

func (fs *fn) push(r *region) { fs.regions = append(fs.regions, r) }
func (fs *fn) pop()           { fs.regions = fs.regions[:len(fs.regions)-1] }

func popExc() jen.Code { return rtq("PopExc").Call() }

// returnExc returns the exception in exc to the caller.
func (fs *fn) returnExc() jen.Code {
	if fs.ret == retExc {
		return jen.Return(fs.exc())
	}
	return jen.Return(rtq("Null"), fs.exc())
}

// raiseCode returns the statements that raise the exception in exc from
// the current region: with tb, first add this frame's traceback entry for
// the Python line (a bare raise and the re-raise after an unmatched except
// clause do not: CPython's RERAISE).
func (fs *fn) raiseCode(tb bool, line int32) []jen.Code {
	var out []jen.Code
	if tb {
		out = append(out, rtq("AddTraceback").Call(fs.exc(), fs.code(), jen.Lit(int(line))))
	}
	for i := len(fs.regions) - 1; i >= 0; i-- {
		r := fs.regions[i]
		switch r.kind {
		case rHandler:
			out = append(out, popExc())
		case rFinally:
			if r.pending != nil {
				out = append(out, jen.If(r.pending.use().Op("!=").Nil()).Block(popExc()))
			}
		case rTryExcept, rTryFinally:
			r.used = true
			return append(out, jen.Goto().Id(r.label))
		case rLoop:
			if r.release != nil {
				out = append(out, r.release()...)
			}
		}
	}
	return append(out, fs.returnExc())
}

// raise emits raiseCode; the block ends there.
func (fs *fn) raise(tb bool, line int32) {
	fs.emit(fs.raiseCode(tb, line)...)
	fs.terminate()
}

// check emits the test that follows a call that can raise. The call, the
// statement just emitted, gets a /*line file.py:N:1*/ prefix: the Python
// line of a Go line drifts within a statement (each check takes lines of
// its own), and a Go stack trace through the call must name the Python
// line. tidyLineDirectives removes the prefixes that say nothing new.
func (fs *fn) check(line int32) {
	if n := len(fs.b.stmts); n > 0 && !fs.b.dead && !strings.Contains(fs.g.srcName(), "*/") {
		fs.b.stmts[n-1] = jen.Comment(fmt.Sprintf("/*line %s:%d:1*/", fs.g.srcName(), line)).Add(fs.b.stmts[n-1])
	}
	fs.emit(jen.If(fs.exc().Op("!=").Nil()).Block(fs.raiseCode(true, line)...))
}

// jumpCode returns the statements of a return (with value val; inRet says
// val is already in the return variable), break or continue.
func (fs *fn) jumpCode(kind int, val jen.Code, inRet bool) []jen.Code {
	var out []jen.Code
	if kind == jReturn && !inRet {
		for _, r := range fs.regions {
			if r.kind == rTryFinally {
				// The finally blocks run after the value is computed.
				out = append(out, jen.Add(fs.retLocal().lhs()).Op("=").Add(val))
				inRet = true
				break
			}
		}
	}
	for i := len(fs.regions) - 1; i >= 0; i-- {
		r := fs.regions[i]
		switch r.kind {
		case rHandler:
			out = append(out, popExc())
		case rFinally:
			if r.pending != nil {
				out = append(out, jen.If(r.pending.use().Op("!=").Nil()).Block(popExc()))
			}
		case rTryFinally:
			if r.why == nil {
				r.why = fs.newTemp("why", jen.Int())
			}
			r.whys[kind] = true
			r.used = true
			return append(out, jen.Add(r.why.lhs()).Op("=").Lit(kind), jen.Goto().Id(r.label))
		case rLoop:
			if kind != jContinue && r.release != nil {
				out = append(out, r.release()...)
			}
			if kind == jBreak {
				if r.breakLabel != "" {
					r.labelUsed = true
					return append(out, jen.Goto().Id(r.breakLabel))
				}
				r.breakUsed = true
				return append(out, jen.Break())
			}
			if kind == jContinue {
				return append(out, jen.Continue())
			}
		}
	}
	if inRet {
		val = fs.retLocal().use()
	}
	if fs.ret == retExc {
		return append(out, jen.Return(jen.Nil()))
	}
	return append(out, jen.Return(val, jen.Nil()))
}

// retLocal is the variable that keeps a return value while finally
// blocks run.
func (fs *fn) retLocal() *local {
	if fs.retVar == nil {
		fs.retVar = &local{name: fs.names.name("ret")}
		fs.order = append(fs.order, fs.retVar)
	}
	return fs.retVar
}

func (fs *fn) jump(kind int, val jen.Code) {
	fs.emit(fs.jumpCode(kind, val, false)...)
	fs.terminate()
}

func (fs *fn) copyBound() map[*ir.Var]bool {
	m := make(map[*ir.Var]bool, len(fs.bound))
	for k, v := range fs.bound {
		m[k] = v
	}
	return m
}

func (fs *fn) tryStmt(s *ir.Try) {
	handlers := fs.tryExcept
	if s.Star {
		handlers = fs.tryExceptStar
	}
	if len(s.Finally) == 0 {
		handlers(s)
		return
	}
	fs.tryFinally(func() {
		if len(s.Handlers) > 0 {
			handlers(s)
		} else {
			fs.stmts(s.Body)
		}
	}, func(pending *local) {
		fs.push(&region{kind: rFinally, pending: pending})
		fs.stmts(s.Finally)
		fs.pop()
	}, nil)
}

// tryExcept emits
//
//	body            (exceptions: goto except)
//	else
//	goto tryend
//	except:
//	caught = exc; rt.PushExc(caught)
//	if ok, exc = rt.ExcMatch(caught, T); ok { e = ...; handler; rt.PopExc(); goto tryend }
//	...
//	rt.PopExc(); exc = caught; raise (no match)
//	tryend:
func (fs *fn) tryExcept(s *ir.Try) {
	entry := fs.copyBound()
	r := &region{kind: rTryExcept, label: fs.newLabel("except")}
	fs.push(r)
	fs.stmts(s.Body)
	fs.pop()
	fs.stmts(s.Else)
	if !r.used {
		return // nothing in the body can raise: the handlers are dead code
	}
	end := fs.newLabel("tryend")
	endUsed := false
	if !fs.b.dead {
		fs.emit(jen.Goto().Id(end))
		endUsed = true
	}
	fs.bound = entry
	fs.label(r.label)
	caught := fs.newTemp("caught", jen.Op("*").Qual(rtPath, "Exc"))
	fs.emit(jen.Add(caught.lhs()).Op("=").Add(fs.exc()), fs.exc().Op("=").Nil(), rtq("PushExc").Call(caught.use()))
	h := &region{kind: rHandler, caught: caught}
	fs.push(h)
	for _, hd := range s.Handlers {
		if fs.b.dead {
			break
		}
		fs.lineDirective(hd.Pos.Line)
		handler := func() {
			if hd.Name != nil {
				fs.assign(hd.Name, rtq("ExcValue").Call(caught.use()))
			}
			fs.stmts(hd.Body)
			if !fs.b.dead {
				fs.emit(popExc(), jen.Goto().Id(end))
				endUsed = true
				fs.terminate()
			}
		}
		if hd.Type == nil {
			handler()
			break
		}
		t := fs.value(hd.Type)
		ok := fs.newTemp("ok", jen.Bool())
		fs.emit(jen.List(ok.lhs(), fs.exc()).Op("=").Add(rtq("ExcMatch").Call(caught.use(), t)))
		fs.check(hd.Pos.Line)
		saved := fs.copyBound()
		body, _ := fs.sub(handler)
		fs.bound = saved
		fs.emit(jen.If(ok.use()).Block(body...))
	}
	fs.pop()
	if !fs.b.dead {
		fs.emit(popExc(), fs.exc().Op("=").Add(caught.use()))
		fs.raise(false, 0)
	}
	fs.bound = entry
	if endUsed {
		fs.label(end)
	}
}

// tryFinally emits
//
//	why = 0
//	body           (exceptions: goto finally; return/break/continue: why = N; goto finally)
//	finally:
//	pending = exc; exc = nil
//	fin(pending)   (with rt.PushExc(pending) around it when pending != nil)
//	if pending != nil { exc = pending; raise }
//	if why == N { continue the jump }
//
// fin emits the finally code; with a non-nil excFin, the finally code is
// fin on normal entry and jumps, excFin when an exception is pending (the
// with statement's two calls of __exit__).
func (fs *fn) tryFinally(body func(), fin func(pending *local), excFin func(pending *local)) {
	entry := fs.copyBound()
	r := &region{kind: rTryFinally, label: fs.newLabel("finally"), whys: map[int]bool{}}
	reset := jen.Null()
	fs.emit(reset)
	fs.push(r)
	body()
	fs.pop()
	if !r.used {
		if !fs.b.dead {
			fin(nil)
		}
		return
	}
	fs.bound = entry
	fs.label(r.label)
	pending := fs.newTemp("pending", jen.Op("*").Qual(rtPath, "Exc"))
	fs.emit(jen.Add(pending.lhs()).Op("=").Add(fs.exc()), fs.exc().Op("=").Nil())
	if excFin != nil {
		excCode, _ := fs.sub(func() { excFin(pending) })
		normal, _ := fs.sub(func() { fin(nil) })
		fs.emit(jen.If(pending.use().Op("!=").Nil()).Block(excCode...).Else().Block(normal...))
	} else {
		fs.emit(jen.If(pending.use().Op("!=").Nil()).Block(rtq("PushExc").Call(pending.use())))
		fin(pending)
		if !fs.b.dead {
			reraise, _ := fs.sub(func() {
				fs.emit(popExc(), fs.exc().Op("=").Add(pending.use()))
				fs.raise(false, 0)
			})
			fs.emit(jen.If(pending.use().Op("!=").Nil()).Block(reraise...))
		}
	}
	for _, kind := range []int{jReturn, jBreak, jContinue} {
		if r.whys[kind] && !fs.b.dead {
			fs.emit(jen.If(r.why.use().Op("==").Lit(kind)).Block(fs.jumpCode(kind, nil, true)...))
		}
	}
	if r.why != nil {
		*reset = *jen.Add(r.why.lhs()).Op("=").Lit(0)
	}
	fs.bound = entry
}

// withStmt emits a with statement (PEP 343; async with: the calls are
// awaited) as a try/finally whose finally calls __exit__:
//
//	exit, v, exc = rt.WithEnter(mgr)   (rt.AsyncWithEnter: v is awaited)
//	target = v
//	body
//	finally: if an exception is pending: if !truth(exit(type, e, tb)) { re-raise }
//	         else exit(None, None, None)
func (fs *fn) withStmt(s *ir.With) {
	mgr := fs.value(s.Ctx)
	exit := fs.newTemp("exit", rtq("Value"))
	v := fs.newTemp("t", rtq("Value"))
	enter := "WithEnter"
	if s.Async {
		enter = "AsyncWithEnter"
	}
	fs.emit(jen.List(exit.lhs(), v.lhs(), fs.exc()).Op("=").Add(rtq(enter).Call(mgr)))
	fs.check(s.Pos.Line)
	val := operand{tmp: v}
	if s.Async {
		val = fs.callv(s.Pos, rtq("Await").Call(v.use()))
	}
	callExit := func(e jen.Code) operand {
		res := fs.callv(s.Pos, rtq("WithExit").Call(exit.use(), e))
		if s.Async {
			res = fs.callv(s.Pos, rtq("Await").Call(fs.val(res)))
		}
		return res
	}
	fs.tryFinally(func() {
		if s.Target != nil {
			fs.assign(s.Target, fs.val(val))
		}
		fs.stmts(s.Body)
	}, func(*local) {
		callExit(jen.Nil())
	}, func(pending *local) {
		fs.emit(rtq("PushExc").Call(pending.use()))
		fs.push(&region{kind: rFinally, pending: pending})
		res := callExit(pending.use())
		ok := fs.truth(s.Pos, res)
		fs.pop()
		fs.emit(popExc())
		reraise, _ := fs.sub(func() {
			fs.emit(fs.exc().Op("=").Add(pending.use()))
			fs.raise(false, 0)
		})
		fs.emit(jen.If(jen.Op("!").Add(ok)).Block(reraise...))
	})
}

// tryExceptStar emits try/except* (PEP 654) as CPython 3.11 runs it:
//
//	body            (exceptions: goto except)
//	else
//	goto tryend
//	except:
//	caught = exc; rt.PushExc(caught); rest = caught; raised = nil
//	match, rest, exc = rt.ExcGroupSplit(rest, T)      (per handler)
//	if match != nil {
//		rt.PushExc(match); e = match; handler; rt.PopExc()
//	handlerexc:                                       (what the handler raised lands here)
//		raised = append(raised, exc); exc = nil
//	}
//	raised = append(raised, rest)
//	exc = rt.ExcGroupReraise(caught, raised); rt.PopExc()
//	if exc != nil { raise }
//	tryend:
//
// Handlers cannot break, continue or return (a SyntaxError), so only
// exceptions leave them.
func (fs *fn) tryExceptStar(s *ir.Try) {
	entry := fs.copyBound()
	r := &region{kind: rTryExcept, label: fs.newLabel("except")}
	fs.push(r)
	fs.stmts(s.Body)
	fs.pop()
	fs.stmts(s.Else)
	if !r.used {
		return
	}
	end := fs.newLabel("tryend")
	endUsed := false
	if !fs.b.dead {
		fs.emit(jen.Goto().Id(end))
		endUsed = true
	}
	fs.bound = entry
	fs.label(r.label)
	excType := jen.Op("*").Qual(rtPath, "Exc")
	caught := fs.newTemp("caught", excType)
	rest := fs.newTemp("rest", excType)
	raised := fs.newTemp("raised", jen.Index().Op("*").Qual(rtPath, "Exc"))
	fs.emit(
		jen.Add(caught.lhs()).Op("=").Add(fs.exc()), fs.exc().Op("=").Nil(),
		rtq("PushExc").Call(caught.use()),
		jen.Add(rest.lhs()).Op("=").Add(caught.use()),
		jen.Add(raised.lhs()).Op("=").Nil())
	h := &region{kind: rHandler, caught: caught}
	for _, hd := range s.Handlers {
		fs.lineDirective(hd.Pos.Line)
		fs.push(h)
		t := fs.value(hd.Type)
		match := fs.newTemp("match", excType)
		split, _ := fs.sub(func() {
			fs.emit(jen.List(match.lhs(), rest.lhs(), fs.exc()).Op("=").Add(rtq("ExcGroupSplit").Call(rest.use(), t)))
			fs.check(hd.Pos.Line)
		})
		fs.pop()
		fs.emit(jen.If(rest.use().Op("!=").Nil()).Block(split...))
		saved := fs.copyBound()
		body, _ := fs.sub(func() {
			landing := &region{kind: rTryExcept, label: fs.newLabel("handlerexc")}
			fs.push(landing)
			fs.push(&region{kind: rHandler, caught: match})
			fs.emit(rtq("PushExc").Call(match.use()))
			if hd.Name != nil {
				fs.assign(hd.Name, rtq("ExcValue").Call(match.use()))
			}
			fs.stmts(hd.Body)
			if !fs.b.dead {
				fs.emit(popExc())
			}
			fs.pop()
			fs.pop()
			if landing.used {
				fs.label(landing.label)
			}
			fs.emit(jen.Add(raised.lhs()).Op("=").Append(raised.use(), fs.exc()), fs.exc().Op("=").Nil())
		})
		fs.bound = saved
		fs.emit(jen.If(match.use().Op("!=").Nil()).Block(body...))
	}
	fs.emit(
		jen.Add(raised.lhs()).Op("=").Append(raised.use(), rest.use()),
		fs.exc().Op("=").Add(rtq("ExcGroupReraise").Call(caught.use(), raised.use())),
		popExc())
	reraise, _ := fs.sub(func() { fs.raise(false, 0) })
	fs.emit(jen.If(fs.exc().Op("!=").Nil()).Block(reraise...))
	fs.bound = entry
	if endUsed {
		fs.label(end)
	}
}
