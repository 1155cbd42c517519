package datetime

import (
	"math/big"

	"github.com/py2goasync/py2goasync/rt"
	pytime "github.com/py2goasync/py2goasync/rt/lib/time"
)

// datetime.time: construction with the range checks, repr/str/isoformat
// (timespec), strftime on 1900-01-01 and __format__, comparisons and hash
// (aware ones on UTC), replace, fromisoformat (3.11: an optional leading
// T), min/max/resolution; datetime.time(), datetime.timetz() and
// datetime.combine.

var TimeType = rt.NewType("time", rt.ObjectType)

type timeObj struct {
	typ                               *rt.Type
	hour, minute, second, microsecond int
	tz                                *tzone
}

func (t *timeObj) Type() *rt.Type { return t.typ }

func (t *timeObj) micro() int64 {
	m := int64(t.hour*3600+t.minute*60+t.second)*1e6 + int64(t.microsecond)
	if t.tz != nil {
		m -= t.tz.off
	}
	return m
}

func (t *timeObj) iso(spec string) (string, *rt.Exc) {
	hh, mm, ss := pytime.Pad(t.hour, 2, '0'), pytime.Pad(t.minute, 2, '0'), pytime.Pad(t.second, 2, '0')
	var s string
	switch spec {
	case "auto":
		s = hh + ":" + mm + ":" + ss
		if t.microsecond != 0 {
			s += "." + pytime.Pad(t.microsecond, 6, '0')
		}
	case "hours":
		s = hh
	case "minutes":
		s = hh + ":" + mm
	case "seconds":
		s = hh + ":" + mm + ":" + ss
	case "milliseconds":
		s = hh + ":" + mm + ":" + ss + "." + pytime.Pad(t.microsecond/1000, 3, '0')
	case "microseconds":
		s = hh + ":" + mm + ":" + ss + "." + pytime.Pad(t.microsecond, 6, '0')
	default:
		return "", rt.ValueErrorf("Unknown timespec value")
	}
	if t.tz != nil {
		s += formatOffset(t.tz.off, ":")
	}
	return s, nil
}

func newTimeObj(cls *rt.Type, n [4]int, tz *tzone) (rt.Value, *rt.Exc) {
	for i, lim := range [4]int{23, 59, 59, 999999} {
		if n[i] < 0 || n[i] > lim {
			return rt.Null, rt.ValueErrorf("%s must be in 0..%d", [4]string{"hour", "minute", "second", "microsecond"}[i], lim)
		}
	}
	return rt.Obj(&timeObj{typ: cls, hour: n[0], minute: n[1], second: n[2], microsecond: n[3], tz: tz}), nil
}

// timeArgs parses (hour, minute, second, microsecond, tzinfo), starting
// from defaults for replace.
func timeArgs(fname string, args []rt.Value, kw []string, n [4]int, tz *tzone) ([4]int, *tzone, *rt.Exc) {
	a, e := rt.ParseArgs(fname, args, kw, []string{"hour", "minute", "second", "microsecond", "tzinfo", "fold"}, 0)
	if e != nil {
		return n, nil, e
	}
	for i := 0; i < 4; i++ {
		if a[i].IsNull() {
			continue
		}
		if a[i].K == rt.KFloat {
			return n, nil, rt.TypeErrorf("'float' object cannot be interpreted as an integer")
		}
		iv, e := rt.Index(a[i])
		if e != nil {
			return n, nil, e
		}
		n[i] = int(iv.I)
	}
	if !a[4].IsNull() {
		tz = nil
		if rt.NonNone(a[4]) {
			if tz, e = tzArg(a[4]); e != nil {
				return n, nil, e
			}
		}
	}
	return n, tz, nil
}

// timeObjOf returns the *timeObj the value holds.
func timeObjOf(v rt.Value) *timeObj { return v.O.(*timeObj) }

func initTimeType(m *rt.NativeModule) {
	TimeType.Module = "datetime"
	TimeType.New = timeNew
	TimeType.Init = timeInit
	TimeType.Repr = timeRepr
	TimeType.Str = timeStr
	TimeType.Hash = timeHash
	TimeType.Compare = timeCompare
	for i, name := range []string{"hour", "minute", "second", "microsecond"} {
		i := i
		TimeType.Getter(name, func(v rt.Value) (rt.Value, *rt.Exc) {
			t := timeObjOf(v)
			return rt.Int(int64([4]int{t.hour, t.minute, t.second, t.microsecond}[i])), nil
		})
	}
	TimeType.Getter("tzinfo", timeTzinfo)
	TimeType.Method("isoformat", timeIsoformat)
	TimeType.Method("strftime", timeStrftime)
	TimeType.Method("__format__", strftimeFormat)
	TimeType.Method("replace", timeReplace)
	for _, name := range []string{"utcoffset", "tzname", "dst"} {
		name := name
		TimeType.Method(name, func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			t := timeObjOf(self)
			if t.tz == nil {
				return rt.None, nil
			}
			return rt.CallMethod(rt.Obj(t.tz), name, []rt.Value{rt.None}, nil)
		})
	}
	TimeType.ClassMethod("fromisoformat", timeFromisoformat)
	mk := func(n [4]int) rt.Value { v, _ := newTimeObj(TimeType, n, nil); return v }
	TimeType.SetDict("min", mk([4]int{}))
	TimeType.SetDict("max", mk([4]int{23, 59, 59, 999999}))
	one, _ := tdFromBig(big.NewInt(1))
	TimeType.SetDict("resolution", one)
	DatetimeType.Method("time", datetimeTime)
	DatetimeType.Method("timetz", datetimeTimetz)
	DatetimeType.ClassMethod("combine", datetimeCombine)
	m.Set("time", rt.Obj(TimeType))
}

