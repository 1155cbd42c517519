package rt

import (
	"math"
	"testing"
)

// timedelta arithmetic and fromisoformat against python3.
func TestTimedeltaOpsMatchCPython(t *testing.T) {
	dt := func(name string) Value { return StdAttr("datetime", name) }
	td := func(kw string, v Value) Value { return Must(Call(dt("timedelta"), []Value{v}, []string{kw})) }
	t90, h := td("minutes", I(90)), td("hours", I(1))
	us := func(n int64) Value { return td("microseconds", I(n)) }
	zero := us(0)
	cases := []PyCase{
		{"from datetime import timedelta as td\nt, h = td(minutes=90), td(hours=1)\n(t // h, t / h, t % h, divmod(t, h), divmod(-t, h), (-t) // h, (-t) % h, h / t)", func() (Value, *Exc) {
			nt := Must(Neg(t90))
			return T(Must(FloorDiv(t90, h)), Must(TrueDiv(t90, h)), Must(Mod(t90, h)), Must(CallB("divmod", t90, h)), Must(CallB("divmod", nt, h)),
				Must(FloorDiv(nt, h)), Must(Mod(nt, h)), Must(TrueDiv(h, t90))), nil
		}},
		{"from datetime import timedelta as td\nt = td(minutes=90)\n(t * 2, 2 * t, t * 1.5, 0.5 * t, t * 0.0000005, td(microseconds=1) * 0.5, td(microseconds=3) * 0.5, t / 2, t / 3, t / 0.7, td(microseconds=5) // 2, td(microseconds=-5) // 2, td(microseconds=5) / 2, td(microseconds=7) / 2, t * True, t * (1/3), t * -1)", func() (Value, *Exc) {
			return T(Must(Mul(t90, I(2))), Must(Mul(I(2), t90)), Must(Mul(t90, F(1.5))), Must(Mul(F(0.5), t90)), Must(Mul(t90, F(0.0000005))),
				Must(Mul(us(1), F(0.5))), Must(Mul(us(3), F(0.5))), Must(TrueDiv(t90, I(2))), Must(TrueDiv(t90, I(3))), Must(TrueDiv(t90, F(0.7))),
				Must(FloorDiv(us(5), I(2))), Must(FloorDiv(us(-5), I(2))), Must(TrueDiv(us(5), I(2))), Must(TrueDiv(us(7), I(2))),
				Must(Mul(t90, True)), Must(Mul(t90, F(1.0/3))), Must(Mul(t90, I(-1)))), nil
		}},
		{"from datetime import timedelta as td\n(-td(minutes=90), +td(minutes=90), abs(td(minutes=-90)), bool(td(0)), bool(td(microseconds=1)), td.max, td.min, td.resolution, repr(td.max))", func() (Value, *Exc) {
			tdt := dt("timedelta")
			return T(Must(Neg(t90)), Must(Pos(t90)), Must(CallB("abs", td("minutes", I(-90)))), Must(CallB("bool", zero)), Must(CallB("bool", us(1))),
				Must(GetAttr(tdt, "max")), Must(GetAttr(tdt, "min")), Must(GetAttr(tdt, "resolution")), S(ReprS(Must(GetAttr(tdt, "max"))))), nil
		}},
		{"from datetime import timedelta as td\ntd(hours=1) // td(0)", func() (Value, *Exc) { return FloorDiv(h, zero) }},
		{"from datetime import timedelta as td\ntd(hours=1) / td(0)", func() (Value, *Exc) { return TrueDiv(h, zero) }},
		{"from datetime import timedelta as td\ntd(hours=1) % td(0)", func() (Value, *Exc) { return Mod(h, zero) }},
		{"from datetime import timedelta as td\ndivmod(td(hours=1), td(0))", func() (Value, *Exc) { return CallB("divmod", h, zero) }},
		{"from datetime import timedelta as td\ntd(hours=1) / 0", func() (Value, *Exc) { return TrueDiv(h, I(0)) }},
		{"from datetime import timedelta as td\ntd(hours=1) // 0", func() (Value, *Exc) { return FloorDiv(h, I(0)) }},
		{"from datetime import timedelta as td\ntd(hours=1) / 0.0", func() (Value, *Exc) { return TrueDiv(h, F(0)) }},
		{"from datetime import timedelta as td\ntd(hours=1) * float('nan')", func() (Value, *Exc) { return Mul(h, F(nan())) }},
		{"from datetime import timedelta as td\ntd(hours=1) * float('inf')", func() (Value, *Exc) { return Mul(h, F(inf())) }},
		{"from datetime import timedelta as td\ntd.max * 2", func() (Value, *Exc) { return Mul(Must(GetAttr(dt("timedelta"), "max")), I(2)) }},
		{"from datetime import timedelta as td\n(td.max + td.min, td.min // td(days=1))", func() (Value, *Exc) {
			mx, mn := Must(GetAttr(dt("timedelta"), "max")), Must(GetAttr(dt("timedelta"), "min"))
			return T(Must(Add(mx, mn)), Must(FloorDiv(mn, td("days", I(1))))), nil
		}},
	}
	CheckCases(t, cases)
}

