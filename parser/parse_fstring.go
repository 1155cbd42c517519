package parser

import (
	"fmt"
	"strings"
)

// This file parses the inside of f-string tokens as CPython 3.11 does in
// Parser/string_parser.c: literal text is scanned and decoded piecewise,
// and each replacement field's expression is cut out by bracket and quote
// counting, wrapped in parentheses and parsed by a parser of its own whose
// positions are shifted to the field's place in the file.

// maxFStringNesting is how deep replacement fields nest in format specs.
const maxFStringNesting = 2

// fstringScan scans one f-string token.
type fstringScan struct {
	b   *fstringBuilder
	tok *Token
	lit string // the token's whole text
	i   int    // current offset in lit
	end int    // offset in lit of the end of the body
	raw bool
}

// fstring parses literal text and replacement fields up to the end of the
// body (level 0) or the '}' that closes a format spec (level > 0):
// _PyPegen_FstringParser_ConcatFstring.
func (f *fstringScan) fstring(level int) {
	for {
		more := f.literal(level)
		if more {
			continue
		}
		if f.i >= f.end || f.lit[f.i] == '}' {
			break
		}
		// At a '{': a replacement field.
		fv := f.field(level)
		f.b.flush()
		f.b.values = append(f.b.values, fv)
	}
	if level > 0 && (f.i >= f.end || f.lit[f.i] != '}') {
		f.b.p.errorAtCurrent("f-string: expecting '}'")
	}
}

// literal scans literal text up to a '{' or '}' and adds it, decoded.
// It returns true after a doubled brace at level 0, whose first brace
// ends the text: the caller scans on. (fstring_find_literal)
func (f *fstringScan) literal(level int) bool {
	start := f.i
	s := f.lit
	more := false
	i := f.i
	for i < f.end {
		ch := s[i]
		i++
		if !f.raw && ch == '\\' && i < f.end {
			ch = s[i]
			i++
			if ch == 'N' {
				// Skip the braces of "\N{name}": they start no field.
				if i < f.end {
					c := s[i]
					i++
					if c == '{' {
						for i < f.end {
							c := s[i]
							i++
							if c == '}' {
								break
							}
						}
					}
				}
				continue
			}
		}
		if ch == '{' || ch == '}' {
			if level == 0 {
				if i < f.end && s[i] == ch {
					// A doubled brace: keep one, skip the other.
					f.i = i + 1
					f.addDecoded(s[start:i])
					return true
				}
				if ch == '}' {
					f.b.p.errorAtCurrent("f-string: single '}' is not allowed")
				}
			}
			i--
			break
		}
	}
	f.i = i
	f.addDecoded(s[start:i])
	return more
}

// addDecoded decodes a piece of literal text and adds it.
func (f *fstringScan) addDecoded(text string) {
	if text == "" {
		return
	}
	if f.raw {
		f.b.addLiteral(text)
		return
	}
	v, err := decodeStringBody(text, false, false)
	if err != nil {
		f.b.p.literalFailure(err, f.tok)
	}
	f.b.addLiteral(v)
}

