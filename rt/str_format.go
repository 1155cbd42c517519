package rt

import (
	"math"
	"strconv"
	"strings"
)

// str.format and printf-style (%) formatting.

// strFormat is str.format(*args, **kwargs) (kwargs a mapping or Null).
func strFormat(f string, args []Value, kwargs Value) (string, *Exc) {
	auto := 0 // -1 manual, >0 automatic count+1
	var b strings.Builder
	i := 0
	for i < len(f) {
		c := f[i]
		if c == '}' {
			if i+1 < len(f) && f[i+1] == '}' {
				b.WriteByte('}')
				i += 2
				continue
			}
			return "", ValueErrorf("Single '}' encountered in format string")
		}
		if c != '{' {
			b.WriteByte(c)
			i++
			continue
		}
		if i+1 < len(f) && f[i+1] == '{' {
			b.WriteByte('{')
			i += 2
			continue
		}
		// Find the matching close brace (nested braces in the spec).
		depth := 1
		j := i + 1
		for j < len(f) && depth > 0 {
			switch f[j] {
			case '{':
				depth++
			case '}':
				depth--
			}
			j++
		}
		if depth > 0 {
			return "", ValueErrorf("expected '}' before end of string")
		}
		field := f[i+1 : j-1]
		i = j
		name, conv, spec := field, "", ""
		// The field name ends at '!' or ':' outside brackets.
		k := 0
		for k < len(name) && name[k] != '!' && name[k] != ':' {
			if name[k] == '[' {
				for k < len(name) && name[k] != ']' {
					k++
				}
			}
			if k < len(name) {
				k++
			}
		}
		if k < len(field) {
			rest := field[k:]
			name = field[:k]
			if rest[0] == '!' {
				if len(rest) < 2 {
					return "", ValueErrorf("end of string while looking for conversion specifier")
				}
				conv = rest[1:2]
				rest = rest[2:]
				if rest != "" && rest[0] != ':' {
					return "", ValueErrorf("expected ':' after conversion specifier")
				}
			}
			if rest != "" {
				spec = rest[1:]
			}
		}
		if strings.Contains(spec, "{") {
			s, e := strFormat(spec, args, kwargs)
			if e != nil {
				return "", e
			}
			spec = s
		}
		// First part of the name: index or keyword.
		first := name
		rest := ""
		if p := strings.IndexAny(name, ".["); p >= 0 {
			first, rest = name[:p], name[p:]
		}
		var v Value
		if first == "" {
			if auto < 0 {
				return "", ValueErrorf("cannot switch from manual field specification to automatic field numbering")
			}
			idx := auto
			auto++
			if idx >= len(args) {
				return "", Errorf(ExcIndexError, "Replacement index %d out of range for positional args tuple", idx)
			}
			v = args[idx]
		} else if n, err := strconv.Atoi(first); err == nil {
			if auto > 0 {
				return "", ValueErrorf("cannot switch from automatic field numbering to manual field specification")
			}
			auto = -1
			if n >= len(args) {
				return "", Errorf(ExcIndexError, "Replacement index %d out of range for positional args tuple", n)
			}
			v = args[n]
		} else {
			if kwargs.IsNull() {
				return "", KeyErrorOf(Str(first))
			}
			var e *Exc
			if v, e = GetItem(kwargs, Str(first)); e != nil {
				return "", e
			}
		}
		for rest != "" {
			if rest[0] == '.' {
				p := strings.IndexAny(rest[1:], ".[")
				attr := rest[1:]
				if p >= 0 {
					attr, rest = rest[1:p+1], rest[p+1:]
				} else {
					rest = ""
				}
				var e *Exc
				if v, e = GetAttr(v, attr); e != nil {
					return "", e
				}
			} else {
				q := strings.IndexByte(rest, ']')
				if q < 0 {
					return "", ValueErrorf("Missing ']' in format string")
				}
				key := rest[1:q]
				rest = rest[q+1:]
				var kv Value
				if n, err := strconv.Atoi(key); err == nil {
					kv = Int(int64(n))
				} else {
					kv = Str(key)
				}
				var e *Exc
				if v, e = GetItem(v, kv); e != nil {
					return "", e
				}
			}
		}
		switch conv {
		case "":
		case "r", "s", "a":
			var s string
			var e *Exc
			switch conv {
			case "r":
				s, e = ToRepr(v)
			case "s":
				s, e = ToStr(v)
			default:
				s, e = ToASCII(v)
			}
			if e != nil {
				return "", e
			}
			v = Str(s)
		default:
			return "", ValueErrorf("Unknown conversion specifier %s", conv)
		}
		s, e := Format(v, spec)
		if e != nil {
			return "", e
		}
		b.WriteString(s)
	}
	return b.String(), nil
}

