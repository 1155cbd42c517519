package time

import (
	"math"
	"math/big"
	"time"

	"github.com/py2goasync/py2goasync/rt"
)

// The time module on the process clock (clock.go), with struct_time.

var StructTimeType = rt.NewType("struct_time", rt.ObjectType)

type StructTime struct{ T TmTime }

func (*StructTime) Type() *rt.Type { return StructTimeType }

var structTimeFields = []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}

func (s *StructTime) fields() []rt.Value {
	t := s.T
	return []rt.Value{rt.Int(int64(t.Year)), rt.Int(int64(t.Mon)), rt.Int(int64(t.Mday)), rt.Int(int64(t.Hour)), rt.Int(int64(t.Min)),
		rt.Int(int64(t.Sec)), rt.Int(int64(t.Wday)), rt.Int(int64(t.Yday)), rt.Int(int64(t.Isdst))}
}

// secondsArg is the optional `secs` of localtime/gmtime/ctime: None means
// now.
func secondsArg(a []rt.Value) (float64, *rt.Exc) {
	if len(a) == 0 || a[0].IsNull() || a[0].IsNone() {
		return rt.WallSeconds(), nil
	}
	f, e := rt.FloatArg(a[0])
	if e != nil {
		return 0, e
	}
	if math.IsNaN(f) {
		return 0, rt.ValueErrorf("Invalid value NaN (not a number)")
	}
	return f, nil
}

// tupleArg converts a struct_time or 9-tuple argument.
func tupleArg(v rt.Value) (TmTime, *rt.Exc) {
	if s, ok := v.O.(*StructTime); ok && v.K == rt.KObj {
		return s.T, nil
	}
	items, e := rt.IterValues(v)
	if e != nil {
		return TmTime{}, rt.TypeErrorf("Tuple or struct_time argument required")
	}
	if len(items) != 9 {
		return TmTime{}, rt.TypeErrorf("time.struct_time() takes a sequence of length 9")
	}
	n := make([]int, 9)
	for i, it := range items {
		if it.K != rt.KInt && it.K != rt.KBool {
			return TmTime{}, rt.TypeErrorf("'%s' object cannot be interpreted as an integer", it.TypeName())
		}
		n[i] = int(it.I)
	}
	zone, _ := time.Now().In(LocalZone()).Zone()
	return TmTime{Year: n[0], Mon: n[1], Mday: n[2], Hour: n[3], Min: n[4], Sec: n[5], Wday: n[6], Yday: n[7], Isdst: n[8], Zone: zone}, nil
}

// sleepArg validates time.sleep's argument as CPython (float or __index__).
func sleepArg(v rt.Value) (float64, *rt.Exc) {
	var secs float64
	if v.K == rt.KFloat {
		secs = v.AsFloat()
	} else {
		iv, e := rt.Index(v)
		if e != nil {
			return 0, rt.TypeErrorf("'%s' object cannot be interpreted as an integer", v.TypeName())
		}
		secs = float64(iv.I)
		if iv.K == rt.KObj {
			f, _ := new(big.Float).SetInt(rt.ToBig(iv)).Float64()
			secs = f
		}
	}
	if math.IsNaN(secs) {
		return 0, rt.ValueErrorf("Invalid value NaN (not a number)")
	}
	if secs < 0 {
		return 0, rt.ValueErrorf("sleep length must be non-negative")
	}
	return secs, nil
}

func init() {
	StructTimeType.Module = "time"
	ST := StructTimeType
	ST.Repr = structTimeRepr
	ST.Len = structTimeLen
	ST.GetItem = structTimeGetItem
	ST.Iter = structTimeIter
	for i, name := range structTimeFields {
		i := i
		ST.Getter(name, func(v rt.Value) (rt.Value, *rt.Exc) { return v.O.(*StructTime).fields()[i], nil })
	}
	ST.Getter("tm_zone", structTimeTmZone)
	ST.Getter("tm_gmtoff", structTimeTmGmtoff)

	m := rt.DefineModule("time")
	m.Set("struct_time", rt.Obj(StructTimeType))
	m.Fn("time", timeTime)
	m.Fn("time_ns", timeTimeNs)
	mono := func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) { return rt.Float(rt.ClockMonotonic()), nil }
	monoNs := func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) { return rt.Int(rt.MonoNS()), nil }
	m.Fn("monotonic", mono)
	m.Fn("perf_counter", mono)
	m.Fn("monotonic_ns", monoNs)
	m.Fn("perf_counter_ns", monoNs)
	m.Fn("process_time", timeProcessTime)
	m.Fn("sleep", timeSleep)
	m.Fn("localtime", timeLocaltime)
	m.Fn("gmtime", timeGmtime)
	m.Fn("ctime", timeCtime)
	m.Fn("asctime", timeAsctime)
	m.Fn("strftime", timeStrftime)
	m.Fn("mktime", timeMktime)
	m.Set("timezone", rt.Int(0))
	m.Set("altzone", rt.Int(0))
	m.Set("daylight", rt.Int(0))
	m.Set("tzname", rt.NewTuple(rt.Str("UTC"), rt.Str("UTC")))
}

