package rt

import "fmt"

// Exc is an exception instance: of a builtin exception class or of a
// Python class deriving from BaseException. nil means "no exception".
type Exc struct {
	Class           *Type
	Args            []Value // the args tuple's items
	Cause           Value   // __cause__ (Null: None)
	Context         Value   // __context__ (Null: None)
	SuppressContext bool    // __suppress_context__
	Traceback       []TBEntry
	dict            *Dict // attributes set on the instance (lazily created)
}

// TBEntry is one traceback entry: a frame the exception passed through.
// When HasPos is set, the position of the failing instruction is known
// and the printer draws CPython 3.11's markers under the source line
// (see TBPos).
type TBEntry struct {
	Filename string
	Line     int
	Name     string
	HasPos   bool
	Pos      TBPos
}

// TBPos is the source range of the instruction that raised, for the
// "~~~^^^" markers: 0-based character columns Col and EndCol (EndCol on
// EndLine, which is the entry's line unless the instruction spans
// lines). Kind says what the instruction's expression is: for PosBinOp, A
// and B are the end column of the left operand and the start column of
// the right one; for PosSubscript, the end columns of the value and of
// the slice. The runtime finds the operator and brackets in the source
// line as CPython's traceback printer does (it parses the segment; the
// AST's offsets serve the same purpose).
type TBPos struct {
	EndLine, Col, EndCol int
	Kind                 PosKind
	A, B                 int
}

// PosKind is the kind of expression a TBPos covers.
type PosKind uint8

// The position kinds.
const (
	PosOther PosKind = iota
	PosBinOp
	PosSubscript
)

// Type implements Object.
func (e *Exc) Type() *Type { return e.Class }

// Error lets an *Exc be shown in Go diagnostics (it is not used as error).
func (e *Exc) Error() string { return FormatExcOnly(e) }

// NewExc makes an exception instance of cls with the given args, without
// running Python-level __init__ (for builtin classes, the same thing).
func NewExc(cls *Type, args ...Value) *Exc {
	e := &Exc{Class: cls, Args: args}
	setContext(e)
	return e
}

// Errorf makes an exception of cls whose single argument is the formatted
// message.
//
// Like every exception the runtime raises, its __context__ is the
// exception being handled, if any (CPython sets it when raising).
func Errorf(cls *Type, format string, a ...any) *Exc {
	e := &Exc{Class: cls, Args: []Value{Str(fmt.Sprintf(format, a...))}}
	setContext(e)
	return e
}

// ExcValue is the exception object, for `except E as name`.
func ExcValue(e *Exc) Value { return Obj(e) }

// Arg0 returns the first argument or Null.
func (e *Exc) Arg0() Value {
	if len(e.Args) > 0 {
		return e.Args[0]
	}
	return Null
}

func (e *Exc) InstDict() *Dict {
	if e.dict == nil {
		e.dict = NewStrDict()
	}
	return e.dict
}

