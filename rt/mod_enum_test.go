package rt

import "testing"

// An Enum and an IntEnum built from Go with BuildClass, against python3
// (methods, properties and __init__ members are checked end to end).
func TestEnumModule(t *testing.T) {
	mk := func(base string, kv ...Value) Value {
		return Must(BuildClass("Color", "Color", []Value{StdAttr("enum", base)}, nil, nil, func(ns Value) *Exc {
			for i := 0; i < len(kv); i += 2 {
				if e := DictSet(ns, kv[i], kv[i+1]); e != nil {
					return e
				}
			}
			return nil
		}))
	}
	auto := func() Value { return Must(Call(StdAttr("enum", "auto"), nil, nil)) }
	cases := []PyCase{
		{"import enum\nclass Color(enum.Enum):\n    RED = 1\n    GREEN = 'g'\n    ALIAS = 1\n(str(Color.RED), repr(Color.GREEN), list(Color), Color(1), Color['GREEN'], len(Color), Color.ALIAS is Color.RED, Color.RED.name, Color.GREEN.value, repr(Color))", func() (Value, *Exc) {
			c := mk("Enum", S("RED"), I(1), S("GREEN"), S("g"), S("ALIAS"), I(1))
			red := Must(GetAttr(c, "RED"))
			return T(S(MustStr(ToStr(red))), S(ReprS(Must(GetAttr(c, "GREEN")))), Must(CallB("list", c)), Must(Call(c, []Value{I(1)}, nil)),
				Must(GetItem(c, S("GREEN"))), Must(CallB("len", c)), Bool(Is(Must(GetAttr(c, "ALIAS")), red)), Must(GetAttr(red, "name")),
				Must(GetAttr(Must(GetAttr(c, "GREEN")), "value")), S(ReprS(c))), nil
		}},
		{"import enum\nclass Color(enum.Enum):\n    RED = 1\nColor(2)", func() (Value, *Exc) { return Call(mk("Enum", S("RED"), I(1)), []Value{I(2)}, nil) }},
		{"import enum\nclass Color(enum.IntEnum):\n    A = enum.auto()\n    B = enum.auto()\n    C = 10\n    D = enum.auto()\n(list(Color), str(Color.B), Color.B + 1, Color.C > Color.A, format(Color.D, '03d'))", func() (Value, *Exc) {
			c := mk("IntEnum", S("A"), auto(), S("B"), auto(), S("C"), I(10), S("D"), auto())
			b := Must(GetAttr(c, "B"))
			return T(Must(CallB("list", c)), S(MustStr(ToStr(b))), Must(Add(b, I(1))), Must(Gt(Must(GetAttr(c, "C")), Must(GetAttr(c, "A")))),
				S(MustStr(Format(Must(GetAttr(c, "D")), "03d")))), nil
		}},
		{"import enum\nclass Mode(enum.StrEnum):\n    FAST = enum.auto()\n    SLOW = 'slow'\nC = enum.Enum('C', 'A B')\n(str(Mode.FAST), Mode.SLOW, Mode('fast'), Mode.FAST == 'fast', list(C), C(2))", func() (Value, *Exc) {
			m := Must(BuildClass("Mode", "Mode", []Value{StdAttr("enum", "StrEnum")}, nil, nil, func(ns Value) *Exc {
				DictSet(ns, S("FAST"), auto())
				return DictSet(ns, S("SLOW"), S("slow"))
			}))
			c := Must(Call(StdAttr("enum", "Enum"), []Value{S("C"), S("A B")}, nil))
			fast := Must(GetAttr(m, "FAST"))
			return T(S(MustStr(ToStr(fast))), Must(GetAttr(m, "SLOW")), Must(Call(m, []Value{S("fast")}, nil)), Must(Eq(fast, S("fast"))),
				Must(CallB("list", c)), Must(Call(c, []Value{I(2)}, nil))), nil
		}},
	}
	CheckCases(t, cases)
}
