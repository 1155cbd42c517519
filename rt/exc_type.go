package rt

import "strings"

// Exception objects' behaviour (BaseException and the subclasses with
// extra attributes) and the raise/except machinery.

// The exceptions being handled (innermost last): the context of new
// exceptions and the target of a bare raise. CPython keeps one such
// stack per generator/coroutine, chained to the one that resumed it; here
// each coroutine driver (coro_driver.go: a resumed generator or task runs
// on its own driver, stacked on the Python thread's drivers) has its own
// stack, and the thread has a base stack below them. Stacks are created
// on the first handler entered and dropped when empty.
var excStacks = map[any][]*Exc{}

// excKey is the running driver, or the Python thread outside any.
func excKey() any {
	if d := CurrentDriver(); d != nil {
		return d
	}
	return curThread
}

// SwapExcStack installs s as the current thread's base stack and returns
// the previous one (for code that runs Python code outside the drivers).
func SwapExcStack(s []*Exc) []*Exc {
	old := excStacks[curThread]
	if len(s) == 0 {
		delete(excStacks, curThread)
	} else {
		excStacks[curThread] = s
	}
	return old
}

// PushExc marks e as being handled (entering an except block).
func PushExc(e *Exc) {
	k := excKey()
	excStacks[k] = append(excStacks[k], e)
}

// PopExc leaves the innermost handler.
func PopExc() {
	k := excKey()
	st := excStacks[k]
	if n := len(st); n > 0 {
		st[n-1] = nil
		st = st[:n-1]
	}
	if len(st) == 0 {
		delete(excStacks, k)
	} else {
		excStacks[k] = st
	}
}

func topExc(st []*Exc) *Exc {
	for i := len(st) - 1; i >= 0; i-- {
		if st[i] != nil {
			return st[i]
		}
	}
	return nil
}

// handled returns the exception being handled, or nil: the running
// driver's innermost one, else those of the drivers that resumed it,
// else the thread's.
func handled() *Exc {
	if len(excStacks) == 0 {
		return nil
	}
	ds := curThread.drivers
	for i := len(ds) - 1; i >= 0; i-- {
		if e := topExc(excStacks[ds[i]]); e != nil {
			return e
		}
	}
	return topExc(excStacks[curThread])
}

// CurrentExc is sys.exception(): the exception being handled, or None.
func CurrentExc() Value {
	if e := handled(); e != nil {
		return Obj(e)
	}
	return None
}

// setContext sets e.__context__ to the exception being handled, breaking
// cycles as CPython's _PyErr_SetObject does.
func setContext(e *Exc) {
	h := handled()
	if h == nil || h == e {
		return
	}
	// Avoid a cycle: cut the chain where it reaches e.
	o := h
	for {
		c, ok := o.Context.O.(*Exc)
		if !ok || o.Context.K != KObj {
			break
		}
		if c == e {
			o.Context = Null
			break
		}
		o = c
	}
	e.Context = Obj(h)
}

// Raise is `raise exc from cause` (cause Null: no from clause).
func Raise(exc, cause Value) *Exc {
	e, err := toExcInstance(exc, "exceptions must derive from BaseException")
	if err != nil {
		setContext(err)
		return err
	}
	if !cause.IsNull() {
		if cause.IsNone() {
			e.Cause = Null
		} else {
			c, err := toExcInstance(cause, "exception causes must derive from BaseException")
			if err != nil {
				setContext(err)
				return err
			}
			e.Cause = Obj(c)
		}
		e.SuppressContext = true
	}
	setContext(e)
	return e
}

func toExcInstance(v Value, msg string) (*Exc, *Exc) {
	if v.K == KObj {
		switch x := v.O.(type) {
		case *Exc:
			return x, nil
		case *Type:
			if x.isExc {
				r, e := Call(v, nil, nil)
				if e != nil {
					return nil, e
				}
				if ex, ok := r.O.(*Exc); ok {
					return ex, nil
				}
				return nil, TypeErrorf("calling %s should have returned an instance of BaseException, not %s", x.FullName(), r.TypeName())
			}
		}
	}
	return nil, TypeErrorf("%s", msg)
}

// Reraise is a bare raise inside a handler (e is the handled exception;
// nil means use the innermost one).
func Reraise(e *Exc) *Exc {
	if e == nil {
		e = handled()
	}
	if e == nil {
		return Errorf(ExcRuntimeError, "No active exception to reraise")
	}
	return e
}

