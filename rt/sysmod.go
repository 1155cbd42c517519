package rt

import (
	"os"
	"strings"
)

// The sys module.

var sysMod *Module

// SysModule returns the sys module object (created on first use).
func SysModule() *Module {
	if sysMod == nil {
		sysMod = newSysModule()
		Modules.SetStr("sys", Obj(sysMod))
	}
	return sysMod
}

// SysGet reads a sys attribute (Null if unset).
func SysGet(name string) Value { return SysModule().Get(name) }

// SetArgv sets sys.argv.
func SetArgv(args []string) {
	vs := make([]Value, len(args))
	for i, a := range args {
		vs[i] = Str(a)
	}
	SysModule().Set("argv", NewList(vs...))
}

// VersionInfoType is sys.version_info's type.
var VersionInfoType = NewStructSeqType("version_info", "sys", []string{"major", "minor", "micro", "releaselevel", "serial"})

func newSysModule() *Module {
	m := NewModule("sys")
	m.Set("argv", NewList(Str("")))
	m.Set("orig_argv", NewList())
	m.Set("stdout", Obj(Stdout))
	m.Set("stderr", Obj(Stderr))
	m.Set("stdin", Obj(Stdin))
	m.Set("__stdout__", Obj(Stdout))
	m.Set("__stderr__", Obj(Stderr))
	m.Set("__stdin__", Obj(Stdin))
	m.Set("version", Str("3.11.7 (main, Dec  1 2026, 00:00:00) [py2goasync]"))
	m.Set("version_info", NewStructSeq(VersionInfoType, Int(3), Int(11), Int(7), Str("final"), Int(0)))
	m.Set("hexversion", Int(0x030b07f0))
	m.Set("api_version", Int(1013))
	m.Set("platform", Str("linux"))
	m.Set("byteorder", Str("little"))
	m.Set("maxsize", Int(1<<63-1))
	m.Set("maxunicode", Int(0x10ffff))
	m.Set("modules", Obj(Modules))
	m.Set("path", NewList())
	m.Set("meta_path", NewList())
	m.Set("builtin_module_names", NewTuple(Str("builtins"), Str("sys")))
	m.Set("dont_write_bytecode", False)
	m.Set("prefix", Str("/usr/local"))
	m.Set("exec_prefix", Str("/usr/local"))
	exe, _ := os.Executable()
	m.Set("executable", Str(exe))
	m.Set("float_repr_style", Str("short"))
	m.Func("exit", sysExit)
	m.Func("exception", sysException)
	m.Func("exc_info", sysExcInfo)
	m.Func("getrecursionlimit", sysGetrecursionlimit)
	m.Func("setrecursionlimit", sysSetrecursionlimit)
	m.Func("get_int_max_str_digits", sysGetIntMaxStrDigits)
	m.Func("set_int_max_str_digits", sysSetIntMaxStrDigits)
	m.Func("intern", sysIntern)
	m.Func("getdefaultencoding", sysGetdefaultencoding)
	m.Func("getfilesystemencoding", sysGetfilesystemencoding)
	m.Func("getsizeof", sysGetsizeof)
	return m
}

// sysExit is sys.exit.
func sysExit(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("exit", a, kw, 0, 1); e != nil {
		return Null, e
	}
	return Null, NewExc(ExcSystemExit, a...)
}

// sysException is sys.exception.
func sysException(a []Value, kw []string) (Value, *Exc) { return CurrentExc(), nil }

// sysExcInfo is sys.exc_info.
func sysExcInfo(a []Value, kw []string) (Value, *Exc) {
	e := handled()
	if e == nil {
		return NewTuple(None, None, None), nil
	}
	tb, _ := GetAttr(Obj(e), "__traceback__")
	return NewTuple(Obj(e.Class), Obj(e), tb), nil
}

// sysGetrecursionlimit is sys.getrecursionlimit.
func sysGetrecursionlimit(a []Value, kw []string) (Value, *Exc) {
	return Int(int64(RecursionLimit)), nil
}

// sysSetrecursionlimit is sys.setrecursionlimit.
func sysSetrecursionlimit(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("setrecursionlimit", a, kw, 1, 1); e != nil {
		return Null, e
	}
	n, e := IndexOf(a[0])
	if e != nil {
		return Null, e
	}
	if n < 1 {
		return Null, ValueErrorf("recursion limit must be greater or equal than 1")
	}
	RecursionLimit = int(n)
	return None, nil
}

