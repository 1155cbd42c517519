package datetime

import (
	"time"

	"github.com/py2goasync/py2goasync/rt"
	pytime "github.com/py2goasync/py2goasync/rt/lib/time"
)

// Aware datetimes with fixed-offset time zones: datetime.tzinfo,
// datetime.timezone (utc, offsets strictly within a day, optional name),
// datetime.UTC (3.11); utcoffset/tzname/dst, astimezone, now(tz) and
// fromtimestamp(ts, tz), aware arithmetic and comparisons on UTC
// microseconds, as _datetimemodule.c. Python subclasses of tzinfo are not
// supported (tzinfo arguments must be timezone instances).

var (
	TzinfoType   = rt.NewType("tzinfo", rt.ObjectType)
	TimezoneType = rt.NewType("timezone", TzinfoType)
	utcZone      = &tzone{}
)

type tzone struct {
	off  int64    // microseconds east of UTC
	name rt.Value // Null: no name given
}

func (*tzone) Type() *rt.Type { return TimezoneType }

var unixEpochMicro = (&dateTime{year: 1970, month: 1, day: 1}).localMicro()

// localMicro is the wall time in microseconds since 0001-01-01.
func (d *dateTime) localMicro() int64 {
	return ((d.toordinal()-1)*86400+int64(d.hour*3600+d.minute*60+d.second))*1e6 + int64(d.microsecond)
}

// utcMicro is localMicro minus the UTC offset (naive: as is).
func (d *dateTime) utcMicro() int64 {
	if d.tz != nil {
		return d.localMicro() - d.tz.off
	}
	return d.localMicro()
}

// formatOffset is format_utcoffset: +HH<sep>MM[<sep>SS[.ffffff]].
func formatOffset(off int64, sep string) string {
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	us := off % 1e6
	secs := off / 1e6
	s := sign + pytime.Pad(int(secs/3600), 2, '0') + sep + pytime.Pad(int(secs%3600/60), 2, '0')
	if secs%60 != 0 || us != 0 {
		s += sep + pytime.Pad(int(secs%60), 2, '0')
		if us != 0 {
			s += "." + pytime.Pad(int(us), 6, '0')
		}
	}
	return s
}

func (z *tzone) tzname() string {
	if !z.name.IsNull() {
		s, _ := rt.ToStr(z.name)
		return s
	}
	if z.off == 0 {
		return "UTC"
	}
	return "UTC" + formatOffset(z.off, ":")
}

func (z *tzone) repr() string {
	if z == utcZone {
		return "datetime.timezone.utc"
	}
	s := "datetime.timezone(" + newTimedelta(z.off).repr()
	if !z.name.IsNull() {
		s += ", " + rt.ReprOrErr(z.name)
	}
	return s + ")"
}

// tzArg accepts a tzinfo argument (a timezone instance).
func tzArg(v rt.Value) (*tzone, *rt.Exc) {
	if z, ok := v.O.(*tzone); ok && v.K == rt.KObj {
		return z, nil
	}
	if v.Type().IsSubtype(TzinfoType) {
		return nil, rt.Errorf(rt.ExcNotImplementedError, "tzinfo subclasses are not supported by this runtime (use datetime.timezone)")
	}
	return nil, rt.TypeErrorf("tzinfo argument must be None or of a tzinfo subclass, not type '%s'", v.TypeName())
}

// withOffset converts an aware or naive-as-UTC instant to zone z.
func dtFromUTCMicro(t *rt.Type, utc int64, z *tzone) *dateTime {
	local := utc + z.off
	days := floorDiv(local, 86400e6)
	rem := local - days*86400e6
	g := time.Unix(ordinalEpoch+days*86400, 0).UTC()
	sec := rem / 1e6
	return &dateTime{typ: t, year: g.Year(), month: int(g.Month()), day: g.Day(), hour: int(sec / 3600),
		minute: int(sec % 3600 / 60), second: int(sec % 60), microsecond: int(rem % 1e6), tz: z}
}

func awareFromTimestamp(cls rt.Value, ts float64, tzv rt.Value) (rt.Value, *rt.Exc) {
	z, e := tzArg(tzv)
	if e != nil {
		return rt.Null, e
	}
	t, _ := cls.O.(*rt.Type)
	if t == nil {
		t = DatetimeType
	}
	u := dtFromTimestamp(t, ts, time.UTC)
	return rt.Obj(dtFromUTCMicro(t, u.localMicro(), z)), nil
}

func newTimezone(off int64, name rt.Value) (*tzone, *rt.Exc) {
	if off <= -86400e6 || off >= 86400e6 {
		return nil, rt.ValueErrorf("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not %s.", newTimedelta(off).repr())
	}
	if off == 0 && name.IsNull() {
		return utcZone, nil
	}
	return &tzone{off: off, name: name}, nil
}

