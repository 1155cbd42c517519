package datetime

import (
	"math"
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// timedelta arithmetic and fromisoformat against python3.
func TestTimedeltaOpsMatchCPython(t *testing.T) {
	dt := func(name string) rt.Value { return rttest.StdAttr("datetime", name) }
	td := func(kw string, v rt.Value) rt.Value {
		return rttest.Must(rt.Call(dt("timedelta"), []rt.Value{v}, []string{kw}))
	}
	t90, h := td("minutes", rttest.I(90)), td("hours", rttest.I(1))
	us := func(n int64) rt.Value { return td("microseconds", rttest.I(n)) }
	zero := us(0)
	cases := []rttest.PyCase{
		{Py: "from datetime import timedelta as td\nt, h = td(minutes=90), td(hours=1)\n(t // h, t / h, t % h, divmod(t, h), divmod(-t, h), (-t) // h, (-t) % h, h / t)", Fn: func() (rt.Value, *rt.Exc) {
			nt := rttest.Must(rt.Neg(t90))
			return rttest.T(rttest.Must(rt.FloorDiv(t90, h)), rttest.Must(rt.TrueDiv(t90, h)), rttest.Must(rt.Mod(t90, h)), rttest.Must(rttest.CallB("divmod", t90, h)), rttest.Must(rttest.CallB("divmod", nt, h)),
				rttest.Must(rt.FloorDiv(nt, h)), rttest.Must(rt.Mod(nt, h)), rttest.Must(rt.TrueDiv(h, t90))), nil
		}},
		{Py: "from datetime import timedelta as td\nt = td(minutes=90)\n(t * 2, 2 * t, t * 1.5, 0.5 * t, t * 0.0000005, td(microseconds=1) * 0.5, td(microseconds=3) * 0.5, t / 2, t / 3, t / 0.7, td(microseconds=5) // 2, td(microseconds=-5) // 2, td(microseconds=5) / 2, td(microseconds=7) / 2, t * True, t * (1/3), t * -1)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.Mul(t90, rttest.I(2))), rttest.Must(rt.Mul(rttest.I(2), t90)), rttest.Must(rt.Mul(t90, rttest.F(1.5))), rttest.Must(rt.Mul(rttest.F(0.5), t90)), rttest.Must(rt.Mul(t90, rttest.F(0.0000005))),
				rttest.Must(rt.Mul(us(1), rttest.F(0.5))), rttest.Must(rt.Mul(us(3), rttest.F(0.5))), rttest.Must(rt.TrueDiv(t90, rttest.I(2))), rttest.Must(rt.TrueDiv(t90, rttest.I(3))), rttest.Must(rt.TrueDiv(t90, rttest.F(0.7))),
				rttest.Must(rt.FloorDiv(us(5), rttest.I(2))), rttest.Must(rt.FloorDiv(us(-5), rttest.I(2))), rttest.Must(rt.TrueDiv(us(5), rttest.I(2))), rttest.Must(rt.TrueDiv(us(7), rttest.I(2))),
				rttest.Must(rt.Mul(t90, rt.True)), rttest.Must(rt.Mul(t90, rttest.F(1.0/3))), rttest.Must(rt.Mul(t90, rttest.I(-1)))), nil
		}},
		{Py: "from datetime import timedelta as td\n(-td(minutes=90), +td(minutes=90), abs(td(minutes=-90)), bool(td(0)), bool(td(microseconds=1)), td.max, td.min, td.resolution, repr(td.max))", Fn: func() (rt.Value, *rt.Exc) {
			tdt := dt("timedelta")
			return rttest.T(rttest.Must(rt.Neg(t90)), rttest.Must(rt.Pos(t90)), rttest.Must(rttest.CallB("abs", td("minutes", rttest.I(-90)))), rttest.Must(rttest.CallB("bool", zero)), rttest.Must(rttest.CallB("bool", us(1))),
				rttest.Must(rt.GetAttr(tdt, "max")), rttest.Must(rt.GetAttr(tdt, "min")), rttest.Must(rt.GetAttr(tdt, "resolution")), rttest.S(rttest.ReprS(rttest.Must(rt.GetAttr(tdt, "max"))))), nil
		}},
		{Py: "from datetime import timedelta as td\ntd(hours=1) // td(0)", Fn: func() (rt.Value, *rt.Exc) { return rt.FloorDiv(h, zero) }},
		{Py: "from datetime import timedelta as td\ntd(hours=1) / td(0)", Fn: func() (rt.Value, *rt.Exc) { return rt.TrueDiv(h, zero) }},
		{Py: "from datetime import timedelta as td\ntd(hours=1) % td(0)", Fn: func() (rt.Value, *rt.Exc) { return rt.Mod(h, zero) }},
		{Py: "from datetime import timedelta as td\ndivmod(td(hours=1), td(0))", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("divmod", h, zero) }},
		{Py: "from datetime import timedelta as td\ntd(hours=1) / 0", Fn: func() (rt.Value, *rt.Exc) { return rt.TrueDiv(h, rttest.I(0)) }},
		{Py: "from datetime import timedelta as td\ntd(hours=1) // 0", Fn: func() (rt.Value, *rt.Exc) { return rt.FloorDiv(h, rttest.I(0)) }},
		{Py: "from datetime import timedelta as td\ntd(hours=1) / 0.0", Fn: func() (rt.Value, *rt.Exc) { return rt.TrueDiv(h, rttest.F(0)) }},
		{Py: "from datetime import timedelta as td\ntd(hours=1) * float('nan')", Fn: func() (rt.Value, *rt.Exc) { return rt.Mul(h, rttest.F(nan())) }},
		{Py: "from datetime import timedelta as td\ntd(hours=1) * float('inf')", Fn: func() (rt.Value, *rt.Exc) { return rt.Mul(h, rttest.F(inf())) }},
		{Py: "from datetime import timedelta as td\ntd.max * 2", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Mul(rttest.Must(rt.GetAttr(dt("timedelta"), "max")), rttest.I(2))
		}},
		{Py: "from datetime import timedelta as td\n(td.max + td.min, td.min // td(days=1))", Fn: func() (rt.Value, *rt.Exc) {
			mx, mn := rttest.Must(rt.GetAttr(dt("timedelta"), "max")), rttest.Must(rt.GetAttr(dt("timedelta"), "min"))
			return rttest.T(rttest.Must(rt.Add(mx, mn)), rttest.Must(rt.FloorDiv(mn, td("days", rttest.I(1))))), nil
		}},
	}
	rttest.CheckCases(t, cases)
}

