package json

import (
	"math"
	"strings"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/pyrepr"
)

// json: dumps/dump with CPython's encoder output (separators, indent,
// sort_keys, ensure_ascii escapes, float repr, NaN/Infinity, default,
// circular-reference check) and loads/load (mod_json_decode.go).

// ExcJSONDecodeError is json.JSONDecodeError.
var ExcJSONDecodeError = rt.NewType("JSONDecodeError", rt.ExcValueError)

type jsonEnc struct {
	indent      string
	hasIndent   bool
	itemSep     string
	keySep      string
	sortKeys    bool
	skipKeys    bool
	ensureASCII bool
	allowNaN    bool
	def         rt.Value
	markers     map[rt.Object]bool
	b           strings.Builder
}

const jsonHex = "0123456789abcdef"

// jsonString is encode_basestring(_ascii): the escapes CPython's c
// encoder writes.
func jsonString(b *strings.Builder, s string, ascii bool) {
	b.WriteByte('"')
	u4 := func(r rune) {
		b.WriteString(`\u`)
		b.WriteByte(jsonHex[r>>12&15])
		b.WriteByte(jsonHex[r>>8&15])
		b.WriteByte(jsonHex[r>>4&15])
		b.WriteByte(jsonHex[r&15])
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			i++
			switch c {
			case '"':
				b.WriteString(`\"`)
			case '\\':
				b.WriteString(`\\`)
			case '\n':
				b.WriteString(`\n`)
			case '\r':
				b.WriteString(`\r`)
			case '\t':
				b.WriteString(`\t`)
			case '\b':
				b.WriteString(`\b`)
			case '\f':
				b.WriteString(`\f`)
			default:
				if c < 0x20 || ascii && c == 0x7f { // DEL is outside ensure_ascii's printable range
					u4(rune(c))
				} else {
					b.WriteByte(c)
				}
			}
			continue
		}
		r, sz := rt.DecodeRune(s, i)
		if !ascii {
			b.WriteString(s[i : i+sz])
		} else if r >= 0x10000 {
			r -= 0x10000
			u4(0xD800 | (r>>10)&0x3FF)
			u4(0xDC00 | r&0x3FF)
		} else {
			u4(r)
		}
		i += sz
	}
	b.WriteByte('"')
}

func (j *jsonEnc) float(f float64) (string, *rt.Exc) {
	switch {
	case math.IsNaN(f):
		if !j.allowNaN {
			return "", rt.ValueErrorf("Out of range float values are not JSON compliant")
		}
		return "NaN", nil
	case math.IsInf(f, 1):
		if !j.allowNaN {
			return "", rt.ValueErrorf("Out of range float values are not JSON compliant")
		}
		return "Infinity", nil
	case math.IsInf(f, -1):
		if !j.allowNaN {
			return "", rt.ValueErrorf("Out of range float values are not JSON compliant")
		}
		return "-Infinity", nil
	}
	return pyrepr.Float(f), nil
}

func (j *jsonEnc) newline(depth int) {
	if j.hasIndent {
		j.b.WriteByte('\n')
		for i := 0; i < depth; i++ {
			j.b.WriteString(j.indent)
		}
	}
}

func (j *jsonEnc) enter(o rt.Object) *rt.Exc {
	if j.markers == nil {
		return nil
	}
	if j.markers[o] {
		return rt.ValueErrorf("Circular reference detected")
	}
	j.markers[o] = true
	return nil
}

func (j *jsonEnc) leave(o rt.Object) {
	if j.markers != nil {
		delete(j.markers, o)
	}
}

