package rt

// The async-for helpers of docs/rt-api.md ("with, async with, async for").

// AIter is `type(x).__aiter__(x)`.
func AIter(x Value) (Value, *Exc) {
	if g, ok := x.O.(*Generator); ok && x.K == KObj && g.Kind == AsyncGenCode {
		return x, nil
	}
	m := x.Type().Lookup("__aiter__")
	if m.IsNull() {
		return Null, TypeErrorf("'async for' requires an object with __aiter__ method, got %s", x.TypeName())
	}
	return Call(m, []Value{x}, nil)
}

// ANext is `type(it).__anext__(it)`: the awaitable generated code awaits.
func ANext(it Value) (Value, *Exc) {
	if g, ok := it.O.(*Generator); ok && it.K == KObj && g.Kind == AsyncGenCode {
		return Obj(&agenAwaitable{gen: g, sendVal: None}), nil
	}
	m := it.Type().Lookup("__anext__")
	if m.IsNull() {
		return Null, TypeErrorf("'async for' received an object from __aiter__ that does not implement __anext__: %s", it.TypeName())
	}
	return Call(m, []Value{it}, nil)
}

// IsStopAsyncIteration says the awaited __anext__ ended the loop.
func IsStopAsyncIteration(e *Exc) bool { return IsExcInstance(e, ExcStopAsyncIteration) }
