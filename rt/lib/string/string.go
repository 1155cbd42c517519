package string

import (
	"strings"

	"github.com/py2goasync/py2goasync/rt"
)

// string: the constants and capwords.

func init() {
	m := rt.DefineModule("string")
	const lower, upper = "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	const digits, punct, ws = "0123456789", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", " \t\n\r\x0b\x0c"
	m.Set("ascii_lowercase", rt.Str(lower))
	m.Set("ascii_uppercase", rt.Str(upper))
	m.Set("ascii_letters", rt.Str(lower+upper))
	m.Set("digits", rt.Str(digits))
	m.Set("hexdigits", rt.Str(digits+"abcdefABCDEF"))
	m.Set("octdigits", rt.Str("01234567"))
	m.Set("punctuation", rt.Str(punct))
	m.Set("whitespace", rt.Str(ws))
	m.Set("printable", rt.Str(digits+lower+upper+punct+ws))
	m.Fn("capwords", stringCapwords)
}

// stringCapwords is string.capwords.
func stringCapwords(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("capwords", args, kw, []string{"s", "sep"}, 1)
	if e != nil {
		return rt.Null, e
	}
	// ' '.join(map(str.capitalize, s.split(sep)))
	var sargs []rt.Value
	if !a[1].IsNull() {
		sargs = []rt.Value{a[1]}
	}
	parts, e := rt.CallMethod(a[0], "split", sargs, nil)
	if e != nil {
		return rt.Null, e
	}
	var out []string
	sep := " "
	if !a[1].IsNull() && !a[1].IsNone() {
		sep, _ = rt.AsStr(a[1])
	}
	for _, p := range parts.O.(*rt.List).Items {
		c, e := rt.CallMethod(p, "capitalize", nil, nil)
		if e != nil {
			return rt.Null, e
		}
		s, _ := rt.AsStr(c)
		out = append(out, s)
	}
	return rt.Str(strings.Join(out, sep)), nil
}
