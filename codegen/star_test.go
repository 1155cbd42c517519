package codegen

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync"
	"github.com/py2goasync/py2goasync/lower"
	"github.com/py2goasync/py2goasync/parser"
)

// exceptStarSrc is run by python3 and transpiled (lower translates
// except* to ir.Try{Star: true}). It covers CPython's grouping rules: a
// naked exception is wrapped in a group holding a tuple; one exception
// raised by the handlers propagates alone, two or more are grouped with
// what is re-raised; nested groups keep their structure.
const exceptStarSrc = `
def f(excs):
    try:
        raise ExceptionGroup("eg", excs)
    except* ValueError as e:
        print("values:", repr(e))
    except* TypeError as e:
        print("types:", repr(e))
        if any(isinstance(x, OSError) for x in excs):
            raise KeyError("from handler")
    except* OSError:
        print("os")
        raise IndexError("second")


for excs in ([ValueError(1)], [ValueError(1), TypeError(2)], [TypeError(3)], [ValueError(4), ZeroDivisionError(5)], [TypeError(6), OSError(7)]):
    try:
        f(excs)
        print("no exception")
    except BaseException as e:
        print("escaped:", repr(e), [repr(x) for x in getattr(e, "exceptions", [])])

try:
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked wrapped:", type(e).__name__, e.exceptions[0])
        raise
except BaseException as e:
    print("re-raised:", type(e).__name__, e.exceptions[0])

def single(excs):
    try:
        raise ExceptionGroup("eg", excs)
    except* ValueError:
        raise KeyError("alone")


def naked(exc):
    try:
        raise exc
    except* ValueError as e:
        print("caught:", repr(e), e.exceptions)
        raise RuntimeError("replaced")


def nested():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        print("values:", repr(e))
    except* TypeError as e:
        print("types:", repr(e))
        raise


for fn, arg in ((single, [ValueError(1)]), (single, [ValueError(1), TypeError(2)]), (naked, ValueError(8)), (naked, TypeError(9)), (nested, None)):
    try:
        fn(arg) if arg is not None else fn()
        print("no exception")
    except BaseException as e:
        print("escaped:", repr(e), [repr(x) for x in getattr(e, "exceptions", [])])

try:
    try:
        pass
    except* ValueError:
        print("not run")
    else:
        print("else")
    finally:
        print("finally")
except BaseException as e:
    print("unexpected", e)
`

func TestExceptStar(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs a program")
	}
	want, err := exec.Command("python3", "-c", exceptStarSrc).CombinedOutput()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, want)
	}
	mod, err := parser.ParseFile("star.py", []byte(exceptStarSrc))
	if err != nil {
		t.Fatal(err)
	}
	m, err := lower.Lower("star.py", []byte(exceptStarSrc), mod, lower.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out, err := Generate(m)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	rtDir := filepath.Join(dir, "rt")
	if err := py2goasync.WriteRuntime(rtDir); err != nil {
		t.Fatal(err)
	}
	prog := filepath.Join(dir, "prog")
	os.MkdirAll(prog, 0o755)
	os.WriteFile(filepath.Join(prog, "main.go"), out, 0o644)
	os.WriteFile(filepath.Join(prog, "go.mod"), []byte("module prog\n\ngo 1.26.0\n\nrequire github.com/py2goasync/py2goasync v0.0.0\n\nreplace github.com/py2goasync/py2goasync => "+rtDir+"\n"), 0o644)
	build := exec.Command("go", "build", "-o", "prog", ".")
	build.Dir = prog
	build.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
	if b, err := build.CombinedOutput(); err != nil {
		if strings.Contains(string(b), "github.com/py2goasync/py2goasync/rt") && !strings.Contains(string(b), "main.go") {
			t.Skipf("the runtime does not build:\n%s", b)
		}
		t.Fatalf("go build: %v\n%s", err, b)
	}
	got, _ := exec.Command(filepath.Join(prog, "prog")).CombinedOutput()
	if string(got) != string(want) {
		t.Errorf("except* program:\n%s\nwant (python3):\n%s", got, want)
	}
}
