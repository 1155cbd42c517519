package rt

import (
	"os"
	"strings"
	"testing"
)

// captureMain runs Main with sys.stdout and os.Stderr redirected to files
// and returns stdout, stderr and the exit code.
func captureMain(t *testing.T, p *Program) (string, string, int) {
	t.Helper()
	dir := t.TempDir()
	outF, _ := os.Create(dir + "/out")
	errF, _ := os.Create(dir + "/err")
	oldOut := SysGet("stdout")
	oldErr := os.Stderr
	SysModule().Set("stdout", Obj(NewTextFile("<stdout>", outF, false)))
	os.Stderr = errF
	t.Setenv("PY2GOASYNC_DETERMINISTIC", "1")
	MainThread().PolicyLoop, MainThread().PolicySet = nil, false
	taskNameCounter = 0
	code := Main(p)
	SysModule().Set("stdout", oldOut)
	os.Stderr = oldErr
	outF.Close()
	errF.Close()
	o, _ := os.ReadFile(dir + "/out")
	e, _ := os.ReadFile(dir + "/err")
	return string(o), string(e), code
}

// The asyncio REPL (python -m asyncio, docs/deterministic.md): a task
// created by one statement runs only while a later statement runs the
// loop; top-level awaits run as tasks; an exception prints and the session
// goes on. golden/deterministic.py --interactive=asyncio on
//
//	t = asyncio.create_task(w())      # w prints "w ran"
//	print("created")
//	await asyncio.sleep(0)
//	1/0
//	print("after")
//
// prints "w ran" first: the statement's future completes in the callback,
// and the task's first step was queued before _run_until_complete_cb.
func TestMainAsyncioREPL(t *testing.T) {
	var tv Value
	w := coroFn("w", 1, nil, func([]Value) (Value, *Exc) {
		e := WriteTo(SysGet("stdout"), "w ran\n")
		return None, e
	})
	say := func(s string) func() (Value, *Exc) {
		return func() (Value, *Exc) { return None, WriteTo(SysGet("stdout"), s+"\n") }
	}
	p := &Program{Filename: "t.py", Interactive: AsyncioREPL, Console: NewConsole, Statements: []Statement{
		{Line: 3, Run: func() (Value, *Exc) {
			c, e := Call(w, nil, nil)
			if e != nil {
				return Null, e
			}
			tv, e = Call(ModuleGlobal("asyncio").O.(*Module).Get("create_task"), []Value{c}, nil)
			return None, e
		}},
		{Line: 4, Run: say("created")},
		{Line: 5, Async: true, Run: func() (Value, *Exc) {
			CurrentLine(5)
			return Await(asyncioSleep(Int(0), None))
		}},
		{Line: 6, Run: func() (Value, *Exc) {
			e := Errorf(ExcZeroDivisionError, "division by zero")
			AddTraceback(e, CodeModule, 6)
			return Null, e
		}},
		{Line: 7, Run: say("after")},
	}}
	out, errs, code := captureMain(t, p)
	if out != "w ran\ncreated\nafter\n" || code != 0 {
		t.Errorf("stdout %q code %d", out, code)
	}
	if !strings.HasSuffix(errs, "  File \"<stdin>\", line 6, in <module>\nZeroDivisionError: division by zero\n") {
		t.Errorf("stderr %q", errs)
	}
	if r := ReprOrErr(tv); !strings.HasPrefix(r, "<Task finished name='Task-1'") {
		t.Errorf("task %s", r)
	}
}

// The plain REPL: a top-level await is a SyntaxError and the session goes
// on; asyncio.run works per statement; SystemExit ends with its code.
func TestMainREPL(t *testing.T) {
	p := &Program{Filename: "t.py", Interactive: REPL, Statements: []Statement{
		{Line: 1, Async: true, Run: func() (Value, *Exc) { return None, nil }},
		{Line: 2, Run: func() (Value, *Exc) {
			v, e := asyncioRun(asyncioSleep(Int(1), Str("slept")), Null)
			if e != nil {
				return Null, e
			}
			return None, Echo(v)
		}},
		{Line: 3, Run: func() (Value, *Exc) { return Null, NewExc(ExcSystemExit, Int(4)) }},
		{Line: 4, Run: func() (Value, *Exc) { return None, WriteTo(SysGet("stdout"), "not reached\n") }},
	}}
	out, errs, code := captureMain(t, p)
	if out != "'slept'\n" || code != 4 {
		t.Errorf("stdout %q code %d", out, code)
	}
	if errs != "  File \"<stdin>\", line 1\nSyntaxError: 'await' outside function\n" {
		t.Errorf("stderr %q", errs)
	}
}

// A script whose module raises: traceback and exit status 1; a coroutine
// left in a module global warns at exit in the shutdown form.
func TestMainScript(t *testing.T) {
	var keep Value
	f := coroFn("f", 1, nil, func([]Value) (Value, *Exc) { return None, nil })
	p := &Program{Filename: "/t/prog.py", Module: func() *Exc {
		keep, _ = Call(f, nil, nil)
		e := Errorf(ExcValueError, "bad")
		AddTraceback(e, &Code{Name: "<module>", Filename: "/t/prog.py"}, 3)
		return e
	}}
	out, errs, code := captureMain(t, p)
	if out != "" || code != 1 {
		t.Errorf("stdout %q code %d", out, code)
	}
	want := "Traceback (most recent call last):\n  File \"/t/prog.py\", line 3, in <module>\nValueError: bad\nsys:1: RuntimeWarning: coroutine 'f' was never awaited\n"
	if errs != want {
		t.Errorf("stderr %q\nwant %q", errs, want)
	}
	_ = keep
}