func (j *jsonEnc) encode(v rt.Value, depth int) *rt.Exc {
	switch v.K {
	case rt.KNone:
		j.b.WriteString("null")
		return nil
	case rt.KBool:
		if v.I != 0 {
			j.b.WriteString("true")
		} else {
			j.b.WriteString("false")
		}
		return nil
	case rt.KInt:
		j.b.WriteString(rt.Itoa64(v.I))
		return nil
	case rt.KFloat:
		s, e := j.float(v.AsFloat())
		j.b.WriteString(s)
		return e
	}
	switch o := v.O.(type) {
	case *rt.StrObj:
		jsonString(&j.b, o.S, j.ensureASCII)
		return nil
	case *rt.BigIntObj:
		s, e := rt.IntRepr(rt.BigInt(o.V))
		j.b.WriteString(s)
		return e
	case *rt.List:
		return j.seq(v, o.Items, depth)
	case *rt.Tuple:
		return j.seq(v, o.Items, depth)
	case *rt.Dict:
		return j.dict(v, o, depth)
	}
	if j.def.IsNull() {
		return rt.TypeErrorf("Object of type %s is not JSON serializable", v.TypeName())
	}
	if e := j.enter(v.O); e != nil {
		return e
	}
	r, e := rt.Call(j.def, []rt.Value{v}, nil)
	if e != nil {
		return e
	}
	if e := j.encode(r, depth); e != nil {
		return e
	}
	j.leave(v.O)
	return nil
}

func (j *jsonEnc) seq(v rt.Value, items []rt.Value, depth int) *rt.Exc {
	if len(items) == 0 {
		j.b.WriteString("[]")
		return nil
	}
	if e := j.enter(v.O); e != nil {
		return e
	}
	j.b.WriteByte('[')
	j.newline(depth + 1)
	for i, it := range items {
		if i > 0 {
			j.b.WriteString(j.itemSep)
			j.newline(depth + 1)
		}
		if e := j.encode(it, depth+1); e != nil {
			return e
		}
	}
	j.newline(depth)
	j.b.WriteByte(']')
	j.leave(v.O)
	return nil
}

// key converts a dict key as the encoder does (ok=false: skip it).
func (j *jsonEnc) key(k rt.Value) (string, bool, *rt.Exc) {
	switch k.K {
	case rt.KNone:
		return "null", true, nil
	case rt.KBool:
		if k.I != 0 {
			return "true", true, nil
		}
		return "false", true, nil
	case rt.KInt:
		return rt.Itoa64(k.I), true, nil
	case rt.KFloat:
		s, e := j.float(k.AsFloat())
		return s, true, e
	}
	switch o := k.O.(type) {
	case *rt.StrObj:
		return o.S, true, nil
	case *rt.BigIntObj:
		s, e := rt.IntRepr(rt.BigInt(o.V))
		return s, true, e
	}
	if j.skipKeys {
		return "", false, nil
	}
	return "", false, rt.TypeErrorf("keys must be str, int, float, bool or None, not %s", k.TypeName())
}

func (j *jsonEnc) dict(v rt.Value, d *rt.Dict, depth int) *rt.Exc {
	if d.Len() == 0 {
		j.b.WriteString("{}")
		return nil
	}
	if e := j.enter(v.O); e != nil {
		return e
	}
	ks, vs := rt.DictItemsOf(d)
	if j.sortKeys {
		pairs := make([]rt.Value, len(ks))
		for i := range ks {
			pairs[i] = rt.NewTuple(ks[i], vs[i])
		}
		l := rt.NewList(pairs...)
		if _, e := rt.CallMethod(l, "sort", nil, nil); e != nil {
			return e
		}
		for i, p := range l.O.(*rt.List).Items {
			kv := p.O.(*rt.Tuple).Items
			ks[i], vs[i] = kv[0], kv[1]
		}
	}
	j.b.WriteByte('{')
	j.newline(depth + 1)
	first := true
	for i, k := range ks {
		s, ok, e := j.key(k)
		if e != nil {
			return e
		}
		if !ok {
			continue
		}
		if !first {
			j.b.WriteString(j.itemSep)
			j.newline(depth + 1)
		}
		first = false
		jsonString(&j.b, s, j.ensureASCII)
		j.b.WriteString(j.keySep)
		if e := j.encode(vs[i], depth+1); e != nil {
			return e
		}
	}
	j.newline(depth)
	j.b.WriteByte('}')
	j.leave(v.O)
	return nil
}

var jsonDumpsKw = []string{"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys"}