// percentFormat is str % args.
func percentFormat(f string, arg Value) (string, *Exc) {
	var args []Value
	var mapping Value
	if t, ok := arg.O.(*Tuple); ok && arg.K == KObj {
		args = t.Items
	} else {
		args = []Value{arg}
		if arg.K == KObj && arg.Type().GetItem != nil {
			if _, isStr := arg.O.(*StrObj); !isStr {
				mapping = arg
			}
		}
	}
	argi := 0
	usedMapping := false
	next := func() (Value, *Exc) {
		if argi >= len(args) {
			return Null, TypeErrorf("not enough arguments for format string")
		}
		argi++
		return args[argi-1], nil
	}
	var b strings.Builder
	i := 0
	for i < len(f) {
		c := f[i]
		if c != '%' {
			b.WriteByte(c)
			i++
			continue
		}
		i++
		if i >= len(f) {
			return "", ValueErrorf("incomplete format")
		}
		var v Value
		haveV := false
		if f[i] == '(' {
			depth := 1
			j := i + 1
			for j < len(f) && depth > 0 {
				if f[j] == '(' {
					depth++
				} else if f[j] == ')' {
					depth--
				}
				j++
			}
			if depth > 0 {
				return "", ValueErrorf("incomplete format key")
			}
			if mapping.IsNull() {
				return "", TypeErrorf("format requires a mapping")
			}
			var e *Exc
			if v, e = GetItem(mapping, Str(f[i+1:j-1])); e != nil {
				return "", e
			}
			haveV = true
			usedMapping = true
			i = j
		}
		s := fmtSpec{fill: ' ', precision: -1}
		left := false
		for i < len(f) && strings.IndexByte("-+ #0", f[i]) >= 0 {
			switch f[i] {
			case '-':
				left = true
			case '+':
				s.sign = '+'
			case ' ':
				if s.sign == 0 {
					s.sign = ' '
				}
			case '#':
				s.alt = true
			case '0':
				s.zero = true
			}
			i++
		}
		if i < len(f) && f[i] == '*' {
			w, e := next()
			if e != nil {
				return "", e
			}
			n, e := IndexOf(w)
			if e != nil {
				return "", TypeErrorf("* wants int")
			}
			s.width = int(n)
			if n < 0 {
				left, s.width = true, int(-n)
			}
			i++
		} else {
			for i < len(f) && f[i] >= '0' && f[i] <= '9' {
				s.width = s.width*10 + int(f[i]-'0')
				i++
			}
		}
		if i < len(f) && f[i] == '.' {
			i++
			s.precision = 0
			if i < len(f) && f[i] == '*' {
				p, e := next()
				if e != nil {
					return "", e
				}
				n, e := IndexOf(p)
				if e != nil {
					return "", TypeErrorf("* wants int")
				}
				s.precision = int(n)
				i++
			} else {
				for i < len(f) && f[i] >= '0' && f[i] <= '9' {
					s.precision = s.precision*10 + int(f[i]-'0')
					i++
				}
			}
		}
		for i < len(f) && (f[i] == 'l' || f[i] == 'h' || f[i] == 'L') {
			i++
		}
		if i >= len(f) {
			return "", ValueErrorf("incomplete format")
		}
		conv := f[i]
		i++
		if conv == '%' {
			b.WriteByte('%')
			continue
		}
		if !haveV {
			var e *Exc
			if v, e = next(); e != nil {
				return "", e
			}
		}
		if left {
			s.align = '<'
		} else if s.zero && strings.IndexByte("diouxXeEfFgG", conv) >= 0 {
			s.fill, s.align = '0', '='
		} else {
			s.align = '>'
		}
		var out string
		var e *Exc
		switch conv {
		case 's', 'r', 'a':
			switch conv {
			case 's':
				out, e = ToStr(v)
			case 'r':
				out, e = ToRepr(v)
			default:
				out, e = ToASCII(v)
			}
			if e == nil && s.precision >= 0 {
				if rs := []rune(out); len(rs) > s.precision {
					out = string(rs[:s.precision])
				}
			}
			if e == nil {
				out = s.pad("", out, '>')
			}
		case 'd', 'i', 'u':
			var iv Value
			if v.K == KFloat {
				iv, e = FloatToInt(v.AsFloat())
			} else if IsIntLike(v) {
				iv = v
			} else if v.Type().Index != nil || v.Type().Unary[UnInt] != nil {
				iv, e = ToInt(v)
			} else {
				e = TypeErrorf("%%%c format: a real number is required, not %s", conv, v.TypeName())
			}
			if e == nil {
				b2 := ToBig(iv)
				neg := b2.Sign() < 0
				digits := b2.Abs(b2).String()
				if s.precision > len(digits) {
					digits = strings.Repeat("0", s.precision-len(digits)) + digits
				}
				out = s.numberLayout(neg, "", digits, "", 3)
			}
		case 'x', 'X', 'o':
			if !IsIntLike(v) && v.Type().Index == nil {
				e = TypeErrorf("%%%c format: an integer is required, not %s", conv, v.TypeName())
				break
			}
			iv, e2 := Index(v)
			if e2 != nil {
				e = e2
				break
			}
			b2 := ToBig(iv)
			neg := b2.Sign() < 0
			base, prefix := 16, "0x"
			if conv == 'o' {
				base, prefix = 8, "0o"
			}
			digits := b2.Abs(b2).Text(base)
			if conv == 'X' {
				digits = strings.ToUpper(digits)
				prefix = "0X"
			}
			if !s.alt {
				prefix = ""
			}
			if s.precision > len(digits) {
				digits = strings.Repeat("0", s.precision-len(digits)) + digits
			}
			out = s.numberLayout(neg, prefix, digits, "", 3)
		case 'e', 'E', 'f', 'F', 'g', 'G':
			fv, ok, e2 := toFloatOperand(v)
			if e2 != nil {
				e = e2
				break
			}
			if !ok {
				if v.Type().Unary[UnFloat] != nil {
					r, e3 := ToFloat(v)
					if e3 != nil {
						e = e3
						break
					}
					fv = r.AsFloat()
				} else {
					e = TypeErrorf("must be real number, not %s", v.TypeName())
					break
				}
			}
			s.typ = conv
			if s.precision < 0 {
				s.precision = 6
			}
			if math.IsInf(fv, 0) || math.IsNaN(fv) {
				if s.fill == '0' {
					s.fill, s.align = ' ', '>'
				}
			}
			out, e = formatFloatParsed(fv, s)
		case 'c':
			if IsIntLike(v) {
				out = string(appendRune(nil, rune(v.I)))
			} else if str, ok := AsStr(v); ok && runeCount(str) == 1 {
				out = str
			} else {
				e = TypeErrorf("%%c requires int or char")
			}
			if e == nil {
				out = s.pad("", out, '>')
			}
		default:
			e = ValueErrorf("unsupported format character '%c' (0x%x) at index %d", conv, conv, i-1)
		}
		if e != nil {
			return "", e
		}
		b.WriteString(out)
	}
	if argi < len(args) && !usedMapping && mapping.IsNull() {
		return "", TypeErrorf("not all arguments converted during string formatting")
	}
	return b.String(), nil
}
