package datetime

import (
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// datetime.time and combine against python3.
func TestDatetimeTimeMatchesCPython(t *testing.T) {
	dt := func(name string) rt.Value { return rttest.StdAttr("datetime", name) }
	tm := func(n ...int64) rt.Value {
		a := make([]rt.Value, len(n))
		for i, x := range n {
			a[i] = rttest.I(x)
		}
		return rttest.Must(rt.Call(dt("time"), a, nil))
	}
	u := rttest.Must(rt.GetAttr(dt("timezone"), "utc"))
	x := tm(7, 8, 9, 12345)
	str := func(v rt.Value) rt.Value { return rttest.Must(rttest.CallB("str", v)) }
	cases := []rttest.PyCase{
		{Py: "import datetime as d\nt = d.time(7, 8, 9, 12345)\n(repr(t), str(t), t.isoformat(), t.isoformat('minutes'), repr(d.time()), repr(d.time(1, 2, 0, 5)), t.strftime('%H|%M|%S|%f|%Y|%j|%p|%a'), format(t, '%H.%M'), str(d.time.max), d.time.resolution, t.replace(hour=1), t < d.time(8), t == d.time(7, 8, 9, 12345), t.tzinfo, bool(d.time()))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.S(rttest.ReprS(x)), str(x), rttest.Must(rttest.Meth(x, "isoformat")), rttest.Must(rttest.Meth(x, "isoformat", rttest.S("minutes"))), rttest.S(rttest.ReprS(tm())), rttest.S(rttest.ReprS(tm(1, 2, 0, 5))),
				rttest.Must(rttest.Meth(x, "strftime", rttest.S("%H|%M|%S|%f|%Y|%j|%p|%a"))), rttest.S(mustS(rt.Format(x, "%H.%M"))), str(rttest.Must(rt.GetAttr(dt("time"), "max"))),
				rttest.Must(rt.GetAttr(dt("time"), "resolution")), rttest.Must(rt.Call(rttest.Must(rt.GetAttr(x, "replace")), []rt.Value{rttest.I(1)}, []string{"hour"})),
				rttest.Must(rt.Lt(x, tm(8))), rttest.Must(rt.Eq(x, tm(7, 8, 9, 12345))), rttest.Must(rt.GetAttr(x, "tzinfo")), rttest.Must(rttest.CallB("bool", tm()))), nil
		}},
		{Py: "import datetime as d\nu = d.timezone.utc\n(d.datetime(2024, 3, 5, 7, 8, 9).time(), d.datetime.combine(d.date(2024, 3, 5), d.time(7, 8, 9, 12345)), d.time.fromisoformat('T10:20:30+01:00'), repr(d.time(1, tzinfo=u)), d.datetime.combine(d.date(2024, 1, 1), d.time(1), tzinfo=u))", Fn: func() (rt.Value, *rt.Exc) {
			comb := rttest.Must(rt.GetAttr(dt("datetime"), "combine"))
			return rttest.T(rttest.Must(rttest.Meth(rttest.Must(rt.Call(dt("datetime"), []rt.Value{rttest.I(2024), rttest.I(3), rttest.I(5), rttest.I(7), rttest.I(8), rttest.I(9)}, nil)), "time")),
				rttest.Must(rt.Call(comb, []rt.Value{rttest.Must(rt.Call(dt("date"), []rt.Value{rttest.I(2024), rttest.I(3), rttest.I(5)}, nil)), x}, nil)),
				rttest.Must(rt.Call(rttest.Must(rt.GetAttr(dt("time"), "fromisoformat")), []rt.Value{rttest.S("T10:20:30+01:00")}, nil)),
				rttest.S(rttest.ReprS(rttest.Must(rt.Call(dt("time"), []rt.Value{rttest.I(1), u}, []string{"tzinfo"})))),
				rttest.Must(rt.Call(comb, []rt.Value{rttest.Must(rt.Call(dt("date"), []rt.Value{rttest.I(2024), rttest.I(1), rttest.I(1)}, nil)), tm(1), u}, []string{"tzinfo"}))), nil
		}},
		{Py: "import datetime\ndatetime.time(24)", Fn: func() (rt.Value, *rt.Exc) { return rt.Call(dt("time"), []rt.Value{rttest.I(24)}, nil) }},
		{Py: "import datetime\ndatetime.time(1, 1, 1, 10**6)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Call(dt("time"), []rt.Value{rttest.I(1), rttest.I(1), rttest.I(1), rttest.I(1000000)}, nil)
		}},
		{Py: "import datetime\ndatetime.time.fromisoformat('7:08')", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Call(rttest.Must(rt.GetAttr(dt("time"), "fromisoformat")), []rt.Value{rttest.S("7:08")}, nil)
		}},
		{Py: "import datetime as d\nd.time(1) < d.time(1, tzinfo=d.timezone.utc)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Lt(tm(1), rttest.Must(rt.Call(dt("time"), []rt.Value{rttest.I(1), u}, []string{"tzinfo"})))
		}},
	}
	rttest.CheckCases(t, cases)
}

func mustS(s string, e *rt.Exc) string {
	if e != nil {
		panic(rt.FormatExcOnly(e))
	}
	return s
}
