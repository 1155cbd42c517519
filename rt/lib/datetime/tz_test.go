package datetime

import (
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// timezone and aware datetimes against python3.
func TestDatetimeTZMatchesCPython(t *testing.T) {
	dt := func(name string) rt.Value { return rttest.StdAttr("datetime", name) }
	td := func(kw string, v rt.Value) rt.Value {
		return rttest.Must(rt.Call(dt("timedelta"), []rt.Value{v}, []string{kw}))
	}
	tz := func(args ...rt.Value) rt.Value { return rttest.Must(rt.Call(dt("timezone"), args, nil)) }
	u := rttest.Must(rt.GetAttr(dt("timezone"), "utc"))
	f := tz(rttest.Must(rt.Add(td("hours", rttest.I(5)), td("minutes", rttest.I(30)))))
	n := tz(rttest.Must(rt.Neg(td("hours", rttest.I(3)))), rttest.S("BRT"))
	mk := func(z rt.Value, a ...int64) rt.Value {
		args := make([]rt.Value, len(a))
		for i, x := range a {
			args[i] = rttest.I(x)
		}
		return rttest.Must(rt.Call(dt("datetime"), append(args, z), []string{"tzinfo"}))
	}
	x := mk(f, 2024, 1, 1, 12, 0)
	str := func(v rt.Value) rt.Value { return rttest.Must(rttest.CallB("str", v)) }
	cases := []rttest.PyCase{
		{Py: "import datetime as d\nu=d.timezone.utc; f=d.timezone(d.timedelta(hours=5, minutes=30)); n=d.timezone(-d.timedelta(hours=3), 'BRT')\n(repr(u), repr(f), repr(n), str(u), str(f), str(n), d.UTC is u, repr(d.timezone(d.timedelta(0))))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.S(rttest.ReprS(u)), rttest.S(rttest.ReprS(f)), rttest.S(rttest.ReprS(n)), str(u), str(f), str(n), rt.Bool(rt.Is(dt("UTC"), u)), rttest.S(rttest.ReprS(tz(td("hours", rttest.I(0)))))), nil
		}},
		{Py: "import datetime as d\nf=d.timezone(d.timedelta(hours=5, minutes=30)); u=d.timezone.utc\nx=d.datetime(2024,1,1,12,0,tzinfo=f)\n(repr(x), str(x), x.isoformat(), x.utcoffset(), x.tzname(), x.dst(), x.astimezone(u), x.timestamp(), x.strftime('%z %Z'), x - d.datetime(2024,1,1,tzinfo=u), x == d.datetime(2024,1,1,6,30,tzinfo=u), x == d.datetime(2024,1,1))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.S(rttest.ReprS(x)), str(x), rttest.Must(rttest.Meth(x, "isoformat")), rttest.Must(rttest.Meth(x, "utcoffset")), rttest.Must(rttest.Meth(x, "tzname")), rttest.Must(rttest.Meth(x, "dst")),
				rttest.Must(rttest.Meth(x, "astimezone", u)), rttest.Must(rttest.Meth(x, "timestamp")), rttest.Must(rttest.Meth(x, "strftime", rttest.S("%z %Z"))), rttest.Must(rt.Sub(x, mk(u, 2024, 1, 1))),
				rttest.Must(rt.Eq(x, mk(u, 2024, 1, 1, 6, 30))), rttest.Must(rt.Eq(x, rttest.Must(rt.Call(dt("datetime"), []rt.Value{rttest.I(2024), rttest.I(1), rttest.I(1)}, nil))))), nil
		}},
		{Py: "import datetime as d\nd.datetime(2024,1,1,tzinfo=d.timezone.utc) - d.datetime(2024,1,1)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Sub(mk(u, 2024, 1, 1), rttest.Must(rt.Call(dt("datetime"), []rt.Value{rttest.I(2024), rttest.I(1), rttest.I(1)}, nil)))
		}},
		{Py: "import datetime as d\nd.datetime(2024,1,1,tzinfo=d.timezone.utc) < d.datetime(2024,1,1)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Lt(mk(u, 2024, 1, 1), rttest.Must(rt.Call(dt("datetime"), []rt.Value{rttest.I(2024), rttest.I(1), rttest.I(1)}, nil)))
		}},
		{Py: "import datetime as d\nd.timezone(d.timedelta(hours=24))", Fn: func() (rt.Value, *rt.Exc) { return rt.Call(dt("timezone"), []rt.Value{td("hours", rttest.I(24))}, nil) }},
		{Py: "import datetime as d\nd.timezone(5)", Fn: func() (rt.Value, *rt.Exc) { return rt.Call(dt("timezone"), []rt.Value{rttest.I(5)}, nil) }},
		{Py: "import datetime as d\n(d.datetime.fromisoformat('2024-03-01T10:20:30+05:30'), d.datetime.fromisoformat('2024-03-01T10:20:30Z'), d.datetime.fromtimestamp(1704067200.25, d.timezone(-d.timedelta(hours=3), 'BRT')))", Fn: func() (rt.Value, *rt.Exc) {
			fi := rttest.Must(rt.GetAttr(dt("datetime"), "fromisoformat"))
			return rttest.T(rttest.Must(rt.Call(fi, []rt.Value{rttest.S("2024-03-01T10:20:30+05:30")}, nil)), rttest.Must(rt.Call(fi, []rt.Value{rttest.S("2024-03-01T10:20:30Z")}, nil)),
				rttest.Must(rt.Call(rttest.Must(rt.GetAttr(dt("datetime"), "fromtimestamp")), []rt.Value{rttest.F(1704067200.25), n}, nil))), nil
		}},
	}
	rttest.CheckCases(t, cases)
}
