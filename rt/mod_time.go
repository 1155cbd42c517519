package rt

import (
	"math"
	"math/big"
	"time"
)

// The time module on the process clock (clock.go), with struct_time.

var StructTimeType = NewType("struct_time", ObjectType)

type StructTime struct{ t TmTime }

func (*StructTime) Type() *Type { return StructTimeType }

var structTimeFields = []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}

func (s *StructTime) fields() []Value {
	t := s.t
	return []Value{Int(int64(t.Year)), Int(int64(t.Mon)), Int(int64(t.Mday)), Int(int64(t.Hour)), Int(int64(t.Min)),
		Int(int64(t.Sec)), Int(int64(t.Wday)), Int(int64(t.Yday)), Int(int64(t.Isdst))}
}

// secondsArg is the optional `secs` of localtime/gmtime/ctime: None means
// now.
func secondsArg(a []Value) (float64, *Exc) {
	if len(a) == 0 || a[0].IsNull() || a[0].IsNone() {
		return WallSeconds(), nil
	}
	f, e := FloatArg(a[0])
	if e != nil {
		return 0, e
	}
	if math.IsNaN(f) {
		return 0, ValueErrorf("Invalid value NaN (not a number)")
	}
	return f, nil
}

// tupleArg converts a struct_time or 9-tuple argument.
func tupleArg(v Value) (TmTime, *Exc) {
	if s, ok := v.O.(*StructTime); ok && v.K == KObj {
		return s.t, nil
	}
	items, e := IterValues(v)
	if e != nil {
		return TmTime{}, TypeErrorf("Tuple or struct_time argument required")
	}
	if len(items) != 9 {
		return TmTime{}, TypeErrorf("time.struct_time() takes a sequence of length 9")
	}
	n := make([]int, 9)
	for i, it := range items {
		if it.K != KInt && it.K != KBool {
			return TmTime{}, TypeErrorf("'%s' object cannot be interpreted as an integer", it.TypeName())
		}
		n[i] = int(it.I)
	}
	zone, _ := time.Now().In(LocalZone()).Zone()
	return TmTime{Year: n[0], Mon: n[1], Mday: n[2], Hour: n[3], Min: n[4], Sec: n[5], Wday: n[6], Yday: n[7], Isdst: n[8], Zone: zone}, nil
}

// sleepArg validates time.sleep's argument as CPython (float or __index__).
func sleepArg(v Value) (float64, *Exc) {
	var secs float64
	if v.K == KFloat {
		secs = v.AsFloat()
	} else {
		iv, e := Index(v)
		if e != nil {
			return 0, TypeErrorf("'%s' object cannot be interpreted as an integer", v.TypeName())
		}
		secs = float64(iv.I)
		if iv.K == KObj {
			f, _ := new(big.Float).SetInt(ToBig(iv)).Float64()
			secs = f
		}
	}
	if math.IsNaN(secs) {
		return 0, ValueErrorf("Invalid value NaN (not a number)")
	}
	if secs < 0 {
		return 0, ValueErrorf("sleep length must be non-negative")
	}
	return secs, nil
}