// sysGetIntMaxStrDigits is sys.get_int_max_str_digits.
func sysGetIntMaxStrDigits(a []Value, kw []string) (Value, *Exc) {
	return Int(int64(maxStrDigits)), nil
}

// sysSetIntMaxStrDigits is sys.set_int_max_str_digits.
func sysSetIntMaxStrDigits(a []Value, kw []string) (Value, *Exc) {
	p, e := ParseArgs("set_int_max_str_digits", a, kw, []string{"maxdigits"}, 1)
	if e != nil {
		return Null, e
	}
	n, e := IndexOf(p[0])
	if e != nil {
		return Null, e
	}
	if n != 0 && n < 640 {
		return Null, ValueErrorf("maxdigits must be 0 or larger than 640")
	}
	if n == 0 {
		n = 1 << 40
	}
	maxStrDigits = int(n)
	return None, nil
}

// sysIntern is sys.intern.
func sysIntern(a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("intern", a, kw, 1, 1); e != nil {
		return Null, e
	}
	return a[0], nil
}

// sysGetdefaultencoding is sys.getdefaultencoding.
func sysGetdefaultencoding(a []Value, kw []string) (Value, *Exc) { return Str("utf-8"), nil }

// sysGetfilesystemencoding is sys.getfilesystemencoding.
func sysGetfilesystemencoding(a []Value, kw []string) (Value, *Exc) { return Str("utf-8"), nil }

// sysGetsizeof is sys.getsizeof.
func sysGetsizeof(a []Value, kw []string) (Value, *Exc) { return Int(64), nil }

func init() {
	RegisterModule("sys", func() (Value, *Exc) { return Obj(SysModule()), nil })
}

// StructSeq is a named tuple of a native type (sys.version_info,
// time.struct_time): indexable like a tuple, fields as attributes.
type StructSeq struct {
	T     *Type
	Items []Value
}

// Type implements Object.
func (s *StructSeq) Type() *Type { return s.T }

// NewStructSeq makes an instance.
func NewStructSeq(t *Type, items ...Value) Value { return Obj(&StructSeq{T: t, Items: items}) }

// NewStructSeqType declares a struct sequence type with the given fields
// (module is what the repr prints before the name). It is ready at once.
func NewStructSeqType(name, module string, fields []string) *Type {
	t := NewType(name, TupleType)
	t.Module = module
	t.Final = true
	prefix := module + "."
	t.Repr = func(v Value) (string, *Exc) {
		s := v.O.(*StructSeq)
		var b strings.Builder
		b.WriteString(prefix + name + "(")
		for i, f := range fields {
			if i >= len(s.Items) {
				break
			}
			if i > 0 {
				b.WriteString(", ")
			}
			r, e := ToRepr(s.Items[i])
			if e != nil {
				return "", e
			}
			b.WriteString(f + "=" + r)
		}
		b.WriteString(")")
		return b.String(), nil
	}
	asTuple := func(v Value) Value { return NewTuple(v.O.(*StructSeq).Items...) }
	t.Len = func(v Value) (int, *Exc) { return len(v.O.(*StructSeq).Items), nil }
	t.GetItem = func(o, k Value) (Value, *Exc) { return GetItem(asTuple(o), k) }
	t.Iter = func(o Value) (Value, *Exc) { return Iter(asTuple(o)) }
	t.Contains = func(o, k Value) (bool, *Exc) { return In(k, asTuple(o)) }
	t.Hash = func(v Value) (int64, *Exc) { return hashTuple(v.O.(*StructSeq).Items) }
	t.Compare = func(a, b Value, op CompareOp) (Value, *Exc) {
		if s, ok := b.O.(*StructSeq); ok {
			b = NewTuple(s.Items...)
		}
		if _, ok := b.O.(*Tuple); !ok {
			return NotImplemented, nil
		}
		return RichCompare(asTuple(a), b, op)
	}
	t.Num[BinAdd] = func(a, b Value) (Value, *Exc) {
		if s, ok := a.O.(*StructSeq); ok {
			a = NewTuple(s.Items...)
		}
		if s, ok := b.O.(*StructSeq); ok {
			b = NewTuple(s.Items...)
		}
		return Add(a, b)
	}
	for i, f := range fields {
		i := i
		t.Getter(f, func(s Value) (Value, *Exc) { return s.O.(*StructSeq).Items[i], nil })
	}
	t.SetDict("n_fields", Int(int64(len(fields))))
	if typesReady {
		t.Ready()
	}
	return t
}

// setSysArgv is SetArgv (the name the entry code uses).
func setSysArgv(args []string) { SetArgv(args) }
