package rt

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/py2goasync/py2goasync/rt/pyrepr"
)

// The format-spec mini-language (format(), str.format, f-strings).

type fmtSpec struct {
	fill      rune
	align     byte // 0, '<', '>', '=', '^'
	sign      byte // 0, '+', '-', ' '
	z         bool
	alt       bool
	zero      bool
	width     int
	grouping  byte // 0, ',', '_'
	precision int  // -1: none
	typ       byte // 0: none
}

// specCache memoizes parsed specs: programs use a handful of literal
// specs in hot f-strings. Only successful parses are cached (errors
// depend on the type name).
var specCache = map[string]fmtSpec{}

func parseSpec(spec string, typeName string) (fmtSpec, *Exc) {
	if s, ok := specCache[spec]; ok {
		return s, nil
	}
	s, e := parseSpecUncached(spec, typeName)
	if e == nil && len(specCache) < 512 {
		specCache[spec] = s
	}
	return s, e
}

func parseSpecUncached(spec string, typeName string) (fmtSpec, *Exc) {
	s := fmtSpec{fill: ' ', precision: -1}
	rs := []rune(spec)
	i := 0
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }
	if len(rs) >= 2 && isAlign(rs[1]) {
		s.fill, s.align = rs[0], byte(rs[1])
		i = 2
	} else if len(rs) >= 1 && isAlign(rs[0]) {
		s.align = byte(rs[0])
		i = 1
	}
	if i < len(rs) && (rs[i] == '+' || rs[i] == '-' || rs[i] == ' ') {
		s.sign = byte(rs[i])
		i++
	}
	if i < len(rs) && rs[i] == 'z' {
		s.z = true
		i++
	}
	if i < len(rs) && rs[i] == '#' {
		s.alt = true
		i++
	}
	if i < len(rs) && rs[i] == '0' {
		s.zero = true
		if s.align == 0 {
			s.fill, s.align = '0', '='
		}
		i++
	}
	st := i
	for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
		i++
	}
	if i > st {
		w, err := strconv.Atoi(string(rs[st:i]))
		if err != nil {
			return s, ValueErrorf("Too many decimal digits in format string")
		}
		s.width = w
	}
	if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
		s.grouping = byte(rs[i])
		i++
		if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
			return s, ValueErrorf("Cannot specify both ',' and '_'.")
		}
	}
	if i < len(rs) && rs[i] == '.' {
		i++
		st := i
		for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
			i++
		}
		if i == st {
			return s, ValueErrorf("Format specifier missing precision")
		}
		p, err := strconv.Atoi(string(rs[st:i]))
		if err != nil {
			return s, ValueErrorf("Too many decimal digits in format string")
		}
		s.precision = p
	}
	if len(rs)-i > 1 {
		return s, ValueErrorf("Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if i < len(rs) {
		if rs[i] > 127 {
			return s, ValueErrorf("Unknown format code '\\x%x' for object of type '%s'", rs[i], typeName)
		}
		s.typ = byte(rs[i])
	}
	if s.grouping != 0 {
		switch s.typ {
		case 0, 'd', 'e', 'f', 'g', 'E', 'F', 'G', '%':
		case 'b', 'o', 'x', 'X':
			if s.grouping == ',' {
				return s, ValueErrorf("Cannot specify ',' with '%c'.", s.typ)
			}
		default:
			return s, ValueErrorf("Cannot specify '%c' with '%c'.", s.grouping, s.typ)
		}
	}
	return s, nil
}

// pad aligns body (sign/prefix already included in body unless '='
// alignment splits them: prefix is then kept left of the padding).
func (s *fmtSpec) pad(prefix, body string, defaultAlign byte) string {
	n := runeCount(prefix) + runeCount(body)
	if n >= s.width {
		return prefix + body
	}
	fill := strings.Repeat(string(s.fill), s.width-n)
	align := s.align
	if align == 0 {
		align = defaultAlign
	}
	switch align {
	case '<':
		return prefix + body + fill
	case '>':
		return fill + prefix + body
	case '=':
		return prefix + fill + body
	}
	left := (s.width - n) / 2
	fr := []rune(fill)
	return string(fr[:left]) + prefix + body + string(fr[left:])
}

// group inserts separators every n digits from the right.
func group(digits string, sep byte, n int) string {
	if len(digits) <= n {
		return digits
	}
	var b strings.Builder
	first := len(digits) % n
	if first > 0 {
		b.WriteString(digits[:first])
	}
	for i := first; i < len(digits); i += n {
		if b.Len() > 0 {
			b.WriteByte(sep)
		}
		b.WriteString(digits[i : i+n])
	}
	return b.String()
}

