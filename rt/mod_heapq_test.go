package rt

import "testing"

// heapq (same sift order as CPython), string and typing against python3.
func TestHeapqStringTyping(t *testing.T) {
	hq := func(name string, args ...Value) Value { return Must(Call(StdAttr("heapq", name), args, nil)) }
	ints := func(xs ...int64) Value {
		l := make([]Value, len(xs))
		for i, x := range xs {
			l[i] = I(x)
		}
		return L(l...)
	}
	cases := []PyCase{
		{"import heapq\nh = []\nfor x in [5, 3, 8, 1, 9, 2, 7, 3, 3, 0]: heapq.heappush(h, x)\nr = list(h)\n(r, [heapq.heappop(h) for _ in range(4)], h)", func() (Value, *Exc) {
			h := L()
			for _, x := range []int64{5, 3, 8, 1, 9, 2, 7, 3, 3, 0} {
				hq("heappush", h, I(x))
			}
			r := L(append([]Value(nil), h.O.(*List).Items...)...)
			var popped []Value
			for i := 0; i < 4; i++ {
				popped = append(popped, hq("heappop", h))
			}
			return T(r, L(popped...), h), nil
		}},
		{"import heapq\nd = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0]\nheapq.heapify(d)\n(list(d), heapq.heappushpop(d, 4), heapq.heapreplace(d, 11), d)", func() (Value, *Exc) {
			d := ints(9, 1, 8, 2, 7, 3, 6, 4, 5, 0)
			hq("heapify", d)
			r := L(append([]Value(nil), d.O.(*List).Items...)...)
			return T(r, hq("heappushpop", d, I(4)), hq("heapreplace", d, I(11)), d), nil
		}},
		{"import heapq\n(heapq.nlargest(3, [1, 5, 2, 8, 3]), heapq.nsmallest(2, [4, 1, 3]), list(heapq.merge([1, 4], [2, 3])))", func() (Value, *Exc) {
			return T(hq("nlargest", I(3), ints(1, 5, 2, 8, 3)), hq("nsmallest", I(2), ints(4, 1, 3)), Must(CallB("list", hq("merge", ints(1, 4), ints(2, 3))))), nil
		}},
		{"import heapq\nheapq.heappop([])", func() (Value, *Exc) { return Call(StdAttr("heapq", "heappop"), []Value{L()}, nil) }},
		{"import heapq\nheapq.heappush((), 1)", func() (Value, *Exc) { return Call(StdAttr("heapq", "heappush"), []Value{T(), I(1)}, nil) }},
		{"import string\n(string.ascii_letters, string.digits, string.hexdigits, string.punctuation, string.whitespace, string.printable, string.capwords(' a  b c '))", func() (Value, *Exc) {
			g := func(n string) Value { return StdAttr("string", n) }
			return T(g("ascii_letters"), g("digits"), g("hexdigits"), g("punctuation"), g("whitespace"), g("printable"), Must(Call(g("capwords"), []Value{S(" a  b c ")}, nil))), nil
		}},
		{"import typing\n(typing.Optional[int], typing.List[typing.Dict[str, int]], typing.Callable[[int], None], typing.TypeVar('T'), typing.Any, typing.cast(int, 'x'))", func() (Value, *Exc) {
			g := func(n string) Value { return StdAttr("typing", n) }
			return T(Must(GetItem(g("Optional"), Bi("int"))), Must(GetItem(g("List"), Must(GetItem(g("Dict"), T(Bi("str"), Bi("int")))))),
				Must(GetItem(g("Callable"), T(L(Bi("int")), None))), Must(Call(g("TypeVar"), []Value{S("T")}, nil)), g("Any"),
				Must(Call(g("cast"), []Value{Bi("int"), S("x")}, nil))), nil
		}},
		{"import collections.abc\n(collections.abc.Iterable, collections.abc.Mapping[str, int], collections.abc.Callable[[int], str])", func() (Value, *Exc) {
			g := func(n string) Value { return StdAttr("collections.abc", n) }
			return T(g("Iterable"), Must(GetItem(g("Mapping"), T(Bi("str"), Bi("int")))), Must(GetItem(g("Callable"), T(L(Bi("int")), Bi("str"))))), nil
		}},
	}
	CheckCases(t, cases)
}
