package rt

// The Python-visible types of coroutines, generators and async
// generators, and the starters NewFunction calls (CodeStarters).

var (
	CoroutineType      = NewType("coroutine", ObjectType)
	GeneratorType      = NewType("generator", ObjectType)
	AsyncGeneratorType = NewType("async_generator", ObjectType)
	agenASendType      = NewType("async_generator_asend", ObjectType)
	agenAThrowType     = NewType("async_generator_athrow", ObjectType)
	coroWrapperType    = NewType("coroutine_wrapper", ObjectType)
)

func (g *Generator) objID() uint64 {
	if g.id == 0 {
		g.id = newID()
	}
	return g.id
}

// agenAwaitable is the object asend/athrow/aclose/__anext__ return.
type agenAwaitable struct {
	gen      *Generator
	sendVal  Value
	throwExc *Exc
	close    bool
	used     bool
}

func (a *agenAwaitable) Type() *Type {
	if a.throwExc != nil || a.close {
		return agenAThrowType
	}
	return agenASendType
}

// await runs the async generator until it yields a value (the result of
// the await) or finishes; futures its own awaits yield pass up to the
// task.
func (a *agenAwaitable) await() (Value, *Exc) {
	g := a.gen
	if a.used {
		if a.close || a.throwExc != nil {
			return Null, ExcMsg(ExcRuntimeError, "cannot reuse already awaited aclose()/athrow()")
		}
		return Null, ExcMsg(ExcRuntimeError, "cannot reuse already awaited __anext__()/asend()")
	}
	a.used = true
	if g.agRunning {
		if a.close || a.throwExc != nil {
			return Null, ExcMsg(ExcRuntimeError, "athrow(): asynchronous generator is already running")
		}
		return Null, ExcMsg(ExcRuntimeError, "anext(): asynchronous generator is already running")
	}
	if g.agClosed || g.State == GenFinished {
		if a.close {
			return None, nil
		}
		if a.throwExc != nil && g.State == genCreated {
			return Null, a.throwExc
		}
		return Null, NewExc(ExcStopAsyncIteration)
	}
	if !g.agHooked {
		g.agHooked = true
		g.hookLoop = curThread.RunningLoop
	}
	g.agRunning = true
	defer func() { g.agRunning = false }()
	send, throw := a.sendVal, a.throwExc
	if a.close {
		throw = NewExc(ExcGeneratorExit)
	}
	if send.IsNull() {
		send = None
	}
	d := CurrentDriver()
	for {
		y, done, _, e := g.step(send, throw)
		if done {
			g.agClosed = true
			if a.close {
				if e == nil || IsExcInstance(e, ExcGeneratorExit) || IsExcInstance(e, ExcStopAsyncIteration) {
					return None, nil
				}
				return Null, e
			}
			if e != nil {
				return Null, e
			}
			return Null, NewExc(ExcStopAsyncIteration)
		}
		if w, ok := y.O.(*agenWrapped); ok && y.K == KObj {
			if a.close {
				return Null, ExcMsg(ExcRuntimeError, "async generator ignored GeneratorExit")
			}
			return w.v, nil
		}
		if d == nil {
			return Null, ExcMsg(ExcRuntimeError, "await outside a coroutine")
		}
		send, throw = d.Suspend(y)
	}
}

// ExcFromThrowArgs is gen.throw(typ[, val[, tb]]): a class is instantiated
// with val, an instance is used as is.
func ExcFromThrowArgs(args []Value) *Exc {
	if len(args) == 0 {
		return TypeErrorf("throw expected at least 1 argument, got 0")
	}
	typ := args[0]
	if t, ok := typ.O.(*Type); ok && typ.K == KObj && t.IsExcType() {
		var cargs []Value
		if len(args) > 1 && !args[1].IsNone() {
			cargs = []Value{args[1]}
		}
		v, e := Call(typ, cargs, nil)
		if e != nil {
			return e
		}
		if ex, ok := v.O.(*Exc); ok {
			return ex
		}
		return TypeErrorf("calling %s should have returned an instance of BaseException", t.Name)
	}
	if ex, ok := typ.O.(*Exc); ok && typ.K == KObj {
		return ex
	}
	return TypeErrorf("exceptions must be classes or instances deriving from BaseException, not %s", typ.TypeName())
}

// genResult turns a step outcome into the Python-level result of
// send/throw/__next__: a yielded value, or StopIteration(value).
func genResult(g *Generator, y Value, done bool, res Value, e *Exc) (Value, *Exc) {
	if !done {
		return y, nil
	}
	if e != nil {
		return Null, e
	}
	if g.Kind == AsyncGenCode {
		return Null, NewExc(ExcStopAsyncIteration)
	}
	return Null, StopIterationOf(res)
}