func initDatetimeTZ(m *rt.NativeModule) {
	TzinfoType.Module = "datetime"
	TimezoneType.Module = "datetime"
	TimezoneType.Final = true
	TimezoneType.New = timezoneNew
	TimezoneType.Init = timezoneInit
	TimezoneType.Repr = timezoneRepr
	TimezoneType.Str = timezoneStr
	TimezoneType.Hash = timezoneHash
	TimezoneType.Compare = timezoneCompare
	zoneMethod := func(name string, f func(z *tzone) rt.Value) {
		TimezoneType.Method(name, func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			if e := rt.ArgCount(name, args, kw, 1, 1); e != nil {
				return rt.Null, e
			}
			if _, ok := args[0].O.(*dateTime); !(ok && args[0].Type().IsSubtype(DatetimeType)) && !args[0].IsNone() {
				return rt.Null, rt.TypeErrorf("%s(dt) argument must be a datetime instance or None, not %s", name, args[0].TypeName())
			}
			return f(self.O.(*tzone)), nil
		})
	}
	zoneMethod("utcoffset", timezoneUtcoffset)
	zoneMethod("tzname", timezoneTzname)
	zoneMethod("dst", timezoneDst)
	TimezoneType.SetDict("utc", rt.Obj(utcZone))
	dtMethod := func(name string, f func(d *dateTime) rt.Value) {
		DatetimeType.Method(name, func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			if e := rt.ArgCount(name, args, kw, 0, 0); e != nil {
				return rt.Null, e
			}
			d := self.O.(*dateTime)
			if d.tz == nil {
				return rt.None, nil
			}
			return f(d), nil
		})
	}
	dtMethod("utcoffset", datetimeUtcoffset)
	dtMethod("tzname", datetimeTzname)
	dtMethod("dst", datetimeDst)
	DatetimeType.Method("astimezone", datetimeAstimezone)
	m.Set("tzinfo", rt.Obj(TzinfoType))
	m.Set("timezone", rt.Obj(TimezoneType))
	m.Set("UTC", rt.Obj(utcZone))
}

// timezoneNew is the New hook (__new__) of timezone.
func timezoneNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("timezone", args, kw, []string{"offset", "name"}, 1)
	if e != nil {
		return rt.Null, e
	}
	td, ok := a[0].O.(*timedelta)
	if !ok || a[0].K != rt.KObj {
		return rt.Null, rt.TypeErrorf("timezone() argument 1 must be datetime.timedelta, not %s", a[0].TypeName())
	}
	if !a[1].IsNull() {
		if _, ok := rt.AsStr(a[1]); !ok {
			return rt.Null, rt.TypeErrorf("timezone() argument 2 must be str, not %s", a[1].TypeName())
		}
	}
	z, e := newTimezone(td.totalUS(), a[1])
	if e != nil {
		return rt.Null, e
	}
	return rt.Obj(z), nil
}

// timezoneInit is the Init hook (__init__) of timezone.
func timezoneInit(self rt.Value, args []rt.Value, kw []string) *rt.Exc { return nil }

// timezoneRepr is the Repr hook (__repr__) of timezone.
func timezoneRepr(v rt.Value) (string, *rt.Exc) { return v.O.(*tzone).repr(), nil }

// timezoneStr is the Str hook (__str__) of timezone.
func timezoneStr(v rt.Value) (string, *rt.Exc) { return v.O.(*tzone).tzname(), nil }

// timezoneHash is the Hash hook (__hash__) of timezone.
func timezoneHash(v rt.Value) (int64, *rt.Exc) { return v.O.(*tzone).off, nil }

// timezoneCompare is the Compare hook (rich comparison) of timezone.
func timezoneCompare(a, b rt.Value, op rt.CompareOp) (rt.Value, *rt.Exc) {
	y, ok := b.O.(*tzone)
	if !ok || b.K != rt.KObj || (op != rt.OpEq && op != rt.OpNe) {
		return rt.NotImplemented, nil
	}
	return rt.Bool((a.O.(*tzone).off == y.off) == (op == rt.OpEq)), nil
}

// timezoneUtcoffset implements timezone.utcoffset (through zoneMethod).
func timezoneUtcoffset(z *tzone) rt.Value { return rt.Obj(newTimedelta(z.off)) }

// timezoneTzname implements timezone.tzname (through zoneMethod).
func timezoneTzname(z *tzone) rt.Value { return rt.Str(z.tzname()) }

// timezoneDst implements timezone.dst (through zoneMethod).
func timezoneDst(z *tzone) rt.Value { return rt.None }

// datetimeUtcoffset implements datetime.utcoffset (through dtMethod).
func datetimeUtcoffset(d *dateTime) rt.Value { return rt.Obj(newTimedelta(d.tz.off)) }

// datetimeTzname implements datetime.tzname (through dtMethod).
func datetimeTzname(d *dateTime) rt.Value { return rt.Str(d.tz.tzname()) }

// datetimeDst implements datetime.dst (through dtMethod).
func datetimeDst(d *dateTime) rt.Value { return rt.None }

// datetimeAstimezone is datetime.astimezone.
func datetimeAstimezone(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("astimezone", args, kw, []string{"tz"}, 0)
	if e != nil {
		return rt.Null, e
	}
	d := self.O.(*dateTime)
	utc := d.utcMicro()
	if d.tz == nil {
		// a naive datetime is local time
		g := time.Date(d.year, time.Month(d.month), d.day, d.hour, d.minute, d.second, 0, pytime.LocalZone())
		_, off := g.Zone()
		utc = d.localMicro() - int64(off)*1e6
	}
	var z *tzone
	if rt.NonNone(a[0]) {
		if z, e = tzArg(a[0]); e != nil {
			return rt.Null, e
		}
	} else {
		g := time.UnixMicro(utc - unixEpochMicro).In(pytime.LocalZone())
		name, off := g.Zone()
		z = &tzone{off: int64(off) * 1e6, name: rt.Str(name)}
	}
	return rt.Obj(dtFromUTCMicro(d.typ, utc, z)), nil
}
