package rt

import (
	"strings"
	"unicode"
)

// str methods.

func strArg(fname string, v Value, pos int) (string, *Exc) {
	if s, ok := asStrObj(v); ok {
		return s.S, nil
	}
	return "", TypeErrorf("%s() argument %d must be str, not %s", fname, pos, v.TypeName())
}

// optChars parses the optional chars argument of strip and friends.
func optChars(fname string, args []Value, kw []string) (string, bool, *Exc) {
	if e := ArgCount(fname, args, kw, 0, 1); e != nil {
		return "", false, e
	}
	if len(args) == 0 || args[0].IsNone() {
		return "", false, nil
	}
	s, ok := AsStr(args[0])
	if !ok {
		return "", false, TypeErrorf("%s arg must be None or str", fname)
	}
	return s, true, nil
}

// subRange applies optional start/end code point arguments: the byte
// range of s to search and the code point offset of its start.
func subRange(s *StrObj, args []Value) (lo, hi, cpLo int, exc *Exc) {
	n := s.Len()
	start, end := 0, n
	adj := func(v Value) (int, *Exc) {
		i, e := sliceIndex(v)
		if e != nil {
			return 0, e
		}
		if i < 0 {
			i += int64(n)
			if i < 0 {
				i = 0
			}
		}
		if i > int64(n) {
			i = int64(n)
		}
		return int(i), nil
	}
	if len(args) > 0 && !args[0].IsNone() {
		if start, exc = adj(args[0]); exc != nil {
			return
		}
	}
	if len(args) > 1 && !args[1].IsNone() {
		if end, exc = adj(args[1]); exc != nil {
			return
		}
	}
	if end < start {
		return -1, -1, start, nil
	}
	return s.byteOffset(start), s.byteOffset(end), start, nil
}

func mapRunes(s string, f func(rune) rune) string {
	var b []byte
	for i := 0; i < len(s); {
		r, sz := DecodeRune(s, i)
		b = appendRune(b, f(r))
		i += sz
	}
	return string(b)
}

