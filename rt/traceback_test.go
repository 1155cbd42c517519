package rt_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// TestTracebackVsCPython raises exceptions with positions as codegen
// would give them and compares the printed traceback with CPython's.
func TestTracebackVsCPython(t *testing.T) {
	dir := t.TempDir()
	type tc struct {
		src   string
		build func(file string) *rt.Exc
	}
	cases := []tc{
		{"def f(a, b):\n    return a / b   \n\nf(1, 0)\n", func(file string) *rt.Exc {
			e := must2(rt.TrueDiv(rttest.I(1), rttest.I(0)))
			rt.AddTracebackPos(e, &rt.Code{Name: "f", Filename: file}, 2, rt.TBPos{EndLine: 2, Col: 11, EndCol: 16, Kind: rt.PosBinOp, A: 12, B: 15})
			rt.AddTracebackPos(e, &rt.Code{Name: "<module>", Filename: file}, 4, rt.TBPos{EndLine: 4, Col: 0, EndCol: 7})
			return e
		}},
		{"x = [1]\nprint(x[0] + x[5])\n", func(file string) *rt.Exc {
			e := must2(rt.GetItem(rttest.L(rttest.I(1)), rttest.I(5)))
			rt.AddTracebackPos(e, &rt.Code{Name: "<module>", Filename: file}, 2, rt.TBPos{EndLine: 2, Col: 13, EndCol: 17, Kind: rt.PosSubscript, A: 14, B: 16})
			return e
		}},
		{"def g(): return 1 +    (2)  //0\ng()\n", func(file string) *rt.Exc {
			e := must2(rt.FloorDiv(rttest.I(2), rttest.I(0)))
			rt.AddTracebackPos(e, &rt.Code{Name: "g", Filename: file}, 1, rt.TBPos{EndLine: 1, Col: 23, EndCol: 31, Kind: rt.PosBinOp, A: 25, B: 30})
			rt.AddTracebackPos(e, &rt.Code{Name: "<module>", Filename: file}, 2, rt.TBPos{EndLine: 2, Col: 0, EndCol: 3})
			return e
		}},
		{"y = (\n  len(1,\n    0))\n", func(file string) *rt.Exc {
			_, e := rttest.CallB("len", rttest.I(1), rttest.I(0))
			rt.AddTracebackPos(e, &rt.Code{Name: "<module>", Filename: file}, 2, rt.TBPos{EndLine: 3, Col: 2, EndCol: 6})
			return e
		}},
		{"def h():\n    raise ValueError('v')\ntry:\n    h()\nexcept ValueError as e:\n    raise KeyError('k') from e\n", func(file string) *rt.Exc {
			v := rt.Raise(rttest.Must(rt.Call(rt.Obj(rt.ExcValueError), []rt.Value{rttest.S("v")}, nil)), rt.Null)
			rt.AddTracebackPos(v, &rt.Code{Name: "h", Filename: file}, 2, rt.TBPos{EndLine: 2, Col: 4, EndCol: 25})
			rt.AddTracebackPos(v, &rt.Code{Name: "<module>", Filename: file}, 4, rt.TBPos{EndLine: 4, Col: 4, EndCol: 7})
			rt.PushExc(v)
			k := rt.Raise(rttest.Must(rt.Call(rt.Obj(rt.ExcKeyError), []rt.Value{rttest.S("k")}, nil)), rt.Obj(v))
			rt.PopExc()
			rt.AddTracebackPos(k, &rt.Code{Name: "<module>", Filename: file}, 6, rt.TBPos{EndLine: 6, Col: 4, EndCol: 30})
			return k
		}},
		{"try:\n    {}['a']\nexcept KeyError:\n    None.x\n", func(file string) *rt.Exc {
			k := must2(rt.GetItem(rttest.D(), rttest.S("a")))
			rt.AddTracebackPos(k, &rt.Code{Name: "<module>", Filename: file}, 2, rt.TBPos{EndLine: 2, Col: 4, EndCol: 11, Kind: rt.PosSubscript, A: 6, B: 10})
			rt.PushExc(k)
			_, a := rt.GetAttr(rt.None, "x")
			rt.PopExc()
			rt.AddTracebackPos(a, &rt.Code{Name: "<module>", Filename: file}, 4, rt.TBPos{EndLine: 4, Col: 4, EndCol: 10})
			return a
		}},
		{"class A:\n    def method(self): pass\nA().methd()\n", func(file string) *rt.Exc {
			c := class("A", nil, func(ns rt.Value) {
				set(ns, "method", defM("A", "method", []string{"self"}, func(a []rt.Value) (rt.Value, *rt.Exc) { return rt.None, nil }))
			})
			_, e := rt.GetAttr(rttest.Must(rt.Call(c, nil, nil)), "methd")
			rt.AddTracebackPos(e, &rt.Code{Name: "<module>", Filename: file}, 3, rt.TBPos{EndLine: 3, Col: 0, EndCol: 9})
			return e
		}},
	}
	for i, c := range cases {
		file := filepath.Join(dir, "t"+rt.Itoa(i)+".py")
		if err := os.WriteFile(file, []byte(c.src), 0o644); err != nil {
			t.Fatal(err)
		}
		out, _ := exec.Command("python3", file).CombinedOutput()
		want := string(out)
		got := rt.FormatException(c.build(file))
		if got != want {
			t.Errorf("case %d:\n--- got\n%s--- want\n%s", i, got, want)
		}
	}
	if !strings.Contains(rt.FormatExcOnly(rt.NewExc(rt.ExcValueError)), "ValueError") {
		t.Error("FormatExcOnly")
	}
}

