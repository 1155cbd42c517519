package rt

import "testing"

// An Enum and an IntEnum built from Go with BuildClass, against python3
// (methods, properties and __init__ members are checked end to end).
func TestEnumModule(t *testing.T) {
	mk := func(base string, kv ...Value) Value {
		return must(BuildClass("Color", "Color", []Value{stdAttr("enum", base)}, nil, nil, func(ns Value) *Exc {
			for i := 0; i < len(kv); i += 2 {
				if e := DictSet(ns, kv[i], kv[i+1]); e != nil {
					return e
				}
			}
			return nil
		}))
	}
	auto := func() Value { return must(Call(stdAttr("enum", "auto"), nil, nil)) }
	cases := []pyCase{
		{"import enum\nclass Color(enum.Enum):\n    RED = 1\n    GREEN = 'g'\n    ALIAS = 1\n(str(Color.RED), repr(Color.GREEN), list(Color), Color(1), Color['GREEN'], len(Color), Color.ALIAS is Color.RED, Color.RED.name, Color.GREEN.value, repr(Color))", func() (Value, *Exc) {
			c := mk("Enum", S("RED"), I(1), S("GREEN"), S("g"), S("ALIAS"), I(1))
			red := must(GetAttr(c, "RED"))
			return T(S(mustStr(ToStr(red))), S(reprS(must(GetAttr(c, "GREEN")))), must(callB("list", c)), must(Call(c, []Value{I(1)}, nil)),
				must(GetItem(c, S("GREEN"))), must(callB("len", c)), Bool(Is(must(GetAttr(c, "ALIAS")), red)), must(GetAttr(red, "name")),
				must(GetAttr(must(GetAttr(c, "GREEN")), "value")), S(reprS(c))), nil
		}},
		{"import enum\nclass Color(enum.Enum):\n    RED = 1\nColor(2)", func() (Value, *Exc) { return Call(mk("Enum", S("RED"), I(1)), []Value{I(2)}, nil) }},
		{"import enum\nclass Color(enum.IntEnum):\n    A = enum.auto()\n    B = enum.auto()\n    C = 10\n    D = enum.auto()\n(list(Color), str(Color.B), Color.B + 1, Color.C > Color.A, format(Color.D, '03d'))", func() (Value, *Exc) {
			c := mk("IntEnum", S("A"), auto(), S("B"), auto(), S("C"), I(10), S("D"), auto())
			b := must(GetAttr(c, "B"))
			return T(must(callB("list", c)), S(mustStr(ToStr(b))), must(Add(b, I(1))), must(Gt(must(GetAttr(c, "C")), must(GetAttr(c, "A")))),
				S(mustStr(Format(must(GetAttr(c, "D")), "03d")))), nil
		}},
		{"import enum\nclass Mode(enum.StrEnum):\n    FAST = enum.auto()\n    SLOW = 'slow'\nC = enum.Enum('C', 'A B')\n(str(Mode.FAST), Mode.SLOW, Mode('fast'), Mode.FAST == 'fast', list(C), C(2))", func() (Value, *Exc) {
			m := must(BuildClass("Mode", "Mode", []Value{stdAttr("enum", "StrEnum")}, nil, nil, func(ns Value) *Exc {
				DictSet(ns, S("FAST"), auto())
				return DictSet(ns, S("SLOW"), S("slow"))
			}))
			c := must(Call(stdAttr("enum", "Enum"), []Value{S("C"), S("A B")}, nil))
			fast := must(GetAttr(m, "FAST"))
			return T(S(mustStr(ToStr(fast))), must(GetAttr(m, "SLOW")), must(Call(m, []Value{S("fast")}, nil)), must(Eq(fast, S("fast"))),
				must(callB("list", c)), must(Call(c, []Value{I(2)}, nil))), nil
		}},
	}
	checkCases(t, cases)
}
