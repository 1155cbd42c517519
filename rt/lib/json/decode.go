package json

import (
	"strings"

	"github.com/py2goasync/py2goasync/rt"
)

// json.loads: CPython's scanner (_json.c) on code points, so error
// positions (char, line, column) and messages match.

type jsonDec struct {
	s          []rune
	doc        rt.Value
	objectHook rt.Value
	pairsHook  rt.Value
	parseFloat rt.Value
	parseInt   rt.Value
	strict     bool
}

func (d *jsonDec) err(msg string, pos int) *rt.Exc {
	lineno := 1
	last := -1
	for i := 0; i < pos && i < len(d.s); i++ {
		if d.s[i] == '\n' {
			lineno++
			last = i
		}
	}
	colno := pos - last
	e := rt.NewExc(ExcJSONDecodeError, rt.Str(msg+": line "+rt.Itoa(lineno)+" column "+rt.Itoa(colno)+" (char "+rt.Itoa(pos)+")"))
	dict := e.InstDict()
	dict.SetStr("msg", rt.Str(msg))
	dict.SetStr("doc", d.doc)
	dict.SetStr("pos", rt.Int(int64(pos)))
	dict.SetStr("lineno", rt.Int(int64(lineno)))
	dict.SetStr("colno", rt.Int(int64(colno)))
	return e
}

func (d *jsonDec) ws(i int) int {
	for i < len(d.s) && (d.s[i] == ' ' || d.s[i] == '\t' || d.s[i] == '\n' || d.s[i] == '\r') {
		i++
	}
	return i
}

func (d *jsonDec) hasPrefix(i int, lit string) bool {
	if i+len(lit) > len(d.s) {
		return false
	}
	for k := 0; k < len(lit); k++ {
		if d.s[i+k] != rune(lit[k]) {
			return false
		}
	}
	return true
}

// value parses the value at i (no leading whitespace) and returns the
// index after it.
func (d *jsonDec) value(i int) (rt.Value, int, *rt.Exc) {
	if i >= len(d.s) {
		return rt.Null, i, d.err("Expecting value", i)
	}
	switch c := d.s[i]; {
	case c == '"':
		return d.str(i + 1)
	case c == '{':
		return d.object(i + 1)
	case c == '[':
		return d.array(i + 1)
	case c == 'n' && d.hasPrefix(i, "null"):
		return rt.None, i + 4, nil
	case c == 't' && d.hasPrefix(i, "true"):
		return rt.True, i + 4, nil
	case c == 'f' && d.hasPrefix(i, "false"):
		return rt.False, i + 5, nil
	case c == 'N' && d.hasPrefix(i, "NaN"):
		return d.constant("NaN", i+3)
	case c == 'I' && d.hasPrefix(i, "Infinity"):
		return d.constant("Infinity", i+8)
	case c == '-' && d.hasPrefix(i, "-Infinity"):
		return d.constant("-Infinity", i+9)
	}
	return d.number(i)
}

func (d *jsonDec) constant(name string, end int) (rt.Value, int, *rt.Exc) {
	v, e := rt.ToFloat(rt.Str(map[string]string{"NaN": "nan", "Infinity": "inf", "-Infinity": "-inf"}[name]))
	return v, end, e
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

func (d *jsonDec) number(start int) (rt.Value, int, *rt.Exc) {
	i := start
	if i < len(d.s) && d.s[i] == '-' {
		i++
	}
	switch {
	case i < len(d.s) && d.s[i] >= '1' && d.s[i] <= '9':
		for i < len(d.s) && isDigitRune(d.s[i]) {
			i++
		}
	case i < len(d.s) && d.s[i] == '0':
		i++
	default:
		return rt.Null, start, d.err("Expecting value", start)
	}
	isFloat := false
	if i+1 < len(d.s) && d.s[i] == '.' && isDigitRune(d.s[i+1]) {
		isFloat = true
		i += 2
		for i < len(d.s) && isDigitRune(d.s[i]) {
			i++
		}
	}
	if i < len(d.s) && (d.s[i] == 'e' || d.s[i] == 'E') {
		j := i + 1
		if j < len(d.s) && (d.s[j] == '+' || d.s[j] == '-') {
			j++
		}
		if j < len(d.s) && isDigitRune(d.s[j]) {
			for j < len(d.s) && isDigitRune(d.s[j]) {
				j++
			}
			isFloat = true
			i = j
		}
	}
	text := string(d.s[start:i])
	if isFloat {
		if !d.parseFloat.IsNull() {
			v, e := rt.Call(d.parseFloat, []rt.Value{rt.Str(text)}, nil)
			return v, i, e
		}
		v, e := rt.ToFloat(rt.Str(text))
		return v, i, e
	}
	if !d.parseInt.IsNull() {
		v, e := rt.Call(d.parseInt, []rt.Value{rt.Str(text)}, nil)
		return v, i, e
	}
	v, e := rt.ToInt(rt.Str(text))
	return v, i, e
}

// str is scanstring: i is just after the opening quote.
func (d *jsonDec) str(i int) (rt.Value, int, *rt.Exc) {
	begin := i - 1
	var b []rune
	for {
		if i >= len(d.s) {
			return rt.Null, i, d.err("Unterminated string starting at", begin)
		}
		c := d.s[i]
		if c == '"' {
			return rt.Str(rt.RunesToStr(b)), i + 1, nil
		}
		if c < 0x20 && d.strict {
			return rt.Null, i, d.err("Invalid control character at", i)
		}
		if c != '\\' {
			b = append(b, c)
			i++
			continue
		}
		i++
		if i >= len(d.s) {
			return rt.Null, i, d.err("Unterminated string starting at", begin)
		}
		c = d.s[i]
		if c != 'u' {
			r, ok := map[rune]rune{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}[c]
			if !ok {
				return rt.Null, i, d.err("Invalid \\escape", i-1)
			}
			b = append(b, r)
			i++
			continue
		}
		u, ok := d.hex4(i + 1)
		if !ok {
			return rt.Null, i, d.err("Invalid \\uXXXX escape", i)
		}
		i += 5
		if u >= 0xD800 && u <= 0xDBFF && i+1 < len(d.s) && d.s[i] == '\\' && d.s[i+1] == 'u' {
			u2, ok := d.hex4(i + 2)
			if !ok {
				return rt.Null, i, d.err("Invalid \\uXXXX escape", i+1)
			}
			if u2 >= 0xDC00 && u2 <= 0xDFFF {
				u = 0x10000 + (u-0xD800)<<10 + (u2 - 0xDC00)
				i += 6
			}
		}
		b = append(b, u)
	}
}

func (d *jsonDec) hex4(i int) (rune, bool) {
	if i+4 > len(d.s) {
		return 0, false
	}
	var r rune
	for _, c := range d.s[i : i+4] {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= c - '0'
		case c >= 'a' && c <= 'f':
			r |= c - 'a' + 10
		case c >= 'A' && c <= 'F':
			r |= c - 'A' + 10
		default:
			return 0, false
		}
	}
	return r, true
}

