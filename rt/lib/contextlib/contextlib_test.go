package contextlib

import (
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// contextlib's managers driven from Go against python3 (contextmanager
// and asynccontextmanager need generator bodies: they are checked end
// to end with transpiled programs).
func TestContextlibModule(t *testing.T) {
	cl := func(name string) rt.Value { return rttest.StdAttr("contextlib", name) }
	cases := []rttest.PyCase{
		{Py: "import contextlib\ns = contextlib.suppress(KeyError, IndexError)\n(s.__enter__(), s.__exit__(KeyError, KeyError('x'), None), s.__exit__(ValueError, ValueError(), None), s.__exit__(None, None, None))", Fn: func() (rt.Value, *rt.Exc) {
			s := rttest.Must(rt.Call(cl("suppress"), []rt.Value{rt.Obj(rt.ExcKeyError), rt.Obj(rt.ExcIndexError)}, nil))
			return rttest.T(rttest.Must(rttest.Meth(s, "__enter__")), rttest.Must(rttest.Meth(s, "__exit__", rt.Obj(rt.ExcKeyError), rt.Obj(rt.NewExc(rt.ExcKeyError, rttest.S("x"))), rt.None)),
				rttest.Must(rttest.Meth(s, "__exit__", rt.Obj(rt.ExcValueError), rt.Obj(rt.NewExc(rt.ExcValueError)), rt.None)), rttest.Must(rttest.Meth(s, "__exit__", rt.None, rt.None, rt.None))), nil
		}},
		{Py: "import contextlib\nn = contextlib.nullcontext(5)\n(n.__enter__(), n.__exit__(None, None, None), contextlib.nullcontext().__enter__())", Fn: func() (rt.Value, *rt.Exc) {
			n := rttest.Must(rt.Call(cl("nullcontext"), []rt.Value{rttest.I(5)}, nil))
			return rttest.T(rttest.Must(rttest.Meth(n, "__enter__")), rttest.Must(rttest.Meth(n, "__exit__", rt.None, rt.None, rt.None)), rttest.Must(rttest.Meth(rttest.Must(rt.Call(cl("nullcontext"), nil, nil)), "__enter__"))), nil
		}},
		{Py: "import contextlib\ncontextlib.closing(1).__exit__(None, None, None)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.Meth(rttest.Must(rt.Call(cl("closing"), []rt.Value{rttest.I(1)}, nil)), "__exit__", rt.None, rt.None, rt.None)
		}},
		{Py: "import contextlib\nlog = []\ns = contextlib.ExitStack()\ns.__enter__()\ns.callback(log.append, 1)\ns.callback(log.append, 2)\ns.enter_context(contextlib.suppress(KeyError))\n(s.__exit__(KeyError, KeyError('k'), None), log)", Fn: func() (rt.Value, *rt.Exc) {
			log := rttest.L()
			s := rttest.Must(rt.Call(cl("ExitStack"), nil, nil))
			rttest.Must(rttest.Meth(s, "__enter__"))
			app := rttest.Must(rt.GetAttr(log, "append"))
			rttest.Must(rttest.Meth(s, "callback", app, rttest.I(1)))
			rttest.Must(rttest.Meth(s, "callback", app, rttest.I(2)))
			rttest.Must(rttest.Meth(s, "enter_context", rttest.Must(rt.Call(cl("suppress"), []rt.Value{rt.Obj(rt.ExcKeyError)}, nil))))
			return rttest.T(rttest.Must(rttest.Meth(s, "__exit__", rt.Obj(rt.ExcKeyError), rt.Obj(rt.NewExc(rt.ExcKeyError, rttest.S("k"))), rt.None)), log), nil
		}},
	}
	rttest.CheckCases(t, cases)
}
