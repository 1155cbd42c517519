package rt

import "testing"

// datetime.time and combine against python3.
func TestDatetimeTimeMatchesCPython(t *testing.T) {
	dt := func(name string) Value { return StdAttr("datetime", name) }
	tm := func(n ...int64) Value {
		a := make([]Value, len(n))
		for i, x := range n {
			a[i] = I(x)
		}
		return Must(Call(dt("time"), a, nil))
	}
	u := Must(GetAttr(dt("timezone"), "utc"))
	x := tm(7, 8, 9, 12345)
	str := func(v Value) Value { return Must(CallB("str", v)) }
	cases := []PyCase{
		{"import datetime as d\nt = d.time(7, 8, 9, 12345)\n(repr(t), str(t), t.isoformat(), t.isoformat('minutes'), repr(d.time()), repr(d.time(1, 2, 0, 5)), t.strftime('%H|%M|%S|%f|%Y|%j|%p|%a'), format(t, '%H.%M'), str(d.time.max), d.time.resolution, t.replace(hour=1), t < d.time(8), t == d.time(7, 8, 9, 12345), t.tzinfo, bool(d.time()))", func() (Value, *Exc) {
			return T(S(ReprS(x)), str(x), Must(Meth(x, "isoformat")), Must(Meth(x, "isoformat", S("minutes"))), S(ReprS(tm())), S(ReprS(tm(1, 2, 0, 5))),
				Must(Meth(x, "strftime", S("%H|%M|%S|%f|%Y|%j|%p|%a"))), S(mustS(Format(x, "%H.%M"))), str(Must(GetAttr(dt("time"), "max"))),
				Must(GetAttr(dt("time"), "resolution")), Must(Call(Must(GetAttr(x, "replace")), []Value{I(1)}, []string{"hour"})),
				Must(Lt(x, tm(8))), Must(Eq(x, tm(7, 8, 9, 12345))), Must(GetAttr(x, "tzinfo")), Must(CallB("bool", tm()))), nil
		}},
		{"import datetime as d\nu = d.timezone.utc\n(d.datetime(2024, 3, 5, 7, 8, 9).time(), d.datetime.combine(d.date(2024, 3, 5), d.time(7, 8, 9, 12345)), d.time.fromisoformat('T10:20:30+01:00'), repr(d.time(1, tzinfo=u)), d.datetime.combine(d.date(2024, 1, 1), d.time(1), tzinfo=u))", func() (Value, *Exc) {
			comb := Must(GetAttr(dt("datetime"), "combine"))
			return T(Must(Meth(Must(Call(dt("datetime"), []Value{I(2024), I(3), I(5), I(7), I(8), I(9)}, nil)), "time")),
				Must(Call(comb, []Value{Must(Call(dt("date"), []Value{I(2024), I(3), I(5)}, nil)), x}, nil)),
				Must(Call(Must(GetAttr(dt("time"), "fromisoformat")), []Value{S("T10:20:30+01:00")}, nil)),
				S(ReprS(Must(Call(dt("time"), []Value{I(1), u}, []string{"tzinfo"})))),
				Must(Call(comb, []Value{Must(Call(dt("date"), []Value{I(2024), I(1), I(1)}, nil)), tm(1), u}, []string{"tzinfo"}))), nil
		}},
		{"import datetime\ndatetime.time(24)", func() (Value, *Exc) { return Call(dt("time"), []Value{I(24)}, nil) }},
		{"import datetime\ndatetime.time(1, 1, 1, 10**6)", func() (Value, *Exc) { return Call(dt("time"), []Value{I(1), I(1), I(1), I(1000000)}, nil) }},
		{"import datetime\ndatetime.time.fromisoformat('7:08')", func() (Value, *Exc) { return Call(Must(GetAttr(dt("time"), "fromisoformat")), []Value{S("7:08")}, nil) }},
		{"import datetime as d\nd.time(1) < d.time(1, tzinfo=d.timezone.utc)", func() (Value, *Exc) { return Lt(tm(1), Must(Call(dt("time"), []Value{I(1), u}, []string{"tzinfo"}))) }},
	}
	CheckCases(t, cases)
}

func mustS(s string, e *Exc) string {
	if e != nil {
		panic(FormatExcOnly(e))
	}
	return s
}
