package rt

// Coroutine, generator and async generator objects (CPython's PyGenObject
// family) and the operations generated code calls inside their bodies:
// Await, Yield, YieldFrom, CurrentLine.

type genState uint8

const (
	genCreated   genState = iota // never started (FRAME_CREATED)
	genSuspended                 // started, suspended at a yield/await
	genRunning                   // on the running stack
	GenFinished                  // returned, raised or closed
)

// Generator is a coroutine, a generator or an async generator.
type Generator struct {
	Kind  CodeKind
	Code  *Code
	body  func() (Value, *Exc)
	State genState
	Line  int     // the line it is at (CurrentLine); code.Line before it starts
	drv   *driver // its own driver, once started by send/throw
	warn  *unawaitedRec

	// async generators: running an asend/athrow/aclose awaitable
	agRunning bool
	agClosed  bool
	agHooked  bool // firstiter hook called
	awaitedBy *Generator
	name      string // __name__ (settable)
	Qualname  string
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
	g := &Generator{Kind: code.Kind, Code: code, body: body, Line: code.Line,
		name: code.Name, Qualname: code.Qualname}
	if code.Kind == CoroutineCode {
		trackUnawaited(g)
	}
	return Obj(g)
}

// NewNativeCoro makes a coroutine object of a runtime-defined async
// function (asyncio.sleep, wait_for, ...): no never-awaited tracking is
// skipped — CPython warns for those too.
func NewNativeCoro(code *Code, body func() (Value, *Exc)) Value {
	return NewGenerator(code, body)
}

func (g *Generator) Type() *Type {
	switch g.Kind {
	case GeneratorCode:
		return GeneratorType
	case AsyncGenCode:
		return AsyncGeneratorType
	}
	return CoroutineType
}

func (g *Generator) kindWord() string {
	switch g.Kind {
	case GeneratorCode:
		return "generator"
	case AsyncGenCode:
		return "async generator"
	}
	return "coroutine"
}

