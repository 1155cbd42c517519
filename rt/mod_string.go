package rt

import "strings"

// string: the constants and capwords.

func init() {
	m := DefineModule("string")
	const lower, upper = "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	const digits, punct, ws = "0123456789", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", " \t\n\r\x0b\x0c"
	m.Set("ascii_lowercase", Str(lower))
	m.Set("ascii_uppercase", Str(upper))
	m.Set("ascii_letters", Str(lower+upper))
	m.Set("digits", Str(digits))
	m.Set("hexdigits", Str(digits+"abcdefABCDEF"))
	m.Set("octdigits", Str("01234567"))
	m.Set("punctuation", Str(punct))
	m.Set("whitespace", Str(ws))
	m.Set("printable", Str(digits+lower+upper+punct+ws))
	m.Fn("capwords", func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("capwords", args, kw, []string{"s", "sep"}, 1)
		if e != nil {
			return Null, e
		}
		// ' '.join(map(str.capitalize, s.split(sep)))
		var sargs []Value
		if !a[1].IsNull() {
			sargs = []Value{a[1]}
		}
		parts, e := CallMethod(a[0], "split", sargs, nil)
		if e != nil {
			return Null, e
		}
		var out []string
		sep := " "
		if !a[1].IsNull() && !a[1].IsNone() {
			sep, _ = AsStr(a[1])
		}
		for _, p := range parts.O.(*List).Items {
			c, e := CallMethod(p, "capitalize", nil, nil)
			if e != nil {
				return Null, e
			}
			s, _ := AsStr(c)
			out = append(out, s)
		}
		return Str(strings.Join(out, sep)), nil
	})
}