// ExcMatch is `except cls:`.
func ExcMatch(e *Exc, cls Value) (bool, *Exc) {
	if cls.K == KObj {
		switch c := cls.O.(type) {
		case *Type:
			if !c.isExc {
				return false, TypeErrorf("catching classes that do not inherit from BaseException is not allowed")
			}
			return e.Class.IsSubtype(c), nil
		case *Tuple:
			for _, x := range c.Items {
				if t, ok := x.O.(*Type); !ok || x.K != KObj || !t.isExc {
					return false, TypeErrorf("catching classes that do not inherit from BaseException is not allowed")
				}
			}
			for _, x := range c.Items {
				if e.Class.IsSubtype(x.O.(*Type)) {
					return true, nil
				}
			}
			return false, nil
		}
	}
	return false, TypeErrorf("catching classes that do not inherit from BaseException is not allowed")
}

// AddTraceback records that e propagated through the function of code at
// line (innermost entries first).
func AddTraceback(e *Exc, code *Code, line int) {
	e.Traceback = append(e.Traceback, TBEntry{Filename: code.Filename, Line: line, Name: code.Name})
}

// AddTracebackPos is AddTraceback with the failing instruction's source
// range, for the position markers.
func AddTracebackPos(e *Exc, code *Code, line int, pos TBPos) {
	e.Traceback = append(e.Traceback, TBEntry{Filename: code.Filename, Line: line, Name: code.Name, HasPos: true, Pos: pos})
}

// excStr is str(exception).
func excStr(v Value) (string, *Exc) {
	e := v.O.(*Exc)
	switch len(e.Args) {
	case 0:
		return "", nil
	case 1:
		return ToStr(e.Args[0])
	}
	return ToRepr(NewTuple(e.Args...))
}

func excRepr(v Value) (string, *Exc) {
	e := v.O.(*Exc)
	name := e.Class.Name
	switch len(e.Args) {
	case 0:
		return name + "()", nil
	case 1:
		r, err := ToRepr(e.Args[0])
		return name + "(" + r + ")", err
	}
	r, err := ToRepr(NewTuple(e.Args...))
	return name + r, err
}

func excAttr(name string) func(s Value) (Value, *Exc) {
	return func(s Value) (Value, *Exc) {
		if v, ok := s.O.(*Exc).InstDict().GetStr(name); ok {
			return v, nil
		}
		return None, nil
	}
}

func excSetAttr(name string) func(s, v Value) *Exc {
	return func(s, v Value) *Exc {
		if v.IsNull() {
			s.O.(*Exc).InstDict().DelStr(name)
			return nil
		}
		s.O.(*Exc).InstDict().SetStr(name, v)
		return nil
	}
}

// osErrnoClass maps errno values to OSError subclasses (as OSError(errno,
// msg) does).
var osErrnoClass = map[int64]*Type{}

