package rt

import "testing"

// bytearray and the Unicode{De,En}codeError attributes against python3.
func TestByteArrayAndUnicodeErrorsVsCPython(t *testing.T) {
	ba := func(s string) Value { return Must(CallB("bytearray", Bytes([]byte(s)))) }
	errOf := func(f func() (Value, *Exc)) Value {
		_, e := f()
		if e == nil {
			return None
		}
		x := Obj(e)
		str, _ := ToStr(x)
		g := func(n string) Value { return Must(GetAttr(x, n)) }
		return T(S(e.Class.Name), S(str), g("encoding"), g("object"), g("start"), g("end"), g("reason"), g("args"))
	}
	const errPy = "def err(f):\n    try:\n        f()\n    except UnicodeError as e:\n        return (type(e).__name__, str(e), e.encoding, e.object, e.start, e.end, e.reason, e.args)\n"
	cases := []PyCase{
		{"b = bytearray(b'xy')\n(b, len(b), b[0], b[0:1], list(b), b == b'xy', b'xy' == b, b + b'z', b'z' + b, b * 2, bytearray(3), bytearray([1, 2]), bytearray())", func() (Value, *Exc) {
			b := ba("xy")
			return T(b, Must(CallB("len", b)), Must(GetItem(b, I(0))), Must(GetItem(b, NewSlice(I(0), I(1), Null))), Must(CallB("list", b)),
				Must(Eq(b, Bytes([]byte("xy")))), Must(Eq(Bytes([]byte("xy")), b)), Must(Add(b, Bytes([]byte("z")))), Must(Add(Bytes([]byte("z")), b)),
				Must(Mul(b, I(2))), Must(CallB("bytearray", I(3))), Must(CallB("bytearray", L(I(1), I(2)))), Must(CallB("bytearray"))), nil
		}},
		{"b = bytearray(b'xy')\nb.append(65)\nb.extend([66, 67])\nb.extend(b'DE')\nb[0] = 122\np = b.pop()\n(b, p, b.upper(), b.decode(), b.hex(), bytes(b), b.split(b'A'), b'y' in b)", func() (Value, *Exc) {
			b := ba("xy")
			Must(Meth(b, "append", I(65)))
			Must(Meth(b, "extend", L(I(66), I(67))))
			Must(Meth(b, "extend", Bytes([]byte("DE"))))
			Must(None, SetItem(b, I(0), I(122)))
			p := Must(Meth(b, "pop"))
			return T(b, p, Must(Meth(b, "upper")), Must(Meth(b, "decode")), Must(Meth(b, "hex")), Must(CallB("bytes", b)),
				Must(Meth(b, "split", Bytes([]byte("A")))), Must(CallB("isinstance", b, Obj(ByteArrayType)))), nil
		}},
		{"hash(bytearray())", func() (Value, *Exc) { return CallB("hash", ba("")) }},
		{"bytearray(b'x').append(256)", func() (Value, *Exc) { return Meth(ba("x"), "append", I(256)) }},
		{"bytearray(b'x')[5]", func() (Value, *Exc) { return GetItem(ba("x"), I(5)) }},
	}
	for _, c := range []struct{ py, b, enc string }{
		{`b'caf\xc3\xa9'`, "caf\xc3\xa9", "ascii"}, {`b'a\xc3'`, "a\xc3", "utf-8"}, {`b'a\xc3('`, "a\xc3(", "utf-8"},
		{`b'\xf0\x9f\x98x'`, "\xf0\x9f\x98x", "utf-8"}, {`b'ab\xe2\x82'`, "ab\xe2\x82", "utf-8"}, {`b'\xed\xa0\x80'`, "\xed\xa0\x80", "utf-8"},
	} {
		c := c
		cases = append(cases, PyCase{errPy + "err(lambda: " + c.py + ".decode('" + c.enc + "'))", func() (Value, *Exc) {
			return errOf(func() (Value, *Exc) { return Meth(Bytes([]byte(c.b)), "decode", S(c.enc)) }), nil
		}})
	}
	for _, c := range []struct{ s, enc string }{{"aéxé", "ascii"}, {"aéé", "ascii"}, {"a\U0001f600", "latin-1"}, {"x€", "latin-1"}} {
		c := c
		cases = append(cases, PyCase{errPy + "err(lambda: " + pyStrLit(c.s) + ".encode('" + c.enc + "'))", func() (Value, *Exc) {
			return errOf(func() (Value, *Exc) { return Meth(S(c.s), "encode", S(c.enc)) }), nil
		}})
	}
	cases = append(cases,
		PyCase{"e = UnicodeDecodeError('ascii', b'abc', 1, 3, 'bad')\n(e, str(e), e.args)", func() (Value, *Exc) {
			e := Must(Call(Obj(ExcUnicodeDecodeError), []Value{S("ascii"), Bytes([]byte("abc")), I(1), I(3), S("bad")}, nil))
			return T(e, Must(CallB("str", e)), Must(GetAttr(e, "args"))), nil
		}},
		PyCase{"UnicodeDecodeError('x')", func() (Value, *Exc) { return Call(Obj(ExcUnicodeDecodeError), []Value{S("x")}, nil) }},
	)
	CheckCases(t, cases)
}