// structTimeRepr is the Repr hook (__repr__) of struct_time.
func structTimeRepr(v rt.Value) (string, *rt.Exc) {
	s := "time.struct_time("
	for i, f := range v.O.(*StructTime).fields() {
		if i > 0 {
			s += ", "
		}
		s += structTimeFields[i] + "=" + rt.ReprOrErr(f)
	}
	return s + ")", nil
}

// structTimeLen is the Len hook (__len__) of struct_time.
func structTimeLen(v rt.Value) (int, *rt.Exc) { return 9, nil }

// structTimeGetItem is the GetItem hook (__getitem__) of struct_time.
func structTimeGetItem(o, k rt.Value) (rt.Value, *rt.Exc) {
	return rt.GetItem(rt.NewTuple(o.O.(*StructTime).fields()...), k)
}

// structTimeIter is the Iter hook (__iter__) of struct_time.
func structTimeIter(o rt.Value) (rt.Value, *rt.Exc) {
	return rt.Iter(rt.NewTuple(o.O.(*StructTime).fields()...))
}

// structTimeTmZone is struct_time.tm_zone.
func structTimeTmZone(v rt.Value) (rt.Value, *rt.Exc) { return rt.Str(v.O.(*StructTime).T.Zone), nil }

// structTimeTmGmtoff is struct_time.tm_gmtoff.
func structTimeTmGmtoff(v rt.Value) (rt.Value, *rt.Exc) {
	return rt.Int(int64(v.O.(*StructTime).T.gmtoff)), nil
}

// timeTime is time.time.
func timeTime(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Float(rt.WallSeconds()), rt.ArgCount("time", args, kw, 0, 0)
}

// timeTimeNs is time.time_ns.
func timeTimeNs(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Int(rt.WallNS()), rt.ArgCount("time_ns", args, kw, 0, 0)
}

// timeProcessTime is time.process_time.
func timeProcessTime(args []rt.Value, kw []string) (rt.Value, *rt.Exc) { return rt.Float(0), nil }

// timeSleep is time.sleep.
func timeSleep(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("sleep", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	secs, e := sleepArg(args[0])
	if e != nil {
		return rt.Null, e
	}
	rt.PySleep(secs)
	return rt.None, nil
}

// timeLocaltime is time.localtime.
func timeLocaltime(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	s, e := secondsArg(args)
	if e != nil {
		return rt.Null, e
	}
	return rt.Obj(&StructTime{BrokenDown(s, LocalZone())}), nil
}

// timeGmtime is time.gmtime.
func timeGmtime(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	s, e := secondsArg(args)
	if e != nil {
		return rt.Null, e
	}
	t := BrokenDown(s, time.UTC)
	t.Zone = "GMT"
	return rt.Obj(&StructTime{t}), nil
}

// timeCtime is time.ctime.
func timeCtime(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	s, e := secondsArg(args)
	if e != nil {
		return rt.Null, e
	}
	return rt.Str(asctime(BrokenDown(s, LocalZone()))), nil
}

// timeAsctime is time.asctime.
func timeAsctime(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	t := BrokenDown(rt.WallSeconds(), LocalZone())
	if len(args) > 0 {
		var e *rt.Exc
		if t, e = tupleArg(args[0]); e != nil {
			return rt.Null, e
		}
	}
	return rt.Str(asctime(t)), nil
}

// timeStrftime is time.strftime.
func timeStrftime(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("strftime", args, kw, 1, 2); e != nil {
		return rt.Null, e
	}
	f, ok := rt.AsStr(args[0])
	if !ok {
		return rt.Null, rt.TypeErrorf("strftime() argument 1 must be str, not %s", args[0].TypeName())
	}
	t := BrokenDown(rt.WallSeconds(), LocalZone())
	if len(args) > 1 {
		var e *rt.Exc
		if t, e = tupleArg(args[1]); e != nil {
			return rt.Null, e
		}
	}
	return rt.Str(Strftime(f, t)), nil
}

// timeMktime is time.mktime.
func timeMktime(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("mktime", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	t, e := tupleArg(args[0])
	if e != nil {
		return rt.Null, e
	}
	tt := time.Date(t.Year, time.Month(t.Mon), t.Mday, t.Hour, t.Min, t.Sec, 0, LocalZone())
	return rt.Float(float64(tt.Unix())), nil
}
