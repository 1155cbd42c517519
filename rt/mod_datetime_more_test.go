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
