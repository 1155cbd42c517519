package contextlib

import (
	"github.com/py2goasync/py2goasync/rt"
	pyfunctools "github.com/py2goasync/py2goasync/rt/lib/functools"
)

// contextlib: contextmanager and asynccontextmanager over the runtime's
// generator objects (CPython's _GeneratorContextManager logic, messages
// included), suppress, closing, aclosing, nullcontext.

var (
	genCMType      = rt.NewType("_GeneratorContextManager", rt.ObjectType)
	agenCMType     = rt.NewType("_AsyncGeneratorContextManager", rt.ObjectType)
	suppressType   = rt.NewType("suppress", rt.ObjectType)
	closingType    = rt.NewType("closing", rt.ObjectType)
	aclosingType   = rt.NewType("aclosing", rt.ObjectType)
	nullcontextTyp = rt.NewType("nullcontext", rt.ObjectType)
)

// ctxObj is the state of every contextlib manager: gen for the
// generator-based ones, thing for closing/nullcontext/suppress.
type ctxObj struct {
	typ   *rt.Type
	gen   rt.Value
	thing rt.Value
	attrs *rt.Dict
}

func (c *ctxObj) Type() *rt.Type { return c.typ }
func (c *ctxObj) InstDict() *rt.Dict {
	if c.attrs == nil {
		c.attrs = rt.NewStrDict()
	}
	return c.attrs
}

func ctxCode(name string, line int) *rt.Code {
	return &rt.Code{Name: name, Qualname: name, Filename: rt.PylibDir + "/contextlib.py", Line: line, Kind: rt.CoroutineCode, Module: "contextlib"}
}

var (
	codeACMEnter     = ctxCode("_AsyncGeneratorContextManager.__aenter__", 199)
	codeACMExit      = ctxCode("_AsyncGeneratorContextManager.__aexit__", 208)
	codeAclosingExit = ctxCode("aclosing.__aexit__", 365)
	codeNullA        = ctxCode("nullcontext.__aenter__", 764)
)

// excArgs returns the exception an __exit__ got (Null when none),
// instantiating a bare class as CPython's __exit__ does.
func excArgs(args []rt.Value) (rt.Value, *rt.Exc) {
	if len(args) == 0 || args[0].IsNone() {
		return rt.Null, nil
	}
	if len(args) > 1 && !args[1].IsNone() {
		return args[1], nil
	}
	return rt.Call(args[0], nil, nil)
}

// stoppedBy says the exception e is the thrown val re-raised, or the
// RuntimeError PEP 479 made of it: the exception was not suppressed.
func stoppedBy(e *rt.Exc, val rt.Value, stopCls *rt.Type) bool {
	if rt.Is(rt.ExcValue(e), val) {
		return true
	}
	if e.Class.IsSubtype(rt.ExcRuntimeError) && rt.Is(e.Cause, val) {
		if v, ok := val.O.(*rt.Exc); ok && val.K == rt.KObj && v.Class.IsSubtype(stopCls) {
			return true
		}
	}
	return false
}

// cmHelper is the function contextmanager returns: calling it makes the
// generator and wraps it (a Python-level function, so it binds as a
// method when decorating one).
func cmHelper(fn rt.Value, typ *rt.Type) (rt.Value, *rt.Exc) {
	name := "helper"
	h := rt.NewFunction(&rt.Code{Name: name, Qualname: "contextmanager.<locals>.helper", Filename: rt.PylibDir + "/contextlib.py", Line: 279,
		Params: []string{"args", "kwds"}, VarArgs: true, VarKw: true, Module: "contextlib"}, nil, nil,
		func(a []rt.Value) (rt.Value, *rt.Exc) {
			g, e := rt.CallEx(fn, a[0], a[1])
			if e != nil {
				return rt.Null, e
			}
			return rt.Obj(&ctxObj{typ: typ, gen: g}), nil
		})
	return h, pyfunctools.UpdateWrapper(h, fn)
}

// ctxObjOf returns the *ctxObj the value holds.
func ctxObjOf(v rt.Value) *ctxObj { return v.O.(*ctxObj) }

