package json

import (
	"math"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// json against python3: dumps with the keyword options, loads, and the
// decoder's error messages and positions.
func TestJSONModule(t *testing.T) {
	dumps := func(v rt.Value, kw ...any) func() (rt.Value, *rt.Exc) {
		return func() (rt.Value, *rt.Exc) {
			var names []string
			args := []rt.Value{v}
			for i := 0; i < len(kw); i += 2 {
				names = append(names, kw[i].(string))
				args = append(args, kw[i+1].(rt.Value))
			}
			return rt.Call(rttest.StdAttr("json", "dumps"), args, names)
		}
	}
	loads := func(s string) func() (rt.Value, *rt.Exc) {
		return func() (rt.Value, *rt.Exc) {
			return rt.Call(rttest.StdAttr("json", "loads"), []rt.Value{rttest.S(s)}, nil)
		}
	}
	nan, inf := rttest.F(math.NaN()), rttest.F(math.Inf(1))
	nested := rttest.D(rttest.S("b"), rttest.L(rttest.I(1), rttest.F(2.5), rt.None, rt.True, rt.False), rttest.S("a"), rttest.D(rttest.S("x"), rttest.T(), rttest.S("y"), rttest.D()), rttest.S("é"), rttest.S("\u2603\U0001F600\x7f\x01\"\\\n\t"))
	nestedPy := `{'b': [1, 2.5, None, True, False], 'a': {'x': (), 'y': {}}, 'é': '\u2603\U0001F600\x7f\x01"\\\n\t'}`
	cases := []rttest.PyCase{
		{Py: "import json\njson.dumps(" + nestedPy + ")", Fn: dumps(nested)},
		{Py: "import json\njson.dumps(" + nestedPy + ", indent=2, sort_keys=True, ensure_ascii=False)", Fn: dumps(nested, "indent", rttest.I(2), "sort_keys", rt.True, "ensure_ascii", rt.False)},
		{Py: "import json\njson.dumps([1, [2, {'k': 3}]], indent='\\t', separators=(',', '='))", Fn: dumps(rttest.L(rttest.I(1), rttest.L(rttest.I(2), rttest.D(rttest.S("k"), rttest.I(3)))), "indent", rttest.S("\t"), "separators", rttest.T(rttest.S(","), rttest.S("=")))},
		{Py: "import json\njson.dumps({1: 2, 2.5: 3, None: 4, True: 5}, separators=(',', ':'))", Fn: dumps(rttest.D(rttest.I(1), rttest.I(2), rttest.F(2.5), rttest.I(3), rt.None, rttest.I(4), rt.True, rttest.I(5)), "separators", rttest.T(rttest.S(","), rttest.S(":")))},
		{Py: "import json\njson.dumps([float('nan'), float('inf'), -float('inf'), 1e100, 0.1, 10**30, -0.0])", Fn: dumps(rttest.L(nan, inf, rttest.F(math.Inf(-1)), rttest.F(1e100), rttest.F(0.1), rttest.Must(rt.Pow(rttest.I(10), rttest.I(30))), rttest.F(math.Copysign(0, -1))))},
		{Py: "import json\njson.dumps(float('nan'), allow_nan=False)", Fn: dumps(nan, "allow_nan", rt.False)},
		{Py: "import json\njson.dumps({(1, 2): 3})", Fn: dumps(rttest.D(rttest.T(rttest.I(1), rttest.I(2)), rttest.I(3)))},
		{Py: "import json\njson.dumps({(1, 2): 3, 'a': 1}, skipkeys=True)", Fn: dumps(rttest.D(rttest.T(rttest.I(1), rttest.I(2)), rttest.I(3), rttest.S("a"), rttest.I(1)), "skipkeys", rt.True)},
		{Py: "import json\njson.dumps({1})", Fn: dumps(rttest.St(rttest.I(1)))},
		{Py: "import json\njson.dumps({1, 2}, default=sorted)", Fn: dumps(rttest.St(rttest.I(1), rttest.I(2)), "default", rttest.Bi("sorted"))},
		{Py: "import json\njson.dumps({'b': 1, 1: 2}, sort_keys=True)", Fn: dumps(rttest.D(rttest.S("b"), rttest.I(1), rttest.I(1), rttest.I(2)), "sort_keys", rt.True)},
		{Py: "import json\nl = []\nl.append(l)\njson.dumps(l)", Fn: func() (rt.Value, *rt.Exc) {
			l := rttest.L()
			rttest.Must(rttest.Meth(l, "append", l))
			return dumps(l)()
		}},
		{Py: "import json\njson.dumps([], indent=4), json.dumps({}, indent=4), json.dumps('x', indent=4)", Fn: func() (rt.Value, *rt.Exc) {
			return rttest.T(rttest.Must(dumps(rttest.L(), "indent", rttest.I(4))()), rttest.Must(dumps(rttest.D(), "indent", rttest.I(4))()), rttest.Must(dumps(rttest.S("x"), "indent", rttest.I(4))())), nil
		}},
		{Py: `import json` + "\n" + `json.loads(' {"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\ud83d\\ude00\\n"], "a": 7, "b": {}} ')`, Fn: loads(` {"a": [1, 2.5, -3e2, true, false, null, "x\u00e9\ud83d\ude00\n"], "a": 7, "b": {}} `)},
		{Py: "import json\njson.loads('[NaN, Infinity, -Infinity, 123456789012345678901234567890, 0, -0, 1E5, 1.5e-3]')", Fn: loads("[NaN, Infinity, -Infinity, 123456789012345678901234567890, 0, -0, 1E5, 1.5e-3]")},
	}
	for _, bad := range []string{"", "[1,]", "{\"a\" 1}", "{\"a\": 1,}", "{'a': 1}", "[1 2]", "\"abc", "\"a\\qb\"", "\"\\u12x4\"", "[1]\n x", "\"a\tb\"", "01", "-", "{\"a\":\n  [1,\n  }", "\ufeff[]", "tru"} {
		py := strings.NewReplacer("\\", "\\\\", "'", "\\'", "\n", "\\n", "\t", "\\t", "\ufeff", "\\ufeff").Replace(bad)
		cases = append(cases, rttest.PyCase{Py: "import json\njson.loads('" + py + "')", Fn: loads(bad)})
	}
	rttest.CheckCases(t, cases)
}
