package rt

import (
	"strconv"
	"strings"

	"github.com/py2goasync/py2goasync/rt/pyrepr"
)

// ToRepr is repr(v).
func ToRepr(v Value) (string, *Exc) {
	if v.O != nil && v.K != KObj {
		return v.Type().Repr(v) // an int or float subclass
	}
	switch v.K {
	case KInt:
		return strconv.FormatInt(v.I, 10), nil
	case KFloat:
		return pyrepr.Float(v.AsFloat()), nil
	case KBool:
		if v.I != 0 {
			return "True", nil
		}
		return "False", nil
	case KNone:
		return "None", nil
	case KNull:
		return "<NULL>", nil
	}
	if s, ok := v.O.(*StrObj); ok && s.cls == nil {
		return pyrepr.Str(s.S), nil
	}
	t := v.Type()
	if t.Repr == nil {
		return defaultRepr(v), nil
	}
	if e := enterCall(); e != nil {
		return "", e
	}
	defer leaveCall()
	return t.Repr(v)
}

// ToStr is str(v).
func ToStr(v Value) (string, *Exc) {
	if v.O != nil && v.K != KObj {
		return v.Type().Str(v)
	}
	switch v.K {
	case KInt:
		return strconv.FormatInt(v.I, 10), nil
	case KObj:
		if s, ok := v.O.(*StrObj); ok && s.cls == nil {
			return s.S, nil
		}
		t := v.Type()
		if t.Str != nil {
			if e := enterCall(); e != nil {
				return "", e
			}
			defer leaveCall()
			return t.Str(v)
		}
	}
	return ToRepr(v)
}

// ToASCII is ascii(v).
func ToASCII(v Value) (string, *Exc) {
	r, e := ToRepr(v)
	if e != nil {
		return "", e
	}
	return asciiEscape(r), nil
}

func asciiEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, sz := DecodeRune(s, i)
		i += sz
		switch {
		case r < 0x80:
			b.WriteByte(byte(r))
		case r < 0x100:
			b.WriteString("\\x" + hex2(int(r)))
		case r < 0x10000:
			h := strconv.FormatInt(int64(r), 16)
			b.WriteString("\\u" + strings.Repeat("0", 4-len(h)) + h)
		default:
			h := strconv.FormatInt(int64(r), 16)
			b.WriteString("\\U" + strings.Repeat("0", 8-len(h)) + h)
		}
	}
	return b.String()
}

func hex2(c int) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&15]})
}

// The repr recursion guard (Py_ReprEnter): containers being formatted.
var reprActive = map[Object]bool{}

func ReprEnter(o Object) bool {
	if reprActive[o] {
		return false
	}
	reprActive[o] = true
	return true
}

func ReprLeave(o Object) { delete(reprActive, o) }

// Recursion depth guard for runaway recursion through the runtime's own
// repr/compare/call paths (CPython's recursion limit; the generated code
// counts Python-level calls itself through EnterCall). It starts at 1:
// the module's frame counts, as in CPython.
var callDepth = 1

// SwapCallDepth installs d as the current Python call depth and returns
// the previous one: each coroutine has its own stack of frames, so the
// coroutine machinery swaps the depth as it swaps SwapExcStack.
func SwapCallDepth(d int) int {
	old := callDepth
	callDepth = d
	return old
}

// RecursionLimit is sys.getrecursionlimit().
var RecursionLimit = 1000

func enterCall() *Exc {
	callDepth++
	if callDepth > RecursionLimit+50 {
		callDepth--
		return Errorf(ExcRecursionError, "maximum recursion depth exceeded while getting the repr of an object")
	}
	return nil
}

func leaveCall() { callDepth-- }

// EnterCall counts a Python-level call for the recursion limit; generated
// functions call it on entry (and LeaveCall on every exit).
func EnterCall() *Exc {
	callDepth++
	if callDepth > RecursionLimit {
		callDepth--
		return Errorf(ExcRecursionError, "maximum recursion depth exceeded")
	}
	return nil
}

// LeaveCall undoes EnterCall.
func LeaveCall() { callDepth-- }

// Repr is repr(v) as a str Value.
func Repr(v Value) (Value, *Exc) {
	s, e := ToRepr(v)
	if e != nil {
		return Null, e
	}
	return Str(s), nil
}

func ReprOrErr(v Value) string {
	s, e := ToRepr(v)
	if e != nil {
		return "<repr failed>"
	}
	return s
}
