package rt

import "testing"

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
	goSide := func() (Value, *Exc) {
		ap := StdAttr("argparse", "ArgumentParser")
		p := Must(Call(ap, []Value{S("tool"), S("Do things.")}, []string{"prog", "description"}))
		Must(Call(Must(GetAttr(p, "add_argument")), []Value{S("-v"), S("store_true")}, []string{"action"}))
		sub := Must(Call(Must(GetAttr(p, "add_subparsers")), []Value{S("cmd"), True, S("sub-command help")}, []string{"dest", "required", "help"}))
		a := Must(Call(Must(GetAttr(sub, "add_parser")), []Value{S("fetch"), S("fetch urls"), L(S("f"))}, []string{"help", "aliases"}))
		Must(Call(Must(GetAttr(a, "add_argument")), []Value{S("urls"), S("+")}, []string{"nargs"}))
		Must(Call(Must(GetAttr(a, "add_argument")), []Value{S("-n"), Bi("int"), I(2), S("concurrency")}, []string{"type", "default", "help"}))
		b := Must(Call(Must(GetAttr(sub, "add_parser")), []Value{S("serve"), S("run the server")}, []string{"help"}))
		Must(Call(Must(GetAttr(b, "add_argument")), []Value{S("--port"), Bi("int"), I(8080)}, []string{"type", "default"}))
		run := func(args ...string) Value {
			var sv []Value
			for _, s := range args {
				sv = append(sv, S(s))
			}
			var res Value
			var exc *Exc
			o, e := captureOutput(func() { res, exc = Meth(p, "parse_args", L(sv...)) })
			if exc != nil {
				return S("exit " + ReprS(Must(GetAttr(ExcValue(exc), "code"))) + ": " + o + "|" + e)
			}
			return S(ReprS(res))
		}
		return T(Must(Meth(p, "format_help")), Must(Meth(a, "format_help")), run("fetch", "x", "y", "-n", "3"), run("-v", "serve", "--port", "1"),
			run("f", "z"), run("serve", "--bogus"), run(), run("zap"), run("fetch"), S(ReprS(Must(Meth(p, "parse_known_args", L(S("serve"), S("--bogus"))))))), nil
	}
	CheckCases(t, []PyCase{{py, goSide}})
}
