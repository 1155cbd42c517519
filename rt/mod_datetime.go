package rt

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// datetime: naive datetime, date and timedelta (the common subset:
// construction, now/today/fromtimestamp on the process clock, str/repr,
// isoformat/strftime, arithmetic and comparison).

var (
	DateType      = NewType("date", ObjectType)
	DatetimeType  = NewType("datetime", DateType)
	TimedeltaType = NewType("timedelta", ObjectType)
)

type dateTime struct {
	typ                               *Type
	year, month, day                  int
	hour, minute, second, microsecond int
	tz                                *tzone // nil: naive (mod_datetime_tz.go)
}

func (d *dateTime) Type() *Type { return d.typ }

func (d *dateTime) isDate() bool { return !d.typ.IsSubtype(DatetimeType) }

func (d *dateTime) goTime() time.Time {
	return time.Date(d.year, time.Month(d.month), d.day, d.hour, d.minute, d.second, d.microsecond*1000, time.UTC)
}

func fromGoTime(t *Type, g time.Time) *dateTime {
	return &dateTime{typ: t, year: g.Year(), month: int(g.Month()), day: g.Day(), hour: g.Hour(), minute: g.Minute(),
		second: g.Second(), microsecond: g.Nanosecond() / 1000}
}

// dtFromTimestamp is datetime.fromtimestamp(ts) in loc with CPython's
// round-half-even microseconds.
func dtFromTimestamp(t *Type, ts float64, loc *time.Location) *dateTime {
	whole, frac := math.Modf(ts)
	us := math.RoundToEven(frac * 1e6)
	if us >= 1e6 {
		whole++
		us -= 1e6
	} else if us < 0 {
		whole--
		us += 1e6
	}
	g := time.Unix(int64(whole), int64(us)*1000).In(loc)
	d := fromGoTime(t, g)
	return d
}

func (d *dateTime) str(sep string) string {
	s := Pad(d.year, 4, '0') + "-" + Pad(d.month, 2, '0') + "-" + Pad(d.day, 2, '0')
	if d.isDate() {
		return s
	}
	s += sep + Pad(d.hour, 2, '0') + ":" + Pad(d.minute, 2, '0') + ":" + Pad(d.second, 2, '0')
	if d.microsecond != 0 {
		s += "." + Pad(d.microsecond, 6, '0')
	}
	if d.tz != nil {
		s += formatOffset(d.tz.off, ":")
	}
	return s
}

func (d *dateTime) repr() string {
	mod := "datetime."
	name := d.typ.Name
	parts := []int{d.year, d.month, d.day}
	if !d.isDate() {
		parts = append(parts, d.hour, d.minute)
		if d.second != 0 || d.microsecond != 0 {
			parts = append(parts, d.second)
		}
		if d.microsecond != 0 {
			parts = append(parts, d.microsecond)
		}
	}
	s := mod + name + "("
	for i, p := range parts {
		if i > 0 {
			s += ", "
		}
		s += strconv.Itoa(p)
	}
	if d.tz != nil && !d.isDate() {
		s += ", tzinfo=" + d.tz.repr()
	}
	return s + ")"
}

func (d *dateTime) tm() TmTime {
	g := d.goTime()
	return TmTime{Year: d.year, Mon: d.month, Mday: d.day, Hour: d.hour, Min: d.minute, Sec: d.second,
		Wday: (int(g.Weekday()) + 6) % 7, Yday: g.YearDay(), Isdst: -1}
}

// timedelta, normalized as CPython: 0 <= seconds < 86400, 0 <= us < 1e6.
type timedelta struct{ days, seconds, us int64 }

func (*timedelta) Type() *Type { return TimedeltaType }