func initStrMethods(t *Type) {
	m := func(name string, min, max int, f func(s *StrObj, args []Value) (Value, *Exc)) {
		t.Method(name, func(self Value, args []Value, kw []string) (Value, *Exc) {
			if e := ArgCount("str."+name, args, kw, min, max); e != nil {
				return Null, e
			}
			return f(self.O.(*StrObj), args)
		})
	}
	m("join", 1, 1, strJoin)
	splitFn := func(name string, right bool) {
		t.Method(name, func(self Value, args []Value, kw []string) (Value, *Exc) {
			sepArg, max, e := splitArgs(name, args, kw)
			if e != nil {
				return Null, e
			}
			s := self.O.(*StrObj).S
			var parts []string
			if sepArg.IsNull() || sepArg.IsNone() {
				parts = splitWhite(s, max, right)
			} else {
				sep, ok := AsStr(sepArg)
				if !ok {
					return Null, TypeErrorf("must be str or None, not %s", sepArg.TypeName())
				}
				if sep == "" {
					return Null, ValueErrorf("empty separator")
				}
				if right {
					parts = rsplitSep(s, sep, max)
				} else if max < 0 {
					parts = strings.Split(s, sep)
				} else {
					parts = strings.SplitN(s, sep, max+1)
				}
			}
			out := make([]Value, len(parts))
			for i, p := range parts {
				out[i] = Str(p)
			}
			return NewList(out...), nil
		})
	}
	splitFn("split", false)
	splitFn("rsplit", true)
	t.Method("splitlines", strSplitlines)
	strip := func(name string, left, right bool) {
		t.Method(name, func(self Value, args []Value, kw []string) (Value, *Exc) {
			chars, ok, e := optChars(name, args, kw)
			if e != nil {
				return Null, e
			}
			s := self.O.(*StrObj).S
			var f func(rune) bool
			if ok {
				f = func(r rune) bool { return strings.ContainsRune(chars, r) }
			} else {
				f = isPySpace
			}
			if left {
				s = strings.TrimLeftFunc(s, f)
			}
			if right {
				s = strings.TrimRightFunc(s, f)
			}
			return Str(s), nil
		})
	}
	strip("strip", true, true)
	strip("lstrip", true, false)
	strip("rstrip", false, true)
	m("upper", 0, 0, strUpperMethod)
	m("lower", 0, 0, strLowerMethod)
	m("casefold", 0, 0, strCasefoldMethod)
	m("swapcase", 0, 0, strSwapcaseMethod)
	m("capitalize", 0, 0, strCapitalizeMethod)
	m("title", 0, 0, strTitleMethod)
	affix := func(name string, suffix bool) {
		m(name, 1, 3, func(s *StrObj, a []Value) (Value, *Exc) {
			lo, hi, _, e := subRange(s, a[1:])
			if e != nil {
				return Null, e
			}
			check := func(p string) bool {
				if lo < 0 {
					return false
				}
				sub := s.S[lo:hi]
				if suffix {
					return strings.HasSuffix(sub, p)
				}
				return strings.HasPrefix(sub, p)
			}
			if tup, ok := a[0].O.(*Tuple); ok && a[0].K == KObj {
				for _, x := range tup.Items {
					p, ok := AsStr(x)
					if !ok {
						return Null, TypeErrorf("tuple for %s must only contain str, not %s", name, x.TypeName())
					}
					if check(p) {
						return True, nil
					}
				}
				return False, nil
			}
			p, ok := AsStr(a[0])
			if !ok {
				return Null, TypeErrorf("%s first arg must be str or a tuple of str, not %s", name, a[0].TypeName())
			}
			return Bool(check(p)), nil
		})
	}
	affix("startswith", false)
	affix("endswith", true)
	m("replace", 2, 3, strReplace)
	find := func(name string, right, raise bool) {
		m(name, 1, 3, func(s *StrObj, a []Value) (Value, *Exc) {
			sub, e := strArg(name, a[0], 1)
			if e != nil {
				return Null, e
			}
			lo, hi, cpLo, e := subRange(s, a[1:])
			if e != nil {
				return Null, e
			}
			i := -1
			if lo >= 0 {
				if right {
					i = strings.LastIndex(s.S[lo:hi], sub)
				} else {
					i = strings.Index(s.S[lo:hi], sub)
				}
			}
			if i < 0 {
				if raise {
					return Null, ValueErrorf("substring not found")
				}
				return Int(-1), nil
			}
			return Int(int64(cpLo + runeCount(s.S[lo:lo+i]))), nil
		})
	}
	find("find", false, false)
	find("rfind", true, false)
	find("index", false, true)
	find("rindex", true, true)
	m("count", 1, 3, strCount)
	pred := func(name string, f func(r rune) bool, emptyOK bool) {
		m(name, 0, 0, func(s *StrObj, a []Value) (Value, *Exc) {
			if s.S == "" {
				return Bool(emptyOK), nil
			}
			for _, r := range s.S {
				if !f(r) {
					return False, nil
				}
			}
			return True, nil
		})
	}
	pred("isdigit", strIsdigit, false)
	pred("isdecimal", strIsdecimal, false)
	pred("isnumeric", strIsnumeric, false)
	pred("isalpha", unicode.IsLetter, false)
	pred("isalnum", strIsalnum, false)
	pred("isspace", isPySpace, false)
	pred("isascii", strIsascii, true)
	pred("isprintable", strIsprintable, true)
	m("isupper", 0, 0, strIsupper)
	m("islower", 0, 0, strIslower)
	m("istitle", 0, 0, strIstitle)
	m("isidentifier", 0, 0, strIsidentifier)
	justify := func(name string) {
		m(name, 1, 2, func(s *StrObj, a []Value) (Value, *Exc) {
			w, e := IndexOf(a[0])
			if e != nil {
				return Null, e
			}
			fill := " "
			if len(a) == 2 {
				f, ok := AsStr(a[1])
				if !ok || runeCount(f) != 1 {
					return Null, TypeErrorf("The fill character must be exactly one character long")
				}
				fill = f
			}
			n := s.Len()
			if int(w) <= n {
				return Obj(s), nil
			}
			pad := int(w) - n
			switch name {
			case "ljust":
				return Str(s.S + strings.Repeat(fill, pad)), nil
			case "rjust":
				return Str(strings.Repeat(fill, pad) + s.S), nil
			}
			// CPython's center puts the extra char on the left when the
			// width is odd and the padding is odd.
			left := pad/2 + (pad & int(w) & 1)
			return Str(strings.Repeat(fill, left) + s.S + strings.Repeat(fill, pad-left)), nil
		})
	}
	justify("ljust")
	justify("rjust")
	justify("center")
	m("zfill", 1, 1, strZfill)
	part := func(name string, right bool) {
		m(name, 1, 1, func(s *StrObj, a []Value) (Value, *Exc) {
			sep, e := strArg(name, a[0], 1)
			if e != nil {
				return Null, e
			}
			if sep == "" {
				return Null, ValueErrorf("empty separator")
			}
			var i int
			if right {
				i = strings.LastIndex(s.S, sep)
				if i < 0 {
					return NewTuple(Str(""), Str(""), Obj(s)), nil
				}
			} else {
				i = strings.Index(s.S, sep)
				if i < 0 {
					return NewTuple(Obj(s), Str(""), Str("")), nil
				}
			}
			return NewTuple(Str(s.S[:i]), Str(sep), Str(s.S[i+len(sep):])), nil
		})
	}
	part("partition", false)
	part("rpartition", true)
	m("removeprefix", 1, 1, strRemoveprefix)
	m("removesuffix", 1, 1, strRemovesuffix)
	m("expandtabs", 0, 1, strExpandtabs)
	t.Method("encode", strEncode)
	t.Method("format", strFormatMethod)
	t.Method("format_map", strFormatMap)
	t.Method("__format__", strFormatDunder)
	t.StaticMethod("maketrans", strMaketrans)
	m("translate", 1, 1, strTranslate)
	t.Method("__getnewargs__", strGetnewargs)
}

