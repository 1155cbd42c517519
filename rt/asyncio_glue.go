package rt

import (
	"path/filepath"
)

// Small helpers the coroutine and asyncio files share, and the bridge to
// the core's API.

// pylibDir is the stdlib directory our reprs name (asyncio's own source
// locations in Task and callback reprs). There is no CPython here; the
// corpus comparator masks this path to <PYLIB> as it masks CPython's
// (docs/deterministic.md).
const pylibDir = "/usr/lib/python3.11"

func pylibSource(file string, line int) string {
	return pylibDir + "/asyncio/" + file + ":" + itoa(line)
}

func excMsg(cls *Type, msg string) *Exc { return NewExc(cls, Str(msg)) }

// chainRuntimeError is PEP 479's conversion: RuntimeError(msg) whose
// __cause__ and __context__ are e.
func chainRuntimeError(e *Exc, msg string) *Exc {
	r := excMsg(ExcRuntimeError, msg)
	r.Cause = ExcValue(e)
	r.Context = ExcValue(e)
	r.SuppressContext = true
	return r
}

func reprOrErr(v Value) string {
	s, e := ToRepr(v)
	if e != nil {
		return "<repr failed>"
	}
	return s
}

// reprlibRepr is reprlib.repr with its default limits, enough for
// Future/Task reprs: long strings and containers are abbreviated.
func reprlibRepr(v Value) string {
	s := reprOrErr(v)
	if s2, ok := AsStr(v); ok && v.Type() == StrType {
		if len([]rune(s2)) > 30 {
			r := []rune(s)
			i := (30 - 3) / 2
			j := 30 - 3 - i
			return string(r[:i]) + "..." + string(r[len(r)-j:])
		}
		return s
	}
	r := []rune(s)
	if len(r) > 30 && v.K == KObj {
		// reprlib.repr of other objects: repr truncated to maxother=30.
		if _, ok := v.O.(*Exc); !ok {
			i := (30 - 3) / 2
			j := 30 - 3 - i
			return string(r[:i]) + "..." + string(r[len(r)-j:])
		}
	}
	return s
}

// formatCallbackValue is format_helpers._format_callback_source for a
// Python callable with no arguments.
func formatCallbackValue(fn Value) string {
	if f, ok := fn.O.(*Function); ok && fn.K == KObj {
		return f.Qualname + "() at " + absFilename(f.Code.Filename) + ":" + itoa(f.Code.Line)
	}
	if q, e := GetAttr(fn, "__qualname__"); e == nil {
		if s, ok := AsStr(q); ok {
			return s + "()"
		}
	}
	return reprOrErr(fn) + "()"
}

// absFilename makes a program path absolute, as CPython's __file__ and
// code filenames are for a script run by path.
func absFilename(name string) string {
	if name == "" || name[0] == '<' || filepath.IsAbs(name) {
		return name
	}
	if a, err := filepath.Abs(name); err == nil {
		return a
	}
	return name
}

// moduleLine is the line of the top-level statement running (interactive
// mode knows it; scripts report line 1).
var moduleLine = 1

func moduleLocation() (string, int) {
	if interactiveKind != NotInteractive {
		return "<stdin>", moduleLine
	}
	if prog != nil {
		return absFilename(prog.Filename), moduleLine
	}
	return "<unknown>", moduleLine
}

// floatArg converts an int/float/bool argument to float64, TypeError
// otherwise (the delays of sleep, call_later, wait_for...).
func floatArg(v Value) (float64, *Exc) {
	switch v.K {
	case KInt, KBool:
		return float64(v.I), nil
	case KFloat:
		return v.AsFloat(), nil
	}
	if v.K == KObj && v.Type().Unary[UnFloat] != nil {
		f, e := v.Type().Unary[UnFloat](v)
		if e != nil {
			return 0, e
		}
		if f.K == KFloat {
			return f.AsFloat(), nil
		}
	}
	return 0, TypeErrorf("must be real number, not %s", v.TypeName())
}

// newOrderedSet makes a set of vals, added in order.
func newOrderedSet(vals []Value) (Value, *Exc) { return NewSet(vals...) }
