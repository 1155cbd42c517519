package rt

// contextlib: contextmanager and asynccontextmanager over the runtime's
// generator objects (CPython's _GeneratorContextManager logic, messages
// included), suppress, closing, aclosing, nullcontext.

var (
	genCMType      = NewType("_GeneratorContextManager", ObjectType)
	agenCMType     = NewType("_AsyncGeneratorContextManager", ObjectType)
	suppressType   = NewType("suppress", ObjectType)
	closingType    = NewType("closing", ObjectType)
	aclosingType   = NewType("aclosing", ObjectType)
	nullcontextTyp = NewType("nullcontext", ObjectType)
)

// ctxObj is the state of every contextlib manager: gen for the
// generator-based ones, thing for closing/nullcontext/suppress.
type ctxObj struct {
	typ   *Type
	gen   Value
	thing Value
	attrs *Dict
}

func (c *ctxObj) Type() *Type { return c.typ }
func (c *ctxObj) InstDict() *Dict {
	if c.attrs == nil {
		c.attrs = NewStrDict()
	}
	return c.attrs
}

func ctxCode(name string, line int) *Code {
	return &Code{Name: name, Qualname: name, Filename: PylibDir + "/contextlib.py", Line: line, Kind: CoroutineCode, Module: "contextlib"}
}

var (
	codeACMEnter     = ctxCode("_AsyncGeneratorContextManager.__aenter__", 199)
	codeACMExit      = ctxCode("_AsyncGeneratorContextManager.__aexit__", 208)
	codeAclosingExit = ctxCode("aclosing.__aexit__", 365)
	codeNullA        = ctxCode("nullcontext.__aenter__", 764)
)

// excArgs returns the exception an __exit__ got (Null when none),
// instantiating a bare class as CPython's __exit__ does.
func excArgs(args []Value) (Value, *Exc) {
	if len(args) == 0 || args[0].IsNone() {
		return Null, nil
	}
	if len(args) > 1 && !args[1].IsNone() {
		return args[1], nil
	}
	return Call(args[0], nil, nil)
}

// stoppedBy says the exception e is the thrown val re-raised, or the
// RuntimeError PEP 479 made of it: the exception was not suppressed.
func stoppedBy(e *Exc, val Value, stopCls *Type) bool {
	if Is(ExcValue(e), val) {
		return true
	}
	if e.Class.IsSubtype(ExcRuntimeError) && Is(e.Cause, val) {
		if v, ok := val.O.(*Exc); ok && val.K == KObj && v.Class.IsSubtype(stopCls) {
			return true
		}
	}
	return false
}

// cmHelper is the function contextmanager returns: calling it makes the
// generator and wraps it (a Python-level function, so it binds as a
// method when decorating one).
func cmHelper(fn Value, typ *Type) (Value, *Exc) {
	name := "helper"
	h := NewFunction(&Code{Name: name, Qualname: "contextmanager.<locals>.helper", Filename: PylibDir + "/contextlib.py", Line: 279,
		Params: []string{"args", "kwds"}, VarArgs: true, VarKw: true, Module: "contextlib"}, nil, nil,
		func(a []Value) (Value, *Exc) {
			g, e := CallEx(fn, a[0], a[1])
			if e != nil {
				return Null, e
			}
			return Obj(&ctxObj{typ: typ, gen: g}), nil
		})
	return h, UpdateWrapper(h, fn)
}

