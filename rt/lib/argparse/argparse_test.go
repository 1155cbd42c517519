package argparse

import (
	"io"
	"os"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// argparse against python3: each case declares a parser once; the test
// builds it both with python3's argparse and with ours, then compares
// parse_args results (the Namespace repr, or the exit code and stderr
// text), format_usage and format_help.

type apKw struct {
	k, py string
	v     rt.Value
}

type apArg struct {
	names []string
	kw    []apKw
	group string // "": the parser; "m"/"M": a (required) mutually exclusive group; "g": an argument group
}

var apGroupPy = map[string]string{"m": "p.add_mutually_exclusive_group()", "M": "p.add_mutually_exclusive_group(required=True)",
	"g": "p.add_argument_group('grp', 'Group text.')"}

type apCase struct {
	parserKw []apKw
	args     []apArg
	runs     [][]string
}

func kwPy(kw []apKw) string {
	var parts []string
	for _, k := range kw {
		parts = append(parts, k.k+"="+k.py)
	}
	return strings.Join(parts, ", ")
}

func (c apCase) python() string {
	var b strings.Builder
	b.WriteString("import argparse, io, contextlib\n")
	b.WriteString("p = argparse.ArgumentParser(" + kwPy(c.parserKw) + ")\n")
	made := map[string]bool{}
	for _, a := range c.args {
		target := "p"
		if a.group != "" {
			if !made[a.group] {
				b.WriteString("g_" + a.group + " = " + apGroupPy[a.group] + "\n")
				made[a.group] = true
			}
			target = "g_" + a.group
		}
		var parts []string
		for _, n := range a.names {
			parts = append(parts, rttest.ReprS(rttest.S(n)))
		}
		if s := kwPy(a.kw); s != "" {
			parts = append(parts, s)
		}
		b.WriteString(target + ".add_argument(" + strings.Join(parts, ", ") + ")\n")
	}
	b.WriteString(`def run(args):
    err, out = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            return repr(p.parse_args(args))
    except SystemExit as e:
        return 'exit %s: %s|%s' % (e.code, out.getvalue(), err.getvalue())
`)
	var runs []string
	for _, r := range c.runs {
		var q []string
		for _, s := range r {
			q = append(q, rttest.ReprS(rttest.S(s)))
		}
		runs = append(runs, "run(["+strings.Join(q, ", ")+"])")
	}
	b.WriteString("(p.format_usage(), p.format_help(), " + strings.Join(runs, ", ") + ")")
	return b.String()
}

// captureOutput runs f with sys.stdout and sys.stderr redirected to pipes.
func captureOutput(f func()) (string, string) {
	pipe := func() (*os.File, chan string) {
		r, w, _ := os.Pipe()
		done := make(chan string)
		go func() {
			b, _ := io.ReadAll(r)
			done <- string(b)
		}()
		return w, done
	}
	ew, edone := pipe()
	ow, odone := pipe()
	oldErr, oldOut := rt.SysGet("stderr"), rt.SysGet("stdout")
	tf, te := rt.NewTextFile("<stdout>", ow, false), rt.NewTextFile("<stderr>", ew, true)
	rt.SysModule().Set("stdout", rt.Obj(tf))
	rt.SysModule().Set("stderr", rt.Obj(te))
	f()
	tf.W.Flush()
	te.W.Flush()
	rt.SysModule().Set("stdout", oldOut)
	rt.SysModule().Set("stderr", oldErr)
	ew.Close()
	ow.Close()
	return <-odone, <-edone
}

func (c apCase) goSide() (rt.Value, *rt.Exc) {
	var pv []rt.Value
	var pk []string
	for _, k := range c.parserKw {
		pv, pk = append(pv, k.v), append(pk, k.k)
	}
	p, e := rt.Call(rttest.StdAttr("argparse", "ArgumentParser"), pv, pk)
	if e != nil {
		return rt.Null, e
	}
	groups := map[string]rt.Value{}
	for _, a := range c.args {
		target := p
		if a.group != "" {
			if _, ok := groups[a.group]; !ok {
				switch a.group {
				case "m":
					groups["m"] = rttest.Must(rttest.Meth(p, "add_mutually_exclusive_group"))
				case "M":
					groups["M"] = rttest.Must(rt.Call(rttest.Must(rt.GetAttr(p, "add_mutually_exclusive_group")), []rt.Value{rt.True}, []string{"required"}))
				case "g":
					groups["g"] = rttest.Must(rttest.Meth(p, "add_argument_group", rttest.S("grp"), rttest.S("Group text.")))
				}
			}
			target = groups[a.group]
		}
		var av []rt.Value
		var ak []string
		for _, n := range a.names {
			av = append(av, rt.Str(n))
		}
		for _, k := range a.kw {
			av, ak = append(av, k.v), append(ak, k.k)
		}
		if _, e := rt.CallMethod(target, "add_argument", av, ak); e != nil {
			return rt.Null, e
		}
	}
	out := []rt.Value{rttest.Must(rttest.Meth(p, "format_usage")), rttest.Must(rttest.Meth(p, "format_help"))}
	for _, r := range c.runs {
		var sv []rt.Value
		for _, s := range r {
			sv = append(sv, rt.Str(s))
		}
		var res rt.Value
		var exc *rt.Exc
		outText, errText := captureOutput(func() { res, exc = rttest.Meth(p, "parse_args", rt.NewList(sv...)) })
		if exc != nil {
			if !rt.IsExcInstance(exc, rt.ExcSystemExit) {
				return rt.Null, exc
			}
			code := rttest.Must(rt.GetAttr(rt.ExcValue(exc), "code"))
			out = append(out, rt.Str("exit "+rttest.ReprS(code)+": "+outText+"|"+errText))
			continue
		}
		out = append(out, rt.Str(rttest.ReprS(res)))
	}
	return rt.NewTuple(out...), nil
}

func TestArgparseMatchesCPython(t *testing.T) {
	kS := func(k, s string) apKw { return apKw{k, rttest.ReprS(rttest.S(s)), rttest.S(s)} }
	kI := func(k string, i int64) apKw { return apKw{k, rttest.ReprS(rttest.I(i)), rttest.I(i)} }
	kT := func(k string) apKw { return apKw{k, "True", rt.True} }
	kType := func(name string) apKw { return apKw{"type", name, rttest.Bi(name)} }
	prog := kS("prog", "fetcher")
	cases := []apCase{
		{[]apKw{prog, kS("description", "Fetch things concurrently.")}, []apArg{
			{[]string{"urls"}, []apKw{kS("nargs", "+"), kS("help", "urls to fetch")}, ""},
			{[]string{"-c", "--concurrency"}, []apKw{kType("int"), kI("default", 2)}, ""},
			{[]string{"--timeout"}, []apKw{kType("float"), apKw{"default", "1.0", rttest.F(1)}}, ""},
			{[]string{"-v", "--verbose"}, []apKw{kS("action", "store_true")}, ""},
		}, [][]string{{"-c", "2", "--timeout", "0.9", "-v", "a.io", "b.org"}, {}, {"-c", "x", "a"}, {"a", "--bogus"}, {"--conc=5", "a"}, {"-vc3", "a"}, {"-c"}, {"--", "-x"}}},
		{[]apKw{prog}, []apArg{
			{[]string{"src"}, nil, ""},
			{[]string{"dst"}, []apKw{kS("nargs", "?"), kS("default", "out")}, ""},
			{[]string{"rest"}, []apKw{kS("nargs", "*")}, ""},
			{[]string{"-n"}, []apKw{kI("nargs", 2), kType("int"), kS("metavar", "N")}, ""},
			{[]string{"--mode"}, []apKw{apKw{"choices", "['fast', 'slow']", rttest.L(rttest.S("fast"), rttest.S("slow"))}, kS("default", "fast"), kS("help", "speed (default: %(default)s, one of %(choices)s)")}, ""},
			{[]string{"-q"}, []apKw{kS("action", "count"), kI("default", 0)}, ""},
			{[]string{"--tag"}, []apKw{kS("action", "append"), kS("dest", "tags")}, ""},
			{[]string{"--const"}, []apKw{kS("action", "store_const"), kI("const", 42)}, ""},
			{[]string{"--no-color"}, []apKw{kS("action", "store_false"), kS("dest", "color")}, ""},
			{[]string{"--level"}, []apKw{kT("required"), kType("int"), kS("help", "a rather long help text that has to be wrapped over several lines because it is longer than the help column allows")}, ""},
		}, [][]string{{"a", "--level", "3"}, {"a", "b", "c", "d", "--level=1", "-qqq", "--tag", "x", "--tag", "y", "--const", "--no-color", "-n", "1", "2", "--mode", "slow"},
			{"a"}, {"a", "--level", "1", "--mode", "medium"}, {"a", "--level", "1", "-n", "1"}, {"--level", "1"}, {"a", "--lev", "2"}, {"a", "--level", "x"}, {"a", "--level", "1", "-q", "-q", "-h"}}},
		{[]apKw{prog}, []apArg{
			{[]string{"--verbose"}, []apKw{kS("action", "store_true")}, ""},
			{[]string{"--version"}, []apKw{kS("action", "store_true")}, ""},
			{[]string{"--opt"}, []apKw{kS("nargs", "?"), kS("const", "C"), kS("default", "D")}, ""},
			{[]string{"x"}, []apKw{kType("int"), kS("nargs", "?"), kI("default", 7)}, ""},
		}, [][]string{{"--ver"}, {"--verb"}, {"--opt"}, {"--opt", "v", "3"}, {"-5"}, {"3", "4"}}},
		{[]apKw{prog, apKw{"formatter_class", "argparse.ArgumentDefaultsHelpFormatter", rttest.StdAttr("argparse", "ArgumentDefaultsHelpFormatter")}}, []apArg{
			{[]string{"--fast"}, []apKw{kS("action", "store_true"), kS("help", "go fast")}, "m"},
			{[]string{"--slow"}, []apKw{kS("action", "store_true"), kS("help", "go slow")}, "m"},
			{[]string{"-x"}, []apKw{kI("default", 3), kS("help", "the x")}, "M"},
			{[]string{"-y"}, []apKw{kS("help", "the y")}, "M"},
			{[]string{"--cache"}, []apKw{apKw{"action", "argparse.BooleanOptionalAction", rttest.StdAttr("argparse", "BooleanOptionalAction")}, kT("default"), kS("help", "use the cache")}, "g"},
			{[]string{"items"}, []apKw{kS("nargs", "*"), kS("help", "things"), apKw{"default", "[]", rttest.L()}}, ""},
		}, [][]string{{"-x", "1"}, {"--fast", "--slow", "-y", "2"}, {}, {"-x", "1", "-y", "2"}, {"-y", "1", "--no-cache", "a", "b"}, {"-y", "1", "--cache"}}},
		{[]apKw{prog, apKw{"formatter_class", "argparse.RawDescriptionHelpFormatter", rttest.StdAttr("argparse", "RawDescriptionHelpFormatter")},
			kS("description", "line one\n  indented two\n"), kS("epilog", "epi\n  logue")}, []apArg{
			{[]string{"-a"}, []apKw{kS("help", "keep\n   spacing? no")}, ""},
		}, [][]string{{}}},
		{[]apKw{prog, apKw{"formatter_class", "argparse.RawTextHelpFormatter", rttest.StdAttr("argparse", "RawTextHelpFormatter")}}, []apArg{
			{[]string{"-a"}, []apKw{kS("help", "keep\n   spacing")}, ""},
		}, [][]string{{}}},
	}
	var pcs []rttest.PyCase
	for _, c := range cases {
		c := c
		pcs = append(pcs, rttest.PyCase{Py: c.python(), Fn: c.goSide})
	}
	rttest.CheckCases(t, pcs)
}
