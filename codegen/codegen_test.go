package codegen

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/py2goasync/py2goasync"
	"github.com/py2goasync/py2goasync/ir"
	"github.com/py2goasync/py2goasync/lower"
	"github.com/py2goasync/py2goasync/parser"
)

var update = flag.Bool("update", false, "rewrite the golden files testdata/*.go.golden")

// generate transpiles Python source named filename.
func generate(t *testing.T, filename, src string, mode Interactive) string {
	t.Helper()
	mod, err := parser.ParseFile(filename, []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	m, err := lower.Lower(filename, []byte(src), mod, lower.Options{Interactive: mode != Script})
	if err != nil {
		t.Fatalf("lower: %v", err)
	}
	out, err := GenerateOptions(m, Options{Interactive: mode})
	if err != nil {
		t.Fatalf("generate: %v", err)
	}
	return string(out)
}

// normalize drops //line directives, indentation and blank lines, so that
// snippets can be compared without caring about nesting.
func normalize(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "//line ") {
			continue
		}
		if strings.HasPrefix(l, "/*line ") {
			l = strings.TrimSpace(l[strings.Index(l, "*/")+2:])
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// expectGo checks that the Go generated for the Python script src
// contains the lines of want, in order and adjacent.
func expectGo(t *testing.T, src, want string) {
	t.Helper()
	expectGoMode(t, Script, src, want)
}

func expectGoMode(t *testing.T, mode Interactive, src, want string) {
	t.Helper()
	got := generate(t, "x.py", src, mode)
	if !strings.Contains(normalize(got), normalize(want)) {
		t.Errorf("generated code for\n%s\nlacks\n%s\n--- generated:\n%s", src, want, got)
	}
}

// expectNotGo checks that the generated code does not contain the line.
func expectNotGo(t *testing.T, src, unwanted string) {
	t.Helper()
	got := generate(t, "x.py", src, Script)
	if strings.Contains(normalize(got), normalize(unwanted)) {
		t.Errorf("generated code for\n%s\ncontains\n%s\n--- generated:\n%s", src, unwanted, got)
	}
}

func TestNames(t *testing.T) {
	expectGo(t, "def main(): pass\nmain()", "func main_(args []rt.Value) (rt.Value, *rt.Exc) {")
	expectGo(t, "def type(): pass", "G.type_ = rt.NewFunction(type_code, nil, nil, type_)")
	expectGo(t, "def f(G, exc, rt):\n  return G", "G2 = args[0]")
	expectGo(t, "class A:\n  def m(self): return self", "func A_m(args []rt.Value) (rt.Value, *rt.Exc) {")
	expectGo(t, "x = 1\ndel x", "G.x = rt.Null")
}

func TestGlobals(t *testing.T) {
	// A global nobody assigns is looked up by name (builtins).
	expectGo(t, "print(1)", `t1, exc = loadName("print")`)
	// An assigned one through its variable, falling back to the builtins.
	expectGo(t, "x = 1\nprint(x)", `t2, exc = loadGlobal(G.x, "x")`)
	expectGo(t, "__name__", `_, exc = loadName("__name__")`)
}

func TestLocals(t *testing.T) {
	// x = x: only the read (go vet rejects a self-assignment).
	expectNotGo(t, "def f(x):\n  x = x\n  return x", "x = x")
	// A parameter is bound: no check.
	expectNotGo(t, "def f(a):\n  return a", "if a.IsNull() {")
	expectGo(t, "def f(a):\n  return a", "return a, nil")
	// A local assigned on every path before the read: no check.
	expectNotGo(t, "def f():\n  a = 1\n  return a", "if a.IsNull() {")
	// A local maybe unbound.
	expectGo(t, "def f(c):\n  if c:\n    a = 1\n  return a", `if a.IsNull() {
		exc = rt.UnboundLocal("a")`)
	// Never read: not declared, assigned to _.
	expectGo(t, "def f():\n  a = 1", "_ = rt.Int(1)")
	// Free variables read through the captured Go variable.
	expectGo(t, "def f():\n  a = 1\n  def g():\n    return a\n  return g", `if a.IsNull() {
		exc = rt.UnboundFree("a")`)
}

func TestExpressions(t *testing.T) {
	expectGo(t, "x = 1 + 2", "t1, exc = rt.Add(rt.Int(1), rt.Int(2))")
	expectGo(t, "x = 1000000000000000000000000000000", `rt.BigInt(bigInt("1000000000000000000000000000000"))`)
	expectGo(t, "x = 1.5", "rt.Float(1.5)")
	expectGo(t, "x = 1e400", "rt.Float(math.Inf(1))")
	expectGo(t, "x = b'a\\x00'", `rt.Bytes([]byte("a\x00"))`)
	expectGo(t, "x = 'é'", `rt.Str("é")`)
	expectGo(t, "x = (1, 2)", "G.x = rt.NewTuple(rt.Int(1), rt.Int(2))")
	expectGo(t, "x = y = (1, 2)", "t1 = rt.NewTuple(rt.Int(1), rt.Int(2))\nG.x = t1\nG.y = t1")
	expectGo(t, "x = [1, *y]", "exc = rt.ListExtend(t1, t2)")
	expectGo(t, "x = {1: 2}", "t1, exc = rt.NewDict(rt.Int(1), rt.Int(2))")
	expectGo(t, "x = f'{1!r:>4}'", `s1, exc = rt.ToRepr(rt.Int(1))`)
	expectGo(t, "x = f'{1:>4}'", `s1, exc = rt.Format(rt.Int(1), ">4")`)
	expectGo(t, "x = 1 is None", "G.x = rt.Bool(rt.Is(rt.Int(1), rt.None))")
	// Method calls skip the bound method when the arguments are simple.
	expectGo(t, "import a\na.f(1, k=2)", `rt.CallMethod(t2, "f", []rt.Value{rt.Int(1), rt.Int(2)}, []string{"k"})`)
	expectGo(t, "f(*a, **k)", "rt.CallEx(t1, t2, t4)")
	// A chain evaluates the middle operand once and stops at the first false.
	expectGo(t, "x = 1 < 2 < 3", `t2, exc = rt.Lt(rt.Int(1), rt.Int(2))
		if exc != nil {
			rt.AddTraceback(exc, module_code, 1)
			return exc
		}
		t1 = t2
		ok1, exc = rt.Truth(t1)`)
	// "and" returns the deciding operand.
	expectGo(t, "x = a and b", `if ok1 {`)
}

func TestDirectCalls(t *testing.T) {
	// A module-level def called with its positional parameters runs
	// directly when the global still holds it.
	expectGo(t, "def f(a):\n  return a\nx = f(1)", `if isCode(t1, f_code) {
		t2, exc = f([]rt.Value{rt.Int(1)})
	} else {
		t2, exc = rt.Call(t1, []rt.Value{rt.Int(1)}, nil)
	}`)
	expectNotGo(t, "def f(a, b=1):\n  return a\nf(1)", "isCode")
	expectNotGo(t, "async def f(a):\n  return a\nf(1)", "isCode")
	expectNotGo(t, "def f(*a):\n  return a\nf(1)", "isCode")
}

func TestCoroutine(t *testing.T) {
	src := "import asyncio\nasync def f():\n    await asyncio.sleep(1)\n"
	expectGo(t, src, `Kind:     rt.CoroutineCode,`)
	expectGo(t, src, `rt.CurrentLine(3)`)
	expectGo(t, src, `_, exc = rt.Await(t2)`)
}

func TestTry(t *testing.T) {
	src := `
def f():
    try:
        g()
    except E as e:
        return 1
    finally:
        print("done")
`
	// The exception lands in the except clause, matched with ExcMatch.
	expectGo(t, src, `ok1, exc = rt.ExcMatch(caught1, t2)`)
	// Leaving a handler by return pops the handled exception, then
	// runs the finally body.
	expectGo(t, src, `if why1 == 1 {
		rt.PopExc()
		why2 = 1
		goto finally1
	}`)
	expectGo(t, src, `if why2 == 1 {
		return ret, nil
	}`)
	// No match re-raises without a new traceback entry.
	expectGo(t, src, `rt.PopExc()
		exc = caught1
		goto finally1`)
	// A try body that cannot raise has no handlers.
	expectNotGo(t, "try:\n  pass\nexcept E:\n  pass", "ExcMatch")
}

func TestLoops(t *testing.T) {
	expectGo(t, "for x in y:\n  pass", `t3, ok1, exc = rt.Next(t2)`)
	// while True is an endless Go for; break leaves it.
	expectGo(t, "while True:\n  break", `for {
		break
	}`)
	// break skips a loop's else clause.
	expectGo(t, "for x in y:\n  break\nelse:\n  z = 1", `goto loopend1`)
}

func TestGeneratorRelease(t *testing.T) {
	// A loop over a fresh generator closes it when left early.
	src := "def g():\n  yield 1\nfor x in g():\n  break\n"
	expectGo(t, src, `fresh1 = isCode(t1, g_code)`)
	expectGo(t, src, `if fresh1 {
		_, _ = rt.CallMethod(t3, "close", nil, nil)
	}
	break`)
	// An async generator's aclose() is scheduled on the loop.
	src = "async def g():\n  yield 1\nasync def f():\n  async for x in g():\n    return x\n"
	expectGo(t, src, `if fresh1 {
		dropAsyncGen(t3)
	}
	return x, nil`)
	// Not for a generator held elsewhere.
	expectNotGo(t, "def g():\n  yield 1\nit = g()\nfor x in it:\n  break\n", "close")
}

func TestInteractive(t *testing.T) {
	expectGoMode(t, AsyncioREPL, "import asyncio\nawait asyncio.sleep(0)\n1", `Interactive: rt.AsyncioREPL,`)
	expectGoMode(t, AsyncioREPL, "import asyncio\nawait asyncio.sleep(0)\n1", `{
		Async: true,
		Line:  2,
		Run:   stmt2,
	}`)
	expectGoMode(t, REPL, "1", `exc = rt.Echo(rt.Int(1))`)
	// One source statement, two IR statements: one interactive statement.
	if got := generate(t, "x.py", "import a, b\n", REPL); strings.Count(got, "\nfunc stmt") != 1 {
		t.Errorf("import a, b is not one statement:\n%s", got)
	}
}

func TestUnsupported(t *testing.T) {
	// class C(*bases): built by hand (lower would reject it first).
	pos := ir.Pos{Line: 3, Col: 4}
	body := &ir.Func{Kind: ir.ClassBody, Name: "C", Qualname: "C"}
	mod := &ir.Func{Kind: ir.ModuleCode, Name: "<module>", Qualname: "<module>", Children: []*ir.Func{body}}
	body.Parent = mod
	mod.Body = []ir.Stmt{&ir.Assign{Pos: pos, Targets: []ir.Target{&ir.Global{Pos: pos, Name: "C"}},
		Value: &ir.MakeClass{Pos: pos, Name: "C", Body: body, Bases: []*ir.Arg{{X: &ir.Global{Pos: pos, Name: "bases"}, Star: true}}}}}
	_, err := Generate(&ir.Module{Filename: "x.py", Body: mod})
	if err == nil || err.Error() != "x.py:3:5: unsupported: *bases in a class statement" {
		t.Errorf("got %v, want x.py:3:5: unsupported: *bases in a class statement", err)
	}
}

// goldenFiles returns testdata/*.py with the mode of each (a first line
// "# mode: repl" or "# mode: asyncio").
func goldenFiles(t *testing.T) map[string]Interactive {
	files, _ := filepath.Glob("testdata/*.py")
	out := map[string]Interactive{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		mode := Script
		switch {
		case bytes.HasPrefix(src, []byte("# mode: repl")):
			mode = REPL
		case bytes.HasPrefix(src, []byte("# mode: asyncio")):
			mode = AsyncioREPL
		}
		out[f] = mode
	}
	return out
}

// TestGolden compares the generated code of testdata/*.py with
// testdata/*.go.golden (go test -update rewrites them), then builds them
// all against the runtime and runs go vet.
func TestGolden(t *testing.T) {
	dir := t.TempDir()
	for f, mode := range goldenFiles(t) {
		src, _ := os.ReadFile(f)
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		got := generate(t, filepath.Base(f), string(src), mode)
		if formatted, err := format.Source([]byte(got)); err != nil || string(formatted) != got {
			t.Errorf("%s: the generated code is not gofmt'd (%v)", f, err)
		}
		golden := strings.TrimSuffix(f, ".py") + ".go.golden"
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
		} else {
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Errorf("%v (run go test -update)", err)
			} else if d := cmp.Diff(string(want), got); d != "" {
				t.Errorf("%s: generated code differs from %s (-want +got):\n%s", f, golden, d)
			}
		}
		os.MkdirAll(filepath.Join(dir, name), 0o755)
		os.WriteFile(filepath.Join(dir, name, "main.go"), []byte(got), 0o644)
	}
	if testing.Short() {
		return
	}
	vetAgainstRuntime(t, dir)
}

