package datetime

import (
	"math"
	"math/big"

	"github.com/py2goasync/py2goasync/rt"
	pytime "github.com/py2goasync/py2goasync/rt/lib/time"
)

// timedelta arithmetic beyond + and -: * and / by ints and floats,
// // % divmod and / between timedeltas, unary -, +, abs() and truth. As
// CPython's _datetimemodule.c, everything is computed on the exact number
// of microseconds as a Python int (big: timedelta.max is ~8.6e22 us), with
// round-half-even where a float or a true division is involved, and the
// int operations' own ZeroDivisionError messages.

const maxTDDays = 999999999

var bigUSPerDay = big.NewInt(86400 * 1e6)

func (t *timedelta) bigUS() *big.Int {
	b := big.NewInt(t.days)
	b.Mul(b, bigUSPerDay)
	return b.Add(b, big.NewInt(t.seconds*1e6+t.us))
}

// tdFromBig is microseconds_to_delta: normalize, then the days range check.
func tdFromBig(us *big.Int) (rt.Value, *rt.Exc) {
	days, rem := new(big.Int).DivMod(us, bigUSPerDay, new(big.Int))
	if !days.IsInt64() || days.Int64() > maxTDDays || days.Int64() < -maxTDDays {
		return rt.Null, rt.Errorf(rt.ExcOverflowError, "days=%s; must have magnitude <= %d", days.String(), maxTDDays)
	}
	r := rem.Int64()
	return rt.Obj(&timedelta{days: days.Int64(), seconds: r / 1e6, us: r % 1e6}), nil
}

// divideNearest is _PyLong_DivmodNear's quotient: m/n rounded half to even.
func divideNearest(m, n *big.Int) (*big.Int, *rt.Exc) {
	if n.Sign() == 0 {
		return nil, rt.Errorf(rt.ExcZeroDivisionError, "integer division or modulo by zero")
	}
	m, n = new(big.Int).Set(m), new(big.Int).Set(n)
	if n.Sign() < 0 {
		m.Neg(m)
		n.Neg(n)
	}
	q, r := new(big.Int).DivMod(m, n, new(big.Int)) // Euclidean = floor for n > 0
	c := new(big.Int).Lsh(r, 1).Cmp(n)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return q, nil
}

// floatRatio is float.as_integer_ratio with its errors.
func floatRatio(f float64) (num, den *big.Int, exc *rt.Exc) {
	if math.IsNaN(f) {
		return nil, nil, rt.ValueErrorf("cannot convert NaN to integer ratio")
	}
	if math.IsInf(f, 0) {
		return nil, nil, rt.Errorf(rt.ExcOverflowError, "cannot convert Infinity to integer ratio")
	}
	r := new(big.Rat).SetFloat64(f)
	return r.Num(), r.Denom(), nil
}

func asTD(v rt.Value) (*timedelta, bool) {
	t, ok := v.O.(*timedelta)
	return t, ok && v.K == rt.KObj
}

func initTimedeltaOps() {
	mul := func(a, b rt.Value) (rt.Value, *rt.Exc) {
		t, ok := asTD(a)
		other := b
		if !ok {
			if t, ok = asTD(b); !ok {
				return rt.NotImplemented, nil
			}
			other = a
		}
		switch {
		case rt.IsIntLike(other):
			return tdFromBig(new(big.Int).Mul(t.bigUS(), rt.ToBig(other)))
		case other.K == rt.KFloat:
			num, den, e := floatRatio(other.AsFloat())
			if e != nil {
				return rt.Null, e
			}
			q, e := divideNearest(new(big.Int).Mul(t.bigUS(), num), den)
			if e != nil {
				return rt.Null, e
			}
			return tdFromBig(q)
		}
		return rt.NotImplemented, nil
	}
	TimedeltaType.Num[rt.BinMul] = mul
	TimedeltaType.Num[rt.BinTrueDiv] = timedeltaTruediv
	TimedeltaType.Num[rt.BinFloorDiv] = timedeltaFloordiv
	TimedeltaType.Num[rt.BinMod] = timedeltaMod
	TimedeltaType.Num[rt.BinDivmod] = timedeltaDivmod
	TimedeltaType.Unary[rt.UnNeg] = timedeltaNeg
	TimedeltaType.Unary[rt.UnPos] = timedeltaPos
	TimedeltaType.Unary[rt.UnAbs] = timedeltaAbs
	TimedeltaType.Bool = timedeltaBool
	for _, c := range []struct {
		name string
		us   *big.Int
	}{
		{"max", new(big.Int).Sub(new(big.Int).Mul(big.NewInt(maxTDDays+1), bigUSPerDay), big.NewInt(1))},
		{"min", new(big.Int).Mul(big.NewInt(-maxTDDays), bigUSPerDay)},
		{"resolution", big.NewInt(1)},
	} {
		v, _ := tdFromBig(c.us)
		TimedeltaType.SetDict(c.name, v)
	}
}