func TestFromisoformatMatchesCPython(t *testing.T) {
	dt := func(name string) rt.Value { return rttest.StdAttr("datetime", name) }
	var cases []rttest.PyCase
	for _, s := range []string{"2024-03-01", "20240301", "2024-W09", "2024-W09-5", "2024W095", "2024W09", "2024-02-30",
		"2024-3-01", "2024-03-01T", "2024/03/01", "x", "2024-03-01 ", "２０２４-03-01", "2020-W53-1", "2021-W53", "2024-13-01",
		"0000-01-01", "2024-W00", "2024-W01-8", "2024W09512", "2024-W095", "2024-0301"} {
		s := s
		cases = append(cases, rttest.PyCase{Py: "import datetime\ndatetime.date.fromisoformat(" + rttest.ReprS(rttest.S(s)) + ")", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Call(rttest.Must(rt.GetAttr(dt("date"), "fromisoformat")), []rt.Value{rttest.S(s)}, nil)
		}})
	}
	for _, s := range []string{"2024-03-01", "2024-03-01T10", "2024-03-01T10:20", "2024-03-01 10:20:30", "2024-03-01T10:20:30.5",
		"2024-03-01T10:20:30,123456789", "2024-03-01T102030", "2024-03-01T10:2030", "20240301T1020", "2024-03-01T24:00",
		"2024-03-01x10:20", "2024-03-01T10:20:30.", "2024-03-01T1", "2024-W09-5T10:00", "2024-03-01T10:20:30.12a",
		"2024-W09T10:00", "2024W0910", "2024-03-01T10.5", "2024-03-01T10:20:", "2024-03-01T10:20:30:", "2024-03-01T102030x",
		"2024-03-01T10:20:30.123456a", "2024-03", "2024-03-0", "2024-03-01T", "2024-W0"} {
		s := s
		cases = append(cases, rttest.PyCase{Py: "import datetime\ndatetime.datetime.fromisoformat(" + rttest.ReprS(rttest.S(s)) + ")", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Call(rttest.Must(rt.GetAttr(dt("datetime"), "fromisoformat")), []rt.Value{rttest.S(s)}, nil)
		}})
	}
	cases = append(cases, rttest.PyCase{Py: "import datetime\ndatetime.date.fromisoformat(1)", Fn: func() (rt.Value, *rt.Exc) {
		return rt.Call(rttest.Must(rt.GetAttr(dt("date"), "fromisoformat")), []rt.Value{rttest.I(1)}, nil)
	}}, rttest.PyCase{Py: "import datetime\nstr(datetime.datetime.fromisoformat('2024-03-01T10:20:30.25').date() + datetime.timedelta(days=1))", Fn: func() (rt.Value, *rt.Exc) {
		d := rttest.Must(rt.Call(rttest.Must(rt.GetAttr(dt("datetime"), "fromisoformat")), []rt.Value{rttest.S("2024-03-01T10:20:30.25")}, nil))
		return rttest.CallB("str", rttest.Must(rt.Add(rttest.Must(rttest.Meth(d, "date")), rttest.Must(rt.Call(dt("timedelta"), []rt.Value{rttest.I(1)}, nil)))))
	}})
	rttest.CheckCases(t, cases)
}

