package rt

// Coroutine, generator and async generator objects (CPython's PyGenObject
// family) and the operations generated code calls inside their bodies:
// Await, Yield, YieldFrom, CurrentLine.

type genState uint8

const (
	genCreated   genState = iota // never started (FRAME_CREATED)
	genSuspended                 // started, suspended at a yield/await
	genRunning                   // on the running stack
	genFinished                  // returned, raised or closed
)

// genObj is a coroutine, a generator or an async generator.
type genObj struct {
	kind  CodeKind
	code  *Code
	body  func() (Value, *Exc)
	state genState
	line  int     // the line it is at (CurrentLine); code.Line before it starts
	drv   *driver // its own driver, once started by send/throw
	warn  *unawaitedRec

	// async generators: running an asend/athrow/aclose awaitable
	agRunning bool
	agClosed  bool
	agHooked  bool // firstiter hook called
	awaitedBy *genObj
	name      string // __name__ (settable)
	qualname  string
	id        uint64

	createdFile string // where a coroutine was created (never-awaited warning)
	createdLine int
	noWarn      bool      // started, closed or owned by the runtime: never warn
	hookLoop    EventLoop // async generators: the loop of the first iteration
}

// agenWrapped marks a value an async generator body yielded with Yield
// (as opposed to a future its awaits pass up to the task):
// CPython's _PyAsyncGenWrappedValue.
type agenWrapped struct{ v Value }

func (*agenWrapped) Type() *Type { return ObjectType }

// NewGenerator returns the coroutine, generator or async generator object
// of a call to a function whose code kind is not PlainCode; body runs
// when it is driven. (Function calls through NewFunction use it.)
func NewGenerator(code *Code, body func() (Value, *Exc)) Value {
	g := &genObj{kind: code.Kind, code: code, body: body, line: code.Line,
		name: code.Name, qualname: code.Qualname}
	if code.Kind == CoroutineCode {
		trackUnawaited(g)
	}
	return Obj(g)
}

// newNativeCoro makes a coroutine object of a runtime-defined async
// function (asyncio.sleep, wait_for, ...): no never-awaited tracking is
// skipped — CPython warns for those too.
func newNativeCoro(code *Code, body func() (Value, *Exc)) Value {
	return NewGenerator(code, body)
}

func (g *genObj) Type() *Type {
	switch g.kind {
	case GeneratorCode:
		return GeneratorType
	case AsyncGenCode:
		return AsyncGeneratorType
	}
	return CoroutineType
}

func (g *genObj) kindWord() string {
	switch g.kind {
	case GeneratorCode:
		return "generator"
	case AsyncGenCode:
		return "async generator"
	}
	return "coroutine"
}

func (g *genObj) started() { // leaving genCreated
	g.noWarn = true
	if g.warn != nil {
		g.warn.started = true
		g.warn = nil
	}
}

// step is the strategy-neutral entry: resume g with a sent value (throw
// nil) or an exception. It returns the yielded value (done=false) or the
// return value / raised exception (done=true). CPython's gen_send_ex
// checks come first.
func (g *genObj) step(send Value, throw *Exc) (yielded Value, done bool, result Value, exc *Exc) {
	switch g.state {
	case genRunning:
		return Null, true, Null, ExcMsg(ExcValueError, g.kindWord()+" already executing")
	case genFinished:
		if throw != nil {
			return Null, true, Null, throw
		}
		if g.kind == CoroutineCode {
			return Null, true, Null, ExcMsg(ExcRuntimeError, "cannot reuse already awaited coroutine")
		}
		return Null, true, None, nil
	case genCreated:
		if throw == nil && !send.IsNull() && send.K != KNone {
			return Null, true, Null, ExcMsg(ExcTypeError, "can't send non-None value to a just-started "+g.kindWord())
		}
		g.started()
		if throw != nil {
			// Thrown before the first instruction: nothing can catch it.
			g.state = genFinished
			return Null, true, Null, throw
		}
		g.drv = startDriver(g)
		if g.kind != CoroutineCode {
			trackDriver(g)
		}
	}
	g.state = genRunning
	y, fin := g.drv.resume(g, send, throw)
	if !fin {
		g.state = genSuspended
		if g.kind != CoroutineCode {
			genRegsNew++ // it may be dropped now: idleDropCheck
		}
		return y, false, Null, nil
	}
	g.state = genFinished
	d := g.drv
	g.drv = nil
	res, e := d.result, d.exc
	if e != nil && g.kind != CoroutineCode && IsExcInstance(e, ExcStopIteration) {
		e = chainRuntimeError(e, g.kindWord()+" raised StopIteration")
	} else if e != nil && g.kind == CoroutineCode && IsExcInstance(e, ExcStopIteration) {
		e = chainRuntimeError(e, "coroutine raised StopIteration")
	}
	if e != nil && g.kind == AsyncGenCode && IsExcInstance(e, ExcStopAsyncIteration) {
		e = chainRuntimeError(e, "async generator raised StopAsyncIteration")
	}
	return Null, true, res, e
}