func init() {
	b := ExcBaseException
	b.New = baseExceptionNew
	b.Init = baseExceptionInit
	b.Str = excStr
	b.Repr = excRepr
	b.GetSet("args", baseExceptionArgs, baseExceptionSetArgs)
	b.GetSet("__cause__", baseExceptionCause, baseExceptionSetCause)
	b.GetSet("__context__", baseExceptionContext, baseExceptionSetContext)
	b.GetSet("__suppress_context__", baseExceptionSuppressContext, baseExceptionSetSuppressContext)
	b.GetSet("__traceback__", baseExceptionTraceback, baseExceptionSetTraceback)
	b.Getter("__dict__", baseExceptionDict)
	b.Method("with_traceback", baseExceptionWithTraceback)
	b.Method("add_note", baseExceptionAddNote)

	ExcKeyError.Str = keyErrorStr
	ExcStopIteration.Getter("value", stopIterationValue)
	ExcSystemExit.Getter("code", systemExitCode)
	for _, t := range []*Type{ExcNameError, ExcImportError} {
		t.GetSet("name", excAttr("name"), excSetAttr("name"))
	}
	ExcImportError.Getter("msg", importErrorMsg)
	ExcImportError.GetSet("path", excAttr("path"), excSetAttr("path"))
	ExcAttributeError.GetSet("name", excAttr("name"), excSetAttr("name"))
	ExcAttributeError.GetSet("obj", excAttr("obj"), excSetAttr("obj"))

	// OSError(errno, strerror[, filename]).
	for errno, cls := range map[int64]*Type{
		1: ExcPermissionError, 2: ExcFileNotFoundError, 3: ExcProcessLookupError, 4: ExcInterruptedError,
		10: ExcChildProcessError, 11: ExcBlockingIOError, 13: ExcPermissionError, 17: ExcFileExistsError,
		20: ExcNotADirectoryError, 21: ExcIsADirectoryError, 32: ExcBrokenPipeError,
		103: ExcConnectionAbortedError, 104: ExcConnectionResetError, 110: ExcTimeoutError, 111: ExcConnectionRefusedError,
	} {
		osErrnoClass[errno] = cls
	}
	o := ExcOSError
	o.New = osErrorNew
	o.Init = osErrorInit
	o.Str = osErrorStr
	o.GetSet("errno", excAttr("errno"), excSetAttr("errno"))
	o.GetSet("strerror", excAttr("strerror"), excSetAttr("strerror"))
	o.GetSet("filename", excAttr("filename"), excSetAttr("filename"))

	// BaseExceptionGroup(message, exceptions).
	g := ExcBaseExceptionGroup
	g.New = baseExceptionGroupNew
	g.Init = baseExceptionGroupInit
	g.Str = baseExceptionGroupStr
	g.Getter("message", excAttr("message"))
	g.Getter("exceptions", excAttr("exceptions"))
}

// baseExceptionNew is the New hook (__new__) of BaseException.
func baseExceptionNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	e := &Exc{Class: cls, Args: append([]Value(nil), args[:len(args)-len(kw)]...)}
	return Obj(e), nil
}

// baseExceptionInit is the Init hook (__init__) of BaseException.
func baseExceptionInit(self Value, args []Value, kw []string) *Exc {
	if len(kw) > 0 {
		return TypeErrorf("%s() takes no keyword arguments", self.TypeName())
	}
	self.O.(*Exc).Args = append([]Value(nil), args...)
	return nil
}

// keyErrorStr is the Str hook (__str__) of KeyError.
func keyErrorStr(v Value) (string, *Exc) {
	e := v.O.(*Exc)
	if len(e.Args) == 1 {
		return ToRepr(e.Args[0])
	}
	return excStr(v)
}

// osErrorNew is the New hook (__new__) of OSError.
func osErrorNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	npos := len(args) - len(kw)
	if cls == ExcOSError && npos >= 2 && args[0].K == KInt {
		if sub, ok := osErrnoClass[args[0].I]; ok {
			cls = sub
		}
	}
	return Obj(&Exc{Class: cls, Args: append([]Value(nil), args[:npos]...)}), nil
}

// osErrorInit is the Init hook (__init__) of OSError.
func osErrorInit(self Value, args []Value, kw []string) *Exc {
	e := self.O.(*Exc)
	e.Args = append([]Value(nil), args...)
	if len(args) >= 2 && len(args) <= 5 {
		d := e.InstDict()
		d.SetStr("errno", args[0])
		d.SetStr("strerror", args[1])
		if len(args) >= 3 {
			d.SetStr("filename", args[2])
			e.Args = e.Args[:2]
		}
	}
	return nil
}

// osErrorStr is the Str hook (__str__) of OSError.
func osErrorStr(v Value) (string, *Exc) {
	e := v.O.(*Exc)
	d := e.InstDict()
	fn, hasFn := d.GetStr("filename")
	if errno, ok := d.GetStr("errno"); ok {
		es, err := ToStr(errno)
		if err != nil {
			return "", err
		}
		se, _ := d.GetStr("strerror")
		ss, err := ToStr(se)
		if err != nil {
			return "", err
		}
		if hasFn && !fn.IsNone() {
			fr, err := ToRepr(fn)
			if err != nil {
				return "", err
			}
			return "[Errno " + es + "] " + ss + ": " + fr, nil
		}
		return "[Errno " + es + "] " + ss, nil
	}
	return excStr(v)
}