// timeNew is the New hook (__new__) of time.
func timeNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	n, tz, e := timeArgs("time", args, kw, [4]int{}, nil)
	if e != nil {
		return rt.Null, e
	}
	return newTimeObj(cls, n, tz)
}

// timeInit is the Init hook (__init__) of time.
func timeInit(self rt.Value, args []rt.Value, kw []string) *rt.Exc { return nil }

// timeRepr is the Repr hook (__repr__) of time.
func timeRepr(v rt.Value) (string, *rt.Exc) {
	t := timeObjOf(v)
	s := "datetime." + t.typ.Name + "(" + rt.Itoa(t.hour) + ", " + rt.Itoa(t.minute)
	if t.second != 0 || t.microsecond != 0 {
		s += ", " + rt.Itoa(t.second)
	}
	if t.microsecond != 0 {
		s += ", " + rt.Itoa(t.microsecond)
	}
	if t.tz != nil {
		s += ", tzinfo=" + t.tz.repr()
	}
	return s + ")", nil
}

// timeStr is the Str hook (__str__) of time.
func timeStr(v rt.Value) (string, *rt.Exc) { return timeObjOf(v).iso("auto") }

// timeHash is the Hash hook (__hash__) of time.
func timeHash(v rt.Value) (int64, *rt.Exc) { return timeObjOf(v).micro(), nil }

// timeCompare is the Compare hook (rich comparison) of time.
func timeCompare(a, b rt.Value, op rt.CompareOp) (rt.Value, *rt.Exc) {
	x := timeObjOf(a)
	y, ok := b.O.(*timeObj)
	if !ok || b.K != rt.KObj {
		if op == rt.OpEq || op == rt.OpNe {
			return rt.Bool(op == rt.OpNe), nil
		}
		return rt.NotImplemented, nil
	}
	if (x.tz == nil) != (y.tz == nil) {
		if op == rt.OpEq || op == rt.OpNe {
			return rt.Bool(op == rt.OpNe), nil
		}
		return rt.Null, rt.TypeErrorf("can't compare offset-naive and offset-aware times")
	}
	p, q := x.micro(), y.micro()
	return rt.Bool([...]bool{p < q, p <= q, p == q, p != q, p > q, p >= q}[op]), nil
}

// timeTzinfo is time.tzinfo.
func timeTzinfo(v rt.Value) (rt.Value, *rt.Exc) {
	if tz := timeObjOf(v).tz; tz != nil {
		return rt.Obj(tz), nil
	}
	return rt.None, nil
}

// timeIsoformat is time.isoformat.
func timeIsoformat(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("isoformat", args, kw, []string{"timespec"}, 0)
	if e != nil {
		return rt.Null, e
	}
	spec := "auto"
	if !a[0].IsNull() {
		spec, _ = rt.AsStr(a[0])
	}
	s, e := timeObjOf(self).iso(spec)
	return rt.Str(s), e
}

// timeStrftime is time.strftime.
func timeStrftime(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	t := timeObjOf(self)
	d := &dateTime{typ: DatetimeType, year: 1900, month: 1, day: 1, hour: t.hour, minute: t.minute, second: t.second, microsecond: t.microsecond, tz: t.tz}
	return rt.CallMethod(rt.Obj(d), "strftime", args, kw)
}

// timeReplace is time.replace.
func timeReplace(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	t := timeObjOf(self)
	n, tz, e := timeArgs("replace", args, kw, [4]int{t.hour, t.minute, t.second, t.microsecond}, t.tz)
	if e != nil {
		return rt.Null, e
	}
	return newTimeObj(t.typ, n, tz)
}

// timeFromisoformat is time.fromisoformat.
func timeFromisoformat(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	str, e := isoArg(args, kw)
	if e != nil {
		return rt.Null, e
	}
	p := str
	if len(p) > 0 && p[0] == 'T' {
		p = p[1:]
	}
	v, off, rc := isoStr(p).time(0)
	if rc < 0 {
		return rt.Null, invalidISO(args[0])
	}
	var tz *tzone
	if rc == 1 {
		if tz, e = newTimezone(off, rt.Null); e != nil {
			return rt.Null, e
		}
	}
	return newTimeObj(self.O.(*rt.Type), v, tz)
}

// datetimeTime is datetime.time.
func datetimeTime(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	d := self.O.(*dateTime)
	return newTimeObj(TimeType, [4]int{d.hour, d.minute, d.second, d.microsecond}, nil)
}

// datetimeTimetz is datetime.timetz.
func datetimeTimetz(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	d := self.O.(*dateTime)
	return newTimeObj(TimeType, [4]int{d.hour, d.minute, d.second, d.microsecond}, d.tz)
}

// datetimeCombine is datetime.combine.
func datetimeCombine(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("combine", args, kw, []string{"date", "time", "tzinfo"}, 2)
	if e != nil {
		return rt.Null, e
	}
	d, ok := a[0].O.(*dateTime)
	if !ok || a[0].K != rt.KObj {
		return rt.Null, rt.TypeErrorf("combine() argument 1 must be datetime.date, not %s", a[0].TypeName())
	}
	t, ok := a[1].O.(*timeObj)
	if !ok || a[1].K != rt.KObj {
		return rt.Null, rt.TypeErrorf("combine() argument 2 must be datetime.time, not %s", a[1].TypeName())
	}
	tz := t.tz
	if !a[2].IsNull() {
		tz = nil
		if rt.NonNone(a[2]) {
			if tz, e = tzArg(a[2]); e != nil {
				return rt.Null, e
			}
		}
	}
	r, e := newDT(self.O.(*rt.Type), d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond)
	if e != nil {
		return rt.Null, e
	}
	r.O.(*dateTime).tz = tz
	return r, nil
}
