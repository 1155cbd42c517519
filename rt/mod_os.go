package rt

import (
	"crypto/rand"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// The os module (what the corpus uses: urandom, getpid, environ, getenv,
// getcwd, cpu_count) and os.path basics.

// urandomMT is os.urandom's stream in deterministic mode.
var urandomMT MT

func init() {
	m := DefineModule("os")
	m.Set("name", Str("posix"))
	m.Set("sep", Str("/"))
	m.Set("linesep", Str("\n"))
	m.Set("curdir", Str("."))
	m.Set("pardir", Str(".."))
	m.Fn("urandom", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("urandom", args, kw, 1, 1); e != nil {
			return Null, e
		}
		nv, e := Index(args[0])
		if e != nil {
			return Null, e
		}
		n := nv.I
		if nv.K == KObj || n < 0 {
			return Null, ValueErrorf("negative argument not allowed")
		}
		if Deterministic() {
			return Bytes(urandomMT.Randbytes(int(n))), nil
		}
		b := make([]byte, n)
		rand.Read(b)
		return Bytes(b), nil
	})
	m.Fn("getpid", func(args []Value, kw []string) (Value, *Exc) { return Int(int64(os.Getpid())), nil })
	m.Fn("getppid", func(args []Value, kw []string) (Value, *Exc) { return Int(int64(os.Getppid())), nil })
	m.Fn("getcwd", func(args []Value, kw []string) (Value, *Exc) {
		d, err := os.Getwd()
		if err != nil {
			return Null, Errorf(ExcOSError, "%s", err)
		}
		return Str(d), nil
	})
	m.Fn("cpu_count", func(args []Value, kw []string) (Value, *Exc) { return Int(int64(runtime.NumCPU())), nil })
	m.Fn("getenv", func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("getenv", args, kw, []string{"key", "default"}, 1)
		if e != nil {
			return Null, e
		}
		k, ok := AsStr(a[0])
		if !ok {
			return Null, TypeErrorf("str expected, not %s", a[0].TypeName())
		}
		if v, ok := os.LookupEnv(k); ok {
			return Str(v), nil
		}
		if a[1].IsNull() {
			return None, nil
		}
		return a[1], nil
	})
	var kv []Value
	for _, e := range os.Environ() {
		if i := strings.IndexByte(e, '='); i > 0 {
			kv = append(kv, Str(e[:i]), Str(e[i+1:]))
		}
	}
	environ := Null
	if d, e := NewDict(kv...); e == nil {
		environ = d
	}
	m.Set("environ", environ)

	p := DefineModule("os.path")
	// Importing os imports os.path, as os.py does (sys.modules['os.path']).
	m.OnImport = func(mod *Module) {
		if Deterministic() {
			urandomMT.SeedInt(big.NewInt(67890))
		}
		pm := p.Build()
		mod.Set("path", Obj(pm))
		Modules.SetStr("os.path", Obj(pm))
	}
	strArgs := func(name string, args []Value, kw []string, n int) ([]string, *Exc) {
		if e := ArgCount(name, args, kw, n, n); e != nil {
			return nil, e
		}
		out := make([]string, n)
		for i := range out {
			s, ok := AsStr(args[i])
			if !ok {
				return nil, TypeErrorf("expected str, bytes or os.PathLike object, not %s", args[i].TypeName())
			}
			out[i] = s
		}
		return out, nil
	}
	p.Fn("join", func(args []Value, kw []string) (Value, *Exc) {
		ss, e := strArgs("join", args, kw, len(args))
		if e != nil {
			return Null, e
		}
		if len(ss) == 0 {
			return Null, TypeErrorf("join() missing 1 required positional argument: 'a'")
		}
		out := ss[0]
		for _, s := range ss[1:] {
			switch {
			case strings.HasPrefix(s, "/"):
				out = s
			case out == "" || strings.HasSuffix(out, "/"):
				out += s
			default:
				out += "/" + s
			}
		}
		return Str(out), nil
	})
	one := func(name string, f func(string) Value) {
		p.Fn(name, func(args []Value, kw []string) (Value, *Exc) {
			ss, e := strArgs(name, args, kw, 1)
			if e != nil {
				return Null, e
			}
			return f(ss[0]), nil
		})
	}
	one("basename", func(s string) Value { return Str(s[strings.LastIndexByte(s, '/')+1:]) })
	one("dirname", func(s string) Value {
		i := strings.LastIndexByte(s, '/') + 1
		head := s[:i]
		if head != "" && strings.Trim(head, "/") != "" {
			head = strings.TrimRight(head, "/")
		}
		return Str(head)
	})
	one("abspath", func(s string) Value { a, _ := filepath.Abs(s); return Str(a) })
	one("exists", func(s string) Value { _, err := os.Stat(s); return Bool(err == nil) })
	one("isfile", func(s string) Value { st, err := os.Stat(s); return Bool(err == nil && st.Mode().IsRegular()) })
	one("isdir", func(s string) Value { st, err := os.Stat(s); return Bool(err == nil && st.IsDir()) })
	one("isabs", func(s string) Value { return Bool(strings.HasPrefix(s, "/")) })
	one("normpath", func(s string) Value { return Str(filepath.Clean(s)) })
	one("splitext", func(s string) Value {
		base := s[strings.LastIndexByte(s, '/')+1:]
		i := strings.LastIndexByte(base, '.')
		if i <= 0 || strings.Trim(base[:i], ".") == "" {
			return NewTuple(Str(s), Str(""))
		}
		cut := len(s) - len(base) + i
		return NewTuple(Str(s[:cut]), Str(s[cut:]))
	})
	one("split", func(s string) Value {
		i := strings.LastIndexByte(s, '/') + 1
		head, tail := s[:i], s[i:]
		if head != "" && strings.Trim(head, "/") != "" {
			head = strings.TrimRight(head, "/")
		}
		return NewTuple(Str(head), Str(tail))
	})
	p.Set("sep", Str("/"))
}
