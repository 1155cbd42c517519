package rt

import (
	"os"
	"path/filepath"
)

// Program entry (docs/rt-api.md "Program entry") and interactive sessions
// (docs/deterministic.md "Interactive programs").

// InteractiveKind says how a program runs.
type InteractiveKind int

// The kinds.
const (
	NotInteractive InteractiveKind = iota // a script: Module runs once
	REPL                                  // the plain python3 REPL
	AsyncioREPL                           // python -m asyncio
)

// Statement is one top-level statement of an interactive program.
type Statement struct {
	Line  int
	Async bool // contains a top-level await: Run is a coroutine body
	Run   func() (Value, *Exc)
}

// Program is what generated code hands to Main.
type Program struct {
	Filename    string
	Module      func() *Exc
	Interactive InteractiveKind
	Statements  []Statement
}

var (
	prog            *Program
	interactiveKind InteractiveKind
	moduleGlobals   = map[string]Value{}
)

// ModuleGlobal returns a module global the runtime defines (__file__,
// __name__, __doc__, ...), Null if none.
func ModuleGlobal(name string) Value {
	if v, ok := moduleGlobals[name]; ok {
		return v
	}
	return Null
}

// Main runs the program and returns the process exit code.
func Main(p *Program) int {
	prog = p
	interactiveKind = p.Interactive
	deterministic = os.Getenv("PY2GOASYNC_DETERMINISTIC") == "1"
	moduleGlobals["__name__"] = Str("__main__")
	moduleGlobals["__doc__"] = None
	moduleGlobals["__package__"] = None
	moduleGlobals["__spec__"] = None
	moduleGlobals["__loader__"] = None
	moduleGlobals["__builtins__"] = Obj(builtinsModule())
	if p.Interactive != AsyncioREPL {
		// CPython's __main__ starts with an empty __annotations__ (the
		// asyncio REPL runs in a fresh namespace without one).
		moduleGlobals["__annotations__"] = Obj(NewDictObj())
	}
	var argv []string
	if p.Interactive == NotInteractive {
		abs := absFilename(p.Filename)
		moduleGlobals["__file__"] = Str(abs)
		argv = append([]string{abs}, os.Args[1:]...)
	} else {
		argv = []string{""}
	}
	setSysArgv(argv)

	code := 0
	switch p.Interactive {
	case NotInteractive:
		code = runScript(p)
	default:
		code = runInteractive(p)
	}
	closeDropped()
	flushPendingTasks()
	flushUnretrieved()
	flushUnawaited(true)
	flushStdout()
	return code
}

// exitCode handles SystemExit: its code, printing a non-int code to
// stderr as CPython does.
func exitCode(e *Exc) int {
	c := e.Arg0()
	if len(e.Args) > 1 {
		c = NewTuple(e.Args...)
	}
	switch {
	case c.IsNull() || c.IsNone():
		return 0
	case c.K == KInt || c.K == KBool:
		return int(c.I)
	}
	s, err := ToStr(c)
	if err == nil {
		flushStdout()
		writeStderr(s + "\n")
	}
	return 1
}

func runScript(p *Program) int {
	if p.Module == nil {
		return 0
	}
	e := callGuarded(p.Module)
	if e == nil {
		return 0
	}
	if IsExcInstance(e, ExcSystemExit) {
		return exitCode(e)
	}
	flushStdout()
	// Coroutines dropped before the exception warned then in CPython.
	flushUnawaited(false)
	printException(e)
	return 1
}

// callGuarded runs f, turning a panic carrying SystemExit/KeyboardInterrupt
// out of the loop into an exception.
func callGuarded(f func() *Exc) (exc *Exc) {
	defer func() {
		if r := recover(); r != nil {
			if ee, ok := r.(escapingExc); ok {
				exc = ee.e
				return
			}
			panic(r)
		}
	}()
	return f()
}

var codeModule = &Code{Name: "<module>", Qualname: "<module>", Filename: "<stdin>", Kind: CoroutineCode}

