package asyncio

import "github.com/py2goasync/py2goasync/rt"

// The repr helpers of Future, Task and Handle reprs: reprlib.repr and
// format_helpers._format_callback_source.

// reprlibRepr is reprlib.repr with its default limits, enough for
// Future/Task reprs: long strings and containers are abbreviated.
func reprlibRepr(v rt.Value) string {
	s := rt.ReprOrErr(v)
	if s2, ok := rt.AsStr(v); ok && v.Type() == rt.StrType {
		if len([]rune(s2)) > 30 {
			r := []rune(s)
			i := (30 - 3) / 2
			j := 30 - 3 - i
			return string(r[:i]) + "..." + string(r[len(r)-j:])
		}
		return s
	}
	r := []rune(s)
	if len(r) > 30 && v.K == rt.KObj {
		// reprlib.repr of other objects: repr truncated to maxother=30.
		if _, ok := v.O.(*rt.Exc); !ok {
			i := (30 - 3) / 2
			j := 30 - 3 - i
			return string(r[:i]) + "..." + string(r[len(r)-j:])
		}
	}
	return s
}

// formatCallbackValue is format_helpers._format_callback_source for a
// Python callable with no arguments.
func formatCallbackValue(fn rt.Value) string {
	if f, ok := fn.O.(*rt.Function); ok && fn.K == rt.KObj {
		return f.Qualname + "() at " + rt.AbsFilename(f.Code.Filename) + ":" + rt.Itoa(f.Code.Line)
	}
	if q, e := rt.GetAttr(fn, "__qualname__"); e == nil {
		if s, ok := rt.AsStr(q); ok {
			return s + "()"
		}
	}
	return rt.ReprOrErr(fn) + "()"
}

// newOrderedSet makes a set of vals, added in order.
func newOrderedSet(vals []rt.Value) (rt.Value, *rt.Exc) { return rt.NewSet(vals...) }
