package asyncio

import (
	"os"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/rt"
)

// captureMain runs Main with sys.stdout and os.Stderr redirected to files
// and returns stdout, stderr and the exit code.
func captureMain(t *testing.T, p *rt.Program) (string, string, int) {
	t.Helper()
	dir := t.TempDir()
	outF, _ := os.Create(dir + "/out")
	errF, _ := os.Create(dir + "/err")
	oldOut := rt.SysGet("stdout")
	oldErr := os.Stderr
	rt.SysModule().Set("stdout", rt.Obj(rt.NewTextFile("<stdout>", outF, false)))
	os.Stderr = errF
	t.Setenv("PY2GOASYNC_DETERMINISTIC", "1")
	rt.MainThread().PolicyLoop, rt.MainThread().PolicySet = nil, false
	taskNameCounter = 0
	code := rt.Main(p)
	rt.SysModule().Set("stdout", oldOut)
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
	var tv rt.Value
	w := coroFn("w", 1, nil, func([]rt.Value) (rt.Value, *rt.Exc) {
		e := rt.WriteTo(rt.SysGet("stdout"), "w ran\n")
		return rt.None, e
	})
	say := func(s string) func() (rt.Value, *rt.Exc) {
		return func() (rt.Value, *rt.Exc) { return rt.None, rt.WriteTo(rt.SysGet("stdout"), s+"\n") }
	}
	p := &rt.Program{Filename: "t.py", Interactive: rt.AsyncioREPL, Console: NewConsole, Statements: []rt.Statement{
		{Line: 3, Run: func() (rt.Value, *rt.Exc) {
			c, e := rt.Call(w, nil, nil)
			if e != nil {
				return rt.Null, e
			}
			tv, e = rt.Call(rt.ModuleGlobal("asyncio").O.(*rt.Module).Get("create_task"), []rt.Value{c}, nil)
			return rt.None, e
		}},
		{Line: 4, Run: say("created")},
		{Line: 5, Async: true, Run: func() (rt.Value, *rt.Exc) {
			rt.CurrentLine(5)
			return rt.Await(asyncioSleep(rt.Int(0), rt.None))
		}},
		{Line: 6, Run: func() (rt.Value, *rt.Exc) {
			e := rt.Errorf(rt.ExcZeroDivisionError, "division by zero")
			rt.AddTraceback(e, rt.CodeModule, 6)
			return rt.Null, e
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
	if r := rt.ReprOrErr(tv); !strings.HasPrefix(r, "<Task finished name='Task-1'") {
		t.Errorf("task %s", r)
	}
}

// The plain REPL: a top-level await is a SyntaxError and the session goes
// on; asyncio.run works per statement; SystemExit ends with its code.
func TestMainREPL(t *testing.T) {
	p := &rt.Program{Filename: "t.py", Interactive: rt.REPL, Statements: []rt.Statement{
		{Line: 1, Async: true, Run: func() (rt.Value, *rt.Exc) { return rt.None, nil }},
		{Line: 2, Run: func() (rt.Value, *rt.Exc) {
			v, e := asyncioRun(asyncioSleep(rt.Int(1), rt.Str("slept")), rt.Null)
			if e != nil {
				return rt.Null, e
			}
			return rt.None, rt.Echo(v)
		}},
		{Line: 3, Run: func() (rt.Value, *rt.Exc) { return rt.Null, rt.NewExc(rt.ExcSystemExit, rt.Int(4)) }},
		{Line: 4, Run: func() (rt.Value, *rt.Exc) { return rt.None, rt.WriteTo(rt.SysGet("stdout"), "not reached\n") }},
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
	var keep rt.Value
	f := coroFn("f", 1, nil, func([]rt.Value) (rt.Value, *rt.Exc) { return rt.None, nil })
	p := &rt.Program{Filename: "/t/prog.py", Module: func() *rt.Exc {
		keep, _ = rt.Call(f, nil, nil)
		e := rt.Errorf(rt.ExcValueError, "bad")
		rt.AddTraceback(e, &rt.Code{Name: "<module>", Filename: "/t/prog.py"}, 3)
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
