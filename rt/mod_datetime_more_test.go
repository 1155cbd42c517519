package rt

import "testing"

// replace, ordinals, ctime and the class limits against python3.
func TestDatetimeMoreMatchesCPython(t *testing.T) {
	dt := func(name string) Value { return stdAttr("datetime", name) }
	mk := func(cls string, n ...int64) Value {
		a := make([]Value, len(n))
		for i, x := range n {
			a[i] = I(x)
		}
		return must(Call(dt(cls), a, nil))
	}
	d := mk("datetime", 2024, 3, 5, 7, 8, 9, 12345)
	day := mk("date", 2024, 2, 29)
	kw := func(o Value, name string, k string, v Value) (Value, *Exc) {
		return Call(must(GetAttr(o, name)), []Value{v}, []string{k})
	}
	cases := []pyCase{
		{"import datetime\nd = datetime.datetime(2024, 3, 5, 7, 8, 9, 12345)\n(d.replace(microsecond=0), d.replace(2020, 1), datetime.date(2024, 2, 29).replace(year=2028), d.replace(tzinfo=None), d.toordinal(), datetime.date(1, 1, 1).toordinal(), datetime.date.fromordinal(738950), datetime.datetime.fromordinal(1), d.ctime(), datetime.date(2024, 3, 5).ctime())", func() (Value, *Exc) {
			return T(must(kw(d, "replace", "microsecond", I(0))), must(meth(d, "replace", I(2020), I(1))), must(kw(day, "replace", "year", I(2028))),
				must(kw(d, "replace", "tzinfo", None)), must(meth(d, "toordinal")), must(meth(mk("date", 1, 1, 1), "toordinal")),
				must(Call(must(GetAttr(dt("date"), "fromordinal")), []Value{I(738950)}, nil)), must(Call(must(GetAttr(dt("datetime"), "fromordinal")), []Value{I(1)}, nil)),
				must(meth(d, "ctime")), must(meth(mk("date", 2024, 3, 5), "ctime"))), nil
		}},
		{"import datetime\ndatetime.date(2024, 2, 29).replace(year=2023)", func() (Value, *Exc) { return kw(day, "replace", "year", I(2023)) }},
		{"import datetime\ndatetime.date(2024, 2, 29).replace(hour=1)", func() (Value, *Exc) { return kw(day, "replace", "hour", I(1)) }},
		{"import datetime\ndatetime.datetime(2024, 3, 5).replace(fold=2)", func() (Value, *Exc) { return kw(d, "replace", "fold", I(2)) }},
		{"import datetime\ndatetime.date.fromordinal(0)", func() (Value, *Exc) { return Call(must(GetAttr(dt("date"), "fromordinal")), []Value{I(0)}, nil) }},
		{"import datetime\ndatetime.date.fromordinal(3652060)", func() (Value, *Exc) {
			return Call(must(GetAttr(dt("date"), "fromordinal")), []Value{I(3652060)}, nil)
		}},
		{"import datetime\n(datetime.date.min, datetime.date.max, datetime.date.resolution, datetime.datetime.min, datetime.datetime.max, datetime.datetime.resolution, datetime.datetime.utcfromtimestamp(1704067200.5), datetime.date.fromordinal(3652059))", func() (Value, *Exc) {
			g := func(c, n string) Value { return must(GetAttr(dt(c), n)) }
			return T(g("date", "min"), g("date", "max"), g("date", "resolution"), g("datetime", "min"), g("datetime", "max"), g("datetime", "resolution"),
				must(Call(g("datetime", "utcfromtimestamp"), []Value{F(1704067200.5)}, nil)), must(Call(g("date", "fromordinal"), []Value{I(3652059)}, nil))), nil
		}},
	}
	checkCases(t, cases)
}

func TestIsoCalendarMatchesCPython(t *testing.T) {
	dt := func(name string) Value { return stdAttr("datetime", name) }
	mk := func(cls string, n ...int64) Value {
		a := make([]Value, len(n))
		for i, x := range n {
			a[i] = I(x)
		}
		return must(Call(dt(cls), a, nil))
	}
	cases := []pyCase{
		{"import datetime as d\nx = d.date(2024, 3, 5).isocalendar()\n(repr(x), x.year, x.week, x.weekday, x[0], type(x).__name__, x == (2024, 10, 2), d.datetime(2024, 12, 30).isocalendar(), d.date(2021, 1, 3).isocalendar(), d.date(2020, 12, 31).isocalendar(), d.date(1, 1, 1).isocalendar())", func() (Value, *Exc) {
			x := must(meth(mk("date", 2024, 3, 5), "isocalendar"))
			return T(S(reprS(x)), must(GetAttr(x, "year")), must(GetAttr(x, "week")), must(GetAttr(x, "weekday")), must(GetItem(x, I(0))),
				must(GetAttr(must(callB("type", x)), "__name__")), must(Eq(x, T(I(2024), I(10), I(2)))), must(meth(mk("datetime", 2024, 12, 30), "isocalendar")),
				must(meth(mk("date", 2021, 1, 3), "isocalendar")), must(meth(mk("date", 2020, 12, 31), "isocalendar")), must(meth(mk("date", 1, 1, 1), "isocalendar"))), nil
		}},
	}
	for _, a := range [][3]int64{{2024, 10, 2}, {2024, 53, 1}, {2020, 53, 7}, {2024, 1, 8}, {0, 1, 1}, {10000, 1, 1}, {2024, 0, 9}} {
		a := a
		cases = append(cases, pyCase{"import datetime\ndatetime.date.fromisocalendar(" + itoa(int(a[0])) + ", " + itoa(int(a[1])) + ", " + itoa(int(a[2])) + ")", func() (Value, *Exc) {
			return Call(must(GetAttr(dt("date"), "fromisocalendar")), []Value{I(a[0]), I(a[1]), I(a[2])}, nil)
		}})
	}
	checkCases(t, cases)
}