// numberLayout assembles sign, prefix and digits with grouping and zero
// padding (the zeros are grouped too, as CPython does).
func (s *fmtSpec) numberLayout(neg bool, prefix, intDigits, rest string, groupN int) string {
	sign := ""
	if neg {
		sign = "-"
	} else if s.sign == '+' {
		sign = "+"
	} else if s.sign == ' ' {
		sign = " "
	}
	head := sign + prefix
	if s.grouping != 0 && s.fill == '0' && s.align == '=' && s.zero {
		digits := intDigits
		for {
			g := group(digits, s.grouping, groupN)
			if len(head)+len(g)+runeCount(rest) >= s.width {
				return head + g + rest
			}
			digits = "0" + digits
		}
	}
	body := intDigits
	if s.grouping != 0 {
		body = group(intDigits, s.grouping, groupN)
	}
	return s.pad(head, body+rest, '>')
}

// formatInt is int.__format__.
func formatInt(v Value, spec string) (string, *Exc) {
	if spec == "" {
		return IntRepr(v)
	}
	s, e := parseSpec(spec, v.TypeName())
	if e != nil {
		return "", e
	}
	switch s.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, e := intToFloat(v)
		if e != nil {
			return "", e
		}
		return formatFloatParsed(f, s)
	case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		return "", ValueErrorf("Unknown format code '%c' for object of type '%s'", s.typ, v.TypeName())
	}
	if s.precision >= 0 {
		return "", ValueErrorf("Precision not allowed in integer format specifier")
	}
	if s.typ == 'c' {
		if s.sign != 0 {
			return "", ValueErrorf("Sign not allowed with integer format specifier 'c'")
		}
		if s.alt {
			return "", ValueErrorf("Alternate form (#) not allowed with integer format specifier 'c'")
		}
		n, e := IndexOf(v)
		if e != nil || n < 0 || n > 0x10ffff {
			return "", Errorf(ExcOverflowError, "%%c arg not in range(0x110000)")
		}
		return s.pad("", string(appendRune(nil, rune(n))), '<'), nil
	}
	b := ToBig(v)
	neg := b.Sign() < 0
	b.Abs(b)
	base, prefix, groupN := 10, "", 3
	switch s.typ {
	case 'b':
		base, prefix, groupN = 2, "0b", 4
	case 'o':
		base, prefix, groupN = 8, "0o", 4
	case 'x':
		base, prefix, groupN = 16, "0x", 4
	case 'X':
		base, prefix, groupN = 16, "0X", 4
	}
	if !s.alt {
		prefix = ""
	}
	digits := b.Text(base)
	if s.typ == 'X' {
		digits = strings.ToUpper(digits)
	}
	return s.numberLayout(neg, prefix, digits, "", groupN), nil
}

// formatFloatSpec is float.__format__.
func formatFloatSpec(f float64, spec string) (string, *Exc) {
	if spec == "" {
		return pyrepr.Float(f), nil
	}
	s, e := parseSpec(spec, "float")
	if e != nil {
		return "", e
	}
	return formatFloatParsed(f, s)
}

func formatFloatParsed(f float64, s fmtSpec) (string, *Exc) {
	switch s.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", ValueErrorf("Unknown format code '%c' for object of type 'float'", s.typ)
	}
	if s.alt && false {
		return "", nil
	}
	neg := math.Signbit(f) && !math.IsNaN(f)
	a := math.Abs(f)
	var body string
	prec := s.precision
	switch s.typ {
	case 'f', 'F':
		if prec < 0 {
			prec = 6
		}
		body = strconv.FormatFloat(a, 'f', prec, 64)
		if s.alt && prec == 0 {
			body += "."
		}
	case 'e', 'E':
		if prec < 0 {
			prec = 6
		}
		body = fixExp(strconv.FormatFloat(a, 'e', prec, 64))
		if s.alt && prec == 0 {
			body = strings.Replace(body, "e", ".e", 1)
		}
	case '%':
		if prec < 0 {
			prec = 6
		}
		body = strconv.FormatFloat(a*100, 'f', prec, 64) + "%"
	case 'g', 'G', 'n':
		if prec < 0 {
			prec = 6
		}
		if prec == 0 {
			prec = 1
		}
		body = formatG(a, prec, s.alt, false)
	case 0:
		if prec < 0 {
			body = pyrepr.Float(a)
		} else {
			if prec == 0 {
				prec = 1
			}
			body = formatG(a, prec, s.alt, true)
		}
	}
	if math.IsInf(a, 0) {
		body = "inf"
	} else if math.IsNaN(a) {
		body = "nan"
	}
	if s.typ == 'E' || s.typ == 'F' || s.typ == 'G' {
		body = strings.ToUpper(body)
	}
	if s.z && neg {
		// Negative zero after rounding becomes positive.
		if strings.Trim(body, "0.%e+-E") == "" {
			neg = false
		}
	}
	intPart, rest := body, ""
	if i := strings.IndexAny(body, ".eE%"); i >= 0 {
		intPart, rest = body[:i], body[i:]
	}
	if math.IsInf(a, 0) || math.IsNaN(a) {
		intPart, rest = body, ""
		if s.grouping != 0 {
			s.grouping = 0
		}
	}
	return s.numberLayout(neg, "", intPart, rest, 3), nil
}

