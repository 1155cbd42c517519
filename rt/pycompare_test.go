package rt

import (
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Differential tests: each case builds a value with the runtime and names
// the Python expression that must give the same repr (or the same
// exception line) under CPython 3.11, run once for the whole table.

type PyCase struct {
	Py string
	Fn func() (Value, *Exc)
}

// Helpers to write cases tersely.
func Bi(name string) Value {
	v, ok := Builtin(name)
	if !ok {
		panic("no builtin " + name)
	}
	return v
}

func CallB(name string, args ...Value) (Value, *Exc) { return Call(Bi(name), args, nil) }

func CallKw(fn Value, pos []Value, kw map[string]Value, order ...string) (Value, *Exc) {
	args := append([]Value(nil), pos...)
	for _, k := range order {
		args = append(args, kw[k])
	}
	return Call(fn, args, order)
}

func Meth(o Value, name string, args ...Value) (Value, *Exc) { return CallMethod(o, name, args, nil) }

func Must(v Value, e *Exc) Value {
	if e != nil {
		panic(FormatExcOnly(e))
	}
	return v
}

func S(s string) Value   { return Str(s) }
func I(i int64) Value    { return Int(i) }
func F(f float64) Value  { return Float(f) }
func T(v ...Value) Value { return NewTuple(v...) }
func L(v ...Value) Value { return NewList(v...) }
func D(kv ...Value) Value {
	return Must(NewDict(kv...))
}
func St(v ...Value) Value { return Must(NewSet(v...)) }

// outcome renders a result as the Python side does.
func Outcome(v Value, e *Exc) string {
	if e != nil {
		return "!" + strings.TrimRight(FormatExcOnly(e), "\n")
	}
	r, e := ToRepr(v)
	if e != nil {
		return "!repr failed: " + FormatExcOnly(e)
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

func MustStr(s string, e *Exc) string {
	if e != nil {
		panic(FormatExcOnly(e))
	}
	return s
}

// stdAttr imports a native module and reads one attribute.
func StdAttr(mod, name string) Value {
	m := Must(Import(mod, true, 0))
	return Must(GetAttr(m, name))
}

func ReprS(v Value) string {
	s, e := ToRepr(v)
	if e != nil {
		panic(FormatExcOnly(e))
	}
	return s
}
