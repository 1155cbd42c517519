package rt

import "testing"

// datetime.time and combine against python3.
func TestDatetimeTimeMatchesCPython(t *testing.T) {
	dt := func(name string) Value { return stdAttr("datetime", name) }
	tm := func(n ...int64) Value {
		a := make([]Value, len(n))
		for i, x := range n {
			a[i] = I(x)
		}
		return must(Call(dt("time"), a, nil))
	}
	u := must(GetAttr(dt("timezone"), "utc"))
	x := tm(7, 8, 9, 12345)
	str := func(v Value) Value { return must(callB("str", v)) }
	cases := []pyCase{
		{"import datetime as d\nt = d.time(7, 8, 9, 12345)\n(repr(t), str(t), t.isoformat(), t.isoformat('minutes'), repr(d.time()), repr(d.time(1, 2, 0, 5)), t.strftime('%H|%M|%S|%f|%Y|%j|%p|%a'), format(t, '%H.%M'), str(d.time.max), d.time.resolution, t.replace(hour=1), t < d.time(8), t == d.time(7, 8, 9, 12345), t.tzinfo, bool(d.time()))", func() (Value, *Exc) {
			return T(S(reprS(x)), str(x), must(meth(x, "isoformat")), must(meth(x, "isoformat", S("minutes"))), S(reprS(tm())), S(reprS(tm(1, 2, 0, 5))),
				must(meth(x, "strftime", S("%H|%M|%S|%f|%Y|%j|%p|%a"))), S(mustS(Format(x, "%H.%M"))), str(must(GetAttr(dt("time"), "max"))),
				must(GetAttr(dt("time"), "resolution")), must(Call(must(GetAttr(x, "replace")), []Value{I(1)}, []string{"hour"})),
				must(Lt(x, tm(8))), must(Eq(x, tm(7, 8, 9, 12345))), must(GetAttr(x, "tzinfo")), must(callB("bool", tm()))), nil
		}},
		{"import datetime as d\nu = d.timezone.utc\n(d.datetime(2024, 3, 5, 7, 8, 9).time(), d.datetime.combine(d.date(2024, 3, 5), d.time(7, 8, 9, 12345)), d.time.fromisoformat('T10:20:30+01:00'), repr(d.time(1, tzinfo=u)), d.datetime.combine(d.date(2024, 1, 1), d.time(1), tzinfo=u))", func() (Value, *Exc) {
			comb := must(GetAttr(dt("datetime"), "combine"))
			return T(must(meth(must(Call(dt("datetime"), []Value{I(2024), I(3), I(5), I(7), I(8), I(9)}, nil)), "time")),
				must(Call(comb, []Value{must(Call(dt("date"), []Value{I(2024), I(3), I(5)}, nil)), x}, nil)),
				must(Call(must(GetAttr(dt("time"), "fromisoformat")), []Value{S("T10:20:30+01:00")}, nil)),
				S(reprS(must(Call(dt("time"), []Value{I(1), u}, []string{"tzinfo"})))),
				must(Call(comb, []Value{must(Call(dt("date"), []Value{I(2024), I(1), I(1)}, nil)), tm(1), u}, []string{"tzinfo"}))), nil
		}},
		{"import datetime\ndatetime.time(24)", func() (Value, *Exc) { return Call(dt("time"), []Value{I(24)}, nil) }},
		{"import datetime\ndatetime.time(1, 1, 1, 10**6)", func() (Value, *Exc) { return Call(dt("time"), []Value{I(1), I(1), I(1), I(1000000)}, nil) }},
		{"import datetime\ndatetime.time.fromisoformat('7:08')", func() (Value, *Exc) { return Call(must(GetAttr(dt("time"), "fromisoformat")), []Value{S("7:08")}, nil) }},
		{"import datetime as d\nd.time(1) < d.time(1, tzinfo=d.timezone.utc)", func() (Value, *Exc) { return Lt(tm(1), must(Call(dt("time"), []Value{I(1), u}, []string{"tzinfo"}))) }},
	}
	checkCases(t, cases)
}

func mustS(s string, e *Exc) string {
	if e != nil {
		panic(FormatExcOnly(e))
	}
	return s
}
