package rt

import "testing"

// timezone and aware datetimes against python3.
func TestDatetimeTZMatchesCPython(t *testing.T) {
	dt := func(name string) Value { return StdAttr("datetime", name) }
	td := func(kw string, v Value) Value { return Must(Call(dt("timedelta"), []Value{v}, []string{kw})) }
	tz := func(args ...Value) Value { return Must(Call(dt("timezone"), args, nil)) }
	u := Must(GetAttr(dt("timezone"), "utc"))
	f := tz(Must(Add(td("hours", I(5)), td("minutes", I(30)))))
	n := tz(Must(Neg(td("hours", I(3)))), S("BRT"))
	mk := func(z Value, a ...int64) Value {
		args := make([]Value, len(a))
		for i, x := range a {
			args[i] = I(x)
		}
		return Must(Call(dt("datetime"), append(args, z), []string{"tzinfo"}))
	}
	x := mk(f, 2024, 1, 1, 12, 0)
	str := func(v Value) Value { return Must(CallB("str", v)) }
	cases := []PyCase{
		{"import datetime as d\nu=d.timezone.utc; f=d.timezone(d.timedelta(hours=5, minutes=30)); n=d.timezone(-d.timedelta(hours=3), 'BRT')\n(repr(u), repr(f), repr(n), str(u), str(f), str(n), d.UTC is u, repr(d.timezone(d.timedelta(0))))", func() (Value, *Exc) {
			return T(S(ReprS(u)), S(ReprS(f)), S(ReprS(n)), str(u), str(f), str(n), Bool(Is(dt("UTC"), u)), S(ReprS(tz(td("hours", I(0)))))), nil
		}},
		{"import datetime as d\nf=d.timezone(d.timedelta(hours=5, minutes=30)); u=d.timezone.utc\nx=d.datetime(2024,1,1,12,0,tzinfo=f)\n(repr(x), str(x), x.isoformat(), x.utcoffset(), x.tzname(), x.dst(), x.astimezone(u), x.timestamp(), x.strftime('%z %Z'), x - d.datetime(2024,1,1,tzinfo=u), x == d.datetime(2024,1,1,6,30,tzinfo=u), x == d.datetime(2024,1,1))", func() (Value, *Exc) {
			return T(S(ReprS(x)), str(x), Must(Meth(x, "isoformat")), Must(Meth(x, "utcoffset")), Must(Meth(x, "tzname")), Must(Meth(x, "dst")),
				Must(Meth(x, "astimezone", u)), Must(Meth(x, "timestamp")), Must(Meth(x, "strftime", S("%z %Z"))), Must(Sub(x, mk(u, 2024, 1, 1))),
				Must(Eq(x, mk(u, 2024, 1, 1, 6, 30))), Must(Eq(x, Must(Call(dt("datetime"), []Value{I(2024), I(1), I(1)}, nil))))), nil
		}},
		{"import datetime as d\nd.datetime(2024,1,1,tzinfo=d.timezone.utc) - d.datetime(2024,1,1)", func() (Value, *Exc) {
			return Sub(mk(u, 2024, 1, 1), Must(Call(dt("datetime"), []Value{I(2024), I(1), I(1)}, nil)))
		}},
		{"import datetime as d\nd.datetime(2024,1,1,tzinfo=d.timezone.utc) < d.datetime(2024,1,1)", func() (Value, *Exc) {
			return Lt(mk(u, 2024, 1, 1), Must(Call(dt("datetime"), []Value{I(2024), I(1), I(1)}, nil)))
		}},
		{"import datetime as d\nd.timezone(d.timedelta(hours=24))", func() (Value, *Exc) { return Call(dt("timezone"), []Value{td("hours", I(24))}, nil) }},
		{"import datetime as d\nd.timezone(5)", func() (Value, *Exc) { return Call(dt("timezone"), []Value{I(5)}, nil) }},
		{"import datetime as d\n(d.datetime.fromisoformat('2024-03-01T10:20:30+05:30'), d.datetime.fromisoformat('2024-03-01T10:20:30Z'), d.datetime.fromtimestamp(1704067200.25, d.timezone(-d.timedelta(hours=3), 'BRT')))", func() (Value, *Exc) {
			fi := Must(GetAttr(dt("datetime"), "fromisoformat"))
			return T(Must(Call(fi, []Value{S("2024-03-01T10:20:30+05:30")}, nil)), Must(Call(fi, []Value{S("2024-03-01T10:20:30Z")}, nil)),
				Must(Call(Must(GetAttr(dt("datetime"), "fromtimestamp")), []Value{F(1704067200.25), n}, nil))), nil
		}},
	}
	CheckCases(t, cases)
}