// close is gen.close(): throw GeneratorExit into a suspended frame.
func (g *genObj) close() *Exc {
	switch g.state {
	case genCreated:
		g.started()
		g.state = genFinished
		return nil
	case genFinished:
		return nil
	case genRunning:
		return ExcMsg(ExcValueError, g.kindWord()+" already executing")
	}
	y, done, _, e := g.step(Null, NewExc(ExcGeneratorExit))
	if !done {
		_ = y
		g.abandon()
		return ExcMsg(ExcRuntimeError, g.kindWord()+" ignored GeneratorExit")
	}
	if e != nil && !IsExcInstance(e, ExcGeneratorExit) && !IsExcInstance(e, ExcStopIteration) {
		return e
	}
	return nil
}

// abandon releases a suspended frame's driver without running it further.
func (g *genObj) abandon() {
	if g.drv != nil {
		d := g.drv
		g.drv = nil
		d.stop()
	}
	g.state = genFinished
}

// CurrentLine records the line the running coroutine or generator is at.
func CurrentLine(n int) {
	if f := currentFrame(); f != nil {
		f.line = n
	}
}

// Yield is `yield v` in a generator or async generator body.
func Yield(v Value) (Value, *Exc) {
	f := currentFrame()
	d := currentDriver()
	if f == nil || d == nil {
		return Null, ExcMsg(ExcSystemError, "yield outside a generator")
	}
	if f.kind == AsyncGenCode {
		v = Obj(&agenWrapped{v})
	}
	s, e := d.suspend(v)
	if e != nil {
		return Null, e
	}
	if s.IsNull() {
		s = None
	}
	return s, nil
}

// yieldFromStep delegates to a sub-iterator that understands step (a
// started coroutine, a generator): every value it yields is passed up
// through the running driver, and what comes back is forwarded.
func yieldFromStep(sub *genObj) (Value, *Exc) {
	d := currentDriver()
	var send Value = None
	var throw *Exc
	for {
		y, done, res, e := sub.step(send, throw)
		if done {
			if e != nil {
				return Null, e
			}
			if res.IsNull() {
				res = None
			}
			return res, nil
		}
		if d == nil {
			return Null, ExcMsg(ExcSystemError, "yield from outside a coroutine")
		}
		send, throw = d.suspend(y)
		if throw != nil && IsExcInstance(throw, ExcGeneratorExit) {
			if ce := sub.close(); ce != nil {
				return Null, ce
			}
			return Null, throw
		}
	}
}