// strJoin implements str.join (through m).
func strJoin(s *StrObj, a []Value) (Value, *Exc) {
	items, e := ToSlice(a[0])
	if e != nil {
		if a[0].Type().Iter == nil && a[0].Type().GetItem == nil {
			return Null, TypeErrorf("can only join an iterable")
		}
		return Null, e
	}
	parts := make([]string, len(items))
	for i, it := range items {
		x, ok := asStrObj(it)
		if !ok {
			return Null, TypeErrorf("sequence item %d: expected str instance, %s found", i, it.TypeName())
		}
		parts[i] = x.S
	}
	return Str(strings.Join(parts, s.S)), nil
}

// strSplitlines is str.splitlines.
func strSplitlines(self Value, args []Value, kw []string) (Value, *Exc) {
	a, e := ParseArgs("splitlines", args, kw, []string{"keepends"}, 0)
	if e != nil {
		return Null, e
	}
	keep := false
	if !a[0].IsNull() {
		keep, _ = Truth(a[0])
	}
	s := self.O.(*StrObj).S
	var out []Value
	i, start := 0, 0
	for i < len(s) {
		r, sz := DecodeRune(s, i)
		eol := 0
		switch r {
		case '\n', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
			eol = sz
		case '\r':
			eol = 1
			if i+1 < len(s) && s[i+1] == '\n' {
				eol = 2
			}
		}
		if eol > 0 {
			end := i
			if keep {
				end = i + eol
			}
			out = append(out, Str(s[start:end]))
			i += eol
			start = i
			continue
		}
		i += sz
	}
	if start < len(s) {
		out = append(out, Str(s[start:]))
	}
	return NewList(out...), nil
}

// strUpperMethod implements str.upper (through m).
func strUpperMethod(s *StrObj, a []Value) (Value, *Exc) { return Str(strUpper(s)), nil }

// strLowerMethod implements str.lower (through m).
func strLowerMethod(s *StrObj, a []Value) (Value, *Exc) { return Str(strLower(s)), nil }

// strCasefoldMethod implements str.casefold (through m).
func strCasefoldMethod(s *StrObj, a []Value) (Value, *Exc) { return Str(strCasefold(s)), nil }

// strSwapcaseMethod implements str.swapcase (through m).
func strSwapcaseMethod(s *StrObj, a []Value) (Value, *Exc) { return Str(strSwapcase(s)), nil }

// strCapitalizeMethod implements str.capitalize (through m).
func strCapitalizeMethod(s *StrObj, a []Value) (Value, *Exc) { return Str(strCapitalize(s)), nil }

// strTitleMethod implements str.title (through m).
func strTitleMethod(s *StrObj, a []Value) (Value, *Exc) { return Str(strTitle(s)), nil }

// strReplace implements str.replace (through m).
func strReplace(s *StrObj, a []Value) (Value, *Exc) {
	old, e := strArg("replace", a[0], 1)
	if e != nil {
		return Null, e
	}
	nw, e := strArg("replace", a[1], 2)
	if e != nil {
		return Null, e
	}
	n := -1
	if len(a) == 3 {
		c, e := IndexOf(a[2])
		if e != nil {
			return Null, e
		}
		n = int(c)
	}
	return Str(strings.Replace(s.S, old, nw, n)), nil
}

