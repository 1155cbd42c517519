package rt

import (
	"runtime"
	"weak"
)

// Generators and async generators the program drops while suspended.
//
// CPython closes such a generator when its last reference goes (its
// finally blocks run; an async generator's aclose() is scheduled on its
// loop by the loop's finalizer hook). Here a suspended generator is a
// goroutine parked in iter.Pull, which would leak forever. The runtime
// keeps a weak pointer to every started generator; at fixed points (the
// event loop about to wait, between interactive statements, every 4096
// generators started, and at exit) it runs a full GC and closes the
// drivers whose generator was collected, in creation order. Output of
// their finally blocks therefore appears at those points rather than at
// the exact moment of the drop, but deterministically.

type genReg struct {
	wp             weak.Pointer[Generator]
	d              *driver
	kind           CodeKind
	code           *Code
	name, qualname string
	loop           EventLoop // the loop an async generator was first iterated in
}

var (
	genRegs        []*genReg
	genRegsNew     int // generator starts and suspensions since the last collection
	genRegsStarted int // registrations since the last count-triggered collection
	idleCount      int
	dropCheckStep  = 4096
)

// trackDriver registers g's new driver (generators and async generators).
func trackDriver(g *Generator) {
	r := &genReg{wp: weak.Make(g), d: g.drv, kind: g.Kind, code: g.Code, name: g.name, qualname: g.Qualname, loop: g.hookLoop}
	genRegs = append(genRegs, r)
	genRegsStarted++
	if genRegsStarted >= dropCheckStep {
		genRegsStarted = 0
		CloseDropped()
	}
}

// IdleDropCheck is called by the loop before it waits: a collection when a
// generator was started or suspended since the last one (it may have been
// dropped since), else every 64th wait. After 50 such collections only
// every 64th wait collects (a full GC costs milliseconds), to bound the
// cost for programs that iterate generators between sleeps all the time.
func IdleDropCheck() {
	if len(genRegs) == 0 {
		return
	}
	idleCount++
	if idleCount%64 == 0 || (genRegsNew > 0 && idleGCs < 50) {
		idleGCs++
		CloseDropped()
	}
}

var idleGCs int

// CloseDropped collects garbage and closes the generators found dropped.
func CloseDropped() {
	genRegsNew = 0
	if len(genRegs) == 0 {
		return
	}
	runtime.GC()
	var dropped []*genReg
	keep := genRegs[:0]
	for _, r := range genRegs {
		switch {
		case r.d.finished:
		case r.wp.Value() == nil:
			dropped = append(dropped, r)
		default:
			keep = append(keep, r)
		}
	}
	clear(genRegs[len(keep):])
	genRegs = keep
	for _, r := range dropped {
		finalizeDropped(r)
	}
}

// finalizeDropped closes a collected generator through a stand-in object
// on the same driver.
func finalizeDropped(r *genReg) {
	w := &Generator{Kind: r.kind, Code: r.code, State: genSuspended, drv: r.d, name: r.name,
		Qualname: r.qualname, noWarn: true, Line: r.code.Line, hookLoop: r.loop, agHooked: true}
	if r.kind == AsyncGenCode && r.loop != nil && !r.loop.IsClosed() {
		coro := NewGenerator(codeAclose, func() (Value, *Exc) {
			return Await(Obj(&agenAwaitable{gen: w, close: true}))
		})
		coro.O.(*Generator).noWarn = true
		r.loop.ScheduleAclose(coro)
		return
	}
	if e := w.close(); e != nil {
		writeUnraisable(e, Obj(w))
	}
}

var codeAclose = &Code{Name: "aclose", Qualname: "aclose", Filename: "<async_generator>", Kind: CoroutineCode}

// writeUnraisable is PyErr_WriteUnraisable's output for an exception in a
// finalizer.
func writeUnraisable(e *Exc, obj Value) {
	WriteStderr("Exception ignored in: " + ReprOrErr(obj) + "\n")
	PrintException(e)
}

// AsyncGenAcloses is what shutdown_asyncgens awaits: the aclose() of each
// of the loop's async generators still suspended, in first-iteration
// order.
func AsyncGenAcloses(l EventLoop) []Value {
	var out []Value
	for _, r := range genRegs {
		if r.loop != l || r.d.finished {
			continue
		}
		if g := r.wp.Value(); g != nil && g.State != GenFinished {
			out = append(out, Obj(&agenAwaitable{gen: g, close: true}))
		}
	}
	return out
}
