package argparse

import (
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// add_subparsers/add_parser against python3: help of the parent and of a
// subcommand, dispatch, aliases, required subcommands, invalid choices,
// leftovers reaching parse_known_args.
func TestArgparseSubparsersMatchCPython(t *testing.T) {
	py := `import argparse, io, contextlib
p = argparse.ArgumentParser(prog="tool", description="Do things.")
p.add_argument("-v", action="store_true")
sub = p.add_subparsers(dest="cmd", required=True, help="sub-command help")
a = sub.add_parser("fetch", help="fetch urls", aliases=["f"])
a.add_argument("urls", nargs="+")
a.add_argument("-n", type=int, default=2, help="concurrency")
b = sub.add_parser("serve", help="run the server")
b.add_argument("--port", type=int, default=8080)
def run(args):
    err, out = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            return repr(p.parse_args(args))
    except SystemExit as e:
        return 'exit %s: %s|%s' % (e.code, out.getvalue(), err.getvalue())
(p.format_help(), a.format_help(), run(["fetch", "x", "y", "-n", "3"]), run(["-v", "serve", "--port", "1"]), run(["f", "z"]), run(["serve", "--bogus"]), run([]), run(["zap"]), run(["fetch"]), repr(p.parse_known_args(["serve", "--bogus"])))`
	goSide := func() (rt.Value, *rt.Exc) {
		ap := rttest.StdAttr("argparse", "ArgumentParser")
		p := rttest.Must(rt.Call(ap, []rt.Value{rttest.S("tool"), rttest.S("Do things.")}, []string{"prog", "description"}))
		rttest.Must(rt.Call(rttest.Must(rt.GetAttr(p, "add_argument")), []rt.Value{rttest.S("-v"), rttest.S("store_true")}, []string{"action"}))
		sub := rttest.Must(rt.Call(rttest.Must(rt.GetAttr(p, "add_subparsers")), []rt.Value{rttest.S("cmd"), rt.True, rttest.S("sub-command help")}, []string{"dest", "required", "help"}))
		a := rttest.Must(rt.Call(rttest.Must(rt.GetAttr(sub, "add_parser")), []rt.Value{rttest.S("fetch"), rttest.S("fetch urls"), rttest.L(rttest.S("f"))}, []string{"help", "aliases"}))
		rttest.Must(rt.Call(rttest.Must(rt.GetAttr(a, "add_argument")), []rt.Value{rttest.S("urls"), rttest.S("+")}, []string{"nargs"}))
		rttest.Must(rt.Call(rttest.Must(rt.GetAttr(a, "add_argument")), []rt.Value{rttest.S("-n"), rttest.Bi("int"), rttest.I(2), rttest.S("concurrency")}, []string{"type", "default", "help"}))
		b := rttest.Must(rt.Call(rttest.Must(rt.GetAttr(sub, "add_parser")), []rt.Value{rttest.S("serve"), rttest.S("run the server")}, []string{"help"}))
		rttest.Must(rt.Call(rttest.Must(rt.GetAttr(b, "add_argument")), []rt.Value{rttest.S("--port"), rttest.Bi("int"), rttest.I(8080)}, []string{"type", "default"}))
		run := func(args ...string) rt.Value {
			var sv []rt.Value
			for _, s := range args {
				sv = append(sv, rttest.S(s))
			}
			var res rt.Value
			var exc *rt.Exc
			o, e := captureOutput(func() { res, exc = rttest.Meth(p, "parse_args", rttest.L(sv...)) })
			if exc != nil {
				return rttest.S("exit " + rttest.ReprS(rttest.Must(rt.GetAttr(rt.ExcValue(exc), "code"))) + ": " + o + "|" + e)
			}
			return rttest.S(rttest.ReprS(res))
		}
		return rttest.T(rttest.Must(rttest.Meth(p, "format_help")), rttest.Must(rttest.Meth(a, "format_help")), run("fetch", "x", "y", "-n", "3"), run("-v", "serve", "--port", "1"),
			run("f", "z"), run("serve", "--bogus"), run(), run("zap"), run("fetch"), rttest.S(rttest.ReprS(rttest.Must(rttest.Meth(p, "parse_known_args", rttest.L(rttest.S("serve"), rttest.S("--bogus"))))))), nil
	}
	rttest.CheckCases(t, []rttest.PyCase{{Py: py, Fn: goSide}})
}
