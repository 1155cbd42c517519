package rt

import "testing"

func fmtS(spec string, v Value) func() (Value, *Exc) {
	return func() (Value, *Exc) { return FormatValue(v, spec) }
}

func TestStringsVsCPython(t *testing.T) {
	cases := []PyCase{
		{"'a' + 'b'", func() (Value, *Exc) { return Add(S("a"), S("b")) }},
		{"'a' + 1", func() (Value, *Exc) { return Add(S("a"), I(1)) }},
		{"'abc'[1], 'abc'[-1], 'abc'[1:], 'abc'[::-1], 'abcdef'[1:5:2]", func() (Value, *Exc) {
			a := S("abc")
			return T(Must(GetItem(a, I(1))), Must(GetItem(a, I(-1))), Must(GetItem(a, NewSlice(I(1), Null, Null))),
				Must(GetItem(a, NewSlice(Null, Null, I(-1)))), Must(GetItem(S("abcdef"), NewSlice(I(1), I(5), I(2))))), nil
		}},
		{"'héllo'[1], 'héllo'[1:3], len('héllo€')", func() (Value, *Exc) {
			a := S("héllo")
			return T(Must(GetItem(a, I(1))), Must(GetItem(a, NewSlice(I(1), I(3), Null))), Must(CallB("len", S("héllo€")))), nil
		}},
		{"'abc'[5]", func() (Value, *Exc) { return GetItem(S("abc"), I(5)) }},
		{"'abc'['x']", func() (Value, *Exc) { return GetItem(S("abc"), S("x")) }},
		{"', '.join(['a', 'b'])", func() (Value, *Exc) { return Meth(S(", "), "join", L(S("a"), S("b"))) }},
		{"', '.join(['a', 1])", func() (Value, *Exc) { return Meth(S(", "), "join", L(S("a"), I(1))) }},
		{"' a  b c '.split()", func() (Value, *Exc) { return Meth(S(" a  b c "), "split") }},
		{"'a,b,,c'.split(',')", func() (Value, *Exc) { return Meth(S("a,b,,c"), "split", S(",")) }},
		{"'a,b,,c'.split(',', 1)", func() (Value, *Exc) { return Meth(S("a,b,,c"), "split", S(","), I(1)) }},
		{"'a b c'.rsplit(None, 1)", func() (Value, *Exc) { return Meth(S("a b c"), "rsplit", None, I(1)) }},
		{"'a,b,c'.rsplit(',', 1)", func() (Value, *Exc) { return Meth(S("a,b,c"), "rsplit", S(","), I(1)) }},
		{"'  x y  '.split(maxsplit=1)", func() (Value, *Exc) {
			return CallMethod(S("  x y  "), "split", []Value{I(1)}, []string{"maxsplit"})
		}},
		{"'a\\nb\\r\\nc'.splitlines()", func() (Value, *Exc) { return Meth(S("a\nb\r\nc"), "splitlines") }},
		{"'  hi  '.strip(), 'xxhixx'.strip('x'), '  hi'.lstrip(), 'hi  '.rstrip()", func() (Value, *Exc) {
			return T(Must(Meth(S("  hi  "), "strip")), Must(Meth(S("xxhixx"), "strip", S("x"))), Must(Meth(S("  hi"), "lstrip")), Must(Meth(S("hi  "), "rstrip"))), nil
		}},
		{"'Hello'.upper(), 'Hello'.lower(), 'hello world'.title(), 'hELLO'.capitalize(), 'Hello'.swapcase()", func() (Value, *Exc) {
			return T(Must(Meth(S("Hello"), "upper")), Must(Meth(S("Hello"), "lower")), Must(Meth(S("hello world"), "title")), Must(Meth(S("hELLO"), "capitalize")), Must(Meth(S("Hello"), "swapcase"))), nil
		}},
		{"'hello'.startswith('he'), 'hello'.endswith(('x', 'lo')), 'hello'.startswith('l', 2)", func() (Value, *Exc) {
			return T(Must(Meth(S("hello"), "startswith", S("he"))), Must(Meth(S("hello"), "endswith", T(S("x"), S("lo")))), Must(Meth(S("hello"), "startswith", S("l"), I(2)))), nil
		}},
		{"'aaa'.replace('a', 'b', 2)", func() (Value, *Exc) { return Meth(S("aaa"), "replace", S("a"), S("b"), I(2)) }},
		{"'héllo'.find('l'), 'hello'.rfind('l'), 'hello'.find('z'), 'hello'.find('l', 3)", func() (Value, *Exc) {
			return T(Must(Meth(S("héllo"), "find", S("l"))), Must(Meth(S("hello"), "rfind", S("l"))), Must(Meth(S("hello"), "find", S("z"))), Must(Meth(S("hello"), "find", S("l"), I(3)))), nil
		}},
		{"'hello'.index('z')", func() (Value, *Exc) { return Meth(S("hello"), "index", S("z")) }},
		{"'banana'.count('a'), ''.count('')", func() (Value, *Exc) {
			return T(Must(Meth(S("banana"), "count", S("a"))), Must(Meth(S(""), "count", S("")))), nil
		}},
		{"'123'.isdigit(), ''.isdigit(), 'abc'.isalpha(), 'a1'.isalnum(), ' \\t'.isspace(), 'ABC'.isupper(), 'abc'.islower()", func() (Value, *Exc) {
			return T(Must(Meth(S("123"), "isdigit")), Must(Meth(S(""), "isdigit")), Must(Meth(S("abc"), "isalpha")), Must(Meth(S("a1"), "isalnum")), Must(Meth(S(" \t"), "isspace")), Must(Meth(S("ABC"), "isupper")), Must(Meth(S("abc"), "islower"))), nil
		}},
		{"'ab'.center(7, '*'), 'ab'.center(6), 'ab'.ljust(5) + '|', 'ab'.rjust(5), '-42'.zfill(6)", func() (Value, *Exc) {
			return T(Must(Meth(S("ab"), "center", I(7), S("*"))), Must(Meth(S("ab"), "center", I(6))), Must(Add(Must(Meth(S("ab"), "ljust", I(5))), S("|"))), Must(Meth(S("ab"), "rjust", I(5))), Must(Meth(S("-42"), "zfill", I(6)))), nil
		}},
		{"'abc'.center(6), 'abcd'.center(7), 'a'.center(4)", func() (Value, *Exc) {
			return T(Must(Meth(S("abc"), "center", I(6))), Must(Meth(S("abcd"), "center", I(7))), Must(Meth(S("a"), "center", I(4)))), nil
		}},
		{"'a=b=c'.partition('='), 'a=b=c'.rpartition('='), 'abc'.partition('x')", func() (Value, *Exc) {
			return T(Must(Meth(S("a=b=c"), "partition", S("="))), Must(Meth(S("a=b=c"), "rpartition", S("="))), Must(Meth(S("abc"), "partition", S("x")))), nil
		}},
		{"'a\\tb'.expandtabs(4)", func() (Value, *Exc) { return Meth(S("a\tb"), "expandtabs", I(4)) }},
		{"'x' in 'abc', 'b' in 'abc'", func() (Value, *Exc) {
			a, _ := In(S("x"), S("abc"))
			b, _ := In(S("b"), S("abc"))
			return T(Bool(a), Bool(b)), nil
		}},
		{"1 in 'abc'", func() (Value, *Exc) {
			r, e := In(I(1), S("abc"))
			return Bool(r), e
		}},
		{"'a' < 'b', 'abc' < 'abd', 'Z' < 'a', 'é' > 'z'", func() (Value, *Exc) {
			return T(Must(Lt(S("a"), S("b"))), Must(Lt(S("abc"), S("abd"))), Must(Lt(S("Z"), S("a"))), Must(Gt(S("é"), S("z")))), nil
		}},
		{"repr('it\\'s'), repr('a\"b'), repr('\\n\\x00é\\u2028')", func() (Value, *Exc) {
			return T(Must(Repr(S("it's"))), Must(Repr(S("a\"b"))), Must(Repr(S("\n\x00é\u2028")))), nil
		}},
		{"str(1.0), str(None), str(True), str([1, 'a']), str(())", func() (Value, *Exc) {
			return T(Must(CallB("str", F(1))), Must(CallB("str", None)), Must(CallB("str", True)), Must(CallB("str", L(I(1), S("a")))), Must(CallB("str", T()))), nil
		}},
		{"'%s and %r' % ('a', 'b')", func() (Value, *Exc) { return Mod(S("%s and %r"), T(S("a"), S("b"))) }},
		{"'%d items, %5.2f%%' % (3, 2.5)", func() (Value, *Exc) { return Mod(S("%d items, %5.2f%%"), T(I(3), F(2.5))) }},
		{"'%-5s|%05d|%x|%#o|%+d|% d' % ('ab', 42, 255, 8, 1, 2)", func() (Value, *Exc) {
			return Mod(S("%-5s|%05d|%x|%#o|%+d|% d"), T(S("ab"), I(42), I(255), I(8), I(1), I(2)))
		}},
		{"'%(a)s-%(b)d' % {'a': 1, 'b': 2}", func() (Value, *Exc) { return Mod(S("%(a)s-%(b)d"), D(S("a"), I(1), S("b"), I(2))) }},
		{"'%s' % [1, 2]", func() (Value, *Exc) { return Mod(S("%s"), L(I(1), I(2))) }},
		{"'%d' % 'x'", func() (Value, *Exc) { return Mod(S("%d"), S("x")) }},
		{"'%s %s' % (1,)", func() (Value, *Exc) { return Mod(S("%s %s"), T(I(1))) }},
		{"'%s' % (1, 2)", func() (Value, *Exc) { return Mod(S("%s"), T(I(1), I(2))) }},
		{"'%.3e|%g|%G' % (12345.678, 0.00001234, 1e20)", func() (Value, *Exc) {
			return Mod(S("%.3e|%g|%G"), T(F(12345.678), F(0.00001234), F(1e20)))
		}},
		{"'%c%c' % (65, 'b')", func() (Value, *Exc) { return Mod(S("%c%c"), T(I(65), S("b"))) }},
		{"'{} {}'.format(1, 'a')", func() (Value, *Exc) { return Meth(S("{} {}"), "format", I(1), S("a")) }},
		{"'{1}{0}{1}'.format('a', 'b')", func() (Value, *Exc) { return Meth(S("{1}{0}{1}"), "format", S("a"), S("b")) }},
		{"'{x}:{y!r}'.format(x=1, y='s')", func() (Value, *Exc) {
			return CallMethod(S("{x}:{y!r}"), "format", []Value{I(1), S("s")}, []string{"x", "y"})
		}},
		{"'{0[1]}{0[0]}'.format(['a', 'b'])", func() (Value, *Exc) { return Meth(S("{0[1]}{0[0]}"), "format", L(S("a"), S("b"))) }},
		{"'{:{w}.{p}f}'.format(3.14159, w=8, p=2)", func() (Value, *Exc) {
			return CallMethod(S("{:{w}.{p}f}"), "format", []Value{F(3.14159), I(8), I(2)}, []string{"w", "p"})
		}},
		{"'{{}} {}'.format(1)", func() (Value, *Exc) { return Meth(S("{{}} {}"), "format", I(1)) }},
		{"'{} {}'.format(1)", func() (Value, *Exc) { return Meth(S("{} {}"), "format", I(1)) }},
		{"'{0} {}'.format(1, 2)", func() (Value, *Exc) { return Meth(S("{0} {}"), "format", I(1), I(2)) }},
		{"'}'.format()", func() (Value, *Exc) { return Meth(S("}"), "format") }},
		{"'{a}'.format()", func() (Value, *Exc) { return Meth(S("{a}"), "format") }},
		{"format(3.14159, '0.2f')", fmtS("0.2f", F(3.14159))},
		{"format(12.5, '0.5f')", fmtS("0.5f", F(12.5))},
		{"format('x', '>10')", fmtS(">10", S("x"))},
		{"format(1234567, ',')", fmtS(",", I(1234567))},
		{"format(1234, '08,')", fmtS("08,", I(1234))},
		{"format(1234567.891, ',')", fmtS(",", F(1234567.891))},
		{"format(0xabcdef12, '_x')", fmtS("_x", I(0xabcdef12))},
		{"format(255, '#x'), format(255, '#X'), format(5, '#b'), format(8, 'o')", func() (Value, *Exc) {
			return T(Must(FormatValue(I(255), "#x")), Must(FormatValue(I(255), "#X")), Must(FormatValue(I(5), "#b")), Must(FormatValue(I(8), "o"))), nil
		}},
		{"format(1.5, '>10')", fmtS(">10", F(1.5))},
		{"format(1.23456, '.3')", fmtS(".3", F(1.23456))},
		{"format(1234.5, '.3')", fmtS(".3", F(1234.5))},
		{"format(1e16, 'g'), format(1e16, '')", func() (Value, *Exc) {
			return T(Must(FormatValue(F(1e16), "g")), Must(FormatValue(F(1e16), ""))), nil
		}},
		{"format(0.1234, '.2%')", fmtS(".2%", F(0.1234))},
		{"format(65, 'c')", fmtS("c", I(65))},
		{"format(0.0, 'e')", fmtS("e", F(0))},
		{"format(-3.14159, '08.2f')", fmtS("08.2f", F(-3.14159))},
		{"format('ab', '^9')", fmtS("^9", S("ab"))},
		{"format(7, '*<6')", fmtS("*<6", I(7))},
		{"format(-0.01, 'z.1f')", fmtS("z.1f", F(-0.01))},
		{"format(True, ',d'), format(True, ''), format(True, '5')", func() (Value, *Exc) {
			return T(Must(FormatValue(True, ",d")), Must(FormatValue(True, "")), Must(FormatValue(True, "5"))), nil
		}},
		{"format(2.5, '.0f'), format(0.05, '.1f'), format(0.125, '.2f')", func() (Value, *Exc) {
			return T(Must(FormatValue(F(2.5), ".0f")), Must(FormatValue(F(0.05), ".1f")), Must(FormatValue(F(0.125), ".2f"))), nil
		}},
		{"format(12345.678, '10.3e')", fmtS("10.3e", F(12345.678))},
		{"format(5, '+d'), format(5, ' d'), format(-255, 'x')", func() (Value, *Exc) {
			return T(Must(FormatValue(I(5), "+d")), Must(FormatValue(I(5), " d")), Must(FormatValue(I(-255), "x"))), nil
		}},
		{"format(1234567.0, ',.2f')", fmtS(",.2f", F(1234567))},
		{"format('x', '.2f')", fmtS(".2f", S("x"))},
		{"format(1.5, 'd')", fmtS("d", F(1.5))},
		{"format(10**20, 'f')", fmtS("f", Must(Pow(I(10), I(20))))},
		{"format(0.0001234, '.3g'), format(123456789, 'g')", func() (Value, *Exc) {
			return T(Must(FormatValue(F(0.0001234), ".3g")), Must(FormatValue(I(123456789), "g"))), nil
		}},
		{"format(1/3, '.10')", fmtS(".10", F(1.0/3))},
		{"format(3, 'abc')", fmtS("abc", I(3))},
		{"format('a', ',s')", fmtS(",s", S("a"))},
		{"format('a', '+')", fmtS("+", S("a"))},
		{"format('a', '=5')", fmtS("=5", S("a"))},
		{"format(3, '.2d')", fmtS(".2d", I(3))},
		{"format(3.0, '.')", fmtS(".", F(3))},
		{"format(3, 'q')", fmtS("q", I(3))},
		{"format(float('inf'), '.2f'), format(float('nan'), '>6'), format(-float('inf'), 'e')", func() (Value, *Exc) {
			inf := Must(CallB("float", S("inf")))
			nan := Must(CallB("float", S("nan")))
			return T(Must(FormatValue(inf, ".2f")), Must(FormatValue(nan, ">6")), Must(FormatValue(Must(Neg(inf)), "e"))), nil
		}},
		{"format([1], ''), format(None, '')", func() (Value, *Exc) {
			return T(Must(FormatValue(L(I(1)), "")), Must(FormatValue(None, ""))), nil
		}},
		{"format(None, '>5')", fmtS(">5", None)},
		{"str(b'a\\x00\\'')", func() (Value, *Exc) { return CallB("str", Bytes([]byte("a\x00'"))) }},
		{"b'\\x01\\xff'.hex()", func() (Value, *Exc) { return Meth(Bytes([]byte{1, 255}), "hex") }},
		{"'héllo'.encode()", func() (Value, *Exc) { return Meth(S("héllo"), "encode") }},
		{"b'h\\xc3\\xa9'.decode()", func() (Value, *Exc) { return Meth(Bytes([]byte("h\xc3\xa9")), "decode") }},
		{"'abc'.removeprefix('a'), 'abc'.removesuffix('c')", func() (Value, *Exc) {
			return T(Must(Meth(S("abc"), "removeprefix", S("a"))), Must(Meth(S("abc"), "removesuffix", S("c")))), nil
		}},
		{"ascii('é€😀')", func() (Value, *Exc) { return CallB("ascii", S("é€😀")) }},
		{"chr(233), ord('é')", func() (Value, *Exc) {
			return T(Must(CallB("chr", I(233))), Must(CallB("ord", S("é")))), nil
		}},
		{"chr(-1)", func() (Value, *Exc) { return CallB("chr", I(-1)) }},
		{"' a b c'.rsplit(None, 1), 'a b c '.split(None, 1)", func() (Value, *Exc) {
			return T(Must(Meth(S(" a b c"), "rsplit", None, I(1))), Must(Meth(S("a b c "), "split", None, I(1)))), nil
		}},
		{"ord('ab')", func() (Value, *Exc) { return CallB("ord", S("ab")) }},
		{"list('aé')", func() (Value, *Exc) { return CallB("list", S("aé")) }},
		{"str(123), str(-1.5e-7), repr(1e22), repr(123456789012345678.0)", func() (Value, *Exc) {
			return T(Must(CallB("str", I(123))), Must(CallB("str", F(-1.5e-7))), Must(Repr(F(1e22))), Must(Repr(F(123456789012345678.0)))), nil
		}},
		{"'abc'.translate(str.maketrans('ab', 'xy', 'c'))", func() (Value, *Exc) {
			tab := Must(CallMethod(Obj(StrType), "maketrans", []Value{S("ab"), S("xy"), S("c")}, nil))
			return Meth(S("abc"), "translate", tab)
		}},
	}
	CheckCases(t, cases)
}