func TestFromisoformatMatchesCPython(t *testing.T) {
	dt := func(name string) Value { return StdAttr("datetime", name) }
	var cases []PyCase
	for _, s := range []string{"2024-03-01", "20240301", "2024-W09", "2024-W09-5", "2024W095", "2024W09", "2024-02-30",
		"2024-3-01", "2024-03-01T", "2024/03/01", "x", "2024-03-01 ", "２０２４-03-01", "2020-W53-1", "2021-W53", "2024-13-01",
		"0000-01-01", "2024-W00", "2024-W01-8", "2024W09512", "2024-W095", "2024-0301"} {
		s := s
		cases = append(cases, PyCase{"import datetime\ndatetime.date.fromisoformat(" + ReprS(S(s)) + ")", func() (Value, *Exc) {
			return Call(Must(GetAttr(dt("date"), "fromisoformat")), []Value{S(s)}, nil)
		}})
	}
	for _, s := range []string{"2024-03-01", "2024-03-01T10", "2024-03-01T10:20", "2024-03-01 10:20:30", "2024-03-01T10:20:30.5",
		"2024-03-01T10:20:30,123456789", "2024-03-01T102030", "2024-03-01T10:2030", "20240301T1020", "2024-03-01T24:00",
		"2024-03-01x10:20", "2024-03-01T10:20:30.", "2024-03-01T1", "2024-W09-5T10:00", "2024-03-01T10:20:30.12a",
		"2024-W09T10:00", "2024W0910", "2024-03-01T10.5", "2024-03-01T10:20:", "2024-03-01T10:20:30:", "2024-03-01T102030x",
		"2024-03-01T10:20:30.123456a", "2024-03", "2024-03-0", "2024-03-01T", "2024-W0"} {
		s := s
		cases = append(cases, PyCase{"import datetime\ndatetime.datetime.fromisoformat(" + ReprS(S(s)) + ")", func() (Value, *Exc) {
			return Call(Must(GetAttr(dt("datetime"), "fromisoformat")), []Value{S(s)}, nil)
		}})
	}
	cases = append(cases, PyCase{"import datetime\ndatetime.date.fromisoformat(1)", func() (Value, *Exc) {
		return Call(Must(GetAttr(dt("date"), "fromisoformat")), []Value{I(1)}, nil)
	}}, PyCase{"import datetime\nstr(datetime.datetime.fromisoformat('2024-03-01T10:20:30.25').date() + datetime.timedelta(days=1))", func() (Value, *Exc) {
		d := Must(Call(Must(GetAttr(dt("datetime"), "fromisoformat")), []Value{S("2024-03-01T10:20:30.25")}, nil))
		return CallB("str", Must(Add(Must(Meth(d, "date")), Must(Call(dt("timedelta"), []Value{I(1)}, nil)))))
	}})
	CheckCases(t, cases)
}

func nan() float64 { return math.NaN() }
func inf() float64 { return math.Inf(1) }

func TestDateFormatMatchesCPython(t *testing.T) {
	dt := func(name string) Value { return StdAttr("datetime", name) }
	d := Must(Call(dt("datetime"), []Value{I(2024), I(3), I(5), I(7), I(8), I(9), I(12345)}, nil))
	day := Must(Call(dt("date"), []Value{I(2024), I(3), I(5)}, nil))
	td := Must(Call(dt("timedelta"), []Value{I(1)}, nil))
	cases := []PyCase{
		{"import datetime\nd = datetime.datetime(2024, 3, 5, 7, 8, 9, 12345)\n(f'{d:%Y-%m-%d %H:%M:%S}.{d.microsecond // 1000:03d}', format(d, ''), format(d, '%f|%j'), format(datetime.date(2024, 3, 5), '%d/%m'), f'{datetime.date(2024, 3, 5)}', format(datetime.timedelta(1), ''))", func() (Value, *Exc) {
			fs := func(v Value, s string) string {
				r, e := Format(v, s)
				if e != nil {
					panic(FormatExcOnly(e))
				}
				return r
			}
			ms := fs(Must(FloorDiv(Must(GetAttr(d, "microsecond")), I(1000))), "03d")
			return T(S(fs(d, "%Y-%m-%d %H:%M:%S")+"."+ms), S(fs(d, "")), S(fs(d, "%f|%j")), S(fs(day, "%d/%m")), S(fs(day, "")), S(fs(td, ""))), nil
		}},
		{"import datetime\nd = datetime.datetime(2024, 1, 1, 0, 0, 2, 500000)\n[d.isoformat(timespec=t) for t in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds')] + [d.isoformat(' '), datetime.datetime(2024, 1, 1).isoformat(), datetime.datetime(2024, 1, 1).isoformat(timespec='milliseconds'), datetime.date(2024, 3, 5).isoformat()]", func() (Value, *Exc) {
			d := Must(Call(dt("datetime"), []Value{I(2024), I(1), I(1), I(0), I(0), I(2), I(500000)}, nil))
			var out []Value
			for _, ts := range []string{"auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"} {
				out = append(out, Must(Call(Must(GetAttr(d, "isoformat")), []Value{S(ts)}, []string{"timespec"})))
			}
			mid := Must(Call(dt("datetime"), []Value{I(2024), I(1), I(1)}, nil))
			out = append(out, Must(Meth(d, "isoformat", S(" "))), Must(Meth(mid, "isoformat")),
				Must(Call(Must(GetAttr(mid, "isoformat")), []Value{S("milliseconds")}, []string{"timespec"})), Must(Meth(day, "isoformat")))
			return L(out...), nil
		}},
		{"import datetime\ndatetime.datetime(2024, 1, 1).isoformat(timespec='x')", func() (Value, *Exc) {
			return Call(Must(GetAttr(Must(Call(dt("datetime"), []Value{I(2024), I(1), I(1)}, nil)), "isoformat")), []Value{S("x")}, []string{"timespec"})
		}},
		{"import datetime\ndatetime.date(2024, 1, 1).isoformat(timespec='x')", func() (Value, *Exc) {
			return Call(Must(GetAttr(day, "isoformat")), []Value{S("x")}, []string{"timespec"})
		}},
		{"import datetime\ndatetime.date(2024, 3, 5).__format__(1)", func() (Value, *Exc) { return Meth(day, "__format__", I(1)) }},
	}
	CheckCases(t, cases)
}
