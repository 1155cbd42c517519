package rt

import "math/big"

// Random.getstate/setstate with CPython's layout: (3, (mt[0], ...,
// mt[623], index), gauss_next), so a state taken here restores the same
// sequence and equals the tuple python3 returns for the same seed.

const randomStateVersion = 3

func (r *randomObj) getstate() Value {
	items := make([]Value, N+1)
	for i, w := range r.mt.State {
		items[i] = Int(int64(w))
	}
	items[N] = Int(int64(r.mt.Index))
	g := None
	if r.gaussNext != nil {
		g = Float(*r.gaussNext)
	}
	return NewTuple(Int(randomStateVersion), NewTuple(items...), g)
}

var (
	bigTwo32  = new(big.Int).Lsh(big.NewInt(1), 32)
	bigULong  = new(big.Int).Lsh(big.NewInt(1), 64)
	bigLongHi = new(big.Int).Lsh(big.NewInt(1), 63)
)

// setstate is random.py's Random.setstate over _random.Random.setstate
// (the C part checks the tuple, converts each word as C unsigned long and
// truncates it to 32 bits, and range-checks the index).
func (r *randomObj) setstate(state Value) *Exc {
	version, e := GetItem(state, Int(0))
	if e != nil {
		return e
	}
	v2, e2 := Eq(version, Int(2))
	v3, e3 := Eq(version, Int(3))
	if e2 != nil {
		return e2
	}
	if e3 != nil {
		return e3
	}
	is2, _ := Truth(v2)
	is3, _ := Truth(v3)
	if !is2 && !is3 {
		vs, e := ToStr(version)
		if e != nil {
			return e
		}
		return ValueErrorf("state with version %s passed to Random.setstate() of version %d", vs, randomStateVersion)
	}
	parts, e := Unpack(state, 3)
	if e != nil {
		return e
	}
	internal, gauss := parts[1], parts[2]
	// self.gauss_next is assigned before the C setstate runs.
	if gauss.IsNone() {
		r.gaussNext = nil
	} else {
		g, e := FloatArg(gauss)
		if e != nil {
			return e
		}
		r.gaussNext = &g
	}
	if is2 {
		// version 2 saved signed ints: tuple(x % 2**32 for x in internalstate)
		it, e := Iter(internal)
		if e != nil {
			return e
		}
		var conv []Value
		for {
			x, ok, e := Next(it)
			if e != nil {
				return e
			}
			if !ok {
				break
			}
			m, e := Mod(x, BigInt(new(big.Int).Set(bigTwo32)))
			if e != nil {
				return e
			}
			conv = append(conv, m)
		}
		internal = NewTuple(conv...)
	}
	t, ok := internal.O.(*Tuple)
	if !ok || internal.K != KObj {
		return TypeErrorf("state vector must be a tuple")
	}
	if len(t.Items) != N+1 {
		return ValueErrorf("state vector is the wrong size")
	}
	var words [N]uint32
	for i := 0; i < N; i++ {
		x := t.Items[i]
		if !IsIntLike(x) {
			return TypeErrorf("an integer is required")
		}
		b := ToBig(x)
		if b.Sign() < 0 {
			return Errorf(ExcOverflowError, "can't convert negative value to unsigned int")
		}
		if b.Cmp(bigULong) >= 0 {
			return Errorf(ExcOverflowError, "Python int too large to convert to C unsigned long")
		}
		words[i] = uint32(new(big.Int).And(b, big.NewInt(0xffffffff)).Uint64())
	}
	x := t.Items[N]
	if !IsIntLike(x) {
		return TypeErrorf("an integer is required")
	}
	b := ToBig(x)
	if b.Cmp(bigLongHi) >= 0 || b.Cmp(new(big.Int).Neg(bigLongHi)) < 0 {
		return Errorf(ExcOverflowError, "Python int too large to convert to C long")
	}
	if b.Sign() < 0 || b.Cmp(big.NewInt(N)) > 0 {
		return ValueErrorf("invalid state")
	}
	r.mt.State = words
	r.mt.Index = int(b.Int64())
	return nil
}

func randomStateMethods() map[string]NativeFunc {
	return map[string]NativeFunc{
		"getstate": func(self Value, args []Value, kw []string) (Value, *Exc) {
			if e := ArgCount("getstate", args, kw, 0, 0); e != nil {
				return Null, e
			}
			return self.O.(*randomObj).getstate(), nil
		},
		"setstate": func(self Value, args []Value, kw []string) (Value, *Exc) {
			if e := ArgCount("setstate", args, kw, 1, 1); e != nil {
				return Null, e
			}
			return None, self.O.(*randomObj).setstate(args[0])
		},
	}
}