func nan() float64 { return math.NaN() }
func inf() float64 { return math.Inf(1) }

func TestDateFormatMatchesCPython(t *testing.T) {
	dt := func(name string) rt.Value { return rttest.StdAttr("datetime", name) }
	d := rttest.Must(rt.Call(dt("datetime"), []rt.Value{rttest.I(2024), rttest.I(3), rttest.I(5), rttest.I(7), rttest.I(8), rttest.I(9), rttest.I(12345)}, nil))
	day := rttest.Must(rt.Call(dt("date"), []rt.Value{rttest.I(2024), rttest.I(3), rttest.I(5)}, nil))
	td := rttest.Must(rt.Call(dt("timedelta"), []rt.Value{rttest.I(1)}, nil))
	cases := []rttest.PyCase{
		{Py: "import datetime\nd = datetime.datetime(2024, 3, 5, 7, 8, 9, 12345)\n(f'{d:%Y-%m-%d %H:%M:%S}.{d.microsecond // 1000:03d}', format(d, ''), format(d, '%f|%j'), format(datetime.date(2024, 3, 5), '%d/%m'), f'{datetime.date(2024, 3, 5)}', format(datetime.timedelta(1), ''))", Fn: func() (rt.Value, *rt.Exc) {
			fs := func(v rt.Value, s string) string {
				r, e := rt.Format(v, s)
				if e != nil {
					panic(rt.FormatExcOnly(e))
				}
				return r
			}
			ms := fs(rttest.Must(rt.FloorDiv(rttest.Must(rt.GetAttr(d, "microsecond")), rttest.I(1000))), "03d")
			return rttest.T(rttest.S(fs(d, "%Y-%m-%d %H:%M:%S")+"."+ms), rttest.S(fs(d, "")), rttest.S(fs(d, "%f|%j")), rttest.S(fs(day, "%d/%m")), rttest.S(fs(day, "")), rttest.S(fs(td, ""))), nil
		}},
		{Py: "import datetime\nd = datetime.datetime(2024, 1, 1, 0, 0, 2, 500000)\n[d.isoformat(timespec=t) for t in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds')] + [d.isoformat(' '), datetime.datetime(2024, 1, 1).isoformat(), datetime.datetime(2024, 1, 1).isoformat(timespec='milliseconds'), datetime.date(2024, 3, 5).isoformat()]", Fn: func() (rt.Value, *rt.Exc) {
			d := rttest.Must(rt.Call(dt("datetime"), []rt.Value{rttest.I(2024), rttest.I(1), rttest.I(1), rttest.I(0), rttest.I(0), rttest.I(2), rttest.I(500000)}, nil))
			var out []rt.Value
			for _, ts := range []string{"auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"} {
				out = append(out, rttest.Must(rt.Call(rttest.Must(rt.GetAttr(d, "isoformat")), []rt.Value{rttest.S(ts)}, []string{"timespec"})))
			}
			mid := rttest.Must(rt.Call(dt("datetime"), []rt.Value{rttest.I(2024), rttest.I(1), rttest.I(1)}, nil))
			out = append(out, rttest.Must(rttest.Meth(d, "isoformat", rttest.S(" "))), rttest.Must(rttest.Meth(mid, "isoformat")),
				rttest.Must(rt.Call(rttest.Must(rt.GetAttr(mid, "isoformat")), []rt.Value{rttest.S("milliseconds")}, []string{"timespec"})), rttest.Must(rttest.Meth(day, "isoformat")))
			return rttest.L(out...), nil
		}},
		{Py: "import datetime\ndatetime.datetime(2024, 1, 1).isoformat(timespec='x')", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Call(rttest.Must(rt.GetAttr(rttest.Must(rt.Call(dt("datetime"), []rt.Value{rttest.I(2024), rttest.I(1), rttest.I(1)}, nil)), "isoformat")), []rt.Value{rttest.S("x")}, []string{"timespec"})
		}},
		{Py: "import datetime\ndatetime.date(2024, 1, 1).isoformat(timespec='x')", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Call(rttest.Must(rt.GetAttr(day, "isoformat")), []rt.Value{rttest.S("x")}, []string{"timespec"})
		}},
		{Py: "import datetime\ndatetime.date(2024, 3, 5).__format__(1)", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(day, "__format__", rttest.I(1)) }},
	}
	rttest.CheckCases(t, cases)
}
