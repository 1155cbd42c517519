package parser

import (
	"math/big"
	"strconv"
	"strings"
)

// number converts a NUMBER token to a Constant. The scanner has checked
// the token's syntax.
func (p *parser) number(t Token) Expr {
	c := &Constant{Span: Span{t.Start, t.End}}
	s := strings.ReplaceAll(t.Lit, "_", "")
	last := s[len(s)-1]
	switch {
	case last == 'j' || last == 'J':
		f, _ := strconv.ParseFloat(s[:len(s)-1], 64) // ±Inf on overflow, as CPython
		c.Value = complex(0, f)
	case len(s) > 1 && s[0] == '0' && strings.IndexByte("xXoObB", s[1]) >= 0:
		base := 16
		switch s[1] {
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		n, _ := new(big.Int).SetString(s[2:], base)
		c.Value = n
	case strings.ContainsAny(s, ".eE"):
		f, _ := strconv.ParseFloat(s, 64)
		c.Value = f
	default:
		n, _ := new(big.Int).SetString(s, 10)
		c.Value = n
	}
	return c
}

// strings: STRING+
//
// Adjacent literals are concatenated; if any is an f-string the result
// is a JoinedStr, built as CPython 3.11's Parser/string_parser.c does
// (_PyPegen_concatenate_strings), positions included.
func (p *parser) strings() Expr {
	first := p.pos
	for p.at(STRING) {
		p.next()
	}
	toks := p.toks[first:p.pos]
	sp := Span{toks[0].Start, toks[len(toks)-1].End}
	kind := ""
	if strings.HasPrefix(toks[0].Lit, "u") {
		kind = "u"
	}
	b := &fstringBuilder{p: p, span: sp, kind: kind}
	isBytes, fmode := false, false
	for i := range toks {
		t := &toks[i]
		prefix, _, body := splitStringLiteral(t.Lit)
		tBytes, raw, format, _ := stringPrefixFlags(prefix)
		// CPython decodes a plain literal before it checks that bytes and
		// str are not mixed, and an f-string after.
		var v string
		if !tBytes {
			// The scanner leaves string bodies undecoded, as CPython's
			// tokenizer does; decoding them fails here.
			if start, end, reason := pyUTF8Error(body); start >= 0 {
				p.errorAtCurrent("(unicode error) " + utf8ErrorMsg(body, start, end, reason))
			}
		}
		if !format {
			var err error
			if v, err = decodeStringBody(body, tBytes, raw); err != nil {
				p.literalFailure(err, t)
			}
		}
		if i == 0 {
			isBytes = tBytes
		} else if tBytes != isBytes {
			p.errorAtCurrent("cannot mix bytes and nonbytes literals")
		}
		if format {
			fmode = true
			_, quote, _ := splitStringLiteral(t.Lit)
			start := len(prefix) + len(quote)
			f := &fstringScan{b: b, tok: t, lit: t.Lit, i: start, end: start + len(body), raw: raw}
			f.fstring(0)
			continue
		}
		b.addLiteral(v)
	}
	if isBytes {
		return &Constant{Span: sp, Value: []byte(b.lit.String())}
	}
	if !fmode {
		return &Constant{Span: sp, Value: b.lit.String(), Kind: kind}
	}
	b.flush()
	return &JoinedStr{sp, b.values}
}

// literalFailure raises the error of a string literal that does not
// decode: at the token itself or, as CPython does for most, at the token
// after the literals.
func (p *parser) literalFailure(err error, t *Token) {
	le, ok := err.(*literalError)
	if ok && le.AtToken {
		p.syntaxError(le.Msg, t.Start, t.End)
	}
	p.errorAtCurrent(err.Error())
}

// errorAtCurrent raises a SyntaxError where CPython's RAISE_SYNTAX_ERROR
// does: at the last token it fetched, the furthest one read.
func (p *parser) errorAtCurrent(msg string) {
	p.tok()
	if p.err == nil {
		p.err = p.errorAtToken("SyntaxError", msg, p.toks[len(p.toks)-1])
	}
	panic(bailout{})
}

// fstringBuilder accumulates the values of a JoinedStr: the literal text
// pending and the nodes done.
type fstringBuilder struct {
	p      *parser
	span   Span // the whole concatenation
	kind   string
	lit    strings.Builder
	values []Expr
}

func (b *fstringBuilder) addLiteral(s string) { b.lit.WriteString(s) }

// flush turns pending literal text into a Constant spanning sp.
func (b *fstringBuilder) flushSpan(sp Span) {
	if b.lit.Len() == 0 {
		return
	}
	b.values = append(b.values, &Constant{Span: sp, Value: b.lit.String(), Kind: b.kind})
	b.lit.Reset()
}

func (b *fstringBuilder) flush() { b.flushSpan(b.span) }
