package rt

// Small helpers the coroutine and asyncio files share, and the bridge to
// the core's API.

// reprlibRepr is reprlib.repr with its default limits, enough for
// Future/Task reprs: long strings and containers are abbreviated.
func reprlibRepr(v Value) string {
	s := ReprOrErr(v)
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
		return f.Qualname + "() at " + AbsFilename(f.Code.Filename) + ":" + Itoa(f.Code.Line)
	}
	if q, e := GetAttr(fn, "__qualname__"); e == nil {
		if s, ok := AsStr(q); ok {
			return s + "()"
		}
	}
	return ReprOrErr(fn) + "()"
}

// newOrderedSet makes a set of vals, added in order.
func newOrderedSet(vals []Value) (Value, *Exc) { return NewSet(vals...) }