func newTimedelta(totalUS int64) *timedelta {
	day := int64(86400 * 1e6)
	days := floorDiv(totalUS, day)
	rem := totalUS - days*day
	return &timedelta{days: days, seconds: rem / 1e6, us: rem % 1e6}
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func (t *timedelta) totalUS() int64 { return (t.days*86400+t.seconds)*1e6 + t.us }

func (t *timedelta) str() string {
	s := ""
	if t.days != 0 {
		s = strconv.FormatInt(t.days, 10) + " day"
		if t.days != 1 && t.days != -1 {
			s += "s"
		}
		s += ", "
	}
	s += strconv.FormatInt(t.seconds/3600, 10) + ":" + Pad(int(t.seconds%3600/60), 2, '0') + ":" + Pad(int(t.seconds%60), 2, '0')
	if t.us != 0 {
		s += "." + Pad(int(t.us), 6, '0')
	}
	return s
}

func (t *timedelta) repr() string {
	var parts []string
	if t.days != 0 {
		parts = append(parts, "days="+strconv.FormatInt(t.days, 10))
	}
	if t.seconds != 0 {
		parts = append(parts, "seconds="+strconv.FormatInt(t.seconds, 10))
	}
	if t.us != 0 {
		parts = append(parts, "microseconds="+strconv.FormatInt(t.us, 10))
	}
	if len(parts) == 0 {
		return "datetime.timedelta(0)"
	}
	s := "datetime.timedelta("
	for i, p := range parts {
		if i > 0 {
			s += ", "
		}
		s += p
	}
	return s + ")"
}

func dtArgs(name string, args []Value, kw []string, isDate bool) (*dateTime, *Exc) {
	names := []string{"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo"}
	req := 3
	if isDate {
		names = names[:3]
	}
	a, e := ParseArgs(name, args, kw, names, req)
	if e != nil {
		return nil, e
	}
	n := make([]int, 7)
	for i := 0; i < 7 && i < len(a); i++ {
		if a[i].IsNull() {
			continue
		}
		iv, e := Index(a[i])
		if e != nil {
			return nil, e
		}
		n[i] = int(iv.I)
	}
	if n[1] < 1 || n[1] > 12 {
		return nil, ValueErrorf("month must be in 1..12")
	}
	if n[0] < 1 || n[0] > 9999 {
		return nil, ValueErrorf("year %d is out of range", n[0])
	}
	last := time.Date(n[0], time.Month(n[1])+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if n[2] < 1 || n[2] > last {
		return nil, ValueErrorf("day is out of range for month")
	}
	if n[3] < 0 || n[3] > 23 {
		return nil, ValueErrorf("hour must be in 0..23")
	}
	if n[4] < 0 || n[4] > 59 {
		return nil, ValueErrorf("minute must be in 0..59")
	}
	if n[5] < 0 || n[5] > 59 {
		return nil, ValueErrorf("second must be in 0..59")
	}
	if n[6] < 0 || n[6] > 999999 {
		return nil, ValueErrorf("microsecond must be in 0..999999")
	}
	var tz *tzone
	if !isDate && NonNone(a[7]) {
		var e *Exc
		if tz, e = tzArg(a[7]); e != nil {
			return nil, e
		}
	}
	return &dateTime{year: n[0], month: n[1], day: n[2], hour: n[3], minute: n[4], second: n[5], microsecond: n[6], tz: tz}, nil
}

func init() {
	DateType.Module = "datetime"
	DatetimeType.Module = "datetime"
	TimedeltaType.Module = "datetime"
	dt := func(v Value) *dateTime { return v.O.(*dateTime) }

	DateType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		d, e := dtArgs(cls.Name, args, kw, !cls.IsSubtype(DatetimeType))
		if e != nil {
			return Null, e
		}
		d.typ = cls
		return Obj(d), nil
	}
	DateType.Init = func(self Value, args []Value, kw []string) *Exc { return nil }
	DateType.Repr = func(v Value) (string, *Exc) { return dt(v).repr(), nil }
	DateType.Str = func(v Value) (string, *Exc) { return dt(v).str(" "), nil }
	DateType.Hash = func(v Value) (int64, *Exc) { return dt(v).utcMicro(), nil }
	DateType.Compare = func(a, b Value, op CompareOp) (Value, *Exc) {
		x, ok1 := a.O.(*dateTime)
		y, ok2 := b.O.(*dateTime)
		if !ok1 || !ok2 || b.K != KObj || x.isDate() != y.isDate() {
			if op == OpEq || op == OpNe {
				return Bool(op == OpNe), nil
			}
			return NotImplemented, nil
		}
		if !x.isDate() && (x.tz == nil) != (y.tz == nil) {
			if op == OpEq || op == OpNe {
				return Bool(op == OpNe), nil
			}
			return Null, TypeErrorf("can't compare offset-naive and offset-aware datetimes")
		}
		p, q := x.utcMicro(), y.utcMicro()
		c := 0
		if p < q {
			c = -1
		} else if p > q {
			c = 1
		}
		return Bool([...]bool{c < 0, c <= 0, c == 0, c != 0, c > 0, c >= 0}[op]), nil
	}
	DateType.Num[BinSub] = func(a, b Value) (Value, *Exc) {
		x, ok := a.O.(*dateTime)
		if !ok || a.K != KObj {
			return NotImplemented, nil
		}
		switch y := b.O.(type) {
		case *dateTime:
			if x.isDate() != y.isDate() {
				return NotImplemented, nil
			}
			if (x.tz == nil) != (y.tz == nil) {
				return Null, TypeErrorf("can't subtract offset-naive and offset-aware datetimes")
			}
			return Obj(newTimedelta(x.utcMicro() - y.utcMicro())), nil
		case *timedelta:
			g := x.goTime().Add(-time.Duration(y.totalUS()) * time.Microsecond)
			r := fromGoTime(x.typ, g)
			r.tz = x.tz
			return Obj(r), nil
		}
		return NotImplemented, nil
	}
	addTD := func(a, b Value) (Value, *Exc) {
		x, ok1 := a.O.(*dateTime)
		y, ok2 := b.O.(*timedelta)
		if !ok1 || !ok2 || a.K != KObj || b.K != KObj {
			x2, ok3 := b.O.(*dateTime)
			y2, ok4 := a.O.(*timedelta)
			if !ok3 || !ok4 {
				return NotImplemented, nil
			}
			x, y = x2, y2
		}
		g := x.goTime().Add(time.Duration(y.totalUS()) * time.Microsecond)
		r := fromGoTime(x.typ, g)
		r.tz = x.tz
		return Obj(r), nil
	}
	DateType.Num[BinAdd] = addTD
	for _, f := range []string{"year", "month", "day"} {
		f := f
		DateType.Getter(f, func(v Value) (Value, *Exc) {
			d := dt(v)
			return Int(int64(map[string]int{"year": d.year, "month": d.month, "day": d.day}[f])), nil
		})
	}
	for _, f := range []string{"hour", "minute", "second", "microsecond"} {
		f := f
		DatetimeType.Getter(f, func(v Value) (Value, *Exc) {
			d := dt(v)
			return Int(int64(map[string]int{"hour": d.hour, "minute": d.minute, "second": d.second, "microsecond": d.microsecond}[f])), nil
		})
	}
	DatetimeType.Getter("tzinfo", func(v Value) (Value, *Exc) {
		if tz := dt(v).tz; tz != nil {
			return Obj(tz), nil
		}
		return None, nil
	})
	DateType.Method("strftime", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("strftime", args, kw, 1, 1); e != nil {
			return Null, e
		}
		f, ok := AsStr(args[0])
		if !ok {
			return Null, TypeErrorf("strftime() argument 1 must be str, not %s", args[0].TypeName())
		}
		d := dt(self)
		f2 := ""
		for i := 0; i < len(f); i++ {
			if f[i] == '%' && i+1 < len(f) && (f[i+1] == 'z' || f[i+1] == 'Z') {
				if d.tz != nil && !d.isDate() {
					if f[i+1] == 'z' {
						f2 += formatOffset(d.tz.off, "")
					} else {
						f2 += strings.ReplaceAll(d.tz.tzname(), "%", "%%")
					}
				}
				i++
				continue
			}
			if f[i] == '%' && i+1 < len(f) && f[i+1] == 'f' {
				f2 += Pad(d.microsecond, 6, '0')
				i++
				continue
			}
			if f[i] == '%' && i+1 < len(f) {
				f2 += f[i : i+2]
				i++
				continue
			}
			f2 += f[i : i+1]
		}
		t := d.tm()
		t.Zone = ""
		return Str(Strftime(f2, t)), nil
	})
	DateType.Method("weekday", func(self Value, args []Value, kw []string) (Value, *Exc) {
		return Int(int64(dt(self).tm().Wday)), nil
	})
	DateType.Method("isoweekday", func(self Value, args []Value, kw []string) (Value, *Exc) {
		return Int(int64(dt(self).tm().Wday + 1)), nil
	})
	DateType.Method("timetuple", func(self Value, args []Value, kw []string) (Value, *Exc) {
		return Obj(&StructTime{dt(self).tm()}), nil
	})
	DatetimeType.Method("date", func(self Value, args []Value, kw []string) (Value, *Exc) {
		d := *dt(self)
		d.typ = DateType
		d.tz = nil
		d.hour, d.minute, d.second, d.microsecond = 0, 0, 0, 0
		return Obj(&d), nil
	})
	DatetimeType.Method("timestamp", func(self Value, args []Value, kw []string) (Value, *Exc) {
		d := dt(self)
		if d.tz != nil {
			// (self - _EPOCH).total_seconds(): an int over 10**6
			return TrueDiv(Int(d.utcMicro()-unixEpochMicro), Int(1e6))
		}
		g := time.Date(d.year, time.Month(d.month), d.day, d.hour, d.minute, d.second, d.microsecond*1000, LocalZone())
		return Float(float64(g.Unix()) + float64(d.microsecond)/1e6), nil
	})
	now := func(cls Value, loc *time.Location) (Value, *Exc) {
		t, _ := cls.O.(*Type)
		if t == nil {
			t = DatetimeType
		}
		return Obj(dtFromTimestamp(t, WallSeconds(), loc)), nil
	}
	DatetimeType.ClassMethod("now", func(self Value, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("now", args, kw, []string{"tz"}, 0)
		if e != nil {
			return Null, e
		}
		if NonNone(a[0]) {
			return awareFromTimestamp(self, WallSeconds(), a[0])
		}
		return now(self, LocalZone())
	})
	DatetimeType.ClassMethod("today", func(self Value, args []Value, kw []string) (Value, *Exc) { return now(self, LocalZone()) })
	DatetimeType.ClassMethod("utcnow", func(self Value, args []Value, kw []string) (Value, *Exc) { return now(self, time.UTC) })
	DatetimeType.ClassMethod("fromtimestamp", func(self Value, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("fromtimestamp", args, kw, []string{"timestamp", "tz"}, 1)
		if e != nil {
			return Null, e
		}
		ts, e := FloatArg(a[0])
		if e != nil {
			return Null, e
		}
		if NonNone(a[1]) {
			return awareFromTimestamp(self, ts, a[1])
		}
		t, _ := self.O.(*Type)
		return Obj(dtFromTimestamp(t, ts, LocalZone())), nil
	})
	DateType.ClassMethod("today", func(self Value, args []Value, kw []string) (Value, *Exc) {
		t, _ := self.O.(*Type)
		d := dtFromTimestamp(t, WallSeconds(), LocalZone())
		if d.isDate() {
			d.hour, d.minute, d.second, d.microsecond = 0, 0, 0, 0
		}
		return Obj(d), nil
	})

	td := func(v Value) *timedelta { return v.O.(*timedelta) }
	TimedeltaType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		names := []string{"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"}
		a, e := ParseArgs("timedelta", args, kw, names, 0)
		if e != nil {
			return Null, e
		}
		mult := []float64{86400e6, 1e6, 1, 1e3, 60e6, 3600e6, 7 * 86400e6}
		var total float64
		var totalI int64
		for i, v := range a {
			if v.IsNull() {
				continue
			}
			if v.K == KInt || v.K == KBool {
				totalI += v.I * int64(mult[i])
				continue
			}
			f, e := FloatArg(v)
			if e != nil {
				return Null, TypeErrorf("unsupported type for timedelta %s component: %s", names[i], v.TypeName())
			}
			total += f * mult[i]
		}
		return Obj(newTimedelta(totalI + int64(math.RoundToEven(total)))), nil
	}
	TimedeltaType.Init = func(self Value, args []Value, kw []string) *Exc { return nil }
	TimedeltaType.Repr = func(v Value) (string, *Exc) { return td(v).repr(), nil }
	TimedeltaType.Str = func(v Value) (string, *Exc) { return td(v).str(), nil }
	TimedeltaType.Hash = func(v Value) (int64, *Exc) { return td(v).totalUS(), nil }
	TimedeltaType.Getter("days", func(v Value) (Value, *Exc) { return Int(td(v).days), nil })
	TimedeltaType.Getter("seconds", func(v Value) (Value, *Exc) { return Int(td(v).seconds), nil })
	TimedeltaType.Getter("microseconds", func(v Value) (Value, *Exc) { return Int(td(v).us), nil })
	TimedeltaType.Method("total_seconds", func(self Value, args []Value, kw []string) (Value, *Exc) {
		return Float(float64(td(self).totalUS()) / 1e6), nil
	})
	TimedeltaType.Compare = func(a, b Value, op CompareOp) (Value, *Exc) {
		x, ok1 := a.O.(*timedelta)
		y, ok2 := b.O.(*timedelta)
		if !ok1 || !ok2 || b.K != KObj {
			if op == OpEq || op == OpNe {
				return Bool(op == OpNe), nil
			}
			return NotImplemented, nil
		}
		// (days, seconds, microseconds) order: totalUS overflows int64 past ~106751 days
		c := 0
		for _, d := range [3]int64{x.days - y.days, x.seconds - y.seconds, x.us - y.us} {
			if d != 0 {
				c = map[bool]int{true: -1, false: 1}[d < 0]
				break
			}
		}
		return Bool([...]bool{c < 0, c <= 0, c == 0, c != 0, c > 0, c >= 0}[op]), nil
	}
	tdBin := func(f func(p, q int64) int64) func(a, b Value) (Value, *Exc) {
		return func(a, b Value) (Value, *Exc) {
			x, ok1 := a.O.(*timedelta)
			y, ok2 := b.O.(*timedelta)
			if !ok1 || !ok2 || a.K != KObj || b.K != KObj {
				return NotImplemented, nil
			}
			return Obj(newTimedelta(f(x.totalUS(), y.totalUS()))), nil
		}
	}
	TimedeltaType.Num[BinAdd] = func(a, b Value) (Value, *Exc) {
		if _, ok := b.O.(*dateTime); ok && b.K == KObj {
			return addTD(a, b)
		}
		return tdBin(func(p, q int64) int64 { return p + q })(a, b)
	}
	TimedeltaType.Num[BinSub] = tdBin(func(p, q int64) int64 { return p - q })

	initTimedeltaOps()
	initDatetimeISO()
	initDateFormat()
	initDatetimeMore()
	initStrptime()
	initIsoCalendar()

	m := DefineModule("datetime")
	m.Set("date", Obj(DateType))
	m.Set("datetime", Obj(DatetimeType))
	m.Set("timedelta", Obj(TimedeltaType))
	initDatetimeTZ(m)
	initTimeType(m)
	m.Set("MINYEAR", Int(1))
	m.Set("MAXYEAR", Int(9999))
}