func init() {
	for _, t := range []*rt.Type{genCMType, agenCMType, suppressType, closingType, aclosingType, nullcontextTyp} {
		t.Module = "contextlib"
	}

	genCMType.Method("__enter__", generatorContextManagerEnter)
	genCMType.Method("__exit__", generatorContextManagerExit)

	agenCMType.Method("__aenter__", asyncGeneratorContextManagerAenter)
	agenCMType.Method("__aexit__", asyncGeneratorContextManagerAexit)

	suppressType.New = suppressNew
	suppressType.Method("__enter__", suppressEnter)
	suppressType.Method("__exit__", suppressExit)

	oneArg := func(t *rt.Type, name string, optional bool) {
		t.New = func(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			names := []string{"thing"}
			req := 1
			if optional {
				names, req = []string{"enter_result"}, 0
			}
			a, e := rt.ParseArgs(name, args, kw, names, req)
			if e != nil {
				return rt.Null, e
			}
			if a[0].IsNull() {
				a[0] = rt.None
			}
			return rt.Obj(&ctxObj{typ: t, thing: a[0]}), nil
		}
	}
	oneArg(closingType, "closing", false)
	oneArg(aclosingType, "aclosing", false)
	oneArg(nullcontextTyp, "nullcontext", true)
	closingType.Method("__enter__", closingEnter)
	closingType.Method("__exit__", closingExit)
	aclosingType.Method("__aenter__", aclosingAenter)
	aclosingType.Method("__aexit__", aclosingAexit)
	nullcontextTyp.Method("__enter__", nullcontextEnter)
	nullcontextTyp.Method("__exit__", nullcontextExit)
	nullcontextTyp.Method("__aenter__", nullcontextAenter)
	nullcontextTyp.Method("__aexit__", nullcontextAexit)

	m := rt.DefineModule("contextlib")
	m.Fn("contextmanager", contextlibContextmanager)
	m.Fn("asynccontextmanager", contextlibAsynccontextmanager)
	for _, t := range []*rt.Type{suppressType, closingType, aclosingType, nullcontextTyp} {
		m.Set(t.Name, rt.Obj(t))
	}
	m.Set("ExitStack", rt.Obj(exitStackType))
	m.Set("AsyncExitStack", rt.Obj(asyncExitStackType))
}

// suppressNew is the New hook (__new__) of suppress.
func suppressNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.NoKwargs("suppress", kw); e != nil {
		return rt.Null, e
	}
	return rt.Obj(&ctxObj{typ: suppressType, thing: rt.NewTuple(append([]rt.Value(nil), args...)...)}), nil
}

// generatorContextManagerEnter is _GeneratorContextManager.__enter__.
func generatorContextManagerEnter(s rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	v, ok, e := rt.Next(ctxObjOf(s).gen)
	if e != nil {
		return rt.Null, e
	}
	if !ok {
		return rt.Null, rt.Errorf(rt.ExcRuntimeError, "generator didn't yield")
	}
	return v, nil
}

// generatorContextManagerExit is _GeneratorContextManager.__exit__.
func generatorContextManagerExit(s rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	gen := ctxObjOf(s).gen
	val, e := excArgs(args)
	if e != nil {
		return rt.Null, e
	}
	if val.IsNull() {
		_, ok, e := rt.Next(gen)
		if e != nil {
			return rt.Null, e
		}
		if ok {
			return rt.Null, rt.Errorf(rt.ExcRuntimeError, "generator didn't stop")
		}
		return rt.False, nil
	}
	_, e = rt.CallMethod(gen, "throw", []rt.Value{val}, nil)
	if e == nil {
		return rt.Null, rt.Errorf(rt.ExcRuntimeError, "generator didn't stop after throw()")
	}
	if e.Class.IsSubtype(rt.ExcStopIteration) && !rt.Is(rt.ExcValue(e), val) {
		return rt.True, nil // the generator caught it and returned
	}
	if stoppedBy(e, val, rt.ExcStopIteration) {
		return rt.False, nil
	}
	return rt.Null, e
}

// asyncGeneratorContextManagerAenter is _AsyncGeneratorContextManager.__aenter__.
func asyncGeneratorContextManagerAenter(s rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	gen := ctxObjOf(s).gen
	return rt.NewNativeCoro(codeACMEnter, func() (rt.Value, *rt.Exc) {
		aw, e := rt.CallMethod(gen, "__anext__", nil, nil)
		if e != nil {
			return rt.Null, e
		}
		v, e := rt.Await(aw)
		if e != nil && rt.IsStopAsyncIteration(e) {
			return rt.Null, rt.Errorf(rt.ExcRuntimeError, "generator didn't yield")
		}
		return v, e
	}), nil
}