func must2(v rt.Value, e *rt.Exc) *rt.Exc {
	if e == nil {
		panic("expected an exception")
	}
	return e
}

func TestNameErrorSuggestion(t *testing.T) {
	got := rt.FormatExcOnlyWithHint(rt.NameError("pritn"))
	if got != "NameError: name 'pritn' is not defined. Did you mean: 'print'?\n" {
		t.Errorf("got %q", got)
	}
	got = rt.FormatExcOnlyWithHint(rt.NameError("zzzzzz"))
	if got != "NameError: name 'zzzzzz' is not defined\n" {
		t.Errorf("got %q", got)
	}
}

func TestExceptionGroupTracebackVsCPython(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "g.py")
	src := "def f():\n    raise ValueError('v')\ntry:\n    f()\nexcept ValueError as e:\n    v = e\nk = KeyError('k')\ninner = ExceptionGroup('inner', [TypeError('t')])\nraise ExceptionGroup('outer', [v, k, inner])\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _ := exec.Command("python3", file).CombinedOutput()
	mod := &rt.Code{Name: "<module>", Filename: file}
	v := rt.Raise(rttest.Must(rt.Call(rt.Obj(rt.ExcValueError), []rt.Value{rttest.S("v")}, nil)), rt.Null)
	rt.AddTraceback(v, &rt.Code{Name: "f", Filename: file}, 2)
	rt.AddTraceback(v, mod, 4)
	k := rttest.Must(rt.Call(rt.Obj(rt.ExcKeyError), []rt.Value{rttest.S("k")}, nil))
	inner := rttest.Must(rt.Call(rt.Obj(rt.ExcExceptionGroup), []rt.Value{rttest.S("inner"), rttest.L(rttest.Must(rt.Call(rt.Obj(rt.ExcTypeError), []rt.Value{rttest.S("t")}, nil)))}, nil))
	g := rt.Raise(rttest.Must(rt.Call(rt.Obj(rt.ExcExceptionGroup), []rt.Value{rttest.S("outer"), rttest.L(rt.Obj(v), k, inner)}, nil)), rt.Null)
	rt.AddTraceback(g, mod, 9)
	if got := rt.FormatException(g); got != string(out) {
		t.Errorf("--- got\n%s--- want\n%s", got, out)
	}
}