func TestBytesVsCPython(t *testing.T) {
	B := func(s string) Value { return Bytes([]byte(s)) }
	CheckCases(t, []PyCase{
		{"b'  hi \\n'.strip(), b'xxhixx'.strip(b'x'), b'a b  c'.split(), b'a,b'.split(b','), b'-'.join([b'a', b'b']), b'aaa'.replace(b'a', b'b', 2)", func() (Value, *Exc) {
			return T(Must(Meth(B("  hi \n"), "strip")), Must(Meth(B("xxhixx"), "strip", B("x"))), Must(Meth(B("a b  c"), "split")), Must(Meth(B("a,b"), "split", B(","))), Must(Meth(B("-"), "join", L(B("a"), B("b")))), Must(Meth(B("aaa"), "replace", B("a"), B("b"), I(2)))), nil
		}},
		{"b'hello'.find(b'l'), b'hello'.rfind(108), b'hello'.count(b'l'), b'Hi'.upper(), b'Hi'.lower(), b'12'.isdigit(), b'a=b'.partition(b'='), b'a\\r\\nb\\nc'.splitlines()", func() (Value, *Exc) {
			return T(Must(Meth(B("hello"), "find", B("l"))), Must(Meth(B("hello"), "rfind", I(108))), Must(Meth(B("hello"), "count", B("l"))), Must(Meth(B("Hi"), "upper")), Must(Meth(B("Hi"), "lower")), Must(Meth(B("12"), "isdigit")), Must(Meth(B("a=b"), "partition", B("="))), Must(Meth(B("a\r\nb\nc"), "splitlines"))), nil
		}},
		{"b'x'.index(b'y')", func() (Value, *Exc) { return Meth(B("x"), "index", B("y")) }},
		{"b'-'.join(['a'])", func() (Value, *Exc) { return Meth(B("-"), "join", L(S("a"))) }},
	})
}
