package rt_test

import (
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

func fmtS(spec string, v rt.Value) func() (rt.Value, *rt.Exc) {
	return func() (rt.Value, *rt.Exc) { return rt.FormatValue(v, spec) }
}

func TestStringsVsCPython(t *testing.T) {
	cases := []rttest.PyCase{
		{Py: "'a' + 'b'", Fn: func() (rt.Value, *rt.Exc) { return rt.Add(rttest.S("a"), rttest.S("b")) }},
		{Py: "'a' + 1", Fn: func() (rt.Value, *rt.Exc) { return rt.Add(rttest.S("a"), rttest.I(1)) }},
		{Py: "'abc'[1], 'abc'[-1], 'abc'[1:], 'abc'[::-1], 'abcdef'[1:5:2]", Fn: func() (rt.Value, *rt.Exc) {
			a := rttest.S("abc")
			return rttest.T(rttest.Must(rt.GetItem(a, rttest.I(1))), rttest.Must(rt.GetItem(a, rttest.I(-1))), rttest.Must(rt.GetItem(a, rt.NewSlice(rttest.I(1), rt.Null, rt.Null))),
				rttest.Must(rt.GetItem(a, rt.NewSlice(rt.Null, rt.Null, rttest.I(-1)))), rttest.Must(rt.GetItem(rttest.S("abcdef"), rt.NewSlice(rttest.I(1), rttest.I(5), rttest.I(2))))), nil
		}},
		{Py: "'héllo'[1], 'héllo'[1:3], len('héllo€')", Fn: func() (rt.Value, *rt.Exc) {
			a := rttest.S("héllo")
			return rttest.T(rttest.Must(rt.GetItem(a, rttest.I(1))), rttest.Must(rt.GetItem(a, rt.NewSlice(rttest.I(1), rttest.I(3), rt.Null))), rttest.Must(rttest.CallB("len", rttest.S("héllo€")))), nil
		}},
		{Py: "'abc'[5]", Fn: func() (rt.Value, *rt.Exc) { return rt.GetItem(rttest.S("abc"), rttest.I(5)) }},
		{Py: "'abc'['x']", Fn: func() (rt.Value, *rt.Exc) { return rt.GetItem(rttest.S("abc"), rttest.S("x")) }},
		{Py: "', '.join(['a', 'b'])", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.Meth(rttest.S(", "), "join", rttest.L(rttest.S("a"), rttest.S("b")))
		}},
		{Py: "', '.join(['a', 1])", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.Meth(rttest.S(", "), "join", rttest.L(rttest.S("a"), rttest.I(1)))
		}},
		{Py: "' a  b c '.split()", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rttest.S(" a  b c "), "split") }},
		{Py: "'a,b,,c'.split(',')", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rttest.S("a,b,,c"), "split", rttest.S(",")) }},
		{Py: "'a,b,,c'.split(',', 1)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.Meth(rttest.S("a,b,,c"), "split", rttest.S(","), rttest.I(1))
		}},
		{Py: "'a b c'.rsplit(None, 1)", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rttest.S("a b c"), "rsplit", rt.None, rttest.I(1)) }},
		{Py: "'a,b,c'.rsplit(',', 1)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.Meth(rttest.S("a,b,c"), "rsplit", rttest.S(","), rttest.I(1))
		}},
		{Py: "'  x y  '.split(maxsplit=1)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.CallMethod(rttest.S("  x y  "), "split", []rt.Value{rttest.I(1)}, []string{"maxsplit"})
		}},
		{Py: "'a\\nb\\r\\nc'.splitlines()", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rttest.S("a\nb\r\nc"), "splitlines") }},
		{Py: "'  hi  '.strip(), 'xxhixx'.strip('x'), '  hi'.lstrip(), 'hi  '.rstrip()", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.Meth(rttest.S("  hi  "), "strip")), rttest.Must(rttest.Meth(rttest.S("xxhixx"), "strip", rttest.S("x"))), rttest.Must(rttest.Meth(rttest.S("  hi"), "lstrip")), rttest.Must(rttest.Meth(rttest.S("hi  "), "rstrip"))), nil
		}},
		{Py: "'Hello'.upper(), 'Hello'.lower(), 'hello world'.title(), 'hELLO'.capitalize(), 'Hello'.swapcase()", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.Meth(rttest.S("Hello"), "upper")), rttest.Must(rttest.Meth(rttest.S("Hello"), "lower")), rttest.Must(rttest.Meth(rttest.S("hello world"), "title")), rttest.Must(rttest.Meth(rttest.S("hELLO"), "capitalize")), rttest.Must(rttest.Meth(rttest.S("Hello"), "swapcase"))), nil
		}},
		{Py: "'hello'.startswith('he'), 'hello'.endswith(('x', 'lo')), 'hello'.startswith('l', 2)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.Meth(rttest.S("hello"), "startswith", rttest.S("he"))), rttest.Must(rttest.Meth(rttest.S("hello"), "endswith", rttest.T(rttest.S("x"), rttest.S("lo")))), rttest.Must(rttest.Meth(rttest.S("hello"), "startswith", rttest.S("l"), rttest.I(2)))), nil
		}},
		{Py: "'aaa'.replace('a', 'b', 2)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.Meth(rttest.S("aaa"), "replace", rttest.S("a"), rttest.S("b"), rttest.I(2))
		}},
		{Py: "'héllo'.find('l'), 'hello'.rfind('l'), 'hello'.find('z'), 'hello'.find('l', 3)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.Meth(rttest.S("héllo"), "find", rttest.S("l"))), rttest.Must(rttest.Meth(rttest.S("hello"), "rfind", rttest.S("l"))), rttest.Must(rttest.Meth(rttest.S("hello"), "find", rttest.S("z"))), rttest.Must(rttest.Meth(rttest.S("hello"), "find", rttest.S("l"), rttest.I(3)))), nil
		}},
		{Py: "'hello'.index('z')", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rttest.S("hello"), "index", rttest.S("z")) }},
		{Py: "'banana'.count('a'), ''.count('')", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.Meth(rttest.S("banana"), "count", rttest.S("a"))), rttest.Must(rttest.Meth(rttest.S(""), "count", rttest.S("")))), nil
		}},
		{Py: "'123'.isdigit(), ''.isdigit(), 'abc'.isalpha(), 'a1'.isalnum(), ' \\t'.isspace(), 'ABC'.isupper(), 'abc'.islower()", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.Meth(rttest.S("123"), "isdigit")), rttest.Must(rttest.Meth(rttest.S(""), "isdigit")), rttest.Must(rttest.Meth(rttest.S("abc"), "isalpha")), rttest.Must(rttest.Meth(rttest.S("a1"), "isalnum")), rttest.Must(rttest.Meth(rttest.S(" \t"), "isspace")), rttest.Must(rttest.Meth(rttest.S("ABC"), "isupper")), rttest.Must(rttest.Meth(rttest.S("abc"), "islower"))), nil
		}},
		{Py: "'ab'.center(7, '*'), 'ab'.center(6), 'ab'.ljust(5) + '|', 'ab'.rjust(5), '-42'.zfill(6)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.Meth(rttest.S("ab"), "center", rttest.I(7), rttest.S("*"))), rttest.Must(rttest.Meth(rttest.S("ab"), "center", rttest.I(6))), rttest.Must(rt.Add(rttest.Must(rttest.Meth(rttest.S("ab"), "ljust", rttest.I(5))), rttest.S("|"))), rttest.Must(rttest.Meth(rttest.S("ab"), "rjust", rttest.I(5))), rttest.Must(rttest.Meth(rttest.S("-42"), "zfill", rttest.I(6)))), nil
		}},
		{Py: "'abc'.center(6), 'abcd'.center(7), 'a'.center(4)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.Meth(rttest.S("abc"), "center", rttest.I(6))), rttest.Must(rttest.Meth(rttest.S("abcd"), "center", rttest.I(7))), rttest.Must(rttest.Meth(rttest.S("a"), "center", rttest.I(4)))), nil
		}},
		{Py: "'a=b=c'.partition('='), 'a=b=c'.rpartition('='), 'abc'.partition('x')", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.Meth(rttest.S("a=b=c"), "partition", rttest.S("="))), rttest.Must(rttest.Meth(rttest.S("a=b=c"), "rpartition", rttest.S("="))), rttest.Must(rttest.Meth(rttest.S("abc"), "partition", rttest.S("x")))), nil
		}},
		{Py: "'a\\tb'.expandtabs(4)", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rttest.S("a\tb"), "expandtabs", rttest.I(4)) }},
		{Py: "'x' in 'abc', 'b' in 'abc'", Fn: func() (rt.Value, *rt.Exc) {
			a, _ := rt.In(rttest.S("x"), rttest.S("abc"))
			b, _ := rt.In(rttest.S("b"), rttest.S("abc"))
			return rttest.T(rt.Bool(a), rt.Bool(b)), nil
		}},
		{Py: "1 in 'abc'", Fn: func() (rt.Value, *rt.Exc) {
			r, e := rt.In(rttest.I(1), rttest.S("abc"))
			return rt.Bool(r), e
		}},
		{Py: "'a' < 'b', 'abc' < 'abd', 'Z' < 'a', 'é' > 'z'", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.Lt(rttest.S("a"), rttest.S("b"))), rttest.Must(rt.Lt(rttest.S("abc"), rttest.S("abd"))), rttest.Must(rt.Lt(rttest.S("Z"), rttest.S("a"))), rttest.Must(rt.Gt(rttest.S("é"), rttest.S("z")))), nil
		}},
		{Py: "repr('it\\'s'), repr('a\"b'), repr('\\n\\x00é\\u2028')", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.Repr(rttest.S("it's"))), rttest.Must(rt.Repr(rttest.S("a\"b"))), rttest.Must(rt.Repr(rttest.S("\n\x00é\u2028")))), nil
		}},
		{Py: "str(1.0), str(None), str(True), str([1, 'a']), str(())", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("str", rttest.F(1))), rttest.Must(rttest.CallB("str", rt.None)), rttest.Must(rttest.CallB("str", rt.True)), rttest.Must(rttest.CallB("str", rttest.L(rttest.I(1), rttest.S("a")))), rttest.Must(rttest.CallB("str", rttest.T()))), nil
		}},
		{Py: "'%s and %r' % ('a', 'b')", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Mod(rttest.S("%s and %r"), rttest.T(rttest.S("a"), rttest.S("b")))
		}},
		{Py: "'%d items, %5.2f%%' % (3, 2.5)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Mod(rttest.S("%d items, %5.2f%%"), rttest.T(rttest.I(3), rttest.F(2.5)))
		}},
		{Py: "'%-5s|%05d|%x|%#o|%+d|% d' % ('ab', 42, 255, 8, 1, 2)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Mod(rttest.S("%-5s|%05d|%x|%#o|%+d|% d"), rttest.T(rttest.S("ab"), rttest.I(42), rttest.I(255), rttest.I(8), rttest.I(1), rttest.I(2)))
		}},
		{Py: "'%(a)s-%(b)d' % {'a': 1, 'b': 2}", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Mod(rttest.S("%(a)s-%(b)d"), rttest.D(rttest.S("a"), rttest.I(1), rttest.S("b"), rttest.I(2)))
		}},
		{Py: "'%s' % [1, 2]", Fn: func() (rt.Value, *rt.Exc) { return rt.Mod(rttest.S("%s"), rttest.L(rttest.I(1), rttest.I(2))) }},
		{Py: "'%d' % 'x'", Fn: func() (rt.Value, *rt.Exc) { return rt.Mod(rttest.S("%d"), rttest.S("x")) }},
		{Py: "'%s %s' % (1,)", Fn: func() (rt.Value, *rt.Exc) { return rt.Mod(rttest.S("%s %s"), rttest.T(rttest.I(1))) }},
		{Py: "'%s' % (1, 2)", Fn: func() (rt.Value, *rt.Exc) { return rt.Mod(rttest.S("%s"), rttest.T(rttest.I(1), rttest.I(2))) }},
		{Py: "'%.3e|%g|%G' % (12345.678, 0.00001234, 1e20)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Mod(rttest.S("%.3e|%g|%G"), rttest.T(rttest.F(12345.678), rttest.F(0.00001234), rttest.F(1e20)))
		}},
		{Py: "'%c%c' % (65, 'b')", Fn: func() (rt.Value, *rt.Exc) { return rt.Mod(rttest.S("%c%c"), rttest.T(rttest.I(65), rttest.S("b"))) }},
		{Py: "'{} {}'.format(1, 'a')", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.Meth(rttest.S("{} {}"), "format", rttest.I(1), rttest.S("a"))
		}},
		{Py: "'{1}{0}{1}'.format('a', 'b')", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.Meth(rttest.S("{1}{0}{1}"), "format", rttest.S("a"), rttest.S("b"))
		}},
		{Py: "'{x}:{y!r}'.format(x=1, y='s')", Fn: func() (rt.Value, *rt.Exc) {
			return rt.CallMethod(rttest.S("{x}:{y!r}"), "format", []rt.Value{rttest.I(1), rttest.S("s")}, []string{"x", "y"})
		}},
		{Py: "'{0[1]}{0[0]}'.format(['a', 'b'])", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.Meth(rttest.S("{0[1]}{0[0]}"), "format", rttest.L(rttest.S("a"), rttest.S("b")))
		}},
		{Py: "'{:{w}.{p}f}'.format(3.14159, w=8, p=2)", Fn: func() (rt.Value, *rt.Exc) {
			return rt.CallMethod(rttest.S("{:{w}.{p}f}"), "format", []rt.Value{rttest.F(3.14159), rttest.I(8), rttest.I(2)}, []string{"w", "p"})
		}},
		{Py: "'{{}} {}'.format(1)", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rttest.S("{{}} {}"), "format", rttest.I(1)) }},
		{Py: "'{} {}'.format(1)", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rttest.S("{} {}"), "format", rttest.I(1)) }},
		{Py: "'{0} {}'.format(1, 2)", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rttest.S("{0} {}"), "format", rttest.I(1), rttest.I(2)) }},
		{Py: "'}'.format()", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rttest.S("}"), "format") }},
		{Py: "'{a}'.format()", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rttest.S("{a}"), "format") }},
		{Py: "format(3.14159, '0.2f')", Fn: fmtS("0.2f", rttest.F(3.14159))},
		{Py: "format(12.5, '0.5f')", Fn: fmtS("0.5f", rttest.F(12.5))},
		{Py: "format('x', '>10')", Fn: fmtS(">10", rttest.S("x"))},
		{Py: "format(1234567, ',')", Fn: fmtS(",", rttest.I(1234567))},
		{Py: "format(1234, '08,')", Fn: fmtS("08,", rttest.I(1234))},
		{Py: "format(1234567.891, ',')", Fn: fmtS(",", rttest.F(1234567.891))},
		{Py: "format(0xabcdef12, '_x')", Fn: fmtS("_x", rttest.I(0xabcdef12))},
		{Py: "format(255, '#x'), format(255, '#X'), format(5, '#b'), format(8, 'o')", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.FormatValue(rttest.I(255), "#x")), rttest.Must(rt.FormatValue(rttest.I(255), "#X")), rttest.Must(rt.FormatValue(rttest.I(5), "#b")), rttest.Must(rt.FormatValue(rttest.I(8), "o"))), nil
		}},
		{Py: "format(1.5, '>10')", Fn: fmtS(">10", rttest.F(1.5))},
		{Py: "format(1.23456, '.3')", Fn: fmtS(".3", rttest.F(1.23456))},
		{Py: "format(1234.5, '.3')", Fn: fmtS(".3", rttest.F(1234.5))},
		{Py: "format(1e16, 'g'), format(1e16, '')", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.FormatValue(rttest.F(1e16), "g")), rttest.Must(rt.FormatValue(rttest.F(1e16), ""))), nil
		}},
		{Py: "format(0.1234, '.2%')", Fn: fmtS(".2%", rttest.F(0.1234))},
		{Py: "format(65, 'c')", Fn: fmtS("c", rttest.I(65))},
		{Py: "format(0.0, 'e')", Fn: fmtS("e", rttest.F(0))},
		{Py: "format(-3.14159, '08.2f')", Fn: fmtS("08.2f", rttest.F(-3.14159))},
		{Py: "format('ab', '^9')", Fn: fmtS("^9", rttest.S("ab"))},
		{Py: "format(7, '*<6')", Fn: fmtS("*<6", rttest.I(7))},
		{Py: "format(-0.01, 'z.1f')", Fn: fmtS("z.1f", rttest.F(-0.01))},
		{Py: "format(True, ',d'), format(True, ''), format(True, '5')", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.FormatValue(rt.True, ",d")), rttest.Must(rt.FormatValue(rt.True, "")), rttest.Must(rt.FormatValue(rt.True, "5"))), nil
		}},
		{Py: "format(2.5, '.0f'), format(0.05, '.1f'), format(0.125, '.2f')", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.FormatValue(rttest.F(2.5), ".0f")), rttest.Must(rt.FormatValue(rttest.F(0.05), ".1f")), rttest.Must(rt.FormatValue(rttest.F(0.125), ".2f"))), nil
		}},
		{Py: "format(12345.678, '10.3e')", Fn: fmtS("10.3e", rttest.F(12345.678))},
		{Py: "format(5, '+d'), format(5, ' d'), format(-255, 'x')", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.FormatValue(rttest.I(5), "+d")), rttest.Must(rt.FormatValue(rttest.I(5), " d")), rttest.Must(rt.FormatValue(rttest.I(-255), "x"))), nil
		}},
		{Py: "format(1234567.0, ',.2f')", Fn: fmtS(",.2f", rttest.F(1234567))},
		{Py: "format('x', '.2f')", Fn: fmtS(".2f", rttest.S("x"))},
		{Py: "format(1.5, 'd')", Fn: fmtS("d", rttest.F(1.5))},
		{Py: "format(10**20, 'f')", Fn: fmtS("f", rttest.Must(rt.Pow(rttest.I(10), rttest.I(20))))},
		{Py: "format(0.0001234, '.3g'), format(123456789, 'g')", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.FormatValue(rttest.F(0.0001234), ".3g")), rttest.Must(rt.FormatValue(rttest.I(123456789), "g"))), nil
		}},
		{Py: "format(1/3, '.10')", Fn: fmtS(".10", rttest.F(1.0/3))},
		{Py: "format(3, 'abc')", Fn: fmtS("abc", rttest.I(3))},
		{Py: "format('a', ',s')", Fn: fmtS(",s", rttest.S("a"))},
		{Py: "format('a', '+')", Fn: fmtS("+", rttest.S("a"))},
		{Py: "format('a', '=5')", Fn: fmtS("=5", rttest.S("a"))},
		{Py: "format(3, '.2d')", Fn: fmtS(".2d", rttest.I(3))},
		{Py: "format(3.0, '.')", Fn: fmtS(".", rttest.F(3))},
		{Py: "format(3, 'q')", Fn: fmtS("q", rttest.I(3))},
		{Py: "format(float('inf'), '.2f'), format(float('nan'), '>6'), format(-float('inf'), 'e')", Fn: func() (rt.Value, *rt.Exc) {
			inf := rttest.Must(rttest.CallB("float", rttest.S("inf")))
			nan := rttest.Must(rttest.CallB("float", rttest.S("nan")))
			return rttest.T(rttest.Must(rt.FormatValue(inf, ".2f")), rttest.Must(rt.FormatValue(nan, ">6")), rttest.Must(rt.FormatValue(rttest.Must(rt.Neg(inf)), "e"))), nil
		}},
		{Py: "format([1], ''), format(None, '')", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rt.FormatValue(rttest.L(rttest.I(1)), "")), rttest.Must(rt.FormatValue(rt.None, ""))), nil
		}},
		{Py: "format(None, '>5')", Fn: fmtS(">5", rt.None)},
		{Py: "str(b'a\\x00\\'')", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("str", rt.Bytes([]byte("a\x00'"))) }},
		{Py: "b'\\x01\\xff'.hex()", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rt.Bytes([]byte{1, 255}), "hex") }},
		{Py: "'héllo'.encode()", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rttest.S("héllo"), "encode") }},
		{Py: "b'h\\xc3\\xa9'.decode()", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(rt.Bytes([]byte("h\xc3\xa9")), "decode") }},
		{Py: "'abc'.removeprefix('a'), 'abc'.removesuffix('c')", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.Meth(rttest.S("abc"), "removeprefix", rttest.S("a"))), rttest.Must(rttest.Meth(rttest.S("abc"), "removesuffix", rttest.S("c")))), nil
		}},
		{Py: "ascii('é€😀')", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("ascii", rttest.S("é€😀")) }},
		{Py: "chr(233), ord('é')", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("chr", rttest.I(233))), rttest.Must(rttest.CallB("ord", rttest.S("é")))), nil
		}},
		{Py: "chr(-1)", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("chr", rttest.I(-1)) }},
		{Py: "' a b c'.rsplit(None, 1), 'a b c '.split(None, 1)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.Meth(rttest.S(" a b c"), "rsplit", rt.None, rttest.I(1))), rttest.Must(rttest.Meth(rttest.S("a b c "), "split", rt.None, rttest.I(1)))), nil
		}},
		{Py: "ord('ab')", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("ord", rttest.S("ab")) }},
		{Py: "list('aé')", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("list", rttest.S("aé")) }},
		{Py: "str(123), str(-1.5e-7), repr(1e22), repr(123456789012345678.0)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.CallB("str", rttest.I(123))), rttest.Must(rttest.CallB("str", rttest.F(-1.5e-7))), rttest.Must(rt.Repr(rttest.F(1e22))), rttest.Must(rt.Repr(rttest.F(123456789012345678.0)))), nil
		}},
		{Py: "'abc'.translate(str.maketrans('ab', 'xy', 'c'))", Fn: func() (rt.Value, *rt.Exc) {
			tab := rttest.Must(rt.CallMethod(rt.Obj(rt.StrType), "maketrans", []rt.Value{rttest.S("ab"), rttest.S("xy"), rttest.S("c")}, nil))
			return rttest.Meth(rttest.S("abc"), "translate", tab)
		}},
	}
	rttest.CheckCases(t, cases)
}