func init() {
	StructTimeType.Module = "time"
	ST := StructTimeType
	ST.Repr = func(v Value) (string, *Exc) {
		s := "time.struct_time("
		for i, f := range v.O.(*StructTime).fields() {
			if i > 0 {
				s += ", "
			}
			s += structTimeFields[i] + "=" + ReprOrErr(f)
		}
		return s + ")", nil
	}
	ST.Len = func(v Value) (int, *Exc) { return 9, nil }
	ST.GetItem = func(o, k Value) (Value, *Exc) { return GetItem(NewTuple(o.O.(*StructTime).fields()...), k) }
	ST.Iter = func(o Value) (Value, *Exc) { return Iter(NewTuple(o.O.(*StructTime).fields()...)) }
	for i, name := range structTimeFields {
		i := i
		ST.Getter(name, func(v Value) (Value, *Exc) { return v.O.(*StructTime).fields()[i], nil })
	}
	ST.Getter("tm_zone", func(v Value) (Value, *Exc) { return Str(v.O.(*StructTime).t.Zone), nil })
	ST.Getter("tm_gmtoff", func(v Value) (Value, *Exc) { return Int(int64(v.O.(*StructTime).t.gmtoff)), nil })

	m := DefineModule("time")
	m.Set("struct_time", Obj(StructTimeType))
	m.Fn("time", func(args []Value, kw []string) (Value, *Exc) {
		return Float(WallSeconds()), ArgCount("time", args, kw, 0, 0)
	})
	m.Fn("time_ns", func(args []Value, kw []string) (Value, *Exc) {
		return Int(WallNS()), ArgCount("time_ns", args, kw, 0, 0)
	})
	mono := func(args []Value, kw []string) (Value, *Exc) { return Float(ClockMonotonic()), nil }
	monoNs := func(args []Value, kw []string) (Value, *Exc) { return Int(MonoNS()), nil }
	m.Fn("monotonic", mono)
	m.Fn("perf_counter", mono)
	m.Fn("monotonic_ns", monoNs)
	m.Fn("perf_counter_ns", monoNs)
	m.Fn("process_time", func(args []Value, kw []string) (Value, *Exc) { return Float(0), nil })
	m.Fn("sleep", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("sleep", args, kw, 1, 1); e != nil {
			return Null, e
		}
		secs, e := sleepArg(args[0])
		if e != nil {
			return Null, e
		}
		PySleep(secs)
		return None, nil
	})
	m.Fn("localtime", func(args []Value, kw []string) (Value, *Exc) {
		s, e := secondsArg(args)
		if e != nil {
			return Null, e
		}
		return Obj(&StructTime{BrokenDown(s, LocalZone())}), nil
	})
	m.Fn("gmtime", func(args []Value, kw []string) (Value, *Exc) {
		s, e := secondsArg(args)
		if e != nil {
			return Null, e
		}
		t := BrokenDown(s, time.UTC)
		t.Zone = "GMT"
		return Obj(&StructTime{t}), nil
	})
	m.Fn("ctime", func(args []Value, kw []string) (Value, *Exc) {
		s, e := secondsArg(args)
		if e != nil {
			return Null, e
		}
		return Str(asctime(BrokenDown(s, LocalZone()))), nil
	})
	m.Fn("asctime", func(args []Value, kw []string) (Value, *Exc) {
		t := BrokenDown(WallSeconds(), LocalZone())
		if len(args) > 0 {
			var e *Exc
			if t, e = tupleArg(args[0]); e != nil {
				return Null, e
			}
		}
		return Str(asctime(t)), nil
	})
	m.Fn("strftime", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("strftime", args, kw, 1, 2); e != nil {
			return Null, e
		}
		f, ok := AsStr(args[0])
		if !ok {
			return Null, TypeErrorf("strftime() argument 1 must be str, not %s", args[0].TypeName())
		}
		t := BrokenDown(WallSeconds(), LocalZone())
		if len(args) > 1 {
			var e *Exc
			if t, e = tupleArg(args[1]); e != nil {
				return Null, e
			}
		}
		return Str(Strftime(f, t)), nil
	})
	m.Fn("mktime", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("mktime", args, kw, 1, 1); e != nil {
			return Null, e
		}
		t, e := tupleArg(args[0])
		if e != nil {
			return Null, e
		}
		tt := time.Date(t.Year, time.Month(t.Mon), t.Mday, t.Hour, t.Min, t.Sec, 0, LocalZone())
		return Float(float64(tt.Unix())), nil
	})
	m.Set("timezone", Int(0))
	m.Set("altzone", Int(0))
	m.Set("daylight", Int(0))
	m.Set("tzname", NewTuple(Str("UTC"), Str("UTC")))
}