// asyncGeneratorContextManagerAexit is _AsyncGeneratorContextManager.__aexit__.
func asyncGeneratorContextManagerAexit(s rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	gen := ctxObjOf(s).gen
	return rt.NewNativeCoro(codeACMExit, func() (rt.Value, *rt.Exc) {
		val, e := excArgs(args)
		if e != nil {
			return rt.Null, e
		}
		if val.IsNull() {
			aw, e := rt.CallMethod(gen, "__anext__", nil, nil)
			if e != nil {
				return rt.Null, e
			}
			_, e = rt.Await(aw)
			if e == nil {
				return rt.Null, rt.Errorf(rt.ExcRuntimeError, "generator didn't stop")
			}
			if rt.IsStopAsyncIteration(e) {
				return rt.False, nil
			}
			return rt.Null, e
		}
		aw, e := rt.CallMethod(gen, "athrow", []rt.Value{val}, nil)
		if e != nil {
			return rt.Null, e
		}
		_, e = rt.Await(aw)
		if e == nil {
			return rt.Null, rt.Errorf(rt.ExcRuntimeError, "generator didn't stop after athrow()")
		}
		if rt.IsStopAsyncIteration(e) && !rt.Is(rt.ExcValue(e), val) {
			return rt.True, nil
		}
		if stoppedBy(e, val, rt.ExcStopAsyncIteration) || stoppedBy(e, val, rt.ExcStopIteration) {
			return rt.False, nil
		}
		return rt.Null, e
	}), nil
}

// suppressEnter is suppress.__enter__.
func suppressEnter(s rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) { return rt.None, nil }

// suppressExit is suppress.__exit__.
func suppressExit(s rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if len(args) < 2 || args[0].IsNone() {
		return rt.False, nil
	}
	ex, ok := args[1].O.(*rt.Exc)
	if !ok || args[1].K != rt.KObj {
		return rt.False, nil
	}
	m, e := rt.ExcMatch(ex, ctxObjOf(s).thing)
	return rt.Bool(m), e
}

// closingEnter is closing.__enter__.
func closingEnter(s rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return ctxObjOf(s).thing, nil
}

// closingExit is closing.__exit__.
func closingExit(s rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	_, e := rt.CallMethod(ctxObjOf(s).thing, "close", nil, nil)
	return rt.None, e
}

// aclosingAenter is aclosing.__aenter__.
func aclosingAenter(s rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	thing := ctxObjOf(s).thing
	return rt.NewNativeCoro(codeNullA, func() (rt.Value, *rt.Exc) { return thing, nil }), nil
}

// aclosingAexit is aclosing.__aexit__.
func aclosingAexit(s rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	thing := ctxObjOf(s).thing
	return rt.NewNativeCoro(codeAclosingExit, func() (rt.Value, *rt.Exc) {
		aw, e := rt.CallMethod(thing, "aclose", nil, nil)
		if e != nil {
			return rt.Null, e
		}
		_, e = rt.Await(aw)
		return rt.None, e
	}), nil
}

// nullcontextEnter is nullcontext.__enter__.
func nullcontextEnter(s rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return ctxObjOf(s).thing, nil
}

// nullcontextExit is nullcontext.__exit__.
func nullcontextExit(s rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.None, nil
}

// nullcontextAenter is nullcontext.__aenter__.
func nullcontextAenter(s rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	thing := ctxObjOf(s).thing
	return rt.NewNativeCoro(codeNullA, func() (rt.Value, *rt.Exc) { return thing, nil }), nil
}

// nullcontextAexit is nullcontext.__aexit__.
func nullcontextAexit(s rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.NewNativeCoro(codeNullA, func() (rt.Value, *rt.Exc) { return rt.None, nil }), nil
}

// contextlibContextmanager is contextlib.contextmanager.
func contextlibContextmanager(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("contextmanager", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	return cmHelper(args[0], genCMType)
}

// contextlibAsynccontextmanager is contextlib.asynccontextmanager.
func contextlibAsynccontextmanager(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("asynccontextmanager", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	return cmHelper(args[0], agenCMType)
}
