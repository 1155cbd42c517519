package datetime

import (
	"math/big"
	"time"

	"github.com/py2goasync/py2goasync/rt"
	pytime "github.com/py2goasync/py2goasync/rt/lib/time"
)

// date/datetime odds and ends tutorials use: replace, toordinal/
// fromordinal, ctime, date.fromtimestamp, datetime.utcfromtimestamp and
// the min/max/resolution class attributes.

var ordinalEpoch = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Unix()

// toordinal counts days from 0001-01-01 (day 1), as the proleptic
// Gregorian ordinal of CPython.
func (d *dateTime) toordinal() int64 {
	g := time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC)
	return (g.Unix()-ordinalEpoch)/86400 + 1
}

func initDatetimeMore() {
	DateType.Method("replace", dateReplace)
	DateType.Method("toordinal", dateToordinal)
	DateType.ClassMethod("fromordinal", dateFromordinal)
	DateType.Method("ctime", dateCtime)
	DateType.ClassMethod("fromtimestamp", dateFromtimestamp)
	DatetimeType.ClassMethod("utcfromtimestamp", datetimeUtcfromtimestamp)
	day, _ := tdFromBig(bigUSPerDay)
	one, _ := tdFromBig(big.NewInt(1))
	DateType.SetDict("min", rt.Obj(&dateTime{typ: DateType, year: 1, month: 1, day: 1}))
	DateType.SetDict("max", rt.Obj(&dateTime{typ: DateType, year: 9999, month: 12, day: 31}))
	DateType.SetDict("resolution", day)
	DatetimeType.SetDict("min", rt.Obj(&dateTime{typ: DatetimeType, year: 1, month: 1, day: 1}))
	DatetimeType.SetDict("max", rt.Obj(&dateTime{typ: DatetimeType, year: 9999, month: 12, day: 31, hour: 23, minute: 59, second: 59, microsecond: 999999}))
	DatetimeType.SetDict("resolution", one)
}

// dateReplace is date.replace.
func dateReplace(self rt.Value, args []rt.Value, kw []string) (r rt.Value, e *rt.Exc) {
	d := dateTimeOf(self)
	names := []string{"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"}
	cur := []int{d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond}
	n := 3
	if !d.isDate() {
		n = 7
	}
	allowed := names[:n]
	if !d.isDate() {
		allowed = names
	}
	npos := len(args) - len(kw)
	if !d.isDate() && npos > 8 {
		return rt.Null, rt.TypeErrorf("replace() takes at most 8 positional arguments (%d given)", npos)
	}
	a, e := rt.ParseArgs("replace", args, kw, allowed, 0)
	if e != nil {
		return rt.Null, e
	}
	for i := 0; i < n; i++ {
		if a[i].IsNull() {
			continue
		}
		if a[i].K == rt.KFloat {
			return rt.Null, rt.TypeErrorf("'float' object cannot be interpreted as an integer")
		}
		iv, e := rt.Index(a[i])
		if e != nil {
			return rt.Null, e
		}
		cur[i] = int(iv.I)
	}
	if !d.isDate() {
		tz := d.tz
		if !a[7].IsNull() {
			tz = nil
			if rt.NonNone(a[7]) {
				var e *rt.Exc
				if tz, e = tzArg(a[7]); e != nil {
					return rt.Null, e
				}
			}
		}
		defer func() {
			if r.K == rt.KObj {
				r.O.(*dateTime).tz = tz
			}
		}()
		if !a[8].IsNull() {
			iv, e := rt.Index(a[8])
			if e != nil {
				return rt.Null, e
			}
			if iv.I != 0 && iv.I != 1 {
				return rt.Null, rt.ValueErrorf("fold must be either 0 or 1")
			}
		}
	}
	r, e = newDT(d.typ, cur[:n]...)
	return r, e
}

// dateToordinal is date.toordinal.
func dateToordinal(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("toordinal", args, kw, 0, 0); e != nil {
		return rt.Null, e
	}
	return rt.Int(dateTimeOf(self).toordinal()), nil
}

// dateFromordinal is date.fromordinal.
func dateFromordinal(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("fromordinal", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	iv, e := rt.Index(args[0])
	if e != nil {
		return rt.Null, e
	}
	if iv.I < 1 {
		return rt.Null, rt.ValueErrorf("ordinal must be >= 1")
	}
	if iv.I > 3652059 {
		return rt.Null, rt.ValueErrorf("year 10000 is out of range")
	}
	g := time.Unix(ordinalEpoch+(iv.I-1)*86400, 0).UTC()
	return newDT(self.O.(*rt.Type), g.Year(), int(g.Month()), g.Day())
}

// dateCtime is date.ctime.
func dateCtime(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("ctime", args, kw, 0, 0); e != nil {
		return rt.Null, e
	}
	d := dateTimeOf(self)
	g := time.Date(d.year, time.Month(d.month), d.day, d.hour, d.minute, d.second, 0, time.UTC)
	return rt.Str(g.Format("Mon Jan _2 15:04:05 ") + pytime.Pad(d.year, 4, '0')), nil
}

// dateFromtimestamp is date.fromtimestamp.
func dateFromtimestamp(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("fromtimestamp", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	ts, e := rt.FloatArg(args[0])
	if e != nil {
		return rt.Null, e
	}
	d := dtFromTimestamp(DateType, ts, pytime.LocalZone())
	return newDT(self.O.(*rt.Type), d.year, d.month, d.day)
}

// datetimeUtcfromtimestamp is datetime.utcfromtimestamp.
func datetimeUtcfromtimestamp(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("utcfromtimestamp", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	ts, e := rt.FloatArg(args[0])
	if e != nil {
		return rt.Null, e
	}
	d := dtFromTimestamp(DatetimeType, ts, time.UTC)
	return newDT(self.O.(*rt.Type), d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond)
}
