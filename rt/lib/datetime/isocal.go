package datetime

import "github.com/py2goasync/py2goasync/rt"

// date.isocalendar (an IsoCalendarDate: a tuple subclass with year, week,
// weekday) and date.fromisocalendar with the C module's messages.

var isoCalType = rt.NewType("IsoCalendarDate", rt.TupleType)

func initIsoCalendar() {
	isoCalType.Module = "datetime"
	isoCalType.Repr = isoCalendarDateRepr
	for i, name := range []string{"year", "week", "weekday"} {
		i := i
		isoCalType.Getter(name, func(v rt.Value) (rt.Value, *rt.Exc) { return v.O.(*rt.Tuple).Items[i], nil })
	}
	DateType.Method("isocalendar", dateIsocalendar)
	DateType.ClassMethod("fromisocalendar", dateFromisocalendar)
}

// isoCalendarDateRepr is the Repr hook (__repr__) of IsoCalendarDate.
func isoCalendarDateRepr(v rt.Value) (string, *rt.Exc) {
	it := v.O.(*rt.Tuple).Items
	return "datetime.IsoCalendarDate(year=" + rt.ReprOrErr(it[0]) + ", week=" + rt.ReprOrErr(it[1]) + ", weekday=" + rt.ReprOrErr(it[2]) + ")", nil
}

// dateIsocalendar is date.isocalendar.
func dateIsocalendar(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("isocalendar", args, kw, 0, 0); e != nil {
		return rt.Null, e
	}
	d := self.O.(*dateTime)
	// the ISO year is the year of this week's Thursday
	ord := d.toordinal()
	wd := (ord + 6) % 7 // Monday 0
	thu := ord - wd + 3
	y := d.year
	for _, cand := range []int{d.year + 1, d.year, d.year - 1} {
		if cand < 1 || cand > 9999 {
			continue
		}
		if first := (&dateTime{year: cand, month: 1, day: 1}).toordinal(); thu >= first {
			y = cand
			break
		}
	}
	jan1 := (&dateTime{year: y, month: 1, day: 1}).toordinal()
	week := (thu-jan1)/7 + 1
	return rt.Obj(&rt.Tuple{Items: []rt.Value{rt.Int(int64(y)), rt.Int(week), rt.Int(wd + 1)}, Cls: isoCalType}), nil
}

// dateFromisocalendar is date.fromisocalendar.
func dateFromisocalendar(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("fromisocalendar", args, kw, []string{"year", "week", "day"}, 3)
	if e != nil {
		return rt.Null, e
	}
	var n [3]int
	for i, v := range a {
		iv, e := rt.Index(v)
		if e != nil {
			return rt.Null, e
		}
		n[i] = int(iv.I)
	}
	if n[0] < 1 || n[0] > 9999 {
		return rt.Null, rt.ValueErrorf("Year is out of range: %d", n[0])
	}
	if n[2] <= 0 || n[2] >= 8 {
		if n[1] > 0 && n[1] < 53 {
			return rt.Null, rt.ValueErrorf("Invalid day: %d (range is [1, 7])", n[2])
		}
	}
	y, m, d, ok := isoToYMD(n[0], n[1], n[2])
	if !ok {
		if n[1] <= 0 || n[1] >= 53 {
			return rt.Null, rt.ValueErrorf("Invalid week: %d", n[1])
		}
		return rt.Null, rt.ValueErrorf("Invalid day: %d (range is [1, 7])", n[2])
	}
	return newDT(self.O.(*rt.Type), y, m, d)
}