// jsonDumps encodes obj with the keyword options of json.dumps (kw holds
// the values in jsonDumpsKw order, Null when not given).
func jsonDumps(obj rt.Value, kw []rt.Value) (string, *rt.Exc) {
	j := &jsonEnc{itemSep: ", ", keySep: ": ", ensureASCII: true, allowNaN: true, markers: map[rt.Object]bool{}}
	truth := func(v rt.Value, def bool) (bool, *rt.Exc) {
		if v.IsNull() {
			return def, nil
		}
		return rt.Truth(v)
	}
	var e *rt.Exc
	if j.skipKeys, e = truth(kw[0], false); e != nil {
		return "", e
	}
	if j.ensureASCII, e = truth(kw[1], true); e != nil {
		return "", e
	}
	if circ, e := truth(kw[2], true); e != nil {
		return "", e
	} else if !circ {
		j.markers = nil
	}
	if j.allowNaN, e = truth(kw[3], true); e != nil {
		return "", e
	}
	if ind := kw[5]; !ind.IsNull() && !ind.IsNone() {
		j.hasIndent = true
		j.itemSep = ","
		if s, ok := rt.AsStr(ind); ok {
			j.indent = s
		} else {
			n, e := rt.IndexOf(ind)
			if e != nil {
				return "", e
			}
			j.indent = strings.Repeat(" ", int(max(n, 0)))
		}
	}
	if sep := kw[6]; !sep.IsNull() && !sep.IsNone() {
		parts, e := rt.Unpack(sep, 2)
		if e != nil {
			return "", e
		}
		a, ok1 := rt.AsStr(parts[0])
		b, ok2 := rt.AsStr(parts[1])
		if !ok1 || !ok2 {
			return "", rt.TypeErrorf("make_encoder() argument 6 must be str, not %s", parts[0].TypeName())
		}
		j.itemSep, j.keySep = a, b
	}
	if !kw[7].IsNull() && !kw[7].IsNone() {
		j.def = kw[7]
	}
	if j.sortKeys, e = truth(kw[8], false); e != nil {
		return "", e
	}
	if e := j.encode(obj, 0); e != nil {
		return "", e
	}
	return j.b.String(), nil
}

// parseKw is a helper of the functions registered in init.
func parseKw(name string, args []rt.Value, kw []string, npos int) ([]rt.Value, []rt.Value, *rt.Exc) {
	if len(args)-len(kw) > npos {
		return nil, nil, rt.TypeErrorf("%s() takes %d positional argument%s but %d were given", name, npos, rt.Plural(npos), len(args)-len(kw))
	}
	names := []string{"obj", "fp"}[:npos]
	a, e := rt.ParseArgs(name, args, kw, append(append([]string(nil), names...), jsonDumpsKw...), npos)
	if e != nil {
		return nil, nil, e
	}
	return a[:npos], a[npos:], nil
}

func init() {
	ExcJSONDecodeError.Module = "json.decoder"
	m := rt.DefineModule("json")
	m.Set("JSONDecodeError", rt.Obj(ExcJSONDecodeError))
	m.Fn("dumps", jsonDumpsFn)
	m.Fn("dump", jsonDump)
	m.Fn("loads", jsonLoads)
	m.Fn("load", jsonLoad)
}

// jsonDumpsFn is json.dumps.
func jsonDumpsFn(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	pos, opts, e := parseKw("dumps", args, kw, 1)
	if e != nil {
		return rt.Null, e
	}
	s, e := jsonDumps(pos[0], opts)
	if e != nil {
		return rt.Null, e
	}
	return rt.Str(s), nil
}

// jsonDump is json.dump.
func jsonDump(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	pos, opts, e := parseKw("dump", args, kw, 2)
	if e != nil {
		return rt.Null, e
	}
	s, e := jsonDumps(pos[0], opts)
	if e != nil {
		return rt.Null, e
	}
	_, e = rt.CallMethod(pos[1], "write", []rt.Value{rt.Str(s)}, nil)
	return rt.None, e
}

// jsonLoad is json.load.
func jsonLoad(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if len(args)-len(kw) < 1 {
		return rt.Null, rt.TypeErrorf("load() missing 1 required positional argument: 'fp'")
	}
	s, e := rt.CallMethod(args[0], "read", nil, nil)
	if e != nil {
		return rt.Null, e
	}
	rest := append([]rt.Value{s}, args[1:]...)
	return jsonLoads(rest, kw)
}
