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
	// Console starts the event loop of an AsyncioREPL program (the
	// asyncio package's NewConsole).
	Console func() Console
}

// Console runs the statements of an AsyncioREPL program on an event
// loop, as asyncio/__main__.py's console does.
type Console interface {
	// Run runs one statement on the loop and waits for it.
	Run(st Statement) (Value, *Exc)
	// Close stops the loop at the end of the input (BaseEventLoop.stop
	// scheduled, then run_forever).
	Close() *Exc
}

// shutdownHooks run at the end of the program, after dropped generators
// are closed and before the never-awaited warnings: asyncio's reports of
// pending tasks and unretrieved exceptions (AtShutdown).
var shutdownHooks []func()

// AtShutdown adds f to the hooks that run when the program ends, in the
// order added.
func AtShutdown(f func()) { shutdownHooks = append(shutdownHooks, f) }

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
	Ready()
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
		abs := AbsFilename(p.Filename)
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
	CloseDropped()
	for _, f := range shutdownHooks {
		f()
	}
	flushUnawaited(true)
	flushStdout()
	return code
}

// ProgramFilename is the running program's file name ("" before Main).
func ProgramFilename() string {
	if prog == nil {
		return ""
	}
	return prog.Filename
}

// Deterministic reports whether the program runs in the deterministic
// mode of docs/deterministic.md.
func Deterministic() bool { return deterministic }

// SetModuleGlobal defines a global of __main__ that no code assigns (the
// asyncio REPL's asyncio).
func SetModuleGlobal(name string, v Value) { moduleGlobals[name] = v }

// InteractiveMode is how the program runs.
func InteractiveMode() InteractiveKind { return interactiveKind }

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
		WriteStderr(s + "\n")
	}
	return 1
}

func runScript(p *Program) int {
	if p.Module == nil {
		return 0
	}
	e := CallGuarded(p.Module)
	if e == nil {
		return 0
	}
	if IsExcInstance(e, ExcSystemExit) {
		return exitCode(e)
	}
	flushStdout()
	// Coroutines dropped before the exception warned then in CPython.
	flushUnawaited(false)
	PrintException(e)
	return 1
}

// CallGuarded runs f, turning a panic carrying SystemExit/KeyboardInterrupt
// out of the loop into an exception.
func CallGuarded(f func() *Exc) (exc *Exc) {
	defer func() {
		if r := recover(); r != nil {
			if ee, ok := r.(EscapingExc); ok {
				exc = ee.Exc
				return
			}
			panic(r)
		}
	}()
	return f()
}

var CodeModule = &Code{Name: "<module>", Qualname: "<module>", Filename: "<stdin>", Kind: CoroutineCode}

func runInteractive(p *Program) int {
	var con Console
	if p.Interactive == AsyncioREPL {
		if p.Console == nil {
			flushStdout()
			WriteStderr("py2goasync: internal error: an asyncio REPL program without its Console\n")
			return 3
		}
		con = p.Console()
	}
	for _, st := range p.Statements {
		// CPython frees what a statement dropped when it ends.
		if len(genRegs) > 0 {
			CloseDropped()
		}
		flushUnawaited(false)
		moduleLine = st.Line
		var e *Exc
		if con == nil {
			if st.Async {
				flushStdout()
				WriteStderr("  File \"<stdin>\", line " + Itoa(st.Line) + "\nSyntaxError: 'await' outside function\n")
				continue
			}
			_, e = RunStatement(st)
		} else {
			_, e = con.Run(st)
		}
		if e != nil {
			if IsExcInstance(e, ExcSystemExit) {
				return exitCode(e)
			}
			showInteractive(e)
		}
	}
	if con != nil {
		if e := con.Close(); e != nil && IsExcInstance(e, ExcSystemExit) {
			return exitCode(e)
		}
	}
	return 0
}

// InteractiveCoroutine is the coroutine of an interactive statement with
// a top-level await (the asyncio REPL runs it as a task).
func InteractiveCoroutine(st Statement) Value {
	coro := NewGenerator(CodeModule, st.Run)
	coro.O.(*Generator).Started()
	coro.O.(*Generator).Line = st.Line
	return coro
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
	PrintException(e)
}

func RunStatement(st Statement) (v Value, e *Exc) {
	e = CallGuarded(func() *Exc {
		var err *Exc
		v, err = st.Run()
		return err
	})
	return v, e
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
	if e := WriteTo(SysGet("stdout"), r+"\n"); e != nil {
		return e
	}
	builtinsModule().Set("_", v)
	return nil
}

// AbsFilename makes a program path absolute, as CPython's __file__ and
// code filenames are for a script run by path.
func AbsFilename(name string) string {
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

func ModuleLocation() (string, int) {
	if interactiveKind != NotInteractive {
		return "<stdin>", moduleLine
	}
	if prog != nil {
		return AbsFilename(prog.Filename), moduleLine
	}
	return "<unknown>", moduleLine
}

// EscapingExc carries SystemExit/KeyboardInterrupt out of run_forever
// (CPython re-raises them from Handle._run).
type EscapingExc struct{ Exc *Exc }