// timedeltaTruediv is the Num[BinTrueDiv] hook (__truediv__) of timedelta.
func timedeltaTruediv(a, b rt.Value) (rt.Value, *rt.Exc) {
	t, ok := asTD(a)
	if !ok {
		return rt.NotImplemented, nil
	}
	if u, ok := asTD(b); ok {
		return rt.TrueDiv(rt.BigInt(t.bigUS()), rt.BigInt(u.bigUS()))
	}
	switch {
	case rt.IsIntLike(b):
		q, e := divideNearest(t.bigUS(), rt.ToBig(b))
		if e != nil {
			return rt.Null, e
		}
		return tdFromBig(q)
	case b.K == rt.KFloat:
		num, den, e := floatRatio(b.AsFloat())
		if e != nil {
			return rt.Null, e
		}
		q, e := divideNearest(new(big.Int).Mul(t.bigUS(), den), num)
		if e != nil {
			return rt.Null, e
		}
		return tdFromBig(q)
	}
	return rt.NotImplemented, nil
}

// timedeltaFloordiv is the Num[BinFloorDiv] hook (__floordiv__) of timedelta.
func timedeltaFloordiv(a, b rt.Value) (rt.Value, *rt.Exc) {
	t, ok := asTD(a)
	if !ok {
		return rt.NotImplemented, nil
	}
	if u, ok := asTD(b); ok {
		return rt.FloorDiv(rt.BigInt(t.bigUS()), rt.BigInt(u.bigUS()))
	}
	if rt.IsIntLike(b) {
		q, e := rt.FloorDiv(rt.BigInt(t.bigUS()), b)
		if e != nil {
			return rt.Null, e
		}
		return tdFromBig(rt.ToBig(q))
	}
	return rt.NotImplemented, nil
}

// timedeltaMod is the Num[BinMod] hook (__mod__) of timedelta.
func timedeltaMod(a, b rt.Value) (rt.Value, *rt.Exc) {
	t, ok1 := asTD(a)
	u, ok2 := asTD(b)
	if !ok1 || !ok2 {
		return rt.NotImplemented, nil
	}
	r, e := rt.Mod(rt.BigInt(t.bigUS()), rt.BigInt(u.bigUS()))
	if e != nil {
		return rt.Null, e
	}
	return tdFromBig(rt.ToBig(r))
}

// timedeltaDivmod is the Num[BinDivmod] hook (__divmod__) of timedelta.
func timedeltaDivmod(a, b rt.Value) (rt.Value, *rt.Exc) {
	t, ok1 := asTD(a)
	u, ok2 := asTD(b)
	if !ok1 || !ok2 {
		return rt.NotImplemented, nil
	}
	qr, e := rt.Call(bi0("divmod"), []rt.Value{rt.BigInt(t.bigUS()), rt.BigInt(u.bigUS())}, nil)
	if e != nil {
		return rt.Null, e
	}
	items := qr.O.(*rt.Tuple).Items
	r, e := tdFromBig(rt.ToBig(items[1]))
	if e != nil {
		return rt.Null, e
	}
	return rt.NewTuple(items[0], r), nil
}

// timedeltaNeg is the Unary[UnNeg] hook (__neg__) of timedelta.
func timedeltaNeg(a rt.Value) (rt.Value, *rt.Exc) {
	return tdFromBig(new(big.Int).Neg(a.O.(*timedelta).bigUS()))
}

// timedeltaPos is the Unary[UnPos] hook (__pos__) of timedelta.
func timedeltaPos(a rt.Value) (rt.Value, *rt.Exc) { return a, nil }

