package rt

import "testing"

// contextlib's managers driven from Go against python3 (contextmanager
// and asynccontextmanager need generator bodies: they are checked end
// to end with transpiled programs).
func TestContextlibModule(t *testing.T) {
	cl := func(name string) Value { return StdAttr("contextlib", name) }
	cases := []PyCase{
		{"import contextlib\ns = contextlib.suppress(KeyError, IndexError)\n(s.__enter__(), s.__exit__(KeyError, KeyError('x'), None), s.__exit__(ValueError, ValueError(), None), s.__exit__(None, None, None))", func() (Value, *Exc) {
			s := Must(Call(cl("suppress"), []Value{Obj(ExcKeyError), Obj(ExcIndexError)}, nil))
			return T(Must(Meth(s, "__enter__")), Must(Meth(s, "__exit__", Obj(ExcKeyError), Obj(NewExc(ExcKeyError, S("x"))), None)),
				Must(Meth(s, "__exit__", Obj(ExcValueError), Obj(NewExc(ExcValueError)), None)), Must(Meth(s, "__exit__", None, None, None))), nil
		}},
		{"import contextlib\nn = contextlib.nullcontext(5)\n(n.__enter__(), n.__exit__(None, None, None), contextlib.nullcontext().__enter__())", func() (Value, *Exc) {
			n := Must(Call(cl("nullcontext"), []Value{I(5)}, nil))
			return T(Must(Meth(n, "__enter__")), Must(Meth(n, "__exit__", None, None, None)), Must(Meth(Must(Call(cl("nullcontext"), nil, nil)), "__enter__"))), nil
		}},
		{"import contextlib\ncontextlib.closing(1).__exit__(None, None, None)", func() (Value, *Exc) {
			return Meth(Must(Call(cl("closing"), []Value{I(1)}, nil)), "__exit__", None, None, None)
		}},
		{"import contextlib\nlog = []\ns = contextlib.ExitStack()\ns.__enter__()\ns.callback(log.append, 1)\ns.callback(log.append, 2)\ns.enter_context(contextlib.suppress(KeyError))\n(s.__exit__(KeyError, KeyError('k'), None), log)", func() (Value, *Exc) {
			log := L()
			s := Must(Call(cl("ExitStack"), nil, nil))
			Must(Meth(s, "__enter__"))
			app := Must(GetAttr(log, "append"))
			Must(Meth(s, "callback", app, I(1)))
			Must(Meth(s, "callback", app, I(2)))
			Must(Meth(s, "enter_context", Must(Call(cl("suppress"), []Value{Obj(ExcKeyError)}, nil))))
			return T(Must(Meth(s, "__exit__", Obj(ExcKeyError), Obj(NewExc(ExcKeyError, S("k"))), None)), log), nil
		}},
	}
	CheckCases(t, cases)
}
