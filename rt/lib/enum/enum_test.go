package enum

import (
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// An Enum and an IntEnum built from Go with BuildClass, against python3
// (methods, properties and __init__ members are checked end to end).
func TestEnumModule(t *testing.T) {
	mk := func(base string, kv ...rt.Value) rt.Value {
		return rttest.Must(rt.BuildClass("Color", "Color", []rt.Value{rttest.StdAttr("enum", base)}, nil, nil, func(ns rt.Value) *rt.Exc {
			for i := 0; i < len(kv); i += 2 {
				if e := rt.DictSet(ns, kv[i], kv[i+1]); e != nil {
					return e
				}
			}
			return nil
		}))
	}
	auto := func() rt.Value { return rttest.Must(rt.Call(rttest.StdAttr("enum", "auto"), nil, nil)) }
	cases := []rttest.PyCase{
		{Py: "import enum\nclass Color(enum.Enum):\n    RED = 1\n    GREEN = 'g'\n    ALIAS = 1\n(str(Color.RED), repr(Color.GREEN), list(Color), Color(1), Color['GREEN'], len(Color), Color.ALIAS is Color.RED, Color.RED.name, Color.GREEN.value, repr(Color))", Fn: func() (rt.Value, *rt.Exc) {
			c := mk("Enum", rttest.S("RED"), rttest.I(1), rttest.S("GREEN"), rttest.S("g"), rttest.S("ALIAS"), rttest.I(1))
			red := rttest.Must(rt.GetAttr(c, "RED"))
			return rttest.T(rttest.S(rttest.MustStr(rt.ToStr(red))), rttest.S(rttest.ReprS(rttest.Must(rt.GetAttr(c, "GREEN")))), rttest.Must(rttest.CallB("list", c)), rttest.Must(rt.Call(c, []rt.Value{rttest.I(1)}, nil)),
				rttest.Must(rt.GetItem(c, rttest.S("GREEN"))), rttest.Must(rttest.CallB("len", c)), rt.Bool(rt.Is(rttest.Must(rt.GetAttr(c, "ALIAS")), red)), rttest.Must(rt.GetAttr(red, "name")),
				rttest.Must(rt.GetAttr(rttest.Must(rt.GetAttr(c, "GREEN")), "value")), rttest.S(rttest.ReprS(c))), nil
		}},
		{Py: "import enum\nclass Color(enum.Enum):\n    RED = 1\nColor(2)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Call(mk("Enum", rttest.S("RED"), rttest.I(1)), []rt.Value{rttest.I(2)}, nil)
		}},
		{Py: "import enum\nclass Color(enum.IntEnum):\n    A = enum.auto()\n    B = enum.auto()\n    C = 10\n    D = enum.auto()\n(list(Color), str(Color.B), Color.B + 1, Color.C > Color.A, format(Color.D, '03d'))", Fn: func() (rt.Value, *rt.Exc) {
			c := mk("IntEnum", rttest.S("A"), auto(), rttest.S("B"), auto(), rttest.S("C"), rttest.I(10), rttest.S("D"), auto())
			b := rttest.Must(rt.GetAttr(c, "B"))
			return rttest.T(rttest.Must(rttest.CallB("list", c)), rttest.S(rttest.MustStr(rt.ToStr(b))), rttest.Must(rt.Add(b, rttest.I(1))), rttest.Must(rt.Gt(rttest.Must(rt.GetAttr(c, "C")), rttest.Must(rt.GetAttr(c, "A")))),
				rttest.S(rttest.MustStr(rt.Format(rttest.Must(rt.GetAttr(c, "D")), "03d")))), nil
		}},
		{Py: "import enum\nclass Mode(enum.StrEnum):\n    FAST = enum.auto()\n    SLOW = 'slow'\nC = enum.Enum('C', 'A B')\n(str(Mode.FAST), Mode.SLOW, Mode('fast'), Mode.FAST == 'fast', list(C), C(2))", Fn: func() (rt.Value, *rt.Exc) {
			m := rttest.Must(rt.BuildClass("Mode", "Mode", []rt.Value{rttest.StdAttr("enum", "StrEnum")}, nil, nil, func(ns rt.Value) *rt.Exc {
				rt.DictSet(ns, rttest.S("FAST"), auto())
				return rt.DictSet(ns, rttest.S("SLOW"), rttest.S("slow"))
			}))
			c := rttest.Must(rt.Call(rttest.StdAttr("enum", "Enum"), []rt.Value{rttest.S("C"), rttest.S("A B")}, nil))
			fast := rttest.Must(rt.GetAttr(m, "FAST"))
			return rttest.T(rttest.S(rttest.MustStr(rt.ToStr(fast))), rttest.Must(rt.GetAttr(m, "SLOW")), rttest.Must(rt.Call(m, []rt.Value{rttest.S("fast")}, nil)), rttest.Must(rt.Eq(fast, rttest.S("fast"))),
				rttest.Must(rttest.CallB("list", c)), rttest.Must(rt.Call(c, []rt.Value{rttest.I(2)}, nil))), nil
		}},
	}
	rttest.CheckCases(t, cases)
}
