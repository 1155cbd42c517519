package rt

import "testing"

// contextlib's managers driven from Go against python3 (contextmanager
// and asynccontextmanager need generator bodies: they are checked end
// to end with transpiled programs).
func TestContextlibModule(t *testing.T) {
	cl := func(name string) Value { return stdAttr("contextlib", name) }
	cases := []pyCase{
		{"import contextlib\ns = contextlib.suppress(KeyError, IndexError)\n(s.__enter__(), s.__exit__(KeyError, KeyError('x'), None), s.__exit__(ValueError, ValueError(), None), s.__exit__(None, None, None))", func() (Value, *Exc) {
			s := must(Call(cl("suppress"), []Value{Obj(ExcKeyError), Obj(ExcIndexError)}, nil))
			return T(must(meth(s, "__enter__")), must(meth(s, "__exit__", Obj(ExcKeyError), Obj(NewExc(ExcKeyError, S("x"))), None)),
				must(meth(s, "__exit__", Obj(ExcValueError), Obj(NewExc(ExcValueError)), None)), must(meth(s, "__exit__", None, None, None))), nil
		}},
		{"import contextlib\nn = contextlib.nullcontext(5)\n(n.__enter__(), n.__exit__(None, None, None), contextlib.nullcontext().__enter__())", func() (Value, *Exc) {
			n := must(Call(cl("nullcontext"), []Value{I(5)}, nil))
			return T(must(meth(n, "__enter__")), must(meth(n, "__exit__", None, None, None)), must(meth(must(Call(cl("nullcontext"), nil, nil)), "__enter__"))), nil
		}},
		{"import contextlib\ncontextlib.closing(1).__exit__(None, None, None)", func() (Value, *Exc) {
			return meth(must(Call(cl("closing"), []Value{I(1)}, nil)), "__exit__", None, None, None)
		}},
		{"import contextlib\nlog = []\ns = contextlib.ExitStack()\ns.__enter__()\ns.callback(log.append, 1)\ns.callback(log.append, 2)\ns.enter_context(contextlib.suppress(KeyError))\n(s.__exit__(KeyError, KeyError('k'), None), log)", func() (Value, *Exc) {
			log := L()
			s := must(Call(cl("ExitStack"), nil, nil))
			must(meth(s, "__enter__"))
			app := must(GetAttr(log, "append"))
			must(meth(s, "callback", app, I(1)))
			must(meth(s, "callback", app, I(2)))
			must(meth(s, "enter_context", must(Call(cl("suppress"), []Value{Obj(ExcKeyError)}, nil))))
			return T(must(meth(s, "__exit__", Obj(ExcKeyError), Obj(NewExc(ExcKeyError, S("k"))), None)), log), nil
		}},
	}
	checkCases(t, cases)
}