// baseExceptionGroupNew is the New hook (__new__) of BaseExceptionGroup.
func baseExceptionGroupNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	if len(kw) > 0 || len(args) != 2 {
		return Null, TypeErrorf("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	if _, ok := AsStr(args[0]); !ok {
		return Null, TypeErrorf("argument 1 must be str, not %s", args[0].TypeName())
	}
	excs, e := ToSlice(args[1])
	if e != nil {
		return Null, TypeErrorf("second argument (exceptions) must be a sequence")
	}
	if len(excs) == 0 {
		return Null, ValueErrorf("second argument (exceptions) must be a non-empty sequence")
	}
	allExc := true
	for i, x := range excs {
		xe, ok := x.O.(*Exc)
		if !ok {
			return Null, ValueErrorf("Item %d of second argument (exceptions) is not an exception", i)
		}
		if !xe.Class.IsSubtype(ExcException) {
			allExc = false
		}
	}
	if cls == ExcBaseExceptionGroup && allExc {
		cls = ExcExceptionGroup
	} else if cls.IsSubtype(ExcException) && !allExc {
		return Null, TypeErrorf("Cannot nest BaseExceptions in an ExceptionGroup")
	}
	ge := &Exc{Class: cls, Args: []Value{args[0], args[1]}}
	d := ge.InstDict()
	d.SetStr("message", args[0])
	d.SetStr("exceptions", NewTuple(append([]Value(nil), excs...)...))
	return Obj(ge), nil
}

// baseExceptionGroupInit is the Init hook (__init__) of BaseExceptionGroup.
func baseExceptionGroupInit(Value, []Value, []string) *Exc { return nil }

// baseExceptionGroupStr is the Str hook (__str__) of BaseExceptionGroup.
func baseExceptionGroupStr(v Value) (string, *Exc) {
	d := v.O.(*Exc).InstDict()
	m, _ := d.GetStr("message")
	ex, _ := d.GetStr("exceptions")
	n := len(ex.O.(*Tuple).Items)
	s, _ := AsStr(m)
	if n == 1 {
		return s + " (1 sub-exception)", nil
	}
	return s + " (" + Itoa(n) + " sub-exceptions)", nil
}

// baseExceptionArgs is BaseException.args.
func baseExceptionArgs(s Value) (Value, *Exc) { return NewTuple(s.O.(*Exc).Args...), nil }

// baseExceptionSetArgs is the setter of BaseException.args.
func baseExceptionSetArgs(s, v Value) *Exc {
	items, e := ToSlice(v)
	if e != nil {
		return e
	}
	s.O.(*Exc).Args = append([]Value(nil), items...)
	return nil
}

// baseExceptionCause is BaseException.__cause__.
func baseExceptionCause(s Value) (Value, *Exc) { return OrNone(s.O.(*Exc).Cause), nil }

// baseExceptionSetCause is the setter of BaseException.__cause__.
func baseExceptionSetCause(s, v Value) *Exc {
	e := s.O.(*Exc)
	if v.IsNone() || v.IsNull() {
		e.Cause = Null
	} else if _, ok := v.O.(*Exc); ok {
		e.Cause = v
	} else {
		return TypeErrorf("exception cause must be None or derive from BaseException")
	}
	e.SuppressContext = true
	return nil
}

// baseExceptionContext is BaseException.__context__.
func baseExceptionContext(s Value) (Value, *Exc) { return OrNone(s.O.(*Exc).Context), nil }

// baseExceptionSetContext is the setter of BaseException.__context__.
func baseExceptionSetContext(s, v Value) *Exc {
	e := s.O.(*Exc)
	if v.IsNone() || v.IsNull() {
		e.Context = Null
	} else if _, ok := v.O.(*Exc); ok {
		e.Context = v
	} else {
		return TypeErrorf("exception context must be None or derive from BaseException")
	}
	return nil
}

// baseExceptionSuppressContext is BaseException.__suppress_context__.
func baseExceptionSuppressContext(s Value) (Value, *Exc) {
	return Bool(s.O.(*Exc).SuppressContext), nil
}

// baseExceptionSetSuppressContext is the setter of BaseException.__suppress_context__.
func baseExceptionSetSuppressContext(s, v Value) *Exc {
	t, e := Truth(v)
	s.O.(*Exc).SuppressContext = t
	return e
}

// baseExceptionTraceback is BaseException.__traceback__.
func baseExceptionTraceback(s Value) (Value, *Exc) {
	e := s.O.(*Exc)
	if len(e.Traceback) == 0 {
		return None, nil
	}
	return Obj(&tracebackObj{e: e, n: len(e.Traceback)}), nil
}

