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
		ap := stdAttr("argparse", "ArgumentParser")
		p := must(Call(ap, []Value{S("tool"), S("Do things.")}, []string{"prog", "description"}))
		must(Call(must(GetAttr(p, "add_argument")), []Value{S("-v"), S("store_true")}, []string{"action"}))
		sub := must(Call(must(GetAttr(p, "add_subparsers")), []Value{S("cmd"), True, S("sub-command help")}, []string{"dest", "required", "help"}))
		a := must(Call(must(GetAttr(sub, "add_parser")), []Value{S("fetch"), S("fetch urls"), L(S("f"))}, []string{"help", "aliases"}))
		must(Call(must(GetAttr(a, "add_argument")), []Value{S("urls"), S("+")}, []string{"nargs"}))
		must(Call(must(GetAttr(a, "add_argument")), []Value{S("-n"), bi("int"), I(2), S("concurrency")}, []string{"type", "default", "help"}))
		b := must(Call(must(GetAttr(sub, "add_parser")), []Value{S("serve"), S("run the server")}, []string{"help"}))
		must(Call(must(GetAttr(b, "add_argument")), []Value{S("--port"), bi("int"), I(8080)}, []string{"type", "default"}))
		run := func(args ...string) Value {
			var sv []Value
			for _, s := range args {
				sv = append(sv, S(s))
			}
			var res Value
			var exc *Exc
			o, e := captureOutput(func() { res, exc = meth(p, "parse_args", L(sv...)) })
			if exc != nil {
				return S("exit " + reprS(must(GetAttr(ExcValue(exc), "code"))) + ": " + o + "|" + e)
			}
			return S(reprS(res))
		}
		return T(must(meth(p, "format_help")), must(meth(a, "format_help")), run("fetch", "x", "y", "-n", "3"), run("-v", "serve", "--port", "1"),
			run("f", "z"), run("serve", "--bogus"), run(), run("zap"), run("fetch"), S(reprS(must(meth(p, "parse_known_args", L(S("serve"), S("--bogus"))))))), nil
	}
	checkCases(t, []pyCase{{py, goSide}})
}
