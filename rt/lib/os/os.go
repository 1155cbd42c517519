package os

import (
	"crypto/rand"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/internal/mt19937"
)

// The os module (what the corpus uses: urandom, getpid, environ, getenv,
// getcwd, cpu_count) and os.path basics.

// urandomMT is os.urandom's stream in deterministic mode.
var urandomMT mt19937.MT

// strArgs is a helper of the functions registered in init.
func strArgs(name string, args []rt.Value, kw []string, n int) ([]string, *rt.Exc) {
	if e := rt.ArgCount(name, args, kw, n, n); e != nil {
		return nil, e
	}
	out := make([]string, n)
	for i := range out {
		s, ok := rt.AsStr(args[i])
		if !ok {
			return nil, rt.TypeErrorf("expected str, bytes or os.PathLike object, not %s", args[i].TypeName())
		}
		out[i] = s
	}
	return out, nil
}

func init() {
	m := rt.DefineModule("os")
	m.Set("name", rt.Str("posix"))
	m.Set("sep", rt.Str("/"))
	m.Set("linesep", rt.Str("\n"))
	m.Set("curdir", rt.Str("."))
	m.Set("pardir", rt.Str(".."))
	m.Fn("urandom", osUrandom)
	m.Fn("getpid", osGetpid)
	m.Fn("getppid", osGetppid)
	m.Fn("getcwd", osGetcwd)
	m.Fn("cpu_count", osCpuCount)
	m.Fn("getenv", osGetenv)
	var kv []rt.Value
	for _, e := range os.Environ() {
		if i := strings.IndexByte(e, '='); i > 0 {
			kv = append(kv, rt.Str(e[:i]), rt.Str(e[i+1:]))
		}
	}
	environ := rt.Null
	if d, e := rt.NewDict(kv...); e == nil {
		environ = d
	}
	m.Set("environ", environ)

	p := rt.DefineModule("os.path")
	// Importing os imports os.path, as os.py does (sys.modules['os.path']).
	m.OnImport = func(mod *rt.Module) {
		if rt.Deterministic() {
			urandomMT.SeedInt(big.NewInt(67890))
		}
		pm := p.Build()
		mod.Set("path", rt.Obj(pm))
		rt.Modules.SetStr("os.path", rt.Obj(pm))
	}
	p.Fn("join", osPathJoin)
	one := func(name string, f func(string) rt.Value) {
		p.Fn(name, func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			ss, e := strArgs(name, args, kw, 1)
			if e != nil {
				return rt.Null, e
			}
			return f(ss[0]), nil
		})
	}
	one("basename", osPathBasename)
	one("dirname", osPathDirname)
	one("abspath", osPathAbspath)
	one("exists", osPathExists)
	one("isfile", osPathIsfile)
	one("isdir", osPathIsdir)
	one("isabs", osPathIsabs)
	one("normpath", osPathNormpath)
	one("splitext", osPathSplitext)
	one("split", osPathSplit)
	p.Set("sep", rt.Str("/"))
}

// osPathJoin is os.path.join.
func osPathJoin(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	ss, e := strArgs("join", args, kw, len(args))
	if e != nil {
		return rt.Null, e
	}
	if len(ss) == 0 {
		return rt.Null, rt.TypeErrorf("join() missing 1 required positional argument: 'a'")
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
	return rt.Str(out), nil
}

// osUrandom is os.urandom.
func osUrandom(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("urandom", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	nv, e := rt.Index(args[0])
	if e != nil {
		return rt.Null, e
	}
	n := nv.I
	if nv.K == rt.KObj || n < 0 {
		return rt.Null, rt.ValueErrorf("negative argument not allowed")
	}
	if rt.Deterministic() {
		return rt.Bytes(urandomMT.Randbytes(int(n))), nil
	}
	b := make([]byte, n)
	rand.Read(b)
	return rt.Bytes(b), nil
}

// osGetpid is os.getpid.
func osGetpid(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Int(int64(os.Getpid())), nil
}

// osGetppid is os.getppid.
func osGetppid(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Int(int64(os.Getppid())), nil
}

// osGetcwd is os.getcwd.
func osGetcwd(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	d, err := os.Getwd()
	if err != nil {
		return rt.Null, rt.Errorf(rt.ExcOSError, "%s", err)
	}
	return rt.Str(d), nil
}

// osCpuCount is os.cpu_count.
func osCpuCount(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Int(int64(runtime.NumCPU())), nil
}

// osGetenv is os.getenv.
func osGetenv(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("getenv", args, kw, []string{"key", "default"}, 1)
	if e != nil {
		return rt.Null, e
	}
	k, ok := rt.AsStr(a[0])
	if !ok {
		return rt.Null, rt.TypeErrorf("str expected, not %s", a[0].TypeName())
	}
	if v, ok := os.LookupEnv(k); ok {
		return rt.Str(v), nil
	}
	if a[1].IsNull() {
		return rt.None, nil
	}
	return a[1], nil
}

// osPathBasename implements os.path.basename (through one).
func osPathBasename(s string) rt.Value { return rt.Str(s[strings.LastIndexByte(s, '/')+1:]) }

// osPathDirname implements os.path.dirname (through one).
func osPathDirname(s string) rt.Value {
	i := strings.LastIndexByte(s, '/') + 1
	head := s[:i]
	if head != "" && strings.Trim(head, "/") != "" {
		head = strings.TrimRight(head, "/")
	}
	return rt.Str(head)
}

// osPathAbspath implements os.path.abspath (through one).
func osPathAbspath(s string) rt.Value { a, _ := filepath.Abs(s); return rt.Str(a) }

// osPathExists implements os.path.exists (through one).
func osPathExists(s string) rt.Value { _, err := os.Stat(s); return rt.Bool(err == nil) }

// osPathIsfile implements os.path.isfile (through one).
func osPathIsfile(s string) rt.Value {
	st, err := os.Stat(s)
	return rt.Bool(err == nil && st.Mode().IsRegular())
}

// osPathIsdir implements os.path.isdir (through one).
func osPathIsdir(s string) rt.Value { st, err := os.Stat(s); return rt.Bool(err == nil && st.IsDir()) }

// osPathIsabs implements os.path.isabs (through one).
func osPathIsabs(s string) rt.Value { return rt.Bool(strings.HasPrefix(s, "/")) }

// osPathNormpath implements os.path.normpath (through one).
func osPathNormpath(s string) rt.Value { return rt.Str(filepath.Clean(s)) }

// osPathSplitext implements os.path.splitext (through one).
func osPathSplitext(s string) rt.Value {
	base := s[strings.LastIndexByte(s, '/')+1:]
	i := strings.LastIndexByte(base, '.')
	if i <= 0 || strings.Trim(base[:i], ".") == "" {
		return rt.NewTuple(rt.Str(s), rt.Str(""))
	}
	cut := len(s) - len(base) + i
	return rt.NewTuple(rt.Str(s[:cut]), rt.Str(s[cut:]))
}

// osPathSplit implements os.path.split (through one).
func osPathSplit(s string) rt.Value {
	i := strings.LastIndexByte(s, '/') + 1
	head, tail := s[:i], s[i:]
	if head != "" && strings.Trim(head, "/") != "" {
		head = strings.TrimRight(head, "/")
	}
	return rt.NewTuple(rt.Str(head), rt.Str(tail))
}