func TestBytesVsCPython(t *testing.T) {
	B := func(s string) rt.Value { return rt.Bytes([]byte(s)) }
	rttest.CheckCases(t, []rttest.PyCase{
		{Py: "b'  hi \\n'.strip(), b'xxhixx'.strip(b'x'), b'a b  c'.split(), b'a,b'.split(b','), b'-'.join([b'a', b'b']), b'aaa'.replace(b'a', b'b', 2)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.Meth(B("  hi \n"), "strip")), rttest.Must(rttest.Meth(B("xxhixx"), "strip", B("x"))), rttest.Must(rttest.Meth(B("a b  c"), "split")), rttest.Must(rttest.Meth(B("a,b"), "split", B(","))), rttest.Must(rttest.Meth(B("-"), "join", rttest.L(B("a"), B("b")))), rttest.Must(rttest.Meth(B("aaa"), "replace", B("a"), B("b"), rttest.I(2)))), nil
		}},
		{Py: "b'hello'.find(b'l'), b'hello'.rfind(108), b'hello'.count(b'l'), b'Hi'.upper(), b'Hi'.lower(), b'12'.isdigit(), b'a=b'.partition(b'='), b'a\\r\\nb\\nc'.splitlines()", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(rttest.Meth(B("hello"), "find", B("l"))), rttest.Must(rttest.Meth(B("hello"), "rfind", rttest.I(108))), rttest.Must(rttest.Meth(B("hello"), "count", B("l"))), rttest.Must(rttest.Meth(B("Hi"), "upper")), rttest.Must(rttest.Meth(B("Hi"), "lower")), rttest.Must(rttest.Meth(B("12"), "isdigit")), rttest.Must(rttest.Meth(B("a=b"), "partition", B("="))), rttest.Must(rttest.Meth(B("a\r\nb\nc"), "splitlines"))), nil
		}},
		{Py: "b'x'.index(b'y')", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(B("x"), "index", B("y")) }},
		{Py: "b'-'.join(['a'])", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(B("-"), "join", rttest.L(rttest.S("a"))) }},
	})
}