// strCount implements str.count (through m).
func strCount(s *StrObj, a []Value) (Value, *Exc) {
	sub, e := strArg("count", a[0], 1)
	if e != nil {
		return Null, e
	}
	lo, hi, _, e := subRange(s, a[1:])
	if e != nil {
		return Null, e
	}
	if lo < 0 {
		return Int(0), nil
	}
	if sub == "" {
		return Int(int64(runeCount(s.S[lo:hi]) + 1)), nil
	}
	return Int(int64(strings.Count(s.S[lo:hi], sub))), nil
}

// strIsdigit implements str.isdigit (through pred).
func strIsdigit(r rune) bool {
	return unicode.IsDigit(r) || unicode.Is(unicode.No, r) && r >= 0xb2 && r <= 0xb9
}

// strIsdecimal implements str.isdecimal (through pred).
func strIsdecimal(r rune) bool { return unicode.Is(unicode.Nd, r) }

// strIsnumeric implements str.isnumeric (through pred).
func strIsnumeric(r rune) bool { return unicode.IsNumber(r) }

// strIsalnum implements str.isalnum (through pred).
func strIsalnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

// strIsascii implements str.isascii (through pred).
func strIsascii(r rune) bool { return r < 0x80 }

// strIsprintable implements str.isprintable (through pred).
func strIsprintable(r rune) bool { return r == ' ' || (r != '\t' && isPrintable(r)) }

// strIsupper implements str.isupper (through m).
func strIsupper(s *StrObj, a []Value) (Value, *Exc) {
	cased := false
	for _, r := range s.S {
		if unicode.IsLower(r) || unicode.IsTitle(r) {
			return False, nil
		}
		if unicode.IsUpper(r) {
			cased = true
		}
	}
	return Bool(cased), nil
}

// strIslower implements str.islower (through m).
func strIslower(s *StrObj, a []Value) (Value, *Exc) {
	cased := false
	for _, r := range s.S {
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			return False, nil
		}
		if unicode.IsLower(r) {
			cased = true
		}
	}
	return Bool(cased), nil
}

// strIstitle implements str.istitle (through m).
func strIstitle(s *StrObj, a []Value) (Value, *Exc) {
	cased, prev := false, false
	for _, r := range s.S {
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			if prev {
				return False, nil
			}
			prev, cased = true, true
		case unicode.IsLower(r):
			if !prev {
				return False, nil
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return Bool(cased), nil
}

// strIsidentifier implements str.isidentifier (through m).
func strIsidentifier(s *StrObj, a []Value) (Value, *Exc) {
	for i, r := range s.S {
		ok := r == '_' || unicode.IsLetter(r) || (i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r)))
		if !ok {
			return False, nil
		}
	}
	return Bool(s.S != ""), nil
}

// strZfill implements str.zfill (through m).
func strZfill(s *StrObj, a []Value) (Value, *Exc) {
	w, e := IndexOf(a[0])
	if e != nil {
		return Null, e
	}
	n := s.Len()
	if int(w) <= n {
		return Obj(s), nil
	}
	pad := strings.Repeat("0", int(w)-n)
	if s.S != "" && (s.S[0] == '+' || s.S[0] == '-') {
		return Str(s.S[:1] + pad + s.S[1:]), nil
	}
	return Str(pad + s.S), nil
}

// strRemoveprefix implements str.removeprefix (through m).
func strRemoveprefix(s *StrObj, a []Value) (Value, *Exc) {
	p, e := strArg("removeprefix", a[0], 1)
	return Str(strings.TrimPrefix(s.S, p)), e
}

// strRemovesuffix implements str.removesuffix (through m).
func strRemovesuffix(s *StrObj, a []Value) (Value, *Exc) {
	p, e := strArg("removesuffix", a[0], 1)
	return Str(strings.TrimSuffix(s.S, p)), e
}

