package rt_test

import (
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// bytearray and the Unicode{De,En}codeError attributes against python3.
func TestByteArrayAndUnicodeErrorsVsCPython(t *testing.T) {
	ba := func(s string) rt.Value { return rttest.Must(rttest.CallB("bytearray", rt.Bytes([]byte(s)))) }
	errOf := func(f func() (rt.Value, *rt.Exc)) rt.Value {
		_, e := f()
		if e == nil {
			return rt.None
		}
		x := rt.Obj(e)
		str, _ := rt.ToStr(x)
		g := func(n string) rt.Value { return rttest.Must(rt.GetAttr(x, n)) }
		return rttest.T(rttest.S(e.Class.Name), rttest.S(str), g("encoding"), g("object"), g("start"), g("end"), g("reason"), g("args"))
	}
	const errPy = "def err(f):\n    try:\n        f()\n    except UnicodeError as e:\n        return (type(e).__name__, str(e), e.encoding, e.object, e.start, e.end, e.reason, e.args)\n"
	cases := []rttest.PyCase{
		{Py: "b = bytearray(b'xy')\n(b, len(b), b[0], b[0:1], list(b), b == b'xy', b'xy' == b, b + b'z', b'z' + b, b * 2, bytearray(3), bytearray([1, 2]), bytearray())", Fn: func() (rt.Value, *rt.Exc) {
			b := ba("xy")
			return rttest.T(b, rttest.Must(rttest.CallB("len", b)), rttest.Must(rt.GetItem(b, rttest.I(0))), rttest.Must(rt.GetItem(b, rt.NewSlice(rttest.I(0), rttest.I(1), rt.Null))), rttest.Must(rttest.CallB("list", b)),
				rttest.Must(rt.Eq(b, rt.Bytes([]byte("xy")))), rttest.Must(rt.Eq(rt.Bytes([]byte("xy")), b)), rttest.Must(rt.Add(b, rt.Bytes([]byte("z")))), rttest.Must(rt.Add(rt.Bytes([]byte("z")), b)),
				rttest.Must(rt.Mul(b, rttest.I(2))), rttest.Must(rttest.CallB("bytearray", rttest.I(3))), rttest.Must(rttest.CallB("bytearray", rttest.L(rttest.I(1), rttest.I(2)))), rttest.Must(rttest.CallB("bytearray"))), nil
		}},
		{Py: "b = bytearray(b'xy')\nb.append(65)\nb.extend([66, 67])\nb.extend(b'DE')\nb[0] = 122\np = b.pop()\n(b, p, b.upper(), b.decode(), b.hex(), bytes(b), b.split(b'A'), b'y' in b)", Fn: func() (rt.Value, *rt.Exc) {
			b := ba("xy")
			rttest.Must(rttest.Meth(b, "append", rttest.I(65)))
			rttest.Must(rttest.Meth(b, "extend", rttest.L(rttest.I(66), rttest.I(67))))
			rttest.Must(rttest.Meth(b, "extend", rt.Bytes([]byte("DE"))))
			rttest.Must(rt.None, rt.SetItem(b, rttest.I(0), rttest.I(122)))
			p := rttest.Must(rttest.Meth(b, "pop"))
			return rttest.T(b, p, rttest.Must(rttest.Meth(b, "upper")), rttest.Must(rttest.Meth(b, "decode")), rttest.Must(rttest.Meth(b, "hex")), rttest.Must(rttest.CallB("bytes", b)),
				rttest.Must(rttest.Meth(b, "split", rt.Bytes([]byte("A")))), rttest.Must(rttest.CallB("isinstance", b, rt.Obj(rt.ByteArrayType)))), nil
		}},
		{Py: "hash(bytearray())", Fn: func() (rt.Value, *rt.Exc) { return rttest.CallB("hash", ba("")) }},
		{Py: "bytearray(b'x').append(256)", Fn: func() (rt.Value, *rt.Exc) { return rttest.Meth(ba("x"), "append", rttest.I(256)) }},
		{Py: "bytearray(b'x')[5]", Fn: func() (rt.Value, *rt.Exc) { return rt.GetItem(ba("x"), rttest.I(5)) }},
	}
	for _, c := range []struct{ py, b, enc string }{
		{`b'caf\xc3\xa9'`, "caf\xc3\xa9", "ascii"}, {`b'a\xc3'`, "a\xc3", "utf-8"}, {`b'a\xc3('`, "a\xc3(", "utf-8"},
		{`b'\xf0\x9f\x98x'`, "\xf0\x9f\x98x", "utf-8"}, {`b'ab\xe2\x82'`, "ab\xe2\x82", "utf-8"}, {`b'\xed\xa0\x80'`, "\xed\xa0\x80", "utf-8"},
	} {
		c := c
		cases = append(cases, rttest.PyCase{Py: errPy + "err(lambda: " + c.py + ".decode('" + c.enc + "'))", Fn: func() (rt.Value, *rt.Exc) {
			return errOf(func() (rt.Value, *rt.Exc) { return rttest.Meth(rt.Bytes([]byte(c.b)), "decode", rttest.S(c.enc)) }), nil
		}})
	}
	for _, c := range []struct{ s, enc string }{{"aéxé", "ascii"}, {"aéé", "ascii"}, {"a\U0001f600", "latin-1"}, {"x€", "latin-1"}} {
		c := c
		cases = append(cases, rttest.PyCase{Py: errPy + "err(lambda: " + pyStrLit(c.s) + ".encode('" + c.enc + "'))", Fn: func() (rt.Value, *rt.Exc) {
			return errOf(func() (rt.Value, *rt.Exc) { return rttest.Meth(rttest.S(c.s), "encode", rttest.S(c.enc)) }), nil
		}})
	}
	cases = append(cases,
		rttest.PyCase{Py: "e = UnicodeDecodeError('ascii', b'abc', 1, 3, 'bad')\n(e, str(e), e.args)", Fn: func() (rt.Value, *rt.Exc) {
			e := rttest.Must(rt.Call(rt.Obj(rt.ExcUnicodeDecodeError), []rt.Value{rttest.S("ascii"), rt.Bytes([]byte("abc")), rttest.I(1), rttest.I(3), rttest.S("bad")}, nil))
			return rttest.T(e, rttest.Must(rttest.CallB("str", e)), rttest.Must(rt.GetAttr(e, "args"))), nil
		}},
		rttest.PyCase{Py: "UnicodeDecodeError('x')", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Call(rt.Obj(rt.ExcUnicodeDecodeError), []rt.Value{rttest.S("x")}, nil)
		}},
	)
	rttest.CheckCases(t, cases)
}
