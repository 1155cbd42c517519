package heapq

import (
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// heapq (same sift order as CPython), string and typing against python3.
func TestHeapqStringTyping(t *testing.T) {
	hq := func(name string, args ...rt.Value) rt.Value {
		return rttest.Must(rt.Call(rttest.StdAttr("heapq", name), args, nil))
	}
	ints := func(xs ...int64) rt.Value {
		l := make([]rt.Value, len(xs))
		for i, x := range xs {
			l[i] = rttest.I(x)
		}
		return rttest.L(l...)
	}
	cases := []rttest.PyCase{
		{Py: "import heapq\nh = []\nfor x in [5, 3, 8, 1, 9, 2, 7, 3, 3, 0]: heapq.heappush(h, x)\nr = list(h)\n(r, [heapq.heappop(h) for _ in range(4)], h)", Fn: func() (rt.Value, *rt.Exc) {
			h := rttest.L()
			for _, x := range []int64{5, 3, 8, 1, 9, 2, 7, 3, 3, 0} {
				hq("heappush", h, rttest.I(x))
			}
			r := rttest.L(append([]rt.Value(nil), h.O.(*rt.List).Items...)...)
			var popped []rt.Value
			for i := 0; i < 4; i++ {
				popped = append(popped, hq("heappop", h))
			}
			return rttest.T(r, rttest.L(popped...), h), nil
		}},
		{Py: "import heapq\nd = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0]\nheapq.heapify(d)\n(list(d), heapq.heappushpop(d, 4), heapq.heapreplace(d, 11), d)", Fn: func() (rt.Value, *rt.Exc) {
			d := ints(9, 1, 8, 2, 7, 3, 6, 4, 5, 0)
			hq("heapify", d)
			r := rttest.L(append([]rt.Value(nil), d.O.(*rt.List).Items...)...)
			return rttest.T(r, hq("heappushpop", d, rttest.I(4)), hq("heapreplace", d, rttest.I(11)), d), nil
		}},
		{Py: "import heapq\n(heapq.nlargest(3, [1, 5, 2, 8, 3]), heapq.nsmallest(2, [4, 1, 3]), list(heapq.merge([1, 4], [2, 3])))", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(hq("nlargest", rttest.I(3), ints(1, 5, 2, 8, 3)), hq("nsmallest", rttest.I(2), ints(4, 1, 3)), rttest.Must(rttest.CallB("list", hq("merge", ints(1, 4), ints(2, 3))))), nil
		}},
		{Py: "import heapq\nheapq.heappop([])", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Call(rttest.StdAttr("heapq", "heappop"), []rt.Value{rttest.L()}, nil)
		}},
		{Py: "import heapq\nheapq.heappush((), 1)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Call(rttest.StdAttr("heapq", "heappush"), []rt.Value{rttest.T(), rttest.I(1)}, nil)
		}},
		{Py: "import string\n(string.ascii_letters, string.digits, string.hexdigits, string.punctuation, string.whitespace, string.printable, string.capwords(' a  b c '))", Fn: func() (rt.Value, *rt.Exc) {
			g := func(n string) rt.Value { return rttest.StdAttr("string", n) }
			return rttest.T(g("ascii_letters"), g("digits"), g("hexdigits"), g("punctuation"), g("whitespace"), g("printable"), rttest.Must(rt.Call(g("capwords"), []rt.Value{rttest.S(" a  b c ")}, nil))), nil
		}},
		{Py: "import typing\n(typing.Optional[int], typing.List[typing.Dict[str, int]], typing.Callable[[int], None], typing.TypeVar('T'), typing.Any, typing.cast(int, 'x'))", Fn: func() (rt.Value, *rt.Exc) {
			g := func(n string) rt.Value { return rttest.StdAttr("typing", n) }
			return rttest.T(rttest.Must(rt.GetItem(g("Optional"), rttest.Bi("int"))), rttest.Must(rt.GetItem(g("List"), rttest.Must(rt.GetItem(g("Dict"), rttest.T(rttest.Bi("str"), rttest.Bi("int")))))),
				rttest.Must(rt.GetItem(g("Callable"), rttest.T(rttest.L(rttest.Bi("int")), rt.None))), rttest.Must(rt.Call(g("TypeVar"), []rt.Value{rttest.S("T")}, nil)), g("Any"),
				rttest.Must(rt.Call(g("cast"), []rt.Value{rttest.Bi("int"), rttest.S("x")}, nil))), nil
		}},
		{Py: "import collections.abc\n(collections.abc.Iterable, collections.abc.Mapping[str, int], collections.abc.Callable[[int], str])", Fn: func() (rt.Value, *rt.Exc) {
			g := func(n string) rt.Value { return rttest.StdAttr("collections.abc", n) }
			return rttest.T(g("Iterable"), rttest.Must(rt.GetItem(g("Mapping"), rttest.T(rttest.Bi("str"), rttest.Bi("int")))), rttest.Must(rt.GetItem(g("Callable"), rttest.T(rttest.L(rttest.Bi("int")), rttest.Bi("str"))))), nil
		}},
	}
	rttest.CheckCases(t, cases)
}