// strExpandtabs implements str.expandtabs (through m).
func strExpandtabs(s *StrObj, a []Value) (Value, *Exc) {
	ts := 8
	if len(a) == 1 {
		n, e := IndexOf(a[0])
		if e != nil {
			return Null, e
		}
		ts = int(n)
	}
	var b strings.Builder
	col := 0
	for _, r := range s.S {
		switch r {
		case '\t':
			if ts > 0 {
				n := ts - col%ts
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return Str(b.String()), nil
}

// strEncode is str.encode.
func strEncode(self Value, args []Value, kw []string) (Value, *Exc) {
	enc, errs, e := encodingArgs("encode", args, kw)
	if e != nil {
		return Null, e
	}
	return encodeStr(self.O.(*StrObj).S, enc, errs)
}

// strFormatMethod is str.format.
func strFormatMethod(self Value, args []Value, kw []string) (Value, *Exc) {
	r, e := strFormat(self.O.(*StrObj).S, args[:len(args)-len(kw)], kwDict(args, kw))
	return Str(r), e
}

// strFormatMap is str.format_map.
func strFormatMap(self Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("str.format_map", args, kw, 1, 1); e != nil {
		return Null, e
	}
	r, e := strFormat(self.O.(*StrObj).S, nil, args[0])
	return Str(r), e
}

// strFormatDunder is str.__format__.
func strFormatDunder(self Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("str.__format__", args, kw, 1, 1); e != nil {
		return Null, e
	}
	spec, _ := AsStr(args[0])
	r, e := formatStr(self.O.(*StrObj).S, spec)
	return Str(r), e
}

// strMaketrans is str.maketrans.
func strMaketrans(_ Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("str.maketrans", args, kw, 1, 3); e != nil {
		return Null, e
	}
	d := NewDictObj()
	if len(args) == 1 {
		src, ok := args[0].O.(*Dict)
		if !ok {
			return Null, TypeErrorf("if you give only one argument to maketrans it must be a dict")
		}
		var exc *Exc
		src.Items(func(k, v Value) bool {
			if s, ok := AsStr(k); ok {
				k = Int(int64([]rune(s)[0]))
			}
			exc = d.Set(k, v)
			return exc == nil
		})
		return Obj(d), exc
	}
	x, _ := AsStr(args[0])
	y, _ := AsStr(args[1])
	xr, yr := []rune(x), []rune(y)
	if len(xr) != len(yr) {
		return Null, ValueErrorf("the first two maketrans arguments must have equal length")
	}
	for i := range xr {
		d.Set(Int(int64(xr[i])), Int(int64(yr[i])))
	}
	if len(args) == 3 {
		z, _ := AsStr(args[2])
		for _, r := range z {
			d.Set(Int(int64(r)), None)
		}
	}
	return Obj(d), nil
}

// strTranslate implements str.translate (through m).
func strTranslate(s *StrObj, a []Value) (Value, *Exc) {
	var b []byte
	for i := 0; i < len(s.S); {
		r, sz := DecodeRune(s.S, i)
		i += sz
		v, e := GetItem(a[0], Int(int64(r)))
		if e != nil {
			if e.Class.IsSubtype(ExcLookupError) {
				b = appendRune(b, r)
				continue
			}
			return Null, e
		}
		switch {
		case v.IsNone():
		case IsIntLike(v):
			b = appendRune(b, rune(v.I))
		default:
			str, ok := AsStr(v)
			if !ok {
				return Null, TypeErrorf("character mapping must return integer, None or str")
			}
			b = append(b, str...)
		}
	}
	return Str(string(b)), nil
}

// strGetnewargs is str.__getnewargs__.
func strGetnewargs(self Value, args []Value, kw []string) (Value, *Exc) {
	return NewTuple(Str(self.O.(*StrObj).S)), nil
}

func isPrintable(r rune) bool {
	return r >= 0x20 && r != 0x7f && (r < 0x80 || unicode.IsPrint(r))
}

func splitWhite(s string, max int, right bool) []string {
	var out []string
	if !right {
		i := 0
		for {
			for i < len(s) {
				r, sz := DecodeRune(s, i)
				if !isPySpace(r) {
					break
				}
				i += sz
			}
			if i >= len(s) {
				return out
			}
			if max >= 0 && len(out) == max {
				out = append(out, s[i:])
				return out
			}
			j := i
			for j < len(s) {
				r, sz := DecodeRune(s, j)
				if isPySpace(r) {
					break
				}
				j += sz
			}
			out = append(out, s[i:j])
			i = j
		}
	}
	rs := []rune(s)
	j := len(rs)
	for {
		for j > 0 && isPySpace(rs[j-1]) {
			j--
		}
		if j == 0 {
			break
		}
		if max >= 0 && len(out) == max {
			out = append(out, string(rs[:j]))
			break
		}
		i := j
		for i > 0 && !isPySpace(rs[i-1]) {
			i--
		}
		out = append(out, string(rs[i:j]))
		j = i
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func rsplitSep(s, sep string, max int) []string {
	if max < 0 {
		return strings.Split(s, sep)
	}
	var out []string
	for max > 0 {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[i+len(sep):])
		s = s[:i]
		max--
	}
	out = append(out, s)
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// kwDict collects keyword arguments into a dict (Null if none).
func kwDict(args []Value, kw []string) Value {
	if len(kw) == 0 {
		return Null
	}
	d := NewDictObj()
	npos := len(args) - len(kw)
	for i, k := range kw {
		d.SetStr(k, args[npos+i])
	}
	return Obj(d)
}