// The builtin exception classes. Named Exc* so that the functions of
// docs/rt-api.md (NameError, ...) keep their names.
var (
	ExcBaseException             = newExcType("BaseException", nil)
	ExcBaseExceptionGroup        = newExcType("BaseExceptionGroup", ExcBaseException)
	ExcGeneratorExit             = newExcType("GeneratorExit", ExcBaseException)
	ExcKeyboardInterrupt         = newExcType("KeyboardInterrupt", ExcBaseException)
	ExcSystemExit                = newExcType("SystemExit", ExcBaseException)
	ExcException                 = newExcType("Exception", ExcBaseException)
	ExcArithmeticError           = newExcType("ArithmeticError", ExcException)
	ExcFloatingPointError        = newExcType("FloatingPointError", ExcArithmeticError)
	ExcOverflowError             = newExcType("OverflowError", ExcArithmeticError)
	ExcZeroDivisionError         = newExcType("ZeroDivisionError", ExcArithmeticError)
	ExcAssertionError            = newExcType("AssertionError", ExcException)
	ExcAttributeError            = newExcType("AttributeError", ExcException)
	ExcBufferError               = newExcType("BufferError", ExcException)
	ExcEOFError                  = newExcType("EOFError", ExcException)
	ExcExceptionGroup            = newExcType("ExceptionGroup", ExcBaseExceptionGroup, ExcException)
	ExcImportError               = newExcType("ImportError", ExcException)
	ExcModuleNotFoundError       = newExcType("ModuleNotFoundError", ExcImportError)
	ExcLookupError               = newExcType("LookupError", ExcException)
	ExcIndexError                = newExcType("IndexError", ExcLookupError)
	ExcKeyError                  = newExcType("KeyError", ExcLookupError)
	ExcMemoryError               = newExcType("MemoryError", ExcException)
	ExcNameError                 = newExcType("NameError", ExcException)
	ExcUnboundLocalError         = newExcType("UnboundLocalError", ExcNameError)
	ExcOSError                   = newExcType("OSError", ExcException)
	ExcBlockingIOError           = newExcType("BlockingIOError", ExcOSError)
	ExcChildProcessError         = newExcType("ChildProcessError", ExcOSError)
	ExcConnectionError           = newExcType("ConnectionError", ExcOSError)
	ExcBrokenPipeError           = newExcType("BrokenPipeError", ExcConnectionError)
	ExcConnectionAbortedError    = newExcType("ConnectionAbortedError", ExcConnectionError)
	ExcConnectionRefusedError    = newExcType("ConnectionRefusedError", ExcConnectionError)
	ExcConnectionResetError      = newExcType("ConnectionResetError", ExcConnectionError)
	ExcFileExistsError           = newExcType("FileExistsError", ExcOSError)
	ExcFileNotFoundError         = newExcType("FileNotFoundError", ExcOSError)
	ExcInterruptedError          = newExcType("InterruptedError", ExcOSError)
	ExcIsADirectoryError         = newExcType("IsADirectoryError", ExcOSError)
	ExcNotADirectoryError        = newExcType("NotADirectoryError", ExcOSError)
	ExcPermissionError           = newExcType("PermissionError", ExcOSError)
	ExcProcessLookupError        = newExcType("ProcessLookupError", ExcOSError)
	ExcTimeoutError              = newExcType("TimeoutError", ExcOSError)
	ExcReferenceError            = newExcType("ReferenceError", ExcException)
	ExcRuntimeError              = newExcType("RuntimeError", ExcException)
	ExcNotImplementedError       = newExcType("NotImplementedError", ExcRuntimeError)
	ExcRecursionError            = newExcType("RecursionError", ExcRuntimeError)
	ExcStopAsyncIteration        = newExcType("StopAsyncIteration", ExcException)
	ExcStopIteration             = newExcType("StopIteration", ExcException)
	ExcSyntaxError               = newExcType("SyntaxError", ExcException)
	ExcIndentationError          = newExcType("IndentationError", ExcSyntaxError)
	ExcSystemError               = newExcType("SystemError", ExcException)
	ExcTypeError                 = newExcType("TypeError", ExcException)
	ExcValueError                = newExcType("ValueError", ExcException)
	ExcUnicodeError              = newExcType("UnicodeError", ExcValueError)
	ExcUnicodeDecodeError        = newExcType("UnicodeDecodeError", ExcUnicodeError)
	ExcUnicodeEncodeError        = newExcType("UnicodeEncodeError", ExcUnicodeError)
	ExcWarning                   = newExcType("Warning", ExcException)
	ExcBytesWarning              = newExcType("BytesWarning", ExcWarning)
	ExcDeprecationWarning        = newExcType("DeprecationWarning", ExcWarning)
	ExcFutureWarning             = newExcType("FutureWarning", ExcWarning)
	ExcPendingDeprecationWarning = newExcType("PendingDeprecationWarning", ExcWarning)
	ExcResourceWarning           = newExcType("ResourceWarning", ExcWarning)
	ExcRuntimeWarning            = newExcType("RuntimeWarning", ExcWarning)
	ExcSyntaxWarning             = newExcType("SyntaxWarning", ExcWarning)
	ExcUserWarning               = newExcType("UserWarning", ExcWarning)
)