// baseExceptionSetTraceback is the setter of BaseException.__traceback__.
func baseExceptionSetTraceback(s, v Value) *Exc {
	if v.IsNone() {
		s.O.(*Exc).Traceback = nil
	}
	return nil
}

// baseExceptionDict is BaseException.__dict__.
func baseExceptionDict(s Value) (Value, *Exc) { return Obj(s.O.(*Exc).InstDict()), nil }

// baseExceptionWithTraceback is BaseException.with_traceback.
func baseExceptionWithTraceback(s Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("with_traceback", args, kw, 1, 1); e != nil {
		return Null, e
	}
	if tb, ok := args[0].O.(*tracebackObj); ok {
		s.O.(*Exc).Traceback = append([]TBEntry(nil), tb.e.Traceback[:tb.n]...)
	} else if args[0].IsNone() {
		s.O.(*Exc).Traceback = nil
	}
	return s, nil
}

// baseExceptionAddNote is BaseException.add_note.
func baseExceptionAddNote(s Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("add_note", args, kw, 1, 1); e != nil {
		return Null, e
	}
	if _, ok := AsStr(args[0]); !ok {
		return Null, TypeErrorf("note must be a str, not '%s'", args[0].TypeName())
	}
	d := s.O.(*Exc).InstDict()
	notes, ok := d.GetStr("__notes__")
	if !ok {
		notes = NewList()
		d.SetStr("__notes__", notes)
	}
	return None, ListAppend(notes, args[0])
}

// stopIterationValue is StopIteration.value.
func stopIterationValue(s Value) (Value, *Exc) {
	if a := s.O.(*Exc).Arg0(); !a.IsNull() {
		return a, nil
	}
	return None, nil
}

// systemExitCode is SystemExit.code.
func systemExitCode(s Value) (Value, *Exc) {
	e := s.O.(*Exc)
	switch len(e.Args) {
	case 0:
		return None, nil
	case 1:
		return e.Args[0], nil
	}
	return NewTuple(e.Args...), nil
}

// importErrorMsg is ImportError.msg.
func importErrorMsg(s Value) (Value, *Exc) { return OrNone(s.O.(*Exc).Arg0()), nil }

// tracebackObj is a minimal traceback object (tb_lineno, tb_next).
type tracebackObj struct {
	e *Exc
	n int // entries [0, n) of e.Traceback, the outermost at n-1
}

// TracebackType is the type of traceback objects.
var TracebackType = NewType("traceback", ObjectType)

func (*tracebackObj) Type() *Type { return TracebackType }

func init() {
	TracebackType.Getter("tb_lineno", tracebackTbLineno)
	TracebackType.Getter("tb_next", tracebackTbNext)
}

// tracebackTbLineno is traceback.tb_lineno.
func tracebackTbLineno(s Value) (Value, *Exc) {
	t := s.O.(*tracebackObj)
	return Int(int64(t.e.Traceback[t.n-1].Line)), nil
}

// tracebackTbNext is traceback.tb_next.
func tracebackTbNext(s Value) (Value, *Exc) {
	t := s.O.(*tracebackObj)
	if t.n <= 1 {
		return None, nil
	}
	return Obj(&tracebackObj{e: t.e, n: t.n - 1}), nil
}

// excTypeName is the exception's name as the traceback's last line shows
// it: qualified by the module unless builtins or __main__.
func excTypeName(t *Type) string {
	if t.Module == "builtins" || t.Module == "__main__" || t.Module == "" {
		return t.Qualname
	}
	return t.Module + "." + t.Qualname
}

// FormatExcOnly is the last line(s) of a traceback: "Type: message" (and
// the __notes__).
func FormatExcOnly(e *Exc) string {
	name := excTypeName(e.Class)
	s, err := ToStr(Obj(e))
	var b strings.Builder
	b.WriteString(name)
	if err != nil {
		b.WriteString(": <exception str() failed>")
	} else if s != "" {
		b.WriteString(": ")
		b.WriteString(s)
	}
	b.WriteByte('\n')
	if notes, ok := e.InstDict().GetStr("__notes__"); ok {
		if l, ok := notes.O.(*List); ok {
			for _, n := range l.Items {
				ns, err := ToStr(n)
				if err != nil {
					ns = "<note str() failed>"
				}
				b.WriteString(ns)
				b.WriteByte('\n')
			}
		}
	}
	return b.String()
}
