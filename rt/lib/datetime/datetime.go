package datetime

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/py2goasync/py2goasync/rt"
	pytime "github.com/py2goasync/py2goasync/rt/lib/time"
)

// datetime: naive datetime, date and timedelta (the common subset:
// construction, now/today/fromtimestamp on the process clock, str/repr,
// isoformat/strftime, arithmetic and comparison).

var (
	DateType      = rt.NewType("date", rt.ObjectType)
	DatetimeType  = rt.NewType("datetime", DateType)
	TimedeltaType = rt.NewType("timedelta", rt.ObjectType)
)

type dateTime struct {
	typ                               *rt.Type
	year, month, day                  int
	hour, minute, second, microsecond int
	tz                                *tzone // nil: naive (mod_datetime_tz.go)
}

func (d *dateTime) Type() *rt.Type { return d.typ }

func (d *dateTime) isDate() bool { return !d.typ.IsSubtype(DatetimeType) }

func (d *dateTime) goTime() time.Time {
	return time.Date(d.year, time.Month(d.month), d.day, d.hour, d.minute, d.second, d.microsecond*1000, time.UTC)
}

func fromGoTime(t *rt.Type, g time.Time) *dateTime {
	return &dateTime{typ: t, year: g.Year(), month: int(g.Month()), day: g.Day(), hour: g.Hour(), minute: g.Minute(),
		second: g.Second(), microsecond: g.Nanosecond() / 1000}
}