// fixExp makes Go's exponent form CPython's (at least two exponent
// digits: Go already does; kept for clarity).
func fixExp(s string) string { return s }

// formatG is the 'g' presentation; reprLike is the no-type variant (at
// least one digit after the point, exponent when exp >= prec-1... as
// CPython's 'r'-ish rules with a precision).
func formatG(a float64, prec int, alt, noType bool) string {
	if a == 0 {
		if noType {
			return "0.0"
		}
		if alt {
			return "0." + strings.Repeat("0", prec-1)
		}
		return "0"
	}
	if math.IsInf(a, 0) || math.IsNaN(a) {
		return "inf"
	}
	es := strconv.FormatFloat(a, 'e', prec-1, 64)
	ei := strings.IndexByte(es, 'e')
	exp, _ := strconv.Atoi(es[ei+1:])
	if exp >= -4 && exp < prec {
		r := strconv.FormatFloat(a, 'f', prec-1-exp, 64)
		if !alt && strings.Contains(r, ".") {
			r = strings.TrimRight(r, "0")
			r = strings.TrimSuffix(r, ".")
		}
		if noType && !strings.Contains(r, ".") {
			r += ".0"
		}
		return r
	}
	mant := es[:ei]
	if !alt && strings.Contains(mant, ".") {
		mant = strings.TrimRight(mant, "0")
		mant = strings.TrimSuffix(mant, ".")
	}
	return mant + es[ei:]
}

// formatStr is str.__format__.
func formatStr(str string, spec string) (string, *Exc) {
	if spec == "" {
		return str, nil
	}
	s, e := parseSpec(spec, "str")
	if e != nil {
		return "", e
	}
	if s.typ != 0 && s.typ != 's' {
		return "", ValueErrorf("Unknown format code '%c' for object of type 'str'", s.typ)
	}
	if s.sign != 0 {
		return "", ValueErrorf("Sign not allowed in string format specifier")
	}
	if s.alt {
		return "", ValueErrorf("Alternate form (#) not allowed in string format specifier")
	}
	if s.align == '=' {
		return "", ValueErrorf("'=' alignment not allowed in string format specifier")
	}
	if s.grouping != 0 {
		return "", ValueErrorf("Cannot specify '%c' with 's'.", s.grouping)
	}
	if s.precision >= 0 {
		rs := []rune(str)
		if len(rs) > s.precision {
			str = string(rs[:s.precision])
		}
	}
	return s.pad("", str, '<'), nil
}

// Format is format(v, spec).
func Format(v Value, spec string) (string, *Exc) {
	if v.O != nil && v.K != KObj {
		goto special // an int or float subclass: its __format__
	}
	switch v.K {
	case KInt:
		if spec == "" {
			return strconv.FormatInt(v.I, 10), nil
		}
		return formatInt(v, spec)
	case KBool:
		if spec == "" {
			return IntRepr(v)
		}
		return formatInt(v, spec)
	case KFloat:
		return formatFloatSpec(v.AsFloat(), spec)
	case KObj:
		switch o := v.O.(type) {
		case *StrObj:
			if o.cls == nil {
				return formatStr(o.S, spec)
			}
		case *BigIntObj:
			return formatInt(v, spec)
		}
	}
special:
	r, found, e := CallSpecial(v, "__format__", Str(spec))
	if e != nil {
		return "", e
	}
	if !found {
		if spec != "" {
			return "", TypeErrorf("unsupported format string passed to %s.__format__", v.TypeName())
		}
		return ToStr(v)
	}
	s, ok := AsStr(r)
	if !ok {
		return "", TypeErrorf("__format__ must return a str, not %s", r.TypeName())
	}
	return s, nil
}

// FormatValue is format(v, spec) as a str Value.
func FormatValue(v Value, spec string) (Value, *Exc) {
	s, e := Format(v, spec)
	if e != nil {
		return Null, e
	}
	return Str(s), nil
}

var _ = big.NewInt
