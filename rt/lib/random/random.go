package random

import (
	"crypto/rand"
	"crypto/sha512"
	ebin "encoding/binary"
	"math"
	"math/big"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/internal/mt19937"
	pymath "github.com/py2goasync/py2goasync/rt/lib/math"
)

// The random module: random.Random on MT19937 (mod_random_mt.go) with
// random.py's algorithms (randrange, choice, shuffle, sample, uniform).

var RandomType = rt.NewType("Random", rt.ObjectType)

type randomObj struct {
	mt        mt19937.MT
	gaussNext *float64
}

func (*randomObj) Type() *rt.Type { return RandomType }

var randomInst = &randomObj{}

// initRandomState seeds the module generator: random.seed(12345) in
// deterministic mode, OS entropy otherwise.
func initRandomState() {
	if rt.Deterministic() {
		randomInst.mt.SeedInt(big.NewInt(12345))
		return
	}
	randomInst.seedEntropy()
}

func (r *randomObj) seedEntropy() {
	var b [32]byte
	rand.Read(b[:])
	key := make([]uint32, 8)
	for i := range key {
		key[i] = ebin.LittleEndian.Uint32(b[i*4:])
	}
	r.mt.InitByArray(key)
}

// seed is Random.seed(a) (version 2).
func (r *randomObj) seed(a rt.Value) *rt.Exc {
	r.gaussNext = nil
	switch {
	case a.IsNull() || a.IsNone():
		r.seedEntropy()
		return nil
	case a.K == rt.KInt || a.K == rt.KBool || rt.IsIntLike(a):
		r.mt.SeedInt(rt.ToBig(a))
		return nil
	case a.K == rt.KFloat:
		h, e := rt.Hash(a)
		if e != nil {
			return e
		}
		r.mt.SeedInt(big.NewInt(h))
		return nil
	}
	if s, ok := rt.AsStr(a); ok {
		// version 2: int.from_bytes(a.encode() + sha512(a.encode()).digest())
		b := []byte(s)
		sum := sha512.Sum512(b)
		all := append(append([]byte{}, b...), sum[:]...)
		r.mt.SeedInt(new(big.Int).SetBytes(all))
		return nil
	}
	return rt.TypeErrorf("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
}

func intArg(v rt.Value, fname string) (*big.Int, *rt.Exc) {
	iv, e := rt.Index(v)
	if e != nil {
		return nil, e
	}
	return rt.ToBig(iv), nil
}

// randrange is Random.randrange(start, stop=None, step=1) (3.11).
func (r *randomObj) randrange(start, stop, step rt.Value) (rt.Value, *rt.Exc) {
	if start.K == rt.KFloat || stop.K == rt.KFloat || step.K == rt.KFloat {
		return rt.Null, rt.TypeErrorf("'float' object cannot be interpreted as an integer")
	}
	istart, e := intArg(start, "randrange")
	if e != nil {
		return rt.Null, e
	}
	if stop.IsNull() || stop.IsNone() {
		if istart.Sign() > 0 {
			return rt.BigInt(r.mt.Randbelow(istart)), nil
		}
		return rt.Null, rt.ValueErrorf("empty range for randrange()")
	}
	istop, e := intArg(stop, "randrange")
	if e != nil {
		return rt.Null, e
	}
	width := new(big.Int).Sub(istop, istart)
	istep := big.NewInt(1)
	if !step.IsNull() {
		if istep, e = intArg(step, "randrange"); e != nil {
			return rt.Null, e
		}
	}
	if istep.Cmp(big.NewInt(1)) == 0 {
		if width.Sign() > 0 {
			return rt.BigInt(new(big.Int).Add(istart, r.mt.Randbelow(width))), nil
		}
		return rt.Null, rt.ValueErrorf("empty range for randrange() (%s, %s, %s)", istart, istop, width)
	}
	var n *big.Int
	switch istep.Sign() {
	case 1:
		n = new(big.Int).Div(new(big.Int).Add(width, new(big.Int).Sub(istep, big.NewInt(1))), istep)
	case -1:
		n = new(big.Int).Div(new(big.Int).Add(width, new(big.Int).Add(istep, big.NewInt(1))), istep)
	default:
		return rt.Null, rt.ValueErrorf("zero step for randrange()")
	}
	if n.Sign() <= 0 {
		return rt.Null, rt.ValueErrorf("empty range for randrange()")
	}
	k := r.mt.Randbelow(n)
	return rt.BigInt(k.Mul(k, istep).Add(k, istart)), nil
}

func (r *randomObj) choice(seq rt.Value) (rt.Value, *rt.Exc) {
	n, e := rt.Len(seq)
	if e != nil {
		return rt.Null, e
	}
	if n == 0 {
		return rt.Null, rt.Errorf(rt.ExcIndexError, "Cannot choose from an empty sequence")
	}
	return rt.GetItem(seq, rt.Int(r.mt.RandbelowInt(int64(n))))
}

func (r *randomObj) shuffle(x rt.Value) *rt.Exc {
	n, e := rt.Len(x)
	if e != nil {
		return e
	}
	for i := n - 1; i > 0; i-- {
		j := r.mt.RandbelowInt(int64(i + 1))
		a, e := rt.GetItem(x, rt.Int(int64(i)))
		if e != nil {
			return e
		}
		b, e := rt.GetItem(x, rt.Int(j))
		if e != nil {
			return e
		}
		if e := rt.SetItem(x, rt.Int(int64(i)), b); e != nil {
			return e
		}
		if e := rt.SetItem(x, rt.Int(j), a); e != nil {
			return e
		}
	}
	return nil
}

// sample is Random.sample(population, k) (no counts), random.py's
// pool/set selection.
func (r *randomObj) sample(pop rt.Value, k int) (rt.Value, *rt.Exc) {
	items, e := rt.IterValues(pop)
	if e != nil {
		return rt.Null, e
	}
	n := len(items)
	if k < 0 || k > n {
		return rt.Null, rt.ValueErrorf("Sample larger than population or is negative")
	}
	result := make([]rt.Value, k)
	setsize := 21
	if k > 5 {
		setsize += int(math.Pow(4, math.Ceil(math.Log(float64(k*3))/math.Log(4))))
	}
	if n <= setsize {
		pool := append([]rt.Value(nil), items...)
		for i := 0; i < k; i++ {
			j := r.mt.RandbelowInt(int64(n - i))
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
	} else {
		selected := map[int64]bool{}
		for i := 0; i < k; i++ {
			j := r.mt.RandbelowInt(int64(n))
			for selected[j] {
				j = r.mt.RandbelowInt(int64(n))
			}
			selected[j] = true
			result[i] = items[j]
		}
	}
	return rt.NewList(result...), nil
}

// choices is Random.choices(population, weights, cum_weights, k).
func (r *randomObj) choices(pop, weights, cum rt.Value, k int) (rt.Value, *rt.Exc) {
	n, e := rt.Len(pop)
	if e != nil {
		return rt.Null, e
	}
	out := make([]rt.Value, 0, k)
	if (cum.IsNull() || cum.IsNone()) && (weights.IsNull() || weights.IsNone()) {
		fn := float64(n)
		for i := 0; i < k; i++ {
			v, e := rt.GetItem(pop, rt.Int(int64(math.Floor(r.mt.Random()*fn))))
			if e != nil {
				return rt.Null, e
			}
			out = append(out, v)
		}
		return rt.NewList(out...), nil
	}
	var cw []float64
	if !cum.IsNull() && !cum.IsNone() {
		if !weights.IsNull() && !weights.IsNone() {
			return rt.Null, rt.TypeErrorf("Cannot specify both weights and cumulative weights")
		}
		vs, e := rt.IterValues(cum)
		if e != nil {
			return rt.Null, e
		}
		for _, v := range vs {
			f, e := rt.FloatArg(v)
			if e != nil {
				return rt.Null, e
			}
			cw = append(cw, f)
		}
	} else {
		vs, e := rt.IterValues(weights)
		if e != nil {
			return rt.Null, e
		}
		acc := 0.0
		for _, v := range vs {
			f, e := rt.FloatArg(v)
			if e != nil {
				return rt.Null, e
			}
			acc += f
			cw = append(cw, acc)
		}
	}
	if len(cw) != n {
		return rt.Null, rt.ValueErrorf("The number of weights does not match the population")
	}
	total := cw[n-1]
	if total <= 0 {
		return rt.Null, rt.ValueErrorf("Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		return rt.Null, rt.ValueErrorf("Total of weights must be finite")
	}
	for i := 0; i < k; i++ {
		x := r.mt.Random() * total
		lo, hi := 0, n-1 // bisect_right(cum_weights, x, 0, n-1)
		for lo < hi {
			mid := (lo + hi) / 2
			if x < cw[mid] {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		v, e := rt.GetItem(pop, rt.Int(int64(lo)))
		if e != nil {
			return rt.Null, e
		}
		out = append(out, v)
	}
	return rt.NewList(out...), nil
}

// gauss is Random.gauss (Box-Muller with the cached second value).
func (r *randomObj) gauss(mu, sigma float64) float64 {
	var z float64
	if r.gaussNext != nil {
		z = *r.gaussNext
		r.gaussNext = nil
	} else {
		// correctly rounded log/cos/sin, as glibc's: seeded values match
		x2pi := r.mt.Random() * 2 * math.Pi
		g2rad := math.Sqrt(-2.0 * pymath.LogWith(1.0-r.mt.Random(), nil))
		z = pymath.CorrectCos(x2pi) * g2rad
		s := pymath.CorrectSin(x2pi) * g2rad
		r.gaussNext = &s
	}
	return mu + z*sigma
}

func randomMethods() map[string]rt.NativeFunc {
	rf := func(v rt.Value) *randomObj { return v.O.(*randomObj) }
	return map[string]rt.NativeFunc{
		"seed": func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			a, e := rt.ParseArgs("seed", args, kw, []string{"a", "version"}, 0)
			if e != nil {
				return rt.Null, e
			}
			return rt.None, rf(self).seed(a[0])
		},
		"random": func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			if e := rt.ArgCount("random", args, kw, 0, 0); e != nil {
				return rt.Null, e
			}
			return rt.Float(rf(self).mt.Random()), nil
		},
		"getrandbits": func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			if e := rt.ArgCount("getrandbits", args, kw, 1, 1); e != nil {
				return rt.Null, e
			}
			k, e := intArg(args[0], "getrandbits")
			if e != nil {
				return rt.Null, e
			}
			if k.Sign() < 0 {
				return rt.Null, rt.ValueErrorf("number of bits must be non-negative")
			}
			return rt.BigInt(rf(self).mt.Getrandbits(int(k.Int64()))), nil
		},
		"randbytes": func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			if e := rt.ArgCount("randbytes", args, kw, 1, 1); e != nil {
				return rt.Null, e
			}
			n, e := intArg(args[0], "randbytes")
			if e != nil {
				return rt.Null, e
			}
			if n.Sign() < 0 {
				return rt.Null, rt.ValueErrorf("negative argument not allowed")
			}
			return rt.Bytes(rf(self).mt.Randbytes(int(n.Int64()))), nil
		},
		"randrange": func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			a, e := rt.ParseArgs("randrange", args, kw, []string{"start", "stop", "step"}, 1)
			if e != nil {
				return rt.Null, e
			}
			return rf(self).randrange(a[0], a[1], a[2])
		},
		"randint": func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			a, e := rt.ParseArgs("randint", args, kw, []string{"a", "b"}, 2)
			if e != nil {
				return rt.Null, e
			}
			b1, e := rt.Add(a[1], rt.Int(1))
			if e != nil {
				return rt.Null, e
			}
			return rf(self).randrange(a[0], b1, rt.Null)
		},
		"choice": func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			if e := rt.ArgCount("choice", args, kw, 1, 1); e != nil {
				return rt.Null, e
			}
			return rf(self).choice(args[0])
		},
		"shuffle": func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			if e := rt.ArgCount("shuffle", args, kw, 1, 1); e != nil {
				return rt.Null, e
			}
			return rt.None, rf(self).shuffle(args[0])
		},
		"sample": func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			a, e := rt.ParseArgs("sample", args, kw, []string{"population", "k"}, 2)
			if e != nil {
				return rt.Null, e
			}
			k, e := intArg(a[1], "sample")
			if e != nil {
				return rt.Null, e
			}
			return rf(self).sample(a[0], int(k.Int64()))
		},
		"choices": func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			a, e := rt.ParseArgs("choices", args, kw, []string{"population", "weights", "cum_weights", "k"}, 1)
			if e != nil {
				return rt.Null, e
			}
			k := 1
			if !a[3].IsNull() {
				kv, e := intArg(a[3], "choices")
				if e != nil {
					return rt.Null, e
				}
				k = int(kv.Int64())
			}
			return rf(self).choices(a[0], a[1], a[2], k)
		},
		"gauss": func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			a, e := rt.ParseArgs("gauss", args, kw, []string{"mu", "sigma"}, 0)
			if e != nil {
				return rt.Null, e
			}
			mu, sigma := 0.0, 1.0
			if !a[0].IsNull() {
				if mu, e = rt.FloatArg(a[0]); e != nil {
					return rt.Null, e
				}
			}
			if !a[1].IsNull() {
				if sigma, e = rt.FloatArg(a[1]); e != nil {
					return rt.Null, e
				}
			}
			return rt.Float(rf(self).gauss(mu, sigma)), nil
		},
		"expovariate": func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			a, e := rt.ParseArgs("expovariate", args, kw, []string{"lambd"}, 1)
			if e != nil {
				return rt.Null, e
			}
			l, e := rt.FloatArg(a[0])
			if e != nil {
				return rt.Null, e
			}
			lg, e := pyLog(1.0 - rf(self).mt.Random())
			if e != nil {
				return rt.Null, e
			}
			return fl2(pyDiv(-lg, l))
		},
		"uniform": func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			a, e := rt.ParseArgs("uniform", args, kw, []string{"a", "b"}, 2)
			if e != nil {
				return rt.Null, e
			}
			x, e := rt.FloatArg(a[0])
			if e != nil {
				return rt.Null, e
			}
			y, e := rt.FloatArg(a[1])
			if e != nil {
				return rt.Null, e
			}
			return rt.Float(x + (y-x)*rf(self).mt.Random()), nil
		},
	}
}

func init() {
	RandomType.Module = "random"
	RandomType.New = randomNew
	RandomType.Init = randomInit
	m := rt.DefineModule("random")
	m.OnImport = func(*rt.Module) { initRandomState() }
	m.Set("Random", rt.Obj(RandomType))
	self := rt.Obj(randomInst)
	methods := randomMethods()
	for name, fn := range randomStateMethods() {
		methods[name] = fn
	}
	for name, fn := range randomDistMethods() {
		methods[name] = fn
	}
	for name, fn := range methods {
		RandomType.Method(name, fn)
		fn := fn
		m.Fn(name, func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) { return fn(self, args, kw) })
	}
}

// randomNew is the New hook (__new__) of Random.
func randomNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("Random", args, kw, []string{"x"}, 0)
	if e != nil {
		return rt.Null, e
	}
	r := &randomObj{}
	if e := r.seed(a[0]); e != nil {
		return rt.Null, e
	}
	return rt.Obj(r), nil
}

// randomInit is the Init hook (__init__) of Random.
func randomInit(self rt.Value, args []rt.Value, kw []string) *rt.Exc { return nil }