// dtFromTimestamp is datetime.fromtimestamp(ts) in loc with CPython's
// round-half-even microseconds.
func dtFromTimestamp(t *rt.Type, ts float64, loc *time.Location) *dateTime {
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
	s := pytime.Pad(d.year, 4, '0') + "-" + pytime.Pad(d.month, 2, '0') + "-" + pytime.Pad(d.day, 2, '0')
	if d.isDate() {
		return s
	}
	s += sep + pytime.Pad(d.hour, 2, '0') + ":" + pytime.Pad(d.minute, 2, '0') + ":" + pytime.Pad(d.second, 2, '0')
	if d.microsecond != 0 {
		s += "." + pytime.Pad(d.microsecond, 6, '0')
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

func (d *dateTime) tm() pytime.TmTime {
	g := d.goTime()
	return pytime.TmTime{Year: d.year, Mon: d.month, Mday: d.day, Hour: d.hour, Min: d.minute, Sec: d.second,
		Wday: (int(g.Weekday()) + 6) % 7, Yday: g.YearDay(), Isdst: -1}
}

// timedelta, normalized as CPython: 0 <= seconds < 86400, 0 <= us < 1e6.
type timedelta struct{ days, seconds, us int64 }

func (*timedelta) Type() *rt.Type { return TimedeltaType }

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
	s += strconv.FormatInt(t.seconds/3600, 10) + ":" + pytime.Pad(int(t.seconds%3600/60), 2, '0') + ":" + pytime.Pad(int(t.seconds%60), 2, '0')
	if t.us != 0 {
		s += "." + pytime.Pad(int(t.us), 6, '0')
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

func dtArgs(name string, args []rt.Value, kw []string, isDate bool) (*dateTime, *rt.Exc) {
	names := []string{"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo"}
	req := 3
	if isDate {
		names = names[:3]
	}
	a, e := rt.ParseArgs(name, args, kw, names, req)
	if e != nil {
		return nil, e
	}
	n := make([]int, 7)
	for i := 0; i < 7 && i < len(a); i++ {
		if a[i].IsNull() {
			continue
		}
		iv, e := rt.Index(a[i])
		if e != nil {
			return nil, e
		}
		n[i] = int(iv.I)
	}
	if n[1] < 1 || n[1] > 12 {
		return nil, rt.ValueErrorf("month must be in 1..12")
	}
	if n[0] < 1 || n[0] > 9999 {
		return nil, rt.ValueErrorf("year %d is out of range", n[0])
	}
	last := time.Date(n[0], time.Month(n[1])+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if n[2] < 1 || n[2] > last {
		return nil, rt.ValueErrorf("day is out of range for month")
	}
	if n[3] < 0 || n[3] > 23 {
		return nil, rt.ValueErrorf("hour must be in 0..23")
	}
	if n[4] < 0 || n[4] > 59 {
		return nil, rt.ValueErrorf("minute must be in 0..59")
	}
	if n[5] < 0 || n[5] > 59 {
		return nil, rt.ValueErrorf("second must be in 0..59")
	}
	if n[6] < 0 || n[6] > 999999 {
		return nil, rt.ValueErrorf("microsecond must be in 0..999999")
	}
	var tz *tzone
	if !isDate && rt.NonNone(a[7]) {
		var e *rt.Exc
		if tz, e = tzArg(a[7]); e != nil {
			return nil, e
		}
	}
	return &dateTime{year: n[0], month: n[1], day: n[2], hour: n[3], minute: n[4], second: n[5], microsecond: n[6], tz: tz}, nil
}

// dateTimeOf returns the *dateTime the value holds.
func dateTimeOf(v rt.Value) *dateTime { return v.O.(*dateTime) }

// timedeltaOf returns the *timedelta the value holds.
func timedeltaOf(v rt.Value) *timedelta { return v.O.(*timedelta) }

// datetimeNowIn is a helper of the functions registered in init.
func datetimeNowIn(cls rt.Value, loc *time.Location) (rt.Value, *rt.Exc) {
	t, _ := cls.O.(*rt.Type)
	if t == nil {
		t = DatetimeType
	}
	return rt.Obj(dtFromTimestamp(t, rt.WallSeconds(), loc)), nil
}

func init() {
	DateType.Module = "datetime"
	DatetimeType.Module = "datetime"
	TimedeltaType.Module = "datetime"

	DateType.New = dateNew
	DateType.Init = dateInit
	DateType.Repr = dateRepr
	DateType.Str = dateStr
	DateType.Hash = dateHash
	DateType.Compare = dateCompare
	DateType.Num[rt.BinSub] = dateSub
	addTD := func(a, b rt.Value) (rt.Value, *rt.Exc) {
		x, ok1 := a.O.(*dateTime)
		y, ok2 := b.O.(*timedelta)
		if !ok1 || !ok2 || a.K != rt.KObj || b.K != rt.KObj {
			x2, ok3 := b.O.(*dateTime)
			y2, ok4 := a.O.(*timedelta)
			if !ok3 || !ok4 {
				return rt.NotImplemented, nil
			}
			x, y = x2, y2
		}
		g := x.goTime().Add(time.Duration(y.totalUS()) * time.Microsecond)
		r := fromGoTime(x.typ, g)
		r.tz = x.tz
		return rt.Obj(r), nil
	}
	DateType.Num[rt.BinAdd] = addTD
	for _, f := range []string{"year", "month", "day"} {
		f := f
		DateType.Getter(f, func(v rt.Value) (rt.Value, *rt.Exc) {
			d := dateTimeOf(v)
			return rt.Int(int64(map[string]int{"year": d.year, "month": d.month, "day": d.day}[f])), nil
		})
	}
	for _, f := range []string{"hour", "minute", "second", "microsecond"} {
		f := f
		DatetimeType.Getter(f, func(v rt.Value) (rt.Value, *rt.Exc) {
			d := dateTimeOf(v)
			return rt.Int(int64(map[string]int{"hour": d.hour, "minute": d.minute, "second": d.second, "microsecond": d.microsecond}[f])), nil
		})
	}
	DatetimeType.Getter("tzinfo", datetimeTzinfo)
	DateType.Method("strftime", dateStrftime)
	DateType.Method("weekday", dateWeekday)
	DateType.Method("isoweekday", dateIsoweekday)
	DateType.Method("timetuple", dateTimetuple)
	DatetimeType.Method("date", datetimeDate)
	DatetimeType.Method("timestamp", datetimeTimestamp)
	DatetimeType.ClassMethod("now", datetimeNow)
	DatetimeType.ClassMethod("today", datetimeToday)
	DatetimeType.ClassMethod("utcnow", datetimeUtcnow)
	DatetimeType.ClassMethod("fromtimestamp", datetimeFromtimestamp)
	DateType.ClassMethod("today", dateToday)

	TimedeltaType.New = timedeltaNew
	TimedeltaType.Init = timedeltaInit
	TimedeltaType.Repr = timedeltaRepr
	TimedeltaType.Str = timedeltaStr
	TimedeltaType.Hash = timedeltaHash
	TimedeltaType.Getter("days", timedeltaDays)
	TimedeltaType.Getter("seconds", timedeltaSeconds)
	TimedeltaType.Getter("microseconds", timedeltaMicroseconds)
	TimedeltaType.Method("total_seconds", timedeltaTotalSeconds)
	TimedeltaType.Compare = timedeltaCompare
	tdBin := func(f func(p, q int64) int64) func(a, b rt.Value) (rt.Value, *rt.Exc) {
		return func(a, b rt.Value) (rt.Value, *rt.Exc) {
			x, ok1 := a.O.(*timedelta)
			y, ok2 := b.O.(*timedelta)
			if !ok1 || !ok2 || a.K != rt.KObj || b.K != rt.KObj {
				return rt.NotImplemented, nil
			}
			return rt.Obj(newTimedelta(f(x.totalUS(), y.totalUS()))), nil
		}
	}
	TimedeltaType.Num[rt.BinAdd] = func(a, b rt.Value) (rt.Value, *rt.Exc) {
		if _, ok := b.O.(*dateTime); ok && b.K == rt.KObj {
			return addTD(a, b)
		}
		return tdBin(func(p, q int64) int64 { return p + q })(a, b)
	}
	TimedeltaType.Num[rt.BinSub] = tdBin(func(p, q int64) int64 { return p - q })

	initTimedeltaOps()
	initDatetimeISO()
	initDateFormat()
	initDatetimeMore()
	initStrptime()
	initIsoCalendar()

	m := rt.DefineModule("datetime")
	m.Set("date", rt.Obj(DateType))
	m.Set("datetime", rt.Obj(DatetimeType))
	m.Set("timedelta", rt.Obj(TimedeltaType))
	initDatetimeTZ(m)
	initTimeType(m)
	m.Set("MINYEAR", rt.Int(1))
	m.Set("MAXYEAR", rt.Int(9999))
}

// dateNew is the New hook (__new__) of date.
func dateNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	d, e := dtArgs(cls.Name, args, kw, !cls.IsSubtype(DatetimeType))
	if e != nil {
		return rt.Null, e
	}
	d.typ = cls
	return rt.Obj(d), nil
}

// dateInit is the Init hook (__init__) of date.
func dateInit(self rt.Value, args []rt.Value, kw []string) *rt.Exc { return nil }

// dateRepr is the Repr hook (__repr__) of date.
func dateRepr(v rt.Value) (string, *rt.Exc) { return dateTimeOf(v).repr(), nil }

// dateStr is the Str hook (__str__) of date.
func dateStr(v rt.Value) (string, *rt.Exc) { return dateTimeOf(v).str(" "), nil }

// dateHash is the Hash hook (__hash__) of date.
func dateHash(v rt.Value) (int64, *rt.Exc) { return dateTimeOf(v).utcMicro(), nil }

// dateCompare is the Compare hook (rich comparison) of date.
func dateCompare(a, b rt.Value, op rt.CompareOp) (rt.Value, *rt.Exc) {
	x, ok1 := a.O.(*dateTime)
	y, ok2 := b.O.(*dateTime)
	if !ok1 || !ok2 || b.K != rt.KObj || x.isDate() != y.isDate() {
		if op == rt.OpEq || op == rt.OpNe {
			return rt.Bool(op == rt.OpNe), nil
		}
		return rt.NotImplemented, nil
	}
	if !x.isDate() && (x.tz == nil) != (y.tz == nil) {
		if op == rt.OpEq || op == rt.OpNe {
			return rt.Bool(op == rt.OpNe), nil
		}
		return rt.Null, rt.TypeErrorf("can't compare offset-naive and offset-aware datetimes")
	}
	p, q := x.utcMicro(), y.utcMicro()
	c := 0
	if p < q {
		c = -1
	} else if p > q {
		c = 1
	}
	return rt.Bool([...]bool{c < 0, c <= 0, c == 0, c != 0, c > 0, c >= 0}[op]), nil
}

// dateSub is the Num[BinSub] hook (__sub__) of date.
func dateSub(a, b rt.Value) (rt.Value, *rt.Exc) {
	x, ok := a.O.(*dateTime)
	if !ok || a.K != rt.KObj {
		return rt.NotImplemented, nil
	}
	switch y := b.O.(type) {
	case *dateTime:
		if x.isDate() != y.isDate() {
			return rt.NotImplemented, nil
		}
		if (x.tz == nil) != (y.tz == nil) {
			return rt.Null, rt.TypeErrorf("can't subtract offset-naive and offset-aware datetimes")
		}
		return rt.Obj(newTimedelta(x.utcMicro() - y.utcMicro())), nil
	case *timedelta:
		g := x.goTime().Add(-time.Duration(y.totalUS()) * time.Microsecond)
		r := fromGoTime(x.typ, g)
		r.tz = x.tz
		return rt.Obj(r), nil
	}
	return rt.NotImplemented, nil
}

// timedeltaNew is the New hook (__new__) of timedelta.
func timedeltaNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	names := []string{"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"}
	a, e := rt.ParseArgs("timedelta", args, kw, names, 0)
	if e != nil {
		return rt.Null, e
	}
	mult := []float64{86400e6, 1e6, 1, 1e3, 60e6, 3600e6, 7 * 86400e6}
	var total float64
	var totalI int64
	for i, v := range a {
		if v.IsNull() {
			continue
		}
		if v.K == rt.KInt || v.K == rt.KBool {
			totalI += v.I * int64(mult[i])
			continue
		}
		f, e := rt.FloatArg(v)
		if e != nil {
			return rt.Null, rt.TypeErrorf("unsupported type for timedelta %s component: %s", names[i], v.TypeName())
		}
		total += f * mult[i]
	}
	return rt.Obj(newTimedelta(totalI + int64(math.RoundToEven(total)))), nil
}

// timedeltaInit is the Init hook (__init__) of timedelta.
func timedeltaInit(self rt.Value, args []rt.Value, kw []string) *rt.Exc { return nil }

// timedeltaRepr is the Repr hook (__repr__) of timedelta.
func timedeltaRepr(v rt.Value) (string, *rt.Exc) { return timedeltaOf(v).repr(), nil }

// timedeltaStr is the Str hook (__str__) of timedelta.
func timedeltaStr(v rt.Value) (string, *rt.Exc) { return timedeltaOf(v).str(), nil }

// timedeltaHash is the Hash hook (__hash__) of timedelta.
func timedeltaHash(v rt.Value) (int64, *rt.Exc) { return timedeltaOf(v).totalUS(), nil }

// timedeltaCompare is the Compare hook (rich comparison) of timedelta.
func timedeltaCompare(a, b rt.Value, op rt.CompareOp) (rt.Value, *rt.Exc) {
	x, ok1 := a.O.(*timedelta)
	y, ok2 := b.O.(*timedelta)
	if !ok1 || !ok2 || b.K != rt.KObj {
		if op == rt.OpEq || op == rt.OpNe {
			return rt.Bool(op == rt.OpNe), nil
		}
		return rt.NotImplemented, nil
	}
	// (days, seconds, microseconds) order: totalUS overflows int64 past ~106751 days
	c := 0
	for _, d := range [3]int64{x.days - y.days, x.seconds - y.seconds, x.us - y.us} {
		if d != 0 {
			c = map[bool]int{true: -1, false: 1}[d < 0]
			break
		}
	}
	return rt.Bool([...]bool{c < 0, c <= 0, c == 0, c != 0, c > 0, c >= 0}[op]), nil
}

// datetimeNow is datetime.now.
func datetimeNow(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("now", args, kw, []string{"tz"}, 0)
	if e != nil {
		return rt.Null, e
	}
	if rt.NonNone(a[0]) {
		return awareFromTimestamp(self, rt.WallSeconds(), a[0])
	}
	return datetimeNowIn(self, pytime.LocalZone())
}

// datetimeToday is datetime.today.
func datetimeToday(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return datetimeNowIn(self, pytime.LocalZone())
}

// datetimeUtcnow is datetime.utcnow.
func datetimeUtcnow(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return datetimeNowIn(self, time.UTC)
}

// datetimeTzinfo is datetime.tzinfo.
func datetimeTzinfo(v rt.Value) (rt.Value, *rt.Exc) {
	if tz := dateTimeOf(v).tz; tz != nil {
		return rt.Obj(tz), nil
	}
	return rt.None, nil
}

// dateStrftime is date.strftime.
func dateStrftime(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("strftime", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	f, ok := rt.AsStr(args[0])
	if !ok {
		return rt.Null, rt.TypeErrorf("strftime() argument 1 must be str, not %s", args[0].TypeName())
	}
	d := dateTimeOf(self)
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
			f2 += pytime.Pad(d.microsecond, 6, '0')
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
	return rt.Str(pytime.Strftime(f2, t)), nil
}

// dateWeekday is date.weekday.
func dateWeekday(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Int(int64(dateTimeOf(self).tm().Wday)), nil
}

// dateIsoweekday is date.isoweekday.
func dateIsoweekday(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Int(int64(dateTimeOf(self).tm().Wday + 1)), nil
}

// dateTimetuple is date.timetuple.
func dateTimetuple(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Obj(&pytime.StructTime{T: dateTimeOf(self).tm()}), nil
}

// datetimeDate is datetime.date.
func datetimeDate(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	d := *dateTimeOf(self)
	d.typ = DateType
	d.tz = nil
	d.hour, d.minute, d.second, d.microsecond = 0, 0, 0, 0
	return rt.Obj(&d), nil
}

// datetimeTimestamp is datetime.timestamp.
func datetimeTimestamp(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	d := dateTimeOf(self)
	if d.tz != nil {
		// (self - _EPOCH).total_seconds(): an int over 10**6
		return rt.TrueDiv(rt.Int(d.utcMicro()-unixEpochMicro), rt.Int(1e6))
	}
	g := time.Date(d.year, time.Month(d.month), d.day, d.hour, d.minute, d.second, d.microsecond*1000, pytime.LocalZone())
	return rt.Float(float64(g.Unix()) + float64(d.microsecond)/1e6), nil
}

// datetimeFromtimestamp is datetime.fromtimestamp.
func datetimeFromtimestamp(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("fromtimestamp", args, kw, []string{"timestamp", "tz"}, 1)
	if e != nil {
		return rt.Null, e
	}
	ts, e := rt.FloatArg(a[0])
	if e != nil {
		return rt.Null, e
	}
	if rt.NonNone(a[1]) {
		return awareFromTimestamp(self, ts, a[1])
	}
	t, _ := self.O.(*rt.Type)
	return rt.Obj(dtFromTimestamp(t, ts, pytime.LocalZone())), nil
}

// dateToday is date.today.
func dateToday(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	t, _ := self.O.(*rt.Type)
	d := dtFromTimestamp(t, rt.WallSeconds(), pytime.LocalZone())
	if d.isDate() {
		d.hour, d.minute, d.second, d.microsecond = 0, 0, 0, 0
	}
	return rt.Obj(d), nil
}

// timedeltaDays is timedelta.days.
func timedeltaDays(v rt.Value) (rt.Value, *rt.Exc) { return rt.Int(timedeltaOf(v).days), nil }

// timedeltaSeconds is timedelta.seconds.
func timedeltaSeconds(v rt.Value) (rt.Value, *rt.Exc) { return rt.Int(timedeltaOf(v).seconds), nil }

// timedeltaMicroseconds is timedelta.microseconds.
func timedeltaMicroseconds(v rt.Value) (rt.Value, *rt.Exc) { return rt.Int(timedeltaOf(v).us), nil }

// timedeltaTotalSeconds is timedelta.total_seconds.
func timedeltaTotalSeconds(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Float(float64(timedeltaOf(self).totalUS()) / 1e6), nil
}
