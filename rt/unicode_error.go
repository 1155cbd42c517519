package rt

import (
	"fmt"
	"unicode/utf8"
)

// UnicodeDecodeError and UnicodeEncodeError (CPython's
// PyUnicodeErrorObject): constructed from (encoding, object, start, end,
// reason), which are also their args, with the attributes of those names
// and the "codec can't decode byte ..." text as str().

func newUnicodeDecodeError(encoding string, obj []byte, start, end int, reason string) *Exc {
	e := &Exc{Class: ExcUnicodeDecodeError}
	setUnicodeErrorArgs(e, []Value{Str(encoding), Bytes(append([]byte(nil), obj...)), Int(int64(start)), Int(int64(end)), Str(reason)})
	setContext(e)
	return e
}

func newUnicodeEncodeError(encoding string, obj string, start, end int, reason string) *Exc {
	e := &Exc{Class: ExcUnicodeEncodeError}
	setUnicodeErrorArgs(e, []Value{Str(encoding), Str(obj), Int(int64(start)), Int(int64(end)), Str(reason)})
	setContext(e)
	return e
}

var unicodeErrorAttrs = []string{"encoding", "object", "start", "end", "reason"}

func setUnicodeErrorArgs(e *Exc, args []Value) {
	e.Args = append([]Value(nil), args...)
	d := e.InstDict()
	for i, n := range unicodeErrorAttrs {
		d.SetStr(n, args[i])
	}
}

// utf8DecodeError finds the first invalid sequence of b as CPython's
// UTF-8 decoder reports it: the span of the maximal valid prefix of a
// sequence, and why it stops.
func utf8DecodeError(b []byte) (start, end int, reason string) {
	i := 0
	for i < len(b) {
		r, sz := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || sz != 1 {
			i += sz
			continue
		}
		c := b[i]
		n := 0
		lo, hi := byte(0x80), byte(0xBF) // the range of the second byte
		switch {
		case c >= 0xC2 && c <= 0xDF:
			n = 1
		case c >= 0xE0 && c <= 0xEF:
			n = 2
			if c == 0xE0 {
				lo = 0xA0
			} else if c == 0xED {
				hi = 0x9F
			}
		case c >= 0xF0 && c <= 0xF4:
			n = 3
			if c == 0xF0 {
				lo = 0x90
			} else if c == 0xF4 {
				hi = 0x8F
			}
		default:
			return i, i + 1, "invalid start byte"
		}
		j := i + 1
		for k := 0; k < n; k++ {
			if j == len(b) {
				return i, j, "unexpected end of data"
			}
			if b[j] < lo || b[j] > hi {
				return i, j, "invalid continuation byte"
			}
			lo, hi = 0x80, 0xBF
			j++
		}
		return i, j, "invalid continuation byte"
	}
	return 0, 0, ""
}

func init() {
	for _, t := range []*Type{ExcUnicodeDecodeError, ExcUnicodeEncodeError} {
		t := t
		t.Init = func(self Value, args []Value, kw []string) *Exc {
			e := self.O.(*Exc)
			if len(kw) > 0 {
				return TypeErrorf("%s() takes no keyword arguments", t.Name)
			}
			if len(args) != 5 {
				return TypeErrorf("function takes exactly 5 arguments (%d given)", len(args))
			}
			if _, ok := AsStr(args[0]); !ok {
				return TypeErrorf("argument 1 must be str, not %s", args[0].TypeName())
			}
			if t == ExcUnicodeDecodeError {
				if _, e := toBytes(args[1]); e != nil {
					return e
				}
			} else if _, ok := AsStr(args[1]); !ok {
				return TypeErrorf("argument 2 must be str, not %s", args[1].TypeName())
			}
			for i := 2; i < 4; i++ {
				if args[i].K != KInt {
					return TypeErrorf("'%s' object cannot be interpreted as an integer", args[i].TypeName())
				}
			}
			if _, ok := AsStr(args[4]); !ok {
				return TypeErrorf("argument 5 must be str, not %s", args[4].TypeName())
			}
			setUnicodeErrorArgs(e, args)
			return nil
		}
		t.Str = func(v Value) (string, *Exc) {
			d := v.O.(*Exc).InstDict()
			enc, ok1 := d.GetStr("encoding")
			obj, ok2 := d.GetStr("object")
			sv, ok3 := d.GetStr("start")
			ev, ok4 := d.GetStr("end")
			rv, ok5 := d.GetStr("reason")
			if !(ok1 && ok2 && ok3 && ok4 && ok5) || sv.K != KInt || ev.K != KInt {
				return "", nil
			}
			es, _ := AsStr(enc)
			rs, err := ToStr(rv)
			if err != nil {
				return "", err
			}
			start, end := int(sv.I), int(ev.I)
			if t == ExcUnicodeDecodeError {
				b, _ := toBytes(obj)
				if start >= 0 && start < len(b) && end == start+1 {
					return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", es, b[start], start, rs), nil
				}
				return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", es, start, end-1, rs), nil
			}
			so, _ := obj.O.(*StrObj)
			if so != nil && start >= 0 && start < so.Len() && end == start+1 {
				r := so.Runes()[start]
				var ch string
				switch {
				case r <= 0xFF:
					ch = fmt.Sprintf("\\x%02x", r)
				case r <= 0xFFFF:
					ch = fmt.Sprintf("\\u%04x", r)
				default:
					ch = fmt.Sprintf("\\U%08x", r)
				}
				return fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", es, ch, start, rs), nil
			}
			return fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", es, start, end-1, rs), nil
		}
		for _, n := range unicodeErrorAttrs {
			t.GetSet(n, excAttr(n), excSetAttr(n))
		}
	}
}