func runInteractive(p *Program) int {
	var l *Loop
	if p.Interactive == AsyncioREPL {
		l = newLoop()
		setEventLoop(l)
		preimportAsyncio()
	}
	for _, st := range p.Statements {
		// CPython frees what a statement dropped when it ends.
		if len(genRegs) > 0 {
			closeDropped()
		}
		flushUnawaited(false)
		moduleLine = st.Line
		if l == nil {
			if st.Async {
				flushStdout()
				writeStderr("  File \"<stdin>\", line " + itoa(st.Line) + "\nSyntaxError: 'await' outside function\n")
				continue
			}
			_, e := runStatement(st)
			if e != nil {
				if IsExcInstance(e, ExcSystemExit) {
					return exitCode(e)
				}
				showInteractive(e)
			}
			continue
		}
		fut := newFuture(l)
		st := st
		l.callSoon(func() *Exc {
			if !st.Async {
				v, e := runStatement(st)
				if e != nil {
					if IsExcInstance(e, ExcSystemExit) {
						return e
					}
					fut.setException(e)
					return nil
				}
				fut.setResult(v)
				return nil
			}
			coro := NewGenerator(codeModule, st.Run)
			coro.O.(*genObj).started()
			coro.O.(*genObj).line = st.Line
			t, e := l.createTask(coro, Null)
			if e != nil {
				fut.setException(e)
				return nil
			}
			chainFuture(&t.Future, fut)
			return nil
		}, "callback()")
		_, e := runUntilCompleteGuarded(l, fut.value())
		if e != nil {
			if IsExcInstance(e, ExcSystemExit) {
				return exitCode(e)
			}
			showInteractive(e)
		}
	}
	if l != nil {
		l.callSoon(func() *Exc { l.stop(); return nil }, "BaseEventLoop.stop()")
		if e := callGuarded(l.runForever); e != nil && IsExcInstance(e, ExcSystemExit) {
			return exitCode(e)
		}
	}
	return 0
}

// showInteractive prints a statement's exception as the REPL does: the
// traceback from the first <stdin> frame on.
func showInteractive(e *Exc) {
	tb := e.Traceback
	for len(tb) > 0 && tb[len(tb)-1].Filename != "<stdin>" {
		tb = tb[:len(tb)-1]
	}
	if len(tb) > 0 {
		e.Traceback = tb
	}
	flushStdout()
	printException(e)
}

func runStatement(st Statement) (v Value, e *Exc) {
	e = callGuarded(func() *Exc {
		var err *Exc
		v, err = st.Run()
		return err
	})
	return v, e
}

func runUntilCompleteGuarded(l *Loop, f Value) (v Value, e *Exc) {
	e = callGuarded(func() *Exc {
		var err *Exc
		v, err = l.runUntilComplete(f)
		return err
	})
	return v, e
}

// chainFuture is futures._chain_future for two futures of one loop.
func chainFuture(src, dst *Future) {
	src.addCallback(&futCallback{name: "_chain_future.<locals>._call_set_state", src: pylibSource("futures.py", 381), fn: func(s *Future) *Exc {
		if dst.state == futCancelled {
			return nil
		}
		copyFutureState(s, dst)
		return nil
	}})
	dst.addCallback(&futCallback{name: "_chain_future.<locals>._call_check_cancel", src: pylibSource("futures.py", 375), fn: func(d *Future) *Exc {
		if d.state == futCancelled {
			src.cancel(Null)
		}
		return nil
	}})
}

// copyFutureState is futures._copy_future_state.
func copyFutureState(src, dst *Future) {
	if dst.state == futCancelled {
		return
	}
	switch {
	case src.state == futCancelled:
		dst.cancel(Null)
	case src.exc != nil:
		dst.setException(src.exc)
	default:
		dst.setResult(src.res)
	}
}

// Echo is sys.displayhook for interactive expression statements: print
// repr(v) unless it is None, and bind builtins._.
func Echo(v Value) *Exc {
	if v.IsNull() || v.IsNone() {
		return nil
	}
	builtinsModule().Set("_", None)
	r, e := ToRepr(v)
	if e != nil {
		return e
	}
	if e := writeTo(sysGet("stdout"), r+"\n"); e != nil {
		return e
	}
	builtinsModule().Set("_", v)
	return nil
}

// absFilename makes a program path absolute, as CPython's __file__ and
// code filenames are for a script run by path.
func absFilename(name string) string {
	if name == "" || name[0] == '<' || filepath.IsAbs(name) {
		return name
	}
	if a, err := filepath.Abs(name); err == nil {
		return a
	}
	return name
}

// moduleLine is the line of the top-level statement running (interactive
// mode knows it; scripts report line 1).
var moduleLine = 1

func moduleLocation() (string, int) {
	if interactiveKind != NotInteractive {
		return "<stdin>", moduleLine
	}
	if prog != nil {
		return absFilename(prog.Filename), moduleLine
	}
	return "<unknown>", moduleLine
}

// escapingExc carries SystemExit/KeyboardInterrupt out of run_forever
// (CPython re-raises them from Handle._run).
type escapingExc struct{ e *Exc }