// builtinExcTypes lists the classes exposed in builtins.
var builtinExcTypes []*Type

// newExcType declares a builtin exception class. A second base (for
// ExceptionGroup) is added to Bases and the MRO is recomputed with C3.
func newExcType(name string, base *Type, more ...*Type) *Type {
	var t *Type
	if base == nil {
		t = NewType(name, ObjectType)
	} else {
		t = NewType(name, base)
	}
	t.isExc = true
	if len(more) > 0 {
		// Only ExceptionGroup(BaseExceptionGroup, Exception): its C3 MRO
		// is the first base's chain with Exception inserted before
		// BaseException (c3MRO is not usable during initialization).
		t.Bases = append(t.Bases, more...)
		t.MRO = []*Type{t, base, more[0], more[0].Base, ObjectType}
		more[0].subs = append(more[0].subs, t)
	}
	builtinExcTypes = append(builtinExcTypes, t)
	return t
}

// IsExcInstance reports whether v is an exception of class cls.
func IsExcInstance(e *Exc, cls *Type) bool {
	return e != nil && e.Class.IsSubtype(cls)
}

// Convenience constructors for common errors with CPython's messages.

// TypeErrorf raises TypeError.
func TypeErrorf(format string, a ...any) *Exc { return Errorf(ExcTypeError, format, a...) }

// ValueErrorf raises ValueError.
func ValueErrorf(format string, a ...any) *Exc { return Errorf(ExcValueError, format, a...) }

// NameError is `name 'x' is not defined`.
func NameError(name string) *Exc {
	e := Errorf(ExcNameError, "name '%s' is not defined", name)
	e.InstDict().SetStr("name", Str(name))
	return e
}

// UnboundLocal is the error of reading an unassigned local.
func UnboundLocal(name string) *Exc {
	e := Errorf(ExcUnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name)
	e.InstDict().SetStr("name", Str(name))
	return e
}

// UnboundFree is the error of reading an unassigned free variable.
func UnboundFree(name string) *Exc {
	e := Errorf(ExcNameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
	e.InstDict().SetStr("name", Str(name))
	return e
}

// attributeError is `'T' object has no attribute 'x'`, with name and obj
// set as CPython 3.11 does (the traceback printer uses them for "Did you
// mean" suggestions).
func attributeError(o Value, name string) *Exc {
	var e *Exc
	switch x := o.O.(type) {
	case *Type:
		e = Errorf(ExcAttributeError, "type object '%s' has no attribute '%s'", x.Name, name)
	case *Module:
		e = Errorf(ExcAttributeError, "module '%s' has no attribute '%s'", x.Name, name)
	default:
		e = Errorf(ExcAttributeError, "'%s' object has no attribute '%s'", o.TypeName(), name)
	}
	d := e.InstDict()
	d.SetStr("name", Str(name))
	d.SetStr("obj", o)
	return e
}

// KeyErrorOf is KeyError(key).
func KeyErrorOf(key Value) *Exc { return NewExc(ExcKeyError, key) }

// StopIterationOf is StopIteration(value) (no args for None/Null).
func StopIterationOf(v Value) *Exc {
	if v.IsNull() || v.IsNone() {
		return NewExc(ExcStopIteration)
	}
	return NewExc(ExcStopIteration, v)
}

func ExcMsg(cls *Type, msg string) *Exc { return NewExc(cls, Str(msg)) }

// chainRuntimeError is PEP 479's conversion: RuntimeError(msg) whose
// __cause__ and __context__ are e.
func chainRuntimeError(e *Exc, msg string) *Exc {
	r := ExcMsg(ExcRuntimeError, msg)
	r.Cause = ExcValue(e)
	r.Context = ExcValue(e)
	r.SuppressContext = true
	return r
}