// field parses one replacement field "{expr=!c:spec}" starting at its
// '{' and returns its FormattedValue. (fstring_find_expr)
func (f *fstringScan) field(level int) Expr {
	p := f.b.p
	if level >= maxFStringNesting {
		p.errorAtCurrent("f-string: expressions nested too deeply")
	}
	brace := f.i
	f.i++
	exprStart := f.i
	s := f.lit
	var quote byte
	triple := false
	var stack []byte
scan:
	for ; f.i < f.end; f.i++ {
		ch := s[f.i]
		if ch == '\\' {
			p.errorAtCurrent("f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if ch == quote {
				if triple {
					if f.i+2 < f.end && s[f.i+1] == ch && s[f.i+2] == ch {
						f.i += 2
						quote = 0
					}
				} else {
					quote = 0
				}
			}
			continue
		}
		switch ch {
		case '\'', '"':
			triple = f.i+2 < f.end && s[f.i+1] == ch && s[f.i+2] == ch
			if triple {
				f.i += 2
			}
			quote = ch
		case '[', '{', '(':
			if len(stack) >= maxLevel {
				p.errorAtCurrent("f-string: too many nested parenthesis")
			}
			stack = append(stack, ch)
		case '#':
			p.errorAtCurrent("f-string expression part cannot include '#'")
		case ']', '}', ')':
			if len(stack) == 0 {
				if ch == '}' {
					break scan
				}
				p.errorAtCurrent(fmt.Sprintf("f-string: unmatched '%c'", ch))
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !(open == '(' && ch == ')' || open == '[' && ch == ']' || open == '{' && ch == '}') {
				p.errorAtCurrent(fmt.Sprintf("f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch, open))
			}
		case '!', ':', '=', '<', '>':
			if len(stack) > 0 {
				continue
			}
			if f.i+1 < f.end && s[f.i+1] == '=' && ch != ':' {
				f.i++ // != == <= >=
				continue
			}
			if ch == '<' || ch == '>' {
				continue
			}
			break scan
		}
	}
	exprEnd := f.i
	if quote != 0 {
		p.errorAtCurrent("f-string: unterminated string")
	}
	if len(stack) > 0 {
		p.errorAtCurrent(fmt.Sprintf("f-string: unmatched '%c'", stack[len(stack)-1]))
	}
	if f.i >= f.end {
		p.errorAtCurrent("f-string: expecting '}'")
	}
	value := f.compile(brace, exprStart, exprEnd)

	fv := &FormattedValue{Span: f.b.span, Value: value, Conversion: -1}
	debug := false
	if s[f.i] == '=' {
		f.i++
		for f.i < f.end && isASCIISpace(s[f.i]) {
			f.i++
		}
		if f.i >= f.end {
			p.errorAtCurrent("f-string: expecting '}'")
		}
		f.b.addLiteral(s[exprStart:f.i])
		debug = true
	}
	if s[f.i] == '!' {
		f.i++
		if f.i >= f.end {
			p.errorAtCurrent("f-string: expecting '}'")
		}
		c := s[f.i]
		f.i++
		if c != 's' && c != 'r' && c != 'a' {
			p.errorAtCurrent("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		fv.Conversion = int(c)
	}
	if f.i < f.end && s[f.i] == ':' {
		f.i++
		if f.i >= f.end {
			p.errorAtCurrent("f-string: expecting '}'")
		}
		fv.FormatSpec = f.formatSpec(level + 1)
	}
	if f.i >= f.end || s[f.i] != '}' {
		p.errorAtCurrent("f-string: expecting '}'")
	}
	f.i++
	if debug && fv.FormatSpec == nil && fv.Conversion == -1 {
		fv.Conversion = 'r'
	}
	return fv
}

// formatSpec parses a format spec as an f-string of its own, into a
// JoinedStr spanning the token. (fstring_parse)
func (f *fstringScan) formatSpec(level int) Expr {
	outer := f.b
	tokSpan := Span{f.tok.Start, f.tok.End}
	f.b = &fstringBuilder{p: outer.p, span: outer.span, kind: outer.kind}
	f.fstring(level)
	f.b.flushSpan(tokSpan)
	values := f.b.values
	if values == nil {
		values = []Expr{}
	}
	f.b = outer
	return &JoinedStr{tokSpan, values}
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// compile parses the expression lit[start:end] of the field whose '{' is
// at offset brace. (fstring_compile_expr)
func (f *fstringScan) compile(brace, start, end int) Expr {
	p := f.b.p
	expr := f.lit[start:end]
	if strings.Trim(expr, " \t\n\f") == "" {
		if end < f.end {
			if c := f.lit[end]; c == '!' || c == ':' || c == '=' {
				p.errorAtCurrent(fmt.Sprintf("f-string: expression required before '%c'", c))
			}
		}
		p.errorAtCurrent("f-string: empty expression not allowed")
	}
	// Where the sub-parser's first line starts in the file
	// (fstring_find_expr_location).
	lines := int32(strings.Count(f.lit[:brace], "\n"))
	cols := int32(0)
	newlineAfterBrace := strings.TrimLeft(f.lit[start:], " \t\f")
	if newlineAfterBrace == "" || newlineAfterBrace[0] != '\n' && newlineAfterBrace[0] != '}' {
		lineStart := strings.LastIndexByte(f.lit[:brace], '\n') + 1
		cols = int32(brace - lineStart)
	}
	line := f.tok.Start.Line + lines
	col := cols
	if lines == 0 {
		col += f.tok.Start.Col
	}
	sub, err := newParser(p.filename, []byte("("+expr+")"))
	if err != nil {
		p.errorAtCurrent("f-string: invalid syntax")
	}
	sub.lineOffset, sub.colOffset = line-1, col
	var e Expr
	if perr := sub.run(func() { e = sub.starExpressions() }); perr != nil {
		se, ok := perr.(*SyntaxError)
		if !ok {
			se = p.errorAt("SyntaxError", perr.Error(), p.tok().Start, p.tok().End)
		}
		if se == sub.sc.err() {
			// A tokenizer error: positions within "(expr)", no prefix.
			se.Pos.Line += line - 1
			se.End.Line += line - 1
		} else {
			// CPython reports columns within "(expr)" but lines in the file.
			se.Msg = "f-string: " + se.Msg
			se.Pos.Col -= col
			se.End.Col -= col
		}
		if p.err == nil {
			p.err = se
		}
		panic(bailout{})
	}
	return e
}