// timedeltaAbs is the Unary[UnAbs] hook (__abs__) of timedelta.
func timedeltaAbs(a rt.Value) (rt.Value, *rt.Exc) {
	if a.O.(*timedelta).days < 0 {
		return tdFromBig(new(big.Int).Neg(a.O.(*timedelta).bigUS()))
	}
	return a, nil
}

// timedeltaBool is the Bool hook (__bool__) of timedelta.
func timedeltaBool(v rt.Value) (bool, *rt.Exc) {
	t := v.O.(*timedelta)
	return t.days != 0 || t.seconds != 0 || t.us != 0, nil
}

// bi0 is a builtin by name (present at init: the builtins are defined by
// package-level initializers).
func bi0(name string) rt.Value {
	v, _ := rt.Builtin(name)
	return v
}

// initDateFormat is date.__format__ (datetime inherits it): an empty spec
// is str(self), anything else goes to self.strftime, as date_format does
// (so f"{now:%H:%M}" works and a subclass's strftime is used).
func initDateFormat() {
	DateType.Method("isoformat", dateIsoformat)
	// datetime.isoformat(sep='T', timespec='auto')
	DatetimeType.Method("isoformat", datetimeIsoformat)
	DateType.Method("__format__", strftimeFormat)
}

// dateIsoformat is date.isoformat.
func dateIsoformat(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if len(kw) > 0 {
		return rt.Null, rt.TypeErrorf("date.isoformat() takes no keyword arguments")
	}
	if len(args) > 0 {
		return rt.Null, rt.TypeErrorf("date.isoformat() takes no arguments (%d given)", len(args))
	}
	return rt.Str(self.O.(*dateTime).str("T")), nil
}

// datetimeIsoformat is datetime.isoformat.
func datetimeIsoformat(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("isoformat", args, kw, []string{"sep", "timespec"}, 0)
	if e != nil {
		return rt.Null, e
	}
	sep := "T"
	if !a[0].IsNull() {
		s, ok := rt.AsStr(a[0])
		if !ok || len([]rune(s)) != 1 {
			return rt.Null, rt.TypeErrorf("isoformat() argument 1 must be a unicode character, not %s", a[0].TypeName())
		}
		sep = s
	}
	spec := "auto"
	if !a[1].IsNull() {
		s, ok := rt.AsStr(a[1])
		if !ok {
			return rt.Null, rt.TypeErrorf("isoformat() argument 2 must be str, not %s", a[1].TypeName())
		}
		spec = s
	}
	d := self.O.(*dateTime)
	date := pytime.Pad(d.year, 4, '0') + "-" + pytime.Pad(d.month, 2, '0') + "-" + pytime.Pad(d.day, 2, '0') + sep
	hh, mm, ss := pytime.Pad(d.hour, 2, '0'), pytime.Pad(d.minute, 2, '0'), pytime.Pad(d.second, 2, '0')
	off := ""
	if d.tz != nil {
		off = formatOffset(d.tz.off, ":")
	}
	switch spec {
	case "auto":
		return rt.Str(d.str(sep)), nil
	case "hours":
		return rt.Str(date + hh + off), nil
	case "minutes":
		return rt.Str(date + hh + ":" + mm + off), nil
	case "seconds":
		return rt.Str(date + hh + ":" + mm + ":" + ss + off), nil
	case "milliseconds":
		return rt.Str(date + hh + ":" + mm + ":" + ss + "." + pytime.Pad(d.microsecond/1000, 3, '0') + off), nil
	case "microseconds":
		return rt.Str(date + hh + ":" + mm + ":" + ss + "." + pytime.Pad(d.microsecond, 6, '0') + off), nil
	}
	return rt.Null, rt.ValueErrorf("Unknown timespec value")
}

// strftimeFormat is date.__format__ and time.__format__: str(self) for an
// empty spec, else self.strftime(spec).
func strftimeFormat(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("__format__", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	spec, ok := rt.AsStr(args[0])
	if !ok {
		return rt.Null, rt.TypeErrorf("__format__() argument 1 must be str, not %s", args[0].TypeName())
	}
	if spec == "" {
		s, e := rt.ToStr(self)
		return rt.Str(s), e
	}
	return rt.CallMethod(self, "strftime", []rt.Value{args[0]}, nil)
}
