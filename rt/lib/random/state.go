package random

import (
	"math/big"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/internal/mt19937"
)

// Random.getstate/setstate with CPython's layout: (3, (mt[0], ...,
// mt[623], index), gauss_next), so a state taken here restores the same
// sequence and equals the tuple python3 returns for the same seed.

const randomStateVersion = 3

func (r *randomObj) getstate() rt.Value {
	items := make([]rt.Value, mt19937.N+1)
	for i, w := range r.mt.State {
		items[i] = rt.Int(int64(w))
	}
	items[mt19937.N] = rt.Int(int64(r.mt.Index))
	g := rt.None
	if r.gaussNext != nil {
		g = rt.Float(*r.gaussNext)
	}
	return rt.NewTuple(rt.Int(randomStateVersion), rt.NewTuple(items...), g)
}

var (
	bigTwo32  = new(big.Int).Lsh(big.NewInt(1), 32)
	bigULong  = new(big.Int).Lsh(big.NewInt(1), 64)
	bigLongHi = new(big.Int).Lsh(big.NewInt(1), 63)
)

// setstate is random.py's Random.setstate over _random.Random.setstate
// (the C part checks the tuple, converts each word as C unsigned long and
// truncates it to 32 bits, and range-checks the index).
func (r *randomObj) setstate(state rt.Value) *rt.Exc {
	version, e := rt.GetItem(state, rt.Int(0))
	if e != nil {
		return e
	}
	v2, e2 := rt.Eq(version, rt.Int(2))
	v3, e3 := rt.Eq(version, rt.Int(3))
	if e2 != nil {
		return e2
	}
	if e3 != nil {
		return e3
	}
	is2, _ := rt.Truth(v2)
	is3, _ := rt.Truth(v3)
	if !is2 && !is3 {
		vs, e := rt.ToStr(version)
		if e != nil {
			return e
		}
		return rt.ValueErrorf("state with version %s passed to Random.setstate() of version %d", vs, randomStateVersion)
	}
	parts, e := rt.Unpack(state, 3)
	if e != nil {
		return e
	}
	internal, gauss := parts[1], parts[2]
	// self.gauss_next is assigned before the C setstate runs.
	if gauss.IsNone() {
		r.gaussNext = nil
	} else {
		g, e := rt.FloatArg(gauss)
		if e != nil {
			return e
		}
		r.gaussNext = &g
	}
	if is2 {
		// version 2 saved signed ints: tuple(x % 2**32 for x in internalstate)
		it, e := rt.Iter(internal)
		if e != nil {
			return e
		}
		var conv []rt.Value
		for {
			x, ok, e := rt.Next(it)
			if e != nil {
				return e
			}
			if !ok {
				break
			}
			m, e := rt.Mod(x, rt.BigInt(new(big.Int).Set(bigTwo32)))
			if e != nil {
				return e
			}
			conv = append(conv, m)
		}
		internal = rt.NewTuple(conv...)
	}
	t, ok := internal.O.(*rt.Tuple)
	if !ok || internal.K != rt.KObj {
		return rt.TypeErrorf("state vector must be a tuple")
	}
	if len(t.Items) != mt19937.N+1 {
		return rt.ValueErrorf("state vector is the wrong size")
	}
	var words [mt19937.N]uint32
	for i := 0; i < mt19937.N; i++ {
		x := t.Items[i]
		if !rt.IsIntLike(x) {
			return rt.TypeErrorf("an integer is required")
		}
		b := rt.ToBig(x)
		if b.Sign() < 0 {
			return rt.Errorf(rt.ExcOverflowError, "can't convert negative value to unsigned int")
		}
		if b.Cmp(bigULong) >= 0 {
			return rt.Errorf(rt.ExcOverflowError, "Python int too large to convert to C unsigned long")
		}
		words[i] = uint32(new(big.Int).And(b, big.NewInt(0xffffffff)).Uint64())
	}
	x := t.Items[mt19937.N]
	if !rt.IsIntLike(x) {
		return rt.TypeErrorf("an integer is required")
	}
	b := rt.ToBig(x)
	if b.Cmp(bigLongHi) >= 0 || b.Cmp(new(big.Int).Neg(bigLongHi)) < 0 {
		return rt.Errorf(rt.ExcOverflowError, "Python int too large to convert to C long")
	}
	if b.Sign() < 0 || b.Cmp(big.NewInt(mt19937.N)) > 0 {
		return rt.ValueErrorf("invalid state")
	}
	r.mt.State = words
	r.mt.Index = int(b.Int64())
	return nil
}

func randomStateMethods() map[string]rt.NativeFunc {
	return map[string]rt.NativeFunc{
		"getstate": func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			if e := rt.ArgCount("getstate", args, kw, 0, 0); e != nil {
				return rt.Null, e
			}
			return self.O.(*randomObj).getstate(), nil
		},
		"setstate": func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			if e := rt.ArgCount("setstate", args, kw, 1, 1); e != nil {
				return rt.Null, e
			}
			return rt.None, self.O.(*randomObj).setstate(args[0])
		},
	}
}