// runtimeDir is the real runtime written out once for the test binary
// (the embedded sources, as py2goasync build uses them).
var runtimeDir = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "py2goasync-rt-")
	if err != nil {
		return "", err
	}
	return dir, py2goasync.WriteRuntime(dir)
})

// useRuntime makes dir a module that requires the real runtime.
func useRuntime(t *testing.T, dir string) {
	t.Helper()
	rtDir, err := runtimeDir()
	if err != nil {
		t.Fatal(err)
	}
	gomod := "module prog\n\ngo 1.26.0\n\nrequire github.com/py2goasync/py2goasync v0.0.0\n\nreplace github.com/py2goasync/py2goasync => " + rtDir + "\n"
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644); err != nil {
		t.Fatal(err)
	}
}

// vetAgainstRuntime runs go vet on the packages in dir against the real
// runtime.
func vetAgainstRuntime(t *testing.T, dir string) {
	t.Helper()
	useRuntime(t, dir)
	cmd := exec.Command("go", "vet", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go vet of the generated code against the runtime: %v\n%s", err, out)
	}
}

// TestLineDirectives checks that a Go stack trace of generated code names
// the Python file and line: the program is stopped with SIGQUIT (Go's
// dump of every goroutine's stack) while it sleeps at line 7.
func TestLineDirectives(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program")
	}
	src := "import time\n\ndef f():\n    pass\n\nprint('ready', flush=True)\ntime.sleep(\n  60)\n"
	got := generate(t, "boom.py", src, Script)
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "boom"), 0o755)
	os.WriteFile(filepath.Join(dir, "boom", "main.go"), []byte(got), 0o644)
	useRuntime(t, dir)
	build := exec.Command("go", "build", "-o", "boom.bin", "./boom")
	build.Dir = dir
	build.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(filepath.Join(dir, "boom.bin"))
	stdout, _ := cmd.StdoutPipe()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(stdout).ReadString('\n')
	if line != "ready\n" {
		cmd.Process.Kill()
		t.Fatalf("the program printed %q", line)
	}
	time.Sleep(100 * time.Millisecond) // into time.sleep
	cmd.Process.Signal(syscall.SIGQUIT)
	cmd.Wait()
	if !strings.Contains(stderr.String(), "boom.py:7") {
		t.Errorf("the stack trace does not name boom.py:7:\n%s", stderr.String())
	}
}

// TestStdlibCompiles generates the code of CPython's Lib/asyncio modules
// (as scripts) and vets it against the runtime: every construct the
// code generator accepts must give valid Go.
func TestStdlibCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("vets generated code of the standard library")
	}
	out, err := exec.Command("python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	files, _ := filepath.Glob(filepath.Join(strings.TrimSpace(string(out)), "asyncio", "*.py"))
	if len(files) == 0 {
		t.Fatal("no Lib/asyncio files")
	}
	dir := t.TempDir()
	n := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		mod, err := parser.ParseFile(f, src)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		m, err := lower.Lower(filepath.Base(f), src, mod, lower.Options{})
		if err != nil {
			continue // unsupported construct: reported as such
		}
		got, err := Generate(m)
		if err != nil {
			var u *ir.UnsupportedError
			if errors.As(err, &u) {
				continue
			}
			t.Fatalf("%s: %v", f, err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		os.MkdirAll(filepath.Join(dir, name), 0o755)
		os.WriteFile(filepath.Join(dir, name, "main.go"), got, 0o644)
		n++
	}
	if n < len(files)*3/4 {
		t.Errorf("only %d of %d asyncio modules translated", n, len(files))
	}
	vetAgainstRuntime(t, dir)
}