func init() {
	CodeStarters[GeneratorCode] = startGenerator
	CodeStarters[CoroutineCode] = startGenerator
	CodeStarters[AsyncGenCode] = startGenerator

	for _, t := range []*Type{CoroutineType, GeneratorType, AsyncGeneratorType} {
		t.Repr = coroutineRepr
		t.GetSet("__name__", coroutineName, coroutineSetName)
		t.GetSet("__qualname__", coroutineQualname, coroutineSetQualname)
		prefix := map[*Type]string{CoroutineType: "cr_", GeneratorType: "gi_", AsyncGeneratorType: "ag_"}[t]
		t.Getter(prefix+"running", func(v Value) (Value, *Exc) {
			g := v.O.(*Generator)
			if g.Kind == AsyncGenCode {
				return Bool(g.agRunning), nil
			}
			return Bool(g.State == genRunning), nil
		})
		t.Getter(prefix+"suspended", func(v Value) (Value, *Exc) { return Bool(v.O.(*Generator).State == genSuspended), nil })
		t.Getter(prefix+"frame", func(v Value) (Value, *Exc) {
			// Frames are not modelled; a finished frame is None as in CPython.
			if v.O.(*Generator).State == GenFinished {
				return None, nil
			}
			return Obj(&CodeObj{C: v.O.(*Generator).Code}), nil
		})
		t.Getter(prefix+"code", func(v Value) (Value, *Exc) { return Obj(&CodeObj{C: v.O.(*Generator).Code}), nil })
	}
	CoroutineType.Getter("cr_await", coroutineCrAwait)

	sendFn := func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("send", args, kw, 1, 1); e != nil {
			return Null, e
		}
		g := self.O.(*Generator)
		y, done, res, e := g.step(args[0], nil)
		return genResult(g, y, done, res, e)
	}
	throwFn := func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("throw", args, kw, 1, 3); e != nil {
			return Null, e
		}
		g := self.O.(*Generator)
		ex := ExcFromThrowArgs(args)
		y, done, res, e := g.step(Null, ex)
		return genResult(g, y, done, res, e)
	}
	closeFn := func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("close", args, kw, 0, 0); e != nil {
			return Null, e
		}
		if e := self.O.(*Generator).close(); e != nil {
			return Null, e
		}
		return None, nil
	}
	for _, t := range []*Type{CoroutineType, GeneratorType} {
		t.Method("send", sendFn)
		t.Method("throw", throwFn)
		t.Method("close", closeFn)
	}
	GeneratorType.Iter = generatorIter
	GeneratorType.Next = generatorNext
	// coroutine.__await__() returns a wrapper iterator; awaiting through it
	// (a class whose __await__ returns coro.__await__()) is a yield from.
	CoroutineType.Method("__await__", coroutineAwait)
	coroWrapperType.Iter = coroutineWrapperIter
	coroWrapperType.Next = coroutineWrapperNext

	ag := AsyncGeneratorType
	ag.Method("__aiter__", asyncGeneratorAiter)
	ag.Method("__anext__", asyncGeneratorAnext)
	ag.Method("asend", asyncGeneratorAsend)
	ag.Method("athrow", asyncGeneratorAthrow)
	ag.Method("aclose", asyncGeneratorAclose)
	for _, t := range []*Type{agenASendType, agenAThrowType} {
		t.Method("__await__", asyncGeneratorAsendAwait)
	}
}

// coroutineRepr is the Repr hook (__repr__) of coroutine (and generator, async_generator).
func coroutineRepr(v Value) (string, *Exc) {
	g := v.O.(*Generator)
	return "<" + g.Type().Name + " object " + g.Qualname + " at " + AddrOf(v) + ">", nil
}

// generatorIter is the Iter hook (__iter__) of generator.
func generatorIter(o Value) (Value, *Exc) { return o, nil }

// generatorNext is the Next hook (__next__) of generator.
func generatorNext(it Value) (Value, bool, *Exc) {
	g := it.O.(*Generator)
	y, done, _, e := g.step(None, nil)
	if e != nil {
		return Null, false, e
	}
	if done {
		return Null, false, nil
	}
	return y, true, nil
}

// coroutineWrapperIter is the Iter hook (__iter__) of coroutine_wrapper.
func coroutineWrapperIter(o Value) (Value, *Exc) { return o, nil }

