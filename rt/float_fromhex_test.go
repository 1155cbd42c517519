package rt_test

import (
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// float.fromhex against python3: rounding half to even at 53 bits and in
// the subnormal range, overflow, inf/nan spellings, optional 0x and
// exponent, whitespace, and the malformed strings.
func TestFloatFromHex(t *testing.T) {
	inputs := []string{"0x1.8p1", " 0X1.8P+1 ", "-0x1p-1074", "0x1p-1075", "0x3p-1076",
		"0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.0000000000001p0", "inf", "-Infinity",
		"nan", "0x1p1024", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "1", "0x.8",
		"0x1.", "-0x0p0", "zz", "0x", "0x1p", "0x.p1", "0xabcp-3", "0x1p+", "1e5", "0x1p1 x", ""}
	var cases []rttest.PyCase
	fromhex := rttest.Must(rt.GetAttr(rt.Obj(rt.FloatType), "fromhex"))
	for _, in := range inputs {
		in := in
		cases = append(cases, rttest.PyCase{Py: "float.fromhex(" + pyStrLit(in) + ")", Fn: func() (rt.Value, *rt.Exc) {
			return rt.Call(fromhex, []rt.Value{rttest.S(in)}, nil)
		}})
	}
	rttest.CheckCases(t, cases)
}

func pyStrLit(s string) string {
	r, _ := rt.ToRepr(rttest.S(s))
	return r
}
