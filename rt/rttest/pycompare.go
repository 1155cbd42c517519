package rttest

import (
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/rt"
)

// Differential tests: each case builds a value with the runtime and names
// the Python expression that must give the same repr (or the same
// exception line) under CPython 3.11, run once for the whole table.

type PyCase struct {
	Py string
	Fn func() (rt.Value, *rt.Exc)
}

// Helpers to write cases tersely.
func Bi(name string) rt.Value {
	v, ok := rt.Builtin(name)
	if !ok {
		panic("no builtin " + name)
	}
	return v
}

func CallB(name string, args ...rt.Value) (rt.Value, *rt.Exc) { return rt.Call(Bi(name), args, nil) }

func CallKw(fn rt.Value, pos []rt.Value, kw map[string]rt.Value, order ...string) (rt.Value, *rt.Exc) {
	args := append([]rt.Value(nil), pos...)
	for _, k := range order {
		args = append(args, kw[k])
	}
	return rt.Call(fn, args, order)
}

func Meth(o rt.Value, name string, args ...rt.Value) (rt.Value, *rt.Exc) {
	return rt.CallMethod(o, name, args, nil)
}

func Must(v rt.Value, e *rt.Exc) rt.Value {
	if e != nil {
		panic(rt.FormatExcOnly(e))
	}
	return v
}

func S(s string) rt.Value      { return rt.Str(s) }
func I(i int64) rt.Value       { return rt.Int(i) }
func F(f float64) rt.Value     { return rt.Float(f) }
func T(v ...rt.Value) rt.Value { return rt.NewTuple(v...) }
func L(v ...rt.Value) rt.Value { return rt.NewList(v...) }
func D(kv ...rt.Value) rt.Value {
	return Must(rt.NewDict(kv...))
}
func St(v ...rt.Value) rt.Value { return Must(rt.NewSet(v...)) }

// Outcome renders a result as the Python side does.
func Outcome(v rt.Value, e *rt.Exc) string {
	if e != nil {
		return "!" + strings.TrimRight(rt.FormatExcOnly(e), "\n")
	}
	r, e := rt.ToRepr(v)
	if e != nil {
		return "!repr failed: " + rt.FormatExcOnly(e)
	}
	return r
}

func runPython(t *testing.T, exprs []string) []string {
	t.Helper()
	src := `
import json, sys, traceback
exprs = json.load(sys.stdin)
out = []
for e in exprs:
    try:
        ns = {"__name__": "__main__"}
        *stmts, last = e.split("\n")
        exec("\n".join(stmts), ns)
        out.append(repr(eval(last, ns)))
    except BaseException as x:
        out.append("!" + traceback.format_exception_only(type(x), x)[-1].rstrip("\n"))
json.dump(out, sys.stdout)
`
	cmd := exec.Command("python3", "-c", src)
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
	in, _ := json.Marshal(exprs)
	cmd.Stdin = strings.NewReader(string(in))
	outb, err := cmd.Output()
	if err != nil {
		t.Skipf("python3 not available: %v", err)
	}
	var out []string
	if err := json.Unmarshal(outb, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func CheckCases(t *testing.T, cases []PyCase) {
	t.Helper()
	exprs := make([]string, len(cases))
	for i, c := range cases {
		exprs[i] = c.Py
	}
	want := runPython(t, exprs)
	for i, c := range cases {
		var got string
		func() {
			defer func() {
				if r := recover(); r != nil {
					got = "PANIC: " + toString(r)
				}
			}()
			got = Outcome(c.Fn())
		}()
		if got != want[i] {
			t.Errorf("%s\n  got  %s\n  want %s", c.Py, got, want[i])
		}
	}
}

func toString(r any) string {
	if s, ok := r.(string); ok {
		return s
	}
	if e, ok := r.(error); ok {
		return e.Error()
	}
	return "?"
}

func MustStr(s string, e *rt.Exc) string {
	if e != nil {
		panic(rt.FormatExcOnly(e))
	}
	return s
}

// StdAttr imports a native module and reads one attribute.
func StdAttr(mod, name string) rt.Value {
	m := Must(rt.Import(mod, true, 0))
	return Must(rt.GetAttr(m, name))
}

func ReprS(v rt.Value) string {
	s, e := rt.ToRepr(v)
	if e != nil {
		panic(rt.FormatExcOnly(e))
	}
	return s
}

// Main is a test package's TestMain: the runtime's types made ready (as
// rt.Main does first), then the tests.
func Main(m *testing.M) {
	rt.Ready()
	os.Exit(m.Run())
}
