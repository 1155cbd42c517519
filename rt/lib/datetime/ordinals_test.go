package datetime

import (
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// replace, ordinals, ctime and the class limits against python3.
func TestDatetimeMoreMatchesCPython(t *testing.T) {
	dt := func(name string) rt.Value { return rttest.StdAttr("datetime", name) }
	mk := func(cls string, n ...int64) rt.Value {
		a := make([]rt.Value, len(n))
		for i, x := range n {
			a[i] = rttest.I(x)
		}
		return rttest.Must(rt.Call(dt(cls), a, nil))
	}
	d := mk("datetime", 2024, 3, 5, 7, 8, 9, 12345)
	day := mk("date", 2024, 2, 29)
	kw := func(o rt.Value, name string, k string, v rt.Value) (rt.Value, *rt.Exc) {
		return rt.Call(rttest.Must(rt.GetAttr(o, name)), []rt.Value{v}, []string{k})
	}
	cases := []rttest.PyCase{
		{Py: "import datetime\nd = datetime.datetime(2024, 3, 5, 7, 8, 9, 12345)\n(d.replace(microsecond=0), d.replace(2020, 1), datetime.date(2024, 2, 29).replace(year=2028), d.replace(tzinfo=None), d.toordinal(), datetime.date(1, 1, 1).toordinal(), datetime.date.fromordinal(738950), datetime.datetime.fromordinal(1), d.ctime(), datetime.date(2024, 3, 5).ctime())", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(kw(d, "replace", "microsecond", rttest.I(0))), rttest.Must(rttest.Meth(d, "replace", rttest.I(2020), rttest.I(1))), rttest.Must(kw(day, "replace", "year", rttest.I(2028))),
				rttest.Must(kw(d, "replace", "tzinfo", rt.None)), rttest.Must(rttest.Meth(d, "toordinal")), rttest.Must(rttest.Meth(mk("date", 1, 1, 1), "toordinal")),
				rttest.Must(rt.Call(rttest.Must(rt.GetAttr(dt("date"), "fromordinal")), []rt.Value{rttest.I(738950)}, nil)), rttest.Must(rt.Call(rttest.Must(rt.GetAttr(dt("datetime"), "fromordinal")), []rt.Value{rttest.I(1)}, nil)),
				rttest.Must(rttest.Meth(d, "ctime")), rttest.Must(rttest.Meth(mk("date", 2024, 3, 5), "ctime"))), nil
		}},
		{Py: "import datetime\ndatetime.date(2024, 2, 29).replace(year=2023)", Fn: func() (rt.Value, *rt.Exc) { return kw(day, "replace", "year", rttest.I(2023)) }},
		{Py: "import datetime\ndatetime.date(2024, 2, 29).replace(hour=1)", Fn: func() (rt.Value, *rt.Exc) { return kw(day, "replace", "hour", rttest.I(1)) }},
		{Py: "import datetime\ndatetime.datetime(2024, 3, 5).replace(fold=2)", Fn: func() (rt.Value, *rt.Exc) { return kw(d, "replace", "fold", rttest.I(2)) }},
		{Py: "import datetime\ndatetime.date.fromordinal(0)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Call(rttest.Must(rt.GetAttr(dt("date"), "fromordinal")), []rt.Value{rttest.I(0)}, nil)
		}},
		{Py: "import datetime\ndatetime.date.fromordinal(3652060)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Call(rttest.Must(rt.GetAttr(dt("date"), "fromordinal")), []rt.Value{rttest.I(3652060)}, nil)
		}},
		{Py: "import datetime\n(datetime.date.min, datetime.date.max, datetime.date.resolution, datetime.datetime.min, datetime.datetime.max, datetime.datetime.resolution, datetime.datetime.utcfromtimestamp(1704067200.5), datetime.date.fromordinal(3652059))", Fn: func() (rt.Value, *rt.Exc) {
			g := func(c, n string) rt.Value { return rttest.Must(rt.GetAttr(dt(c), n)) }
			return rttest.T(g("date", "min"), g("date", "max"), g("date", "resolution"), g("datetime", "min"), g("datetime", "max"), g("datetime", "resolution"),
				rttest.Must(rt.Call(g("datetime", "utcfromtimestamp"), []rt.Value{rttest.F(1704067200.5)}, nil)), rttest.Must(rt.Call(g("date", "fromordinal"), []rt.Value{rttest.I(3652059)}, nil))), nil
		}},
	}
	rttest.CheckCases(t, cases)
}

func TestIsoCalendarMatchesCPython(t *testing.T) {
	dt := func(name string) rt.Value { return rttest.StdAttr("datetime", name) }
	mk := func(cls string, n ...int64) rt.Value {
		a := make([]rt.Value, len(n))
		for i, x := range n {
			a[i] = rttest.I(x)
		}
		return rttest.Must(rt.Call(dt(cls), a, nil))
	}
	cases := []rttest.PyCase{
		{Py: "import datetime as d\nx = d.date(2024, 3, 5).isocalendar()\n(repr(x), x.year, x.week, x.weekday, x[0], type(x).__name__, x == (2024, 10, 2), d.datetime(2024, 12, 30).isocalendar(), d.date(2021, 1, 3).isocalendar(), d.date(2020, 12, 31).isocalendar(), d.date(1, 1, 1).isocalendar())", Fn: func() (rt.Value, *rt.Exc) {
			x := rttest.Must(rttest.Meth(mk("date", 2024, 3, 5), "isocalendar"))
			return rttest.T(rttest.S(rttest.ReprS(x)), rttest.Must(rt.GetAttr(x, "year")), rttest.Must(rt.GetAttr(x, "week")), rttest.Must(rt.GetAttr(x, "weekday")), rttest.Must(rt.GetItem(x, rttest.I(0))),
				rttest.Must(rt.GetAttr(rttest.Must(rttest.CallB("type", x)), "__name__")), rttest.Must(rt.Eq(x, rttest.T(rttest.I(2024), rttest.I(10), rttest.I(2)))), rttest.Must(rttest.Meth(mk("datetime", 2024, 12, 30), "isocalendar")),
				rttest.Must(rttest.Meth(mk("date", 2021, 1, 3), "isocalendar")), rttest.Must(rttest.Meth(mk("date", 2020, 12, 31), "isocalendar")), rttest.Must(rttest.Meth(mk("date", 1, 1, 1), "isocalendar"))), nil
		}},
	}
	for _, a := range [][3]int64{{2024, 10, 2}, {2024, 53, 1}, {2020, 53, 7}, {2024, 1, 8}, {0, 1, 1}, {10000, 1, 1}, {2024, 0, 9}} {
		a := a
		cases = append(cases, rttest.PyCase{Py: "import datetime\ndatetime.date.fromisocalendar(" + rt.Itoa(int(a[0])) + ", " + rt.Itoa(int(a[1])) + ", " + rt.Itoa(int(a[2])) + ")", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Call(rttest.Must(rt.GetAttr(dt("date"), "fromisocalendar")), []rt.Value{rttest.I(a[0]), rttest.I(a[1]), rttest.I(a[2])}, nil)
		}})
	}
	rttest.CheckCases(t, cases)
}
