package rt

// How to define a native (Go-implemented) type
//
// A Python object that is not an int, float, bool or None is a Go value
// implementing Object (a Type() *Type method) stored in Value.O. Declare
// its class as a package-level variable and configure it in an init
// function (hooks usually refer to the type itself, which Go forbids in
// the variable's own initializer):
//
//	type Future struct{ state int; result Value }
//
//	var FutureType = NewType("Future", ObjectType) // module "builtins" by default
//
//	func (*Future) Type() *Type { return FutureType }
//
//	func init() {
//		FutureType.Module = "asyncio.futures"     // shown in reprs and tracebacks
//		FutureType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
//			return Obj(&Future{}), nil
//		}
//		FutureType.Repr = func(v Value) (string, *Exc) { return "<Future pending>", nil }
//		FutureType.Method("result", func(self Value, args []Value, kw []string) (Value, *Exc) {
//			if e := ArgCount("result", args, kw, 0, 0); e != nil {
//				return Null, e
//			}
//			return self.O.(*Future).result, nil
//		})
//		FutureType.Getter("_state", func(self Value) (Value, *Exc) { ... })
//	}
//
// Hooks are the Type fields (New, Init, Call, Repr, Str, Hash, Compare,
// Bool, Len, GetAttr, SetAttr, Iter, Next, GetItem, SetItem, Contains,
// Get, Set, Num, INum, Unary, Index); nil hooks are inherited from the
// base when package initialization ends (zz_ready.go), and the type's own
// hooks are then also exposed as dunder methods (__repr__, __iter__,
// __init__, ...) so Python code can call them. A type declared at run time
// (after initialization) must call t.Ready() once configured.
//
// Methods receive self, the positional arguments followed by the keyword
// values, and the keyword names (CPython's vectorcall): use ArgCount for
// positional-only signatures, ParseArgs for keyword-capable ones.
// Unhashable types set t.SetDict("__hash__", None). A type that cannot be
// subclassed sets Final.
//
// Exceptions: every fallible operation returns *Exc (nil = none). Make
// one with Errorf(ExcTypeError, "...") or NewExc(cls, args...); the
// builtin classes are the Exc* variables (ExcValueError, ...). An
// exception class of a native module is NewType(name, ExcException) (or
// another Exc* base) with Module set, e.g. asyncio's CancelledError:
// NewType("CancelledError", ExcBaseException) with Module
// "asyncio.exceptions". Its instances are *Exc as well (BaseException's
// New hook creates them).
//
// Native modules: RegisterModule("asyncio", func() (Value, *Exc) { m :=
// NewModule("asyncio"); m.Set("Future", Obj(FutureType)); m.Func("sleep",
// fn); return Obj(m), nil }). Import runs the init at the first import.
//
// Coroutine support: CodeStarters[kind] is called when a function whose
// Code.Kind is not PlainCode is called (with the bound arguments). The
// handled-exception stack is per coroutine driver (excobj.go reads
// currentDriver and curThread from coro_driver.go), as CPython keeps one
// per generator/coroutine.
//
// Concurrency: the runtime's own tables (repr recursion guard, format
// spec and attribute caches, source line cache, the handled-exception
// stack, the recursion depth) assume the GIL: one goroutine runs Python
// code at a time.
//
// Subclassing: Python classes may derive from object, the exceptions,
// type (metaclasses), int, float, str, list, tuple, dict, set, frozenset
// and property (their New hooks honour the cls argument; int and float
// subclass instances are KInt/KFloat Values with a class marker in O). A native type whose New
// ignores cls cannot be subclassed usefully (typeCall skips __init__
// when New returns an instance of another class), so New should build
// the instance for cls or set Final.
//
// Output: print writes to sys.stdout (Stdout, a buffered TextFile);
// FlushStdio flushes sys.stdout/sys.stderr and must run before exit and
// before writing a traceback to stderr. FormatException(e) is the text
// CPython prints for an uncaught exception.
