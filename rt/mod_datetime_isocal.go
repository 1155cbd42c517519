package rt

// date.isocalendar (an IsoCalendarDate: a tuple subclass with year, week,
// weekday) and date.fromisocalendar with the C module's messages.

var isoCalType = NewType("IsoCalendarDate", TupleType)

func initIsoCalendar() {
	isoCalType.Module = "datetime"
	isoCalType.Repr = func(v Value) (string, *Exc) {
		it := v.O.(*Tuple).Items
		return "datetime.IsoCalendarDate(year=" + ReprOrErr(it[0]) + ", week=" + ReprOrErr(it[1]) + ", weekday=" + ReprOrErr(it[2]) + ")", nil
	}
	for i, name := range []string{"year", "week", "weekday"} {
		i := i
		isoCalType.Getter(name, func(v Value) (Value, *Exc) { return v.O.(*Tuple).Items[i], nil })
	}
	DateType.Method("isocalendar", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("isocalendar", args, kw, 0, 0); e != nil {
			return Null, e
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
		return Obj(&Tuple{Items: []Value{Int(int64(y)), Int(week), Int(wd + 1)}, Cls: isoCalType}), nil
	})
	DateType.ClassMethod("fromisocalendar", func(self Value, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("fromisocalendar", args, kw, []string{"year", "week", "day"}, 3)
		if e != nil {
			return Null, e
		}
		var n [3]int
		for i, v := range a {
			iv, e := Index(v)
			if e != nil {
				return Null, e
			}
			n[i] = int(iv.I)
		}
		if n[0] < 1 || n[0] > 9999 {
			return Null, ValueErrorf("Year is out of range: %d", n[0])
		}
		if n[2] <= 0 || n[2] >= 8 {
			if n[1] > 0 && n[1] < 53 {
				return Null, ValueErrorf("Invalid day: %d (range is [1, 7])", n[2])
			}
		}
		y, m, d, ok := isoToYMD(n[0], n[1], n[2])
		if !ok {
			if n[1] <= 0 || n[1] >= 53 {
				return Null, ValueErrorf("Invalid week: %d", n[1])
			}
			return Null, ValueErrorf("Invalid day: %d (range is [1, 7])", n[2])
		}
		return newDT(self.O.(*Type), y, m, d)
	})
}
