package rt

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestTracebackVsCPython raises exceptions with positions as codegen
// would give them and compares the printed traceback with CPython's.
func TestTracebackVsCPython(t *testing.T) {
	dir := t.TempDir()
	type tc struct {
		src   string
		build func(file string) *Exc
	}
	cases := []tc{
		{"def f(a, b):\n    return a / b   \n\nf(1, 0)\n", func(file string) *Exc {
			e := must2(TrueDiv(I(1), I(0)))
			AddTracebackPos(e, &Code{Name: "f", Filename: file}, 2, TBPos{EndLine: 2, Col: 11, EndCol: 16, Kind: PosBinOp, A: 12, B: 15})
			AddTracebackPos(e, &Code{Name: "<module>", Filename: file}, 4, TBPos{EndLine: 4, Col: 0, EndCol: 7})
			return e
		}},
		{"x = [1]\nprint(x[0] + x[5])\n", func(file string) *Exc {
			e := must2(GetItem(L(I(1)), I(5)))
			AddTracebackPos(e, &Code{Name: "<module>", Filename: file}, 2, TBPos{EndLine: 2, Col: 13, EndCol: 17, Kind: PosSubscript, A: 14, B: 16})
			return e
		}},
		{"def g(): return 1 +    (2)  //0\ng()\n", func(file string) *Exc {
			e := must2(FloorDiv(I(2), I(0)))
			AddTracebackPos(e, &Code{Name: "g", Filename: file}, 1, TBPos{EndLine: 1, Col: 23, EndCol: 31, Kind: PosBinOp, A: 25, B: 30})
			AddTracebackPos(e, &Code{Name: "<module>", Filename: file}, 2, TBPos{EndLine: 2, Col: 0, EndCol: 3})
			return e
		}},
		{"y = (\n  len(1,\n    0))\n", func(file string) *Exc {
			_, e := CallB("len", I(1), I(0))
			AddTracebackPos(e, &Code{Name: "<module>", Filename: file}, 2, TBPos{EndLine: 3, Col: 2, EndCol: 6})
			return e
		}},
		{"def h():\n    raise ValueError('v')\ntry:\n    h()\nexcept ValueError as e:\n    raise KeyError('k') from e\n", func(file string) *Exc {
			v := Raise(Must(Call(Obj(ExcValueError), []Value{S("v")}, nil)), Null)
			AddTracebackPos(v, &Code{Name: "h", Filename: file}, 2, TBPos{EndLine: 2, Col: 4, EndCol: 25})
			AddTracebackPos(v, &Code{Name: "<module>", Filename: file}, 4, TBPos{EndLine: 4, Col: 4, EndCol: 7})
			PushExc(v)
			k := Raise(Must(Call(Obj(ExcKeyError), []Value{S("k")}, nil)), Obj(v))
			PopExc()
			AddTracebackPos(k, &Code{Name: "<module>", Filename: file}, 6, TBPos{EndLine: 6, Col: 4, EndCol: 30})
			return k
		}},
		{"try:\n    {}['a']\nexcept KeyError:\n    None.x\n", func(file string) *Exc {
			k := must2(GetItem(D(), S("a")))
			AddTracebackPos(k, &Code{Name: "<module>", Filename: file}, 2, TBPos{EndLine: 2, Col: 4, EndCol: 11, Kind: PosSubscript, A: 6, B: 10})
			PushExc(k)
			_, a := GetAttr(None, "x")
			PopExc()
			AddTracebackPos(a, &Code{Name: "<module>", Filename: file}, 4, TBPos{EndLine: 4, Col: 4, EndCol: 10})
			return a
		}},
		{"class A:\n    def method(self): pass\nA().methd()\n", func(file string) *Exc {
			c := class("A", nil, func(ns Value) {
				set(ns, "method", defM("A", "method", []string{"self"}, func(a []Value) (Value, *Exc) { return None, nil }))
			})
			_, e := GetAttr(Must(Call(c, nil, nil)), "methd")
			AddTracebackPos(e, &Code{Name: "<module>", Filename: file}, 3, TBPos{EndLine: 3, Col: 0, EndCol: 9})
			return e
		}},
	}
	for i, c := range cases {
		file := filepath.Join(dir, "t"+Itoa(i)+".py")
		if err := os.WriteFile(file, []byte(c.src), 0o644); err != nil {
			t.Fatal(err)
		}
		out, _ := exec.Command("python3", file).CombinedOutput()
		want := string(out)
		got := FormatException(c.build(file))
		if got != want {
			t.Errorf("case %d:\n--- got\n%s--- want\n%s", i, got, want)
		}
	}
	if !strings.Contains(FormatExcOnly(NewExc(ExcValueError)), "ValueError") {
		t.Error("FormatExcOnly")
	}
}

func must2(v Value, e *Exc) *Exc {
	if e == nil {
		panic("expected an exception")
	}
	return e
}

func TestNameErrorSuggestion(t *testing.T) {
	got := FormatExcOnlyWithHint(NameError("pritn"))
	if got != "NameError: name 'pritn' is not defined. Did you mean: 'print'?\n" {
		t.Errorf("got %q", got)
	}
	got = FormatExcOnlyWithHint(NameError("zzzzzz"))
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
	mod := &Code{Name: "<module>", Filename: file}
	v := Raise(Must(Call(Obj(ExcValueError), []Value{S("v")}, nil)), Null)
	AddTraceback(v, &Code{Name: "f", Filename: file}, 2)
	AddTraceback(v, mod, 4)
	k := Must(Call(Obj(ExcKeyError), []Value{S("k")}, nil))
	inner := Must(Call(Obj(ExcExceptionGroup), []Value{S("inner"), L(Must(Call(Obj(ExcTypeError), []Value{S("t")}, nil)))}, nil))
	g := Raise(Must(Call(Obj(ExcExceptionGroup), []Value{S("outer"), L(Obj(v), k, inner)}, nil)), Null)
	AddTraceback(g, mod, 9)
	if got := FormatException(g); got != string(out) {
		t.Errorf("--- got\n%s--- want\n%s", got, out)
	}
}