// coroutineWrapperNext is the Next hook (__next__) of coroutine_wrapper.
func coroutineWrapperNext(it Value) (Value, bool, *Exc) {
	y, done, _, e := it.O.(*coroWrapper).g.step(None, nil)
	if e != nil || done {
		return Null, false, e
	}
	return y, true, nil
}

// coroutineName is coroutine.__name__ (and generator, async_generator).
func coroutineName(v Value) (Value, *Exc) { return Str(v.O.(*Generator).name), nil }

// coroutineSetName is the setter of coroutine.__name__ (and generator, async_generator).
func coroutineSetName(v, s Value) *Exc {
	n, ok := AsStr(s)
	if !ok {
		return TypeErrorf("__name__ must be set to a string object")
	}
	v.O.(*Generator).name = n
	return nil
}

// coroutineQualname is coroutine.__qualname__ (and generator, async_generator).
func coroutineQualname(v Value) (Value, *Exc) { return Str(v.O.(*Generator).Qualname), nil }

// coroutineSetQualname is the setter of coroutine.__qualname__ (and generator, async_generator).
func coroutineSetQualname(v, s Value) *Exc {
	n, ok := AsStr(s)
	if !ok {
		return TypeErrorf("__qualname__ must be set to a string object")
	}
	v.O.(*Generator).Qualname = n
	return nil
}

// coroutineCrAwait is coroutine.cr_await.
func coroutineCrAwait(v Value) (Value, *Exc) { return None, nil }

// coroutineAwait is coroutine.__await__.
func coroutineAwait(self Value, args []Value, kw []string) (Value, *Exc) {
	return Obj(&coroWrapper{self.O.(*Generator)}), nil
}

// asyncGeneratorAiter is async_generator.__aiter__.
func asyncGeneratorAiter(self Value, args []Value, kw []string) (Value, *Exc) { return self, nil }

// asyncGeneratorAnext is async_generator.__anext__.
func asyncGeneratorAnext(self Value, args []Value, kw []string) (Value, *Exc) {
	return Obj(&agenAwaitable{gen: self.O.(*Generator), sendVal: None}), nil
}

// asyncGeneratorAsend is async_generator.asend.
func asyncGeneratorAsend(self Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("asend", args, kw, 1, 1); e != nil {
		return Null, e
	}
	return Obj(&agenAwaitable{gen: self.O.(*Generator), sendVal: args[0]}), nil
}

// asyncGeneratorAthrow is async_generator.athrow.
func asyncGeneratorAthrow(self Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("athrow", args, kw, 1, 3); e != nil {
		return Null, e
	}
	return Obj(&agenAwaitable{gen: self.O.(*Generator), throwExc: ExcFromThrowArgs(args)}), nil
}

// asyncGeneratorAclose is async_generator.aclose.
func asyncGeneratorAclose(self Value, args []Value, kw []string) (Value, *Exc) {
	return Obj(&agenAwaitable{gen: self.O.(*Generator), close: true}), nil
}

// asyncGeneratorAsendAwait is async_generator_asend.__await__ (and async_generator_athrow).
func asyncGeneratorAsendAwait(self Value, args []Value, kw []string) (Value, *Exc) { return self, nil }

// coroWrapper is coroutine.__await__()'s iterator.
type coroWrapper struct{ g *Generator }

func (*coroWrapper) Type() *Type { return coroWrapperType }

func startGenerator(f *Function, args []Value) (Value, *Exc) {
	body := f.Body
	v := NewGenerator(f.Code, func() (Value, *Exc) { return body(args) })
	g := v.O.(*Generator)
	g.name, g.Qualname = f.Name, f.Qualname
	if g.warn != nil {
		g.warn.name = f.Qualname
	}
	return v, nil
}

// nextWithValue advances an __await__ iterator: ok=false when exhausted,
// with the StopIteration value as v.
func nextWithValue(it Value) (Value, bool, *Exc) {
	if cw, ok := it.O.(*coroWrapper); ok && it.K == KObj {
		y, done, res, e := cw.g.step(None, nil)
		if e != nil {
			return Null, false, e
		}
		if done {
			if res.IsNull() {
				res = None
			}
			return res, false, nil
		}
		return y, true, nil
	}
	v, ok, e := Next(it)
	if e != nil {
		if IsExcInstance(e, ExcStopIteration) {
			a := e.Arg0()
			if a.IsNull() {
				a = None
			}
			return a, false, nil
		}
		return Null, false, e
	}
	if !ok {
		return None, false, nil
	}
	return v, true, nil
}
