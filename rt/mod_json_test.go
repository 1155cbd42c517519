package rt

import (
	"math"
	"strings"
	"testing"
)

// json against python3: dumps with the keyword options, loads, and the
// decoder's error messages and positions.
func TestJSONModule(t *testing.T) {
	dumps := func(v Value, kw ...any) func() (Value, *Exc) {
		return func() (Value, *Exc) {
			var names []string
			args := []Value{v}
			for i := 0; i < len(kw); i += 2 {
				names = append(names, kw[i].(string))
				args = append(args, kw[i+1].(Value))
			}
			return Call(StdAttr("json", "dumps"), args, names)
		}
	}
	loads := func(s string) func() (Value, *Exc) {
		return func() (Value, *Exc) { return Call(StdAttr("json", "loads"), []Value{S(s)}, nil) }
	}
	nan, inf := F(math.NaN()), F(math.Inf(1))
	nested := D(S("b"), L(I(1), F(2.5), None, True, False), S("a"), D(S("x"), T(), S("y"), D()), S("é"), S("\u2603\U0001F600\x7f\x01\"\\\n\t"))
	nestedPy := `{'b': [1, 2.5, None, True, False], 'a': {'x': (), 'y': {}}, 'é': '\u2603\U0001F600\x7f\x01"\\\n\t'}`
	cases := []PyCase{
		{"import json\njson.dumps(" + nestedPy + ")", dumps(nested)},
		{"import json\njson.dumps(" + nestedPy + ", indent=2, sort_keys=True, ensure_ascii=False)", dumps(nested, "indent", I(2), "sort_keys", True, "ensure_ascii", False)},
		{"import json\njson.dumps([1, [2, {'k': 3}]], indent='\\t', separators=(',', '='))", dumps(L(I(1), L(I(2), D(S("k"), I(3)))), "indent", S("\t"), "separators", T(S(","), S("=")))},
		{"import json\njson.dumps({1: 2, 2.5: 3, None: 4, True: 5}, separators=(',', ':'))", dumps(D(I(1), I(2), F(2.5), I(3), None, I(4), True, I(5)), "separators", T(S(","), S(":")))},
		{"import json\njson.dumps([float('nan'), float('inf'), -float('inf'), 1e100, 0.1, 10**30, -0.0])", dumps(L(nan, inf, F(math.Inf(-1)), F(1e100), F(0.1), Must(Pow(I(10), I(30))), F(math.Copysign(0, -1))))},
		{"import json\njson.dumps(float('nan'), allow_nan=False)", dumps(nan, "allow_nan", False)},
		{"import json\njson.dumps({(1, 2): 3})", dumps(D(T(I(1), I(2)), I(3)))},
		{"import json\njson.dumps({(1, 2): 3, 'a': 1}, skipkeys=True)", dumps(D(T(I(1), I(2)), I(3), S("a"), I(1)), "skipkeys", True)},
		{"import json\njson.dumps({1})", dumps(St(I(1)))},
		{"import json\njson.dumps({1, 2}, default=sorted)", dumps(St(I(1), I(2)), "default", Bi("sorted"))},
		{"import json\njson.dumps({'b': 1, 1: 2}, sort_keys=True)", dumps(D(S("b"), I(1), I(1), I(2)), "sort_keys", True)},
		{"import json\nl = []\nl.append(l)\njson.dumps(l)", func() (Value, *Exc) {
			l := L()
			Must(Meth(l, "append", l))
			return dumps(l)()
		}},
		{"import json\njson.dumps([], indent=4), json.dumps({}, indent=4), json.dumps('x', indent=4)", func() (Value, *Exc) {
			return T(Must(dumps(L(), "indent", I(4))()), Must(dumps(D(), "indent", I(4))()), Must(dumps(S("x"), "indent", I(4))())), nil
		}},
		{`import json` + "\n" + `json.loads(' {"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\ud83d\\ude00\\n"], "a": 7, "b": {}} ')`, loads(` {"a": [1, 2.5, -3e2, true, false, null, "x\u00e9\ud83d\ude00\n"], "a": 7, "b": {}} `)},
		{"import json\njson.loads('[NaN, Infinity, -Infinity, 123456789012345678901234567890, 0, -0, 1E5, 1.5e-3]')", loads("[NaN, Infinity, -Infinity, 123456789012345678901234567890, 0, -0, 1E5, 1.5e-3]")},
	}
	for _, bad := range []string{"", "[1,]", "{\"a\" 1}", "{\"a\": 1,}", "{'a': 1}", "[1 2]", "\"abc", "\"a\\qb\"", "\"\\u12x4\"", "[1]\n x", "\"a\tb\"", "01", "-", "{\"a\":\n  [1,\n  }", "\ufeff[]", "tru"} {
		py := strings.NewReplacer("\\", "\\\\", "'", "\\'", "\n", "\\n", "\t", "\\t", "\ufeff", "\\ufeff").Replace(bad)
		cases = append(cases, PyCase{"import json\njson.loads('" + py + "')", loads(bad)})
	}
	CheckCases(t, cases)
}