// YieldFrom is `yield from it` in a generator body.
func YieldFrom(it Value) (Value, *Exc) {
	if g, ok := it.O.(*genObj); ok && it.K == KObj && g.kind != AsyncGenCode {
		if g.kind == CoroutineCode {
			f := currentFrame()
			if f == nil || f.kind != CoroutineCode {
				return Null, ExcMsg(ExcTypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator")
			}
		}
		return yieldFromStep(g)
	}
	if it.K == KObj {
		switch o := it.O.(type) {
		case *coroWrapper: // yield from coro.__await__()
			return yieldFromStep(o.g)
		case NativeAwaitIterator: // yield from fut.__await__()
			return o.YieldFromNative()
		}
	}
	iter, e := Iter(it)
	if e != nil {
		return Null, e
	}
	d := currentDriver()
	for {
		v, ok, e := Next(iter)
		if e != nil {
			return Null, e
		}
		if !ok {
			return None, nil
		}
		if _, e := d.suspend(v); e != nil {
			return Null, e
		}
	}
}

// NativeAwaitable is an awaitable written in Go (asyncio's Future and
// Task): Await calls AwaitNative directly instead of going through
// __await__.
type NativeAwaitable interface {
	AwaitNative() (Value, *Exc)
}

// NativeAwaitIterator is the iterator of a NativeAwaitable's __await__
// (asyncio's FutureIter): `yield from` it calls YieldFromNative directly.
type NativeAwaitIterator interface {
	YieldFromNative() (Value, *Exc)
}

// resume runs a task's coroutine to its next suspension, throwing exc
// into it if set (Task.__step's coro.send(None) / coro.throw(exc)).
func (g *genObj) resume(exc *Exc) (yielded Value, done bool, res Value, e *Exc) {
	yielded, done, res, e = g.step(Null, exc)
	if len(fresh) > 0 {
		sweepFresh()
	}
	return
}

// generatorState is a generator, coroutine or async generator's kind and
// state (0 created, 1 suspended, 2 running, 3 closed, as inspect numbers
// them); ok is false for other objects.
func generatorState(v Value) (kind CodeKind, state int, ok bool) {
	g, ok := v.O.(*genObj)
	if !ok || v.K != KObj {
		return 0, 0, false
	}
	return g.kind, int(g.state), true
}

// isAwaitable is inspect.isawaitable.
func isAwaitable(v Value) bool {
	if v.K == KObj {
		switch o := v.O.(type) {
		case *genObj:
			return o.kind == CoroutineCode
		case *agenAwaitable, NativeAwaitable:
			return true
		}
	}
	return !v.Type().Lookup("__await__").IsNull()
}

// Await is `await x` inside a coroutine or async generator body.
func Await(x Value) (Value, *Exc) {
	if x.K == KObj {
		switch o := x.O.(type) {
		case *genObj:
			if o.kind == CoroutineCode {
				return awaitCoro(o)
			}
		case *agenAwaitable:
			return o.await()
		case *awaitErr:
			return Null, o.e
		case NativeAwaitable:
			return o.AwaitNative()
		}
	}
	it, e := getAwaitIter(x)
	if e != nil {
		return Null, e
	}
	if g, ok := it.O.(*genObj); ok && it.K == KObj {
		return yieldFromStep(g)
	}
	return awaitIterator(it)
}

// awaitCoro awaits a coroutine object: a never-started one runs inline on
// the awaiting driver (its frame pushed on the driver's frame stack).
func awaitCoro(c *genObj) (Value, *Exc) {
	if c.awaitedBy != nil && c.state != genFinished {
		return Null, ExcMsg(ExcRuntimeError, "coroutine is being awaited already")
	}
	d := currentDriver()
	if c.state != genCreated || d == nil {
		return yieldFromStep(c)
	}
	c.started()
	c.state = genRunning
	d.frames = append(d.frames, c)
	res, e := c.body()
	d.frames = d.frames[:len(d.frames)-1]
	c.state = genFinished
	if e != nil && IsExcInstance(e, ExcStopIteration) {
		e = chainRuntimeError(e, "coroutine raised StopIteration")
	}
	if e != nil {
		return Null, e
	}
	if res.IsNull() {
		res = None
	}
	return res, nil
}

// getAwaitIter is CPython's _PyCoro_GetAwaitableIter for other objects:
// type(x).__await__() must return an iterator that is not a coroutine.
func getAwaitIter(x Value) (Value, *Exc) {
	t := x.Type()
	m := t.Lookup("__await__")
	if m.IsNull() {
		return Null, ExcMsg(ExcTypeError, "object "+t.Name+" can't be used in 'await' expression")
	}
	it, e := Call(m, []Value{x}, nil)
	if e != nil {
		return Null, e
	}
	if g, ok := it.O.(*genObj); ok && it.K == KObj && g.kind == CoroutineCode {
		return Null, ExcMsg(ExcTypeError, "__await__() returned a coroutine")
	}
	if it.Type().Next == nil {
		return Null, ExcMsg(ExcTypeError, "__await__() returned non-iterator of type '"+it.Type().Name+"'")
	}
	return it, nil
}

// awaitIterator drives a plain iterator returned by __await__: each value
// it yields goes up to the task; StopIteration's value is the result.
func awaitIterator(it Value) (Value, *Exc) {
	d := currentDriver()
	for {
		v, ok, e := nextWithValue(it)
		if e != nil {
			return Null, e
		}
		if !ok {
			return v, nil
		}
		if d == nil {
			return Null, ExcMsg(ExcSystemError, "await outside a coroutine")
		}
		if _, e := d.suspend(v); e != nil {
			return Null, e
		}
	}
}

// awaitErr is an awaitable that raises e (an error found while building
// the awaitable of a native context manager).
type awaitErr struct{ e *Exc }

func (*awaitErr) Type() *Type { return ObjectType }
