package rt

import (
	"math"
	"math/big"
	"time"
)

// The time module on the process clock (clock.go), with struct_time.

var StructTimeType = NewType("struct_time", ObjectType)

type structTime struct{ t tmTime }

func (*structTime) Type() *Type { return StructTimeType }

var structTimeFields = []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}

func (s *structTime) fields() []Value {
	t := s.t
	return []Value{Int(int64(t.year)), Int(int64(t.mon)), Int(int64(t.mday)), Int(int64(t.hour)), Int(int64(t.min)),
		Int(int64(t.sec)), Int(int64(t.wday)), Int(int64(t.yday)), Int(int64(t.isdst))}
}

// secondsArg is the optional `secs` of localtime/gmtime/ctime: None means
// now.
func secondsArg(a []Value) (float64, *Exc) {
	if len(a) == 0 || a[0].IsNull() || a[0].IsNone() {
		return wallSeconds(), nil
	}
	f, e := floatArg(a[0])
	if e != nil {
		return 0, e
	}
	if math.IsNaN(f) {
		return 0, ValueErrorf("Invalid value NaN (not a number)")
	}
	return f, nil
}

// tupleArg converts a struct_time or 9-tuple argument.
func tupleArg(v Value) (tmTime, *Exc) {
	if s, ok := v.O.(*structTime); ok && v.K == KObj {
		return s.t, nil
	}
	items, e := iterValues(v)
	if e != nil {
		return tmTime{}, TypeErrorf("Tuple or struct_time argument required")
	}
	if len(items) != 9 {
		return tmTime{}, TypeErrorf("time.struct_time() takes a sequence of length 9")
	}
	n := make([]int, 9)
	for i, it := range items {
		if it.K != KInt && it.K != KBool {
			return tmTime{}, TypeErrorf("'%s' object cannot be interpreted as an integer", it.TypeName())
		}
		n[i] = int(it.I)
	}
	zone, _ := time.Now().In(localZone()).Zone()
	return tmTime{year: n[0], mon: n[1], mday: n[2], hour: n[3], min: n[4], sec: n[5], wday: n[6], yday: n[7], isdst: n[8], zone: zone}, nil
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
			f, _ := new(big.Float).SetInt(toBig(iv)).Float64()
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
		for i, f := range v.O.(*structTime).fields() {
			if i > 0 {
				s += ", "
			}
			s += structTimeFields[i] + "=" + reprOrErr(f)
		}
		return s + ")", nil
	}
	ST.Len = func(v Value) (int, *Exc) { return 9, nil }
	ST.GetItem = func(o, k Value) (Value, *Exc) { return GetItem(NewTuple(o.O.(*structTime).fields()...), k) }
	ST.Iter = func(o Value) (Value, *Exc) { return Iter(NewTuple(o.O.(*structTime).fields()...)) }
	for i, name := range structTimeFields {
		i := i
		ST.Getter(name, func(v Value) (Value, *Exc) { return v.O.(*structTime).fields()[i], nil })
	}
	ST.Getter("tm_zone", func(v Value) (Value, *Exc) { return Str(v.O.(*structTime).t.zone), nil })
	ST.Getter("tm_gmtoff", func(v Value) (Value, *Exc) { return Int(int64(v.O.(*structTime).t.gmtoff)), nil })

	m := defineModule("time")
	m.set("struct_time", Obj(StructTimeType))
	m.fn("time", func(args []Value, kw []string) (Value, *Exc) {
		return Float(wallSeconds()), ArgCount("time", args, kw, 0, 0)
	})
	m.fn("time_ns", func(args []Value, kw []string) (Value, *Exc) {
		return Int(wallNS()), ArgCount("time_ns", args, kw, 0, 0)
	})
	mono := func(args []Value, kw []string) (Value, *Exc) { return Float(clockMonotonic()), nil }
	monoNs := func(args []Value, kw []string) (Value, *Exc) { return Int(monoNS()), nil }
	m.fn("monotonic", mono)
	m.fn("perf_counter", mono)
	m.fn("monotonic_ns", monoNs)
	m.fn("perf_counter_ns", monoNs)
	m.fn("process_time", func(args []Value, kw []string) (Value, *Exc) { return Float(0), nil })
	m.fn("sleep", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("sleep", args, kw, 1, 1); e != nil {
			return Null, e
		}
		secs, e := sleepArg(args[0])
		if e != nil {
			return Null, e
		}
		pySleep(secs)
		return None, nil
	})
	m.fn("localtime", func(args []Value, kw []string) (Value, *Exc) {
		s, e := secondsArg(args)
		if e != nil {
			return Null, e
		}
		return Obj(&structTime{brokenDown(s, localZone())}), nil
	})
	m.fn("gmtime", func(args []Value, kw []string) (Value, *Exc) {
		s, e := secondsArg(args)
		if e != nil {
			return Null, e
		}
		t := brokenDown(s, time.UTC)
		t.zone = "GMT"
		return Obj(&structTime{t}), nil
	})
	m.fn("ctime", func(args []Value, kw []string) (Value, *Exc) {
		s, e := secondsArg(args)
		if e != nil {
			return Null, e
		}
		return Str(asctime(brokenDown(s, localZone()))), nil
	})
	m.fn("asctime", func(args []Value, kw []string) (Value, *Exc) {
		t := brokenDown(wallSeconds(), localZone())
		if len(args) > 0 {
			var e *Exc
			if t, e = tupleArg(args[0]); e != nil {
				return Null, e
			}
		}
		return Str(asctime(t)), nil
	})
	m.fn("strftime", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("strftime", args, kw, 1, 2); e != nil {
			return Null, e
		}
		f, ok := AsStr(args[0])
		if !ok {
			return Null, TypeErrorf("strftime() argument 1 must be str, not %s", args[0].TypeName())
		}
		t := brokenDown(wallSeconds(), localZone())
		if len(args) > 1 {
			var e *Exc
			if t, e = tupleArg(args[1]); e != nil {
				return Null, e
			}
		}
		return Str(strftime(f, t)), nil
	})
	m.fn("mktime", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("mktime", args, kw, 1, 1); e != nil {
			return Null, e
		}
		t, e := tupleArg(args[0])
		if e != nil {
			return Null, e
		}
		tt := time.Date(t.year, time.Month(t.mon), t.mday, t.hour, t.min, t.sec, 0, localZone())
		return Float(float64(tt.Unix())), nil
	})
	m.set("timezone", Int(0))
	m.set("altzone", Int(0))
	m.set("daylight", Int(0))
	m.set("tzname", NewTuple(Str("UTC"), Str("UTC")))
}
