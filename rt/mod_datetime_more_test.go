package rt

import "testing"

// replace, ordinals, ctime and the class limits against python3.
func TestDatetimeMoreMatchesCPython(t *testing.T) {
	dt := func(name string) Value { return StdAttr("datetime", name) }
	mk := func(cls string, n ...int64) Value {
		a := make([]Value, len(n))
		for i, x := range n {
			a[i] = I(x)
		}
		return Must(Call(dt(cls), a, nil))
	}
	d := mk("datetime", 2024, 3, 5, 7, 8, 9, 12345)
	day := mk("date", 2024, 2, 29)
	kw := func(o Value, name string, k string, v Value) (Value, *Exc) {
		return Call(Must(GetAttr(o, name)), []Value{v}, []string{k})
	}
	cases := []PyCase{
		{"import datetime\nd = datetime.datetime(2024, 3, 5, 7, 8, 9, 12345)\n(d.replace(microsecond=0), d.replace(2020, 1), datetime.date(2024, 2, 29).replace(year=2028), d.replace(tzinfo=None), d.toordinal(), datetime.date(1, 1, 1).toordinal(), datetime.date.fromordinal(738950), datetime.datetime.fromordinal(1), d.ctime(), datetime.date(2024, 3, 5).ctime())", func() (Value, *Exc) {
			return T(Must(kw(d, "replace", "microsecond", I(0))), Must(Meth(d, "replace", I(2020), I(1))), Must(kw(day, "replace", "year", I(2028))),
				Must(kw(d, "replace", "tzinfo", None)), Must(Meth(d, "toordinal")), Must(Meth(mk("date", 1, 1, 1), "toordinal")),
				Must(Call(Must(GetAttr(dt("date"), "fromordinal")), []Value{I(738950)}, nil)), Must(Call(Must(GetAttr(dt("datetime"), "fromordinal")), []Value{I(1)}, nil)),
				Must(Meth(d, "ctime")), Must(Meth(mk("date", 2024, 3, 5), "ctime"))), nil
		}},
		{"import datetime\ndatetime.date(2024, 2, 29).replace(year=2023)", func() (Value, *Exc) { return kw(day, "replace", "year", I(2023)) }},
		{"import datetime\ndatetime.date(2024, 2, 29).replace(hour=1)", func() (Value, *Exc) { return kw(day, "replace", "hour", I(1)) }},
		{"import datetime\ndatetime.datetime(2024, 3, 5).replace(fold=2)", func() (Value, *Exc) { return kw(d, "replace", "fold", I(2)) }},
		{"import datetime\ndatetime.date.fromordinal(0)", func() (Value, *Exc) { return Call(Must(GetAttr(dt("date"), "fromordinal")), []Value{I(0)}, nil) }},
		{"import datetime\ndatetime.date.fromordinal(3652060)", func() (Value, *Exc) {
			return Call(Must(GetAttr(dt("date"), "fromordinal")), []Value{I(3652060)}, nil)
		}},
		{"import datetime\n(datetime.date.min, datetime.date.max, datetime.date.resolution, datetime.datetime.min, datetime.datetime.max, datetime.datetime.resolution, datetime.datetime.utcfromtimestamp(1704067200.5), datetime.date.fromordinal(3652059))", func() (Value, *Exc) {
			g := func(c, n string) Value { return Must(GetAttr(dt(c), n)) }
			return T(g("date", "min"), g("date", "max"), g("date", "resolution"), g("datetime", "min"), g("datetime", "max"), g("datetime", "resolution"),
				Must(Call(g("datetime", "utcfromtimestamp"), []Value{F(1704067200.5)}, nil)), Must(Call(g("date", "fromordinal"), []Value{I(3652059)}, nil))), nil
		}},
	}
	CheckCases(t, cases)
}

func TestIsoCalendarMatchesCPython(t *testing.T) {
	dt := func(name string) Value { return StdAttr("datetime", name) }
	mk := func(cls string, n ...int64) Value {
		a := make([]Value, len(n))
		for i, x := range n {
			a[i] = I(x)
		}
		return Must(Call(dt(cls), a, nil))
	}
	cases := []PyCase{
		{"import datetime as d\nx = d.date(2024, 3, 5).isocalendar()\n(repr(x), x.year, x.week, x.weekday, x[0], type(x).__name__, x == (2024, 10, 2), d.datetime(2024, 12, 30).isocalendar(), d.date(2021, 1, 3).isocalendar(), d.date(2020, 12, 31).isocalendar(), d.date(1, 1, 1).isocalendar())", func() (Value, *Exc) {
			x := Must(Meth(mk("date", 2024, 3, 5), "isocalendar"))
			return T(S(ReprS(x)), Must(GetAttr(x, "year")), Must(GetAttr(x, "week")), Must(GetAttr(x, "weekday")), Must(GetItem(x, I(0))),
				Must(GetAttr(Must(CallB("type", x)), "__name__")), Must(Eq(x, T(I(2024), I(10), I(2)))), Must(Meth(mk("datetime", 2024, 12, 30), "isocalendar")),
				Must(Meth(mk("date", 2021, 1, 3), "isocalendar")), Must(Meth(mk("date", 2020, 12, 31), "isocalendar")), Must(Meth(mk("date", 1, 1, 1), "isocalendar"))), nil
		}},
	}
	for _, a := range [][3]int64{{2024, 10, 2}, {2024, 53, 1}, {2020, 53, 7}, {2024, 1, 8}, {0, 1, 1}, {10000, 1, 1}, {2024, 0, 9}} {
		a := a
		cases = append(cases, PyCase{"import datetime\ndatetime.date.fromisocalendar(" + Itoa(int(a[0])) + ", " + Itoa(int(a[1])) + ", " + Itoa(int(a[2])) + ")", func() (Value, *Exc) {
			return Call(Must(GetAttr(dt("date"), "fromisocalendar")), []Value{I(a[0]), I(a[1]), I(a[2])}, nil)
		}})
	}
	CheckCases(t, cases)
}