func (d *jsonDec) object(i int) (rt.Value, int, *rt.Exc) {
	dict := rt.NewDictObj()
	var pairs []rt.Value
	i = d.ws(i)
	if i < len(d.s) && d.s[i] == '}' {
		return d.finishObject(dict, pairs, i+1)
	}
	for {
		if i >= len(d.s) || d.s[i] != '"' {
			return rt.Null, i, d.err("Expecting property name enclosed in double quotes", i)
		}
		k, j, e := d.str(i + 1)
		if e != nil {
			return rt.Null, j, e
		}
		i = d.ws(j)
		if i >= len(d.s) || d.s[i] != ':' {
			return rt.Null, i, d.err("Expecting ':' delimiter", i)
		}
		i = d.ws(i + 1)
		v, j, e := d.value(i)
		if e != nil {
			return rt.Null, j, e
		}
		if !d.pairsHook.IsNull() {
			pairs = append(pairs, rt.NewTuple(k, v))
		} else if e := dict.Set(k, v); e != nil {
			return rt.Null, j, e
		}
		i = d.ws(j)
		if i < len(d.s) && d.s[i] == '}' {
			return d.finishObject(dict, pairs, i+1)
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return rt.Null, i, d.err("Expecting ',' delimiter", i)
		}
		i = d.ws(i + 1)
	}
}

func (d *jsonDec) finishObject(dict *rt.Dict, pairs []rt.Value, end int) (rt.Value, int, *rt.Exc) {
	if !d.pairsHook.IsNull() {
		v, e := rt.Call(d.pairsHook, []rt.Value{rt.NewList(pairs...)}, nil)
		return v, end, e
	}
	if !d.objectHook.IsNull() {
		v, e := rt.Call(d.objectHook, []rt.Value{rt.Obj(dict)}, nil)
		return v, end, e
	}
	return rt.Obj(dict), end, nil
}

func (d *jsonDec) array(i int) (rt.Value, int, *rt.Exc) {
	var items []rt.Value
	i = d.ws(i)
	if i < len(d.s) && d.s[i] == ']' {
		return rt.NewList(), i + 1, nil
	}
	for {
		v, j, e := d.value(i)
		if e != nil {
			return rt.Null, j, e
		}
		items = append(items, v)
		i = d.ws(j)
		if i < len(d.s) && d.s[i] == ']' {
			return rt.NewList(items...), i + 1, nil
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return rt.Null, i, d.err("Expecting ',' delimiter", i)
		}
		i = d.ws(i + 1)
	}
}

func jsonLoads(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if len(args)-len(kw) != 1 {
		return rt.Null, rt.TypeErrorf("loads() takes 1 positional argument but %d were given", len(args)-len(kw))
	}
	a, e := rt.ParseArgs("loads", args, kw, []string{"s", "cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook", "strict"}, 1)
	if e != nil {
		return rt.Null, e
	}
	doc := a[0]
	var text string
	switch o := doc.O.(type) {
	case *rt.StrObj:
		text = o.S
		if strings.HasPrefix(text, "\ufeff") {
			d := &jsonDec{s: []rune(text), doc: doc}
			return rt.Null, d.err("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0)
		}
	case *rt.BytesObj:
		text = strings.TrimPrefix(string(o.B), "\ufeff")
		doc = rt.Str(text)
	default:
		return rt.Null, rt.TypeErrorf("the JSON object must be str, bytes or bytearray, not %s", doc.TypeName())
	}
	d := &jsonDec{s: doc.O.(*rt.StrObj).Runes(), doc: doc, strict: true}
	opt := func(v rt.Value) rt.Value {
		if v.IsNone() {
			return rt.Null
		}
		return v
	}
	d.objectHook, d.parseFloat, d.parseInt, d.pairsHook = opt(a[2]), opt(a[3]), opt(a[4]), opt(a[6])
	if !a[7].IsNull() {
		if d.strict, e = rt.Truth(a[7]); e != nil {
			return rt.Null, e
		}
	}
	i := d.ws(0)
	v, end, e := d.value(i)
	if e != nil {
		return rt.Null, e
	}
	end = d.ws(end)
	if end != len(d.s) {
		return rt.Null, d.err("Extra data", end)
	}
	return v, nil
}