func (g *Generator) Started() { // leaving genCreated
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
func (g *Generator) step(send Value, throw *Exc) (yielded Value, done bool, result Value, exc *Exc) {
	switch g.State {
	case genRunning:
		return Null, true, Null, ExcMsg(ExcValueError, g.kindWord()+" already executing")
	case GenFinished:
		if throw != nil {
			return Null, true, Null, throw
		}
		if g.Kind == CoroutineCode {
			return Null, true, Null, ExcMsg(ExcRuntimeError, "cannot reuse already awaited coroutine")
		}
		return Null, true, None, nil
	case genCreated:
		if throw == nil && !send.IsNull() && send.K != KNone {
			return Null, true, Null, ExcMsg(ExcTypeError, "can't send non-None value to a just-started "+g.kindWord())
		}
		g.Started()
		if throw != nil {
			// Thrown before the first instruction: nothing can catch it.
			g.State = GenFinished
			return Null, true, Null, throw
		}
		g.drv = startDriver(g)
		if g.Kind != CoroutineCode {
			trackDriver(g)
		}
	}
	g.State = genRunning
	y, fin := g.drv.resume(g, send, throw)
	if !fin {
		g.State = genSuspended
		if g.Kind != CoroutineCode {
			genRegsNew++ // it may be dropped now: idleDropCheck
		}
		return y, false, Null, nil
	}
	g.State = GenFinished
	d := g.drv
	g.drv = nil
	res, e := d.result, d.exc
	if e != nil && g.Kind != CoroutineCode && IsExcInstance(e, ExcStopIteration) {
		e = chainRuntimeError(e, g.kindWord()+" raised StopIteration")
	} else if e != nil && g.Kind == CoroutineCode && IsExcInstance(e, ExcStopIteration) {
		e = chainRuntimeError(e, "coroutine raised StopIteration")
	}
	if e != nil && g.Kind == AsyncGenCode && IsExcInstance(e, ExcStopAsyncIteration) {
		e = chainRuntimeError(e, "async generator raised StopAsyncIteration")
	}
	return Null, true, res, e
}

// close is gen.close(): throw GeneratorExit into a suspended frame.
func (g *Generator) close() *Exc {
	switch g.State {
	case genCreated:
		g.Started()
		g.State = GenFinished
		return nil
	case GenFinished:
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
func (g *Generator) abandon() {
	if g.drv != nil {
		d := g.drv
		g.drv = nil
		d.stop()
	}
	g.State = GenFinished
}

// CurrentLine records the line the running coroutine or generator is at.
func CurrentLine(n int) {
	if f := CurrentFrame(); f != nil {
		f.Line = n
	}
}

// Yield is `yield v` in a generator or async generator body.
func Yield(v Value) (Value, *Exc) {
	f := CurrentFrame()
	d := CurrentDriver()
	if f == nil || d == nil {
		return Null, ExcMsg(ExcSystemError, "yield outside a generator")
	}
	if f.Kind == AsyncGenCode {
		v = Obj(&agenWrapped{v})
	}
	s, e := d.Suspend(v)
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
func yieldFromStep(sub *Generator) (Value, *Exc) {
	d := CurrentDriver()
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
		send, throw = d.Suspend(y)
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
	if g, ok := it.O.(*Generator); ok && it.K == KObj && g.Kind != AsyncGenCode {
		if g.Kind == CoroutineCode {
			f := CurrentFrame()
			if f == nil || f.Kind != CoroutineCode {
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
	d := CurrentDriver()
	for {
		v, ok, e := Next(iter)
		if e != nil {
			return Null, e
		}
		if !ok {
			return None, nil
		}
		if _, e := d.Suspend(v); e != nil {
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

// Resume runs a task's coroutine to its next suspension, throwing exc
// into it if set (Task.__step's coro.send(None) / coro.throw(exc)).
func (g *Generator) Resume(exc *Exc) (yielded Value, done bool, res Value, e *Exc) {
	yielded, done, res, e = g.step(Null, exc)
	if len(fresh) > 0 {
		sweepFresh()
	}
	return
}

// GeneratorState is a generator, coroutine or async generator's kind and
// state (0 created, 1 suspended, 2 running, 3 closed, as inspect numbers
// them); ok is false for other objects.
func GeneratorState(v Value) (kind CodeKind, state int, ok bool) {
	g, ok := v.O.(*Generator)
	if !ok || v.K != KObj {
		return 0, 0, false
	}
	return g.Kind, int(g.State), true
}

// IsAwaitable is inspect.isawaitable.
func IsAwaitable(v Value) bool {
	if v.K == KObj {
		switch o := v.O.(type) {
		case *Generator:
			return o.Kind == CoroutineCode
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
		case *Generator:
			if o.Kind == CoroutineCode {
				return awaitCoro(o)
			}
		case *agenAwaitable:
			return o.await()
		case *AwaitErr:
			return Null, o.Exc
		case NativeAwaitable:
			return o.AwaitNative()
		}
	}
	it, e := getAwaitIter(x)
	if e != nil {
		return Null, e
	}
	if g, ok := it.O.(*Generator); ok && it.K == KObj {
		return yieldFromStep(g)
	}
	return awaitIterator(it)
}

// awaitCoro awaits a coroutine object: a never-started one runs inline on
// the awaiting driver (its frame pushed on the driver's frame stack).
func awaitCoro(c *Generator) (Value, *Exc) {
	if c.awaitedBy != nil && c.State != GenFinished {
		return Null, ExcMsg(ExcRuntimeError, "coroutine is being awaited already")
	}
	d := CurrentDriver()
	if c.State != genCreated || d == nil {
		return yieldFromStep(c)
	}
	c.Started()
	// The awaited chain runs on this driver's Go stack: it counts toward
	// the recursion limit as CPython's frames do (a chain that never ends
	// is RecursionError, not a Go stack overflow).
	if callDepth+len(d.frames) >= RecursionLimit {
		c.State = GenFinished
		return Null, Errorf(ExcRecursionError, "maximum recursion depth exceeded")
	}
	c.State = genRunning
	d.frames = append(d.frames, c)
	res, e := c.body()
	d.frames = d.frames[:len(d.frames)-1]
	c.State = GenFinished
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
	if g, ok := it.O.(*Generator); ok && it.K == KObj && g.Kind == CoroutineCode {
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
	d := CurrentDriver()
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
		if _, e := d.Suspend(v); e != nil {
			return Null, e
		}
	}
}

// AwaitErr is an awaitable that raises Exc (an error found while
// building the awaitable of a native context manager).
type AwaitErr struct{ Exc *Exc }

func (*AwaitErr) Type() *Type { return ObjectType }