func init() {
	for _, t := range []*Type{genCMType, agenCMType, suppressType, closingType, aclosingType, nullcontextTyp} {
		t.Module = "contextlib"
	}
	self := func(v Value) *ctxObj { return v.O.(*ctxObj) }

	genCMType.Method("__enter__", func(s Value, args []Value, kw []string) (Value, *Exc) {
		v, ok, e := Next(self(s).gen)
		if e != nil {
			return Null, e
		}
		if !ok {
			return Null, Errorf(ExcRuntimeError, "generator didn't yield")
		}
		return v, nil
	})
	genCMType.Method("__exit__", func(s Value, args []Value, kw []string) (Value, *Exc) {
		gen := self(s).gen
		val, e := excArgs(args)
		if e != nil {
			return Null, e
		}
		if val.IsNull() {
			_, ok, e := Next(gen)
			if e != nil {
				return Null, e
			}
			if ok {
				return Null, Errorf(ExcRuntimeError, "generator didn't stop")
			}
			return False, nil
		}
		_, e = CallMethod(gen, "throw", []Value{val}, nil)
		if e == nil {
			return Null, Errorf(ExcRuntimeError, "generator didn't stop after throw()")
		}
		if e.Class.IsSubtype(ExcStopIteration) && !Is(ExcValue(e), val) {
			return True, nil // the generator caught it and returned
		}
		if stoppedBy(e, val, ExcStopIteration) {
			return False, nil
		}
		return Null, e
	})

	agenCMType.Method("__aenter__", func(s Value, args []Value, kw []string) (Value, *Exc) {
		gen := self(s).gen
		return NewNativeCoro(codeACMEnter, func() (Value, *Exc) {
			aw, e := CallMethod(gen, "__anext__", nil, nil)
			if e != nil {
				return Null, e
			}
			v, e := Await(aw)
			if e != nil && IsStopAsyncIteration(e) {
				return Null, Errorf(ExcRuntimeError, "generator didn't yield")
			}
			return v, e
		}), nil
	})
	agenCMType.Method("__aexit__", func(s Value, args []Value, kw []string) (Value, *Exc) {
		gen := self(s).gen
		return NewNativeCoro(codeACMExit, func() (Value, *Exc) {
			val, e := excArgs(args)
			if e != nil {
				return Null, e
			}
			if val.IsNull() {
				aw, e := CallMethod(gen, "__anext__", nil, nil)
				if e != nil {
					return Null, e
				}
				_, e = Await(aw)
				if e == nil {
					return Null, Errorf(ExcRuntimeError, "generator didn't stop")
				}
				if IsStopAsyncIteration(e) {
					return False, nil
				}
				return Null, e
			}
			aw, e := CallMethod(gen, "athrow", []Value{val}, nil)
			if e != nil {
				return Null, e
			}
			_, e = Await(aw)
			if e == nil {
				return Null, Errorf(ExcRuntimeError, "generator didn't stop after athrow()")
			}
			if IsStopAsyncIteration(e) && !Is(ExcValue(e), val) {
				return True, nil
			}
			if stoppedBy(e, val, ExcStopAsyncIteration) || stoppedBy(e, val, ExcStopIteration) {
				return False, nil
			}
			return Null, e
		}), nil
	})

	suppressType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		if e := NoKwargs("suppress", kw); e != nil {
			return Null, e
		}
		return Obj(&ctxObj{typ: suppressType, thing: NewTuple(append([]Value(nil), args...)...)}), nil
	}
	suppressType.Method("__enter__", func(s Value, args []Value, kw []string) (Value, *Exc) { return None, nil })
	suppressType.Method("__exit__", func(s Value, args []Value, kw []string) (Value, *Exc) {
		if len(args) < 2 || args[0].IsNone() {
			return False, nil
		}
		ex, ok := args[1].O.(*Exc)
		if !ok || args[1].K != KObj {
			return False, nil
		}
		m, e := ExcMatch(ex, self(s).thing)
		return Bool(m), e
	})

	oneArg := func(t *Type, name string, optional bool) {
		t.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
			names := []string{"thing"}
			req := 1
			if optional {
				names, req = []string{"enter_result"}, 0
			}
			a, e := ParseArgs(name, args, kw, names, req)
			if e != nil {
				return Null, e
			}
			if a[0].IsNull() {
				a[0] = None
			}
			return Obj(&ctxObj{typ: t, thing: a[0]}), nil
		}
	}
	oneArg(closingType, "closing", false)
	oneArg(aclosingType, "aclosing", false)
	oneArg(nullcontextTyp, "nullcontext", true)
	closingType.Method("__enter__", func(s Value, args []Value, kw []string) (Value, *Exc) { return self(s).thing, nil })
	closingType.Method("__exit__", func(s Value, args []Value, kw []string) (Value, *Exc) {
		_, e := CallMethod(self(s).thing, "close", nil, nil)
		return None, e
	})
	aclosingType.Method("__aenter__", func(s Value, args []Value, kw []string) (Value, *Exc) {
		thing := self(s).thing
		return NewNativeCoro(codeNullA, func() (Value, *Exc) { return thing, nil }), nil
	})
	aclosingType.Method("__aexit__", func(s Value, args []Value, kw []string) (Value, *Exc) {
		thing := self(s).thing
		return NewNativeCoro(codeAclosingExit, func() (Value, *Exc) {
			aw, e := CallMethod(thing, "aclose", nil, nil)
			if e != nil {
				return Null, e
			}
			_, e = Await(aw)
			return None, e
		}), nil
	})
	nullcontextTyp.Method("__enter__", func(s Value, args []Value, kw []string) (Value, *Exc) { return self(s).thing, nil })
	nullcontextTyp.Method("__exit__", func(s Value, args []Value, kw []string) (Value, *Exc) { return None, nil })
	nullcontextTyp.Method("__aenter__", func(s Value, args []Value, kw []string) (Value, *Exc) {
		thing := self(s).thing
		return NewNativeCoro(codeNullA, func() (Value, *Exc) { return thing, nil }), nil
	})
	nullcontextTyp.Method("__aexit__", func(s Value, args []Value, kw []string) (Value, *Exc) {
		return NewNativeCoro(codeNullA, func() (Value, *Exc) { return None, nil }), nil
	})

	m := DefineModule("contextlib")
	m.Fn("contextmanager", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("contextmanager", args, kw, 1, 1); e != nil {
			return Null, e
		}
		return cmHelper(args[0], genCMType)
	})
	m.Fn("asynccontextmanager", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("asynccontextmanager", args, kw, 1, 1); e != nil {
			return Null, e
		}
		return cmHelper(args[0], agenCMType)
	})
	for _, t := range []*Type{suppressType, closingType, aclosingType, nullcontextTyp} {
		m.Set(t.Name, Obj(t))
	}
	m.Set("ExitStack", Obj(exitStackType))
	m.Set("AsyncExitStack", Obj(asyncExitStackType))
}
