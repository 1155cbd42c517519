package parser

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// This file is the lexical scanner. It follows CPython 3.11's C tokenizer
// (Parser/tokenizer.c, tok_get) closely, including its error messages and
// the positions CPython reports for them; Lib/tokenize.py differs and is
// not the reference.
//
// Token positions (Pos: line 1-based, Col 0-based byte offset in the line):
//
//   - NAME, NUMBER, STRING, operators: exact source extent, as CPython's
//     col_offset/end_col_offset. A STRING's Start is on its first line and
//     its End on its last line.
//   - NEWLINE: Start is the '#' of a comment ending the line if there is
//     one, else the '\n'; End is the '\n' (CPython: p_end = cur-1). At the
//     end of a file without a final newline one is implied, at the
//     column just after the last character.
//   - INDENT, DEDENT, ENDMARKER: CPython gives these col_offset -1 and its
//     errors at them use the tokenizer's current position. Start == End ==
//     that position: for INDENT and DEDENT on a line, the first character
//     of the line's first token; for DEDENT and ENDMARKER at the end of the
//     file, Line is the last line of the file and Col is its length + 1
//     (just past its '\n').

// maxIndent and maxLevel are CPython's MAXINDENT and MAXLEVEL.
const (
	maxIndent = 100
	maxLevel  = 200
	tabSize   = 8
)

// bracket is an open bracket on the scanner's stack.
type bracket struct {
	kind TokenKind // LPAR, LSQB or LBRACE
	pos  Pos
}

// scanner turns decoded Python source into tokens.
type scanner struct {
	filename string
	src      string // decoded source; line endings are "\n" and it ends with one

	pos       int   // offset of the next byte to read
	lineno    int32 // line number of pos (stays on the last line at EOF)
	lineStart int   // offset of the start of that line
	// bufStart is the start of the line CPython's tok->buf points at: the
	// first line of the current logical line when lines were joined by a
	// backslash after a token (used for the text and column of some errors).
	bufStart int

	atBOL   bool
	pending int // pending INDENTs (> 0) or DEDENTs (< 0)
	indent  int // index of the innermost indentation level
	indstk  [maxIndent]int32
	altstk  [maxIndent]int32
	level   int // bracket nesting depth
	parens  [maxLevel]bracket
	eofSeen bool // ENDMARKER has been produced

	// byteOffsets is set when the source has neither a BOM nor a coding
	// declaration: CPython then reports the offsets of the errors its
	// parser raises in bytes, not characters (see offsetsInBytes).
	byteOffsets bool

	e         *SyntaxError
	errRaised bool
	errTok    Token
	warns     []*SyntaxError

	lineStarts []int // computed lazily by line()
}

// newScanner prepares to scan src. It decodes the source as CPython's
// compile() does with bytes: newlines are translated ("\r\n" and "\r" to
// "\n", and a final "\n" added), a UTF-8 BOM is removed, and a PEP 263
// coding declaration on line 1 or 2 is honoured (see decodeSource). A
// decoding error is returned as a *SyntaxError.
func newScanner(filename string, src []byte) (*scanner, error) {
	text, declared, serr := decodeSource(filename, src)
	if serr != nil {
		return nil, serr
	}
	s := &scanner{filename: filename, src: text, lineno: 1, atBOL: true, byteOffsets: !declared}
	return s, nil
}

// err returns the tokenizer error, or nil.
func (s *scanner) err() *SyntaxError { return s.e }

// errRaisedByTokenizer reports whether the current error is one CPython's
// tokenizer raises itself (through syntaxerror(), or a decoding error): such
// an error found while CPython re-tokenizes the rest of the file after a
// parser error (_PyPegen_tokenize_full_source_to_check_for_errors) replaces
// the parser's error. The others (IndentationError and TabError from
// indentation, "unexpected character after line continuation character",
// "unexpected EOF while parsing" and "'(' was never closed" at the end of
// the input) are reported by the parser from the tokenizer's state and do
// not replace an earlier parser error; after them CPython only checks
// openBracket (reporting "'(' was never closed" if the bracket's line is
// before the parser error's line).
func (s *scanner) errRaisedByTokenizer() bool { return s.e != nil && s.errRaised }

// offsetsInBytes reports a CPython 3.11 quirk of compile() and ast.parse
// of bytes: when the source has neither a UTF-8 BOM nor a coding
// declaration (tok->encoding is NULL), the offset and end_offset of every
// error raised by the parser (_PyPegen_raise_error_known_location: "invalid
// syntax", "expected ':'", "unexpected indent", "'(' was never closed", ...)
// are byte offsets + 1; with a BOM or a declaration they are character
// offsets + 1. Errors raised by the tokenizer itself count characters
// either way. A SyntaxError's Pos.Col and End.Col are CPython's offsets - 1
// in whichever unit CPython used: pegenCol converts a byte column.
func (s *scanner) offsetsInBytes() bool { return s.byteOffsets }

// pegenCol returns the SyntaxError column CPython's parser reports for
// byte column col of text (its error line): col itself when CPython counts
// bytes, else the number of characters before col.
func (s *scanner) pegenCol(text string, col int32) int32 {
	if !s.byteOffsets && col >= 0 {
		// CPython's offset is the number of characters in the first col+1
		// bytes of the text.
		return charCol(text, col+1) - 1
	}
	return col
}

// charCol converts byte column col of text to characters, as CPython's
// _PyPegen_byte_offset_to_character_offset does; columns past the end
// count one per byte.
func charCol(text string, col int32) int32 {
	if col <= 0 {
		return col
	}
	if int(col) > len(text) {
		return int32(utf8.RuneCountInString(text)) + col - int32(len(text))
	}
	return int32(utf8.RuneCountInString(pyReplaceUTF8(text[:col])))
}

// warnings returns the SyntaxWarnings the tokenizer emitted so far (for a
// number immediately followed by a keyword, as in "1if x else y").
func (s *scanner) warnings() []*SyntaxError { return s.warns }

// openBracket returns the innermost bracket that is still open.
func (s *scanner) openBracket() (kind TokenKind, pos Pos, ok bool) {
	if s.level == 0 {
		return 0, Pos{}, false
	}
	b := s.parens[s.level-1]
	return b.kind, b.pos, true
}

// line returns source line n (1-based) of the decoded source, without its
// line ending, or "" if there is no such line.
func (s *scanner) line(n int) string {
	if s.lineStarts == nil {
		starts := make([]int, 1, len(s.src)/32+2)
		for i := 0; i < len(s.src); i++ {
			if s.src[i] == '\n' && i+1 < len(s.src) {
				starts = append(starts, i+1)
			}
		}
		s.lineStarts = starts
	}
	if n < 1 || n > len(s.lineStarts) {
		return ""
	}
	return lineAt(s.src, s.lineStarts[n-1])
}

// lineAt returns the line of src starting at offset start, without its "\n".
func lineAt(src string, start int) string {
	if start > len(src) {
		return ""
	}
	if i := strings.IndexByte(src[start:], '\n'); i >= 0 {
		return src[start : start+i]
	}
	return src[start:]
}

// nl records that the '\n' at offset p was consumed. At the final '\n' the
// line does not advance: CPython's lineno only moves when a next line is
// read. top is false inside a token (a string or a backslash continuation),
// where CPython keeps tok->buf on the token's first line.
func (s *scanner) nl(p int, top bool) {
	if p+1 < len(s.src) {
		s.lineno++
		s.lineStart = p + 1
		if top {
			s.bufStart = p + 1
		}
	}
}

func (s *scanner) col(off int) int32 { return int32(off - s.lineStart) }

func (s *scanner) posAt(off int) Pos { return Pos{s.lineno, int32(off - s.lineStart)} }

// peekc returns the byte at offset i, or -1 at the end.
func (s *scanner) peekc(i int) int {
	if i < len(s.src) {
		return int(s.src[i])
	}
	return -1
}

// next returns the next token. At an error it returns a token of kind
// ILLEGAL and err returns the *SyntaxError; after that it keeps returning
// the same ILLEGAL token. After ENDMARKER it keeps returning ENDMARKER.
func (s *scanner) next() Token {
	if s.e != nil {
		return s.errTok
	}
	src := s.src
nextline:
	blankline := false
	if s.atBOL {
		s.atBOL = false
		col, altcol, contCol := 0, 0, 0
		c := -1
	indentLoop:
		for {
			c = s.peekc(s.pos)
			switch c {
			case ' ':
				col++
				altcol++
			case '\t':
				col = (col/tabSize + 1) * tabSize
				altcol++
			case '\f':
				col, altcol = 0, 0
			case '\\':
				// The first backslash decides the indentation.
				if contCol == 0 {
					contCol = col
				}
				s.pos++
				if !s.continuation(true) {
					return s.errTok
				}
				continue indentLoop
			default:
				break indentLoop
			}
			s.pos++
		}
		if c == '#' || c == '\n' {
			blankline = true
		}
		if !blankline && s.level == 0 {
			if contCol != 0 {
				col, altcol = contCol, contCol
			}
			top := s.indent
			switch {
			case int32(col) == s.indstk[top]:
				if int32(altcol) != s.altstk[top] {
					return s.indentError("TabError", "inconsistent use of tabs and spaces in indentation", 0)
				}
			case int32(col) > s.indstk[top]:
				if top+1 >= maxIndent {
					return s.indentError("IndentationError", "too many levels of indentation", 0)
				}
				if int32(altcol) <= s.altstk[top] {
					return s.indentError("TabError", "inconsistent use of tabs and spaces in indentation", 0)
				}
				s.pending++
				s.indent++
				s.indstk[s.indent] = int32(col)
				s.altstk[s.indent] = int32(altcol)
			default:
				for s.indent > 0 && int32(col) < s.indstk[s.indent] {
					s.pending--
					s.indent--
				}
				if int32(col) != s.indstk[s.indent] {
					return s.indentError("IndentationError", "unindent does not match any outer indentation level", 1)
				}
				if int32(altcol) != s.altstk[s.indent] {
					return s.indentError("TabError", "inconsistent use of tabs and spaces in indentation", 0)
				}
			}
		}
	}

	if s.pending != 0 {
		p := s.posAt(s.pos)
		if s.pending < 0 {
			s.pending++
			return Token{Kind: DEDENT, Start: p, End: p}
		}
		s.pending--
		return Token{Kind: INDENT, Start: p, End: p}
	}

again:
	// Skip spaces.
	for s.pos < len(src) {
		if c := src[s.pos]; c == ' ' || c == '\t' || c == '\f' {
			s.pos++
			continue
		}
		break
	}
	start := s.pos
	if start >= len(src) {
		// End of input.
		p := s.posAt(s.pos)
		if s.level > 0 {
			b := s.parens[s.level-1]
			return s.fail(false, "SyntaxError", fmt.Sprintf("'%s' was never closed", b.kind), b.pos, Pos{b.pos.Line, -1}, s.line(int(b.pos.Line)))
		}
		s.eofSeen = true
		return Token{Kind: ENDMARKER, Start: p, End: p}
	}
	c := src[start]

	// Comment: skip to the end of the line.
	if c == '#' {
		i := strings.IndexByte(src[start:], '\n')
		s.pos = start + i
		c = '\n'
	}

	// Identifier or string prefix.
	if isIdentStart(c) {
		return s.scanName(start)
	}

	switch c {
	case '\n':
		nlAt := s.pos
		s.pos++
		s.atBOL = true
		if blankline || s.level > 0 {
			s.nl(nlAt, true)
			goto nextline
		}
		t := Token{Kind: NEWLINE, Start: s.posAt(start), End: s.posAt(nlAt)}
		s.nl(nlAt, true)
		return t
	case '.':
		c1 := s.peekc(start + 1)
		if isDigit(c1) {
			return s.scanNumber(start)
		}
		if c1 == '.' && s.peekc(start+2) == '.' {
			s.pos = start + 3
			return s.op(ELLIPSIS, start)
		}
		s.pos = start + 1
		return s.op(DOT, start)
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return s.scanNumber(start)
	case '\'', '"':
		return s.scanString(start, start)
	case '\\':
		s.pos++
		if !s.continuation(false) {
			return s.errTok
		}
		goto again
	}

	// Operators.
	s.pos = start + 1
	c2 := s.peekc(start + 1)
	kind := ILLEGAL
	switch c {
	case '(':
		return s.open(LPAR, start)
	case '[':
		return s.open(LSQB, start)
	case '{':
		return s.open(LBRACE, start)
	case ')':
		return s.close(RPAR, start)
	case ']':
		return s.close(RSQB, start)
	case '}':
		return s.close(RBRACE, start)
	case ':':
		kind = COLON
		if c2 == '=' {
			kind = COLONEQUAL
		}
	case ',':
		kind = COMMA
	case ';':
		kind = SEMI
	case '+':
		kind = PLUS
		if c2 == '=' {
			kind = PLUSEQUAL
		}
	case '-':
		kind = MINUS
		if c2 == '=' {
			kind = MINEQUAL
		} else if c2 == '>' {
			kind = RARROW
		}
	case '*':
		kind = STAR
		if c2 == '=' {
			kind = STAREQUAL
		} else if c2 == '*' {
			kind = DOUBLESTAR
			if s.peekc(start+2) == '=' {
				s.pos++
				kind = DOUBLESTAREQUAL
			}
		}
	case '/':
		kind = SLASH
		if c2 == '=' {
			kind = SLASHEQUAL
		} else if c2 == '/' {
			kind = DOUBLESLASH
			if s.peekc(start+2) == '=' {
				s.pos++
				kind = DOUBLESLASHEQUAL
			}
		}
	case '|':
		kind = VBAR
		if c2 == '=' {
			kind = VBAREQUAL
		}
	case '&':
		kind = AMPER
		if c2 == '=' {
			kind = AMPEREQUAL
		}
	case '<':
		kind = LESS
		switch c2 {
		case '=':
			kind = LESSEQUAL
		case '>':
			// CPython tokenizes "<>" as NOTEQUAL and its parser rejects
			// it ("invalid syntax") unless barry_as_FLUFL is on. Lit
			// tells it from "!=".
			s.pos = start + 2
			return Token{Kind: NOTEQUAL, Start: s.posAt(start), End: s.posAt(s.pos), Lit: src[start:s.pos]}
		case '<':
			kind = LEFTSHIFT
			if s.peekc(start+2) == '=' {
				s.pos++
				kind = LEFTSHIFTEQUAL
			}
		}
	case '>':
		kind = GREATER
		if c2 == '=' {
			kind = GREATEREQUAL
		} else if c2 == '>' {
			kind = RIGHTSHIFT
			if s.peekc(start+2) == '=' {
				s.pos++
				kind = RIGHTSHIFTEQUAL
			}
		}
	case '=':
		kind = EQUAL
		if c2 == '=' {
			kind = EQEQUAL
		}
	case '%':
		kind = PERCENT
		if c2 == '=' {
			kind = PERCENTEQUAL
		}
	case '~':
		kind = TILDE
	case '^':
		kind = CIRCUMFLEX
		if c2 == '=' {
			kind = CIRCUMFLEXEQUAL
		}
	case '@':
		kind = AT
		if c2 == '=' {
			kind = ATEQUAL
		}
	case '!':
		kind = EXCLAMATION
		if c2 == '=' {
			kind = NOTEQUAL
		}
	}
	if kind != ILLEGAL {
		if kind != c2Kind(kind) {
			s.pos++ // two-character operator (three-character ones advanced once more above)
		}
		return s.op(kind, start)
	}
	if c < 0x20 || c == 0x7f {
		return s.errAtCur(fmt.Sprintf("invalid non-printable character U+%04X", c), start, start+1)
	}
	// Any other printable ASCII character ($, ?, `) is passed to CPython's
	// parser as a generic OP token, which it rejects with "invalid syntax".
	return Token{Kind: OP, Start: s.posAt(start), End: s.posAt(start + 1), Lit: src[start : start+1]}
}

// c2Kind returns k itself for one-character operators and ILLEGAL for the
// longer ones.
func c2Kind(k TokenKind) TokenKind {
	switch k {
	case COLON, COMMA, SEMI, PLUS, MINUS, STAR, SLASH, VBAR, AMPER, LESS, GREATER,
		EQUAL, PERCENT, TILDE, CIRCUMFLEX, AT, EXCLAMATION:
		return k
	}
	return ILLEGAL
}

func (s *scanner) op(kind TokenKind, start int) Token {
	return Token{Kind: kind, Start: s.posAt(start), End: s.posAt(s.pos)}
}

func (s *scanner) open(kind TokenKind, start int) Token {
	if s.level >= maxLevel {
		return s.errAtCur("too many nested parentheses", start, start+1)
	}
	p := s.posAt(start)
	s.parens[s.level] = bracket{kind, p}
	s.level++
	return Token{Kind: kind, Start: p, End: s.posAt(start + 1)}
}

func (s *scanner) close(kind TokenKind, start int) Token {
	if s.level == 0 {
		return s.errAtCur(fmt.Sprintf("unmatched '%s'", kind), start, start+1)
	}
	s.level--
	b := s.parens[s.level]
	if b.kind+1 != kind { // LPAR/RPAR, LSQB/RSQB, LBRACE/RBRACE are adjacent
		if b.pos.Line != s.lineno {
			return s.errAtCur(fmt.Sprintf("closing parenthesis '%s' does not match opening parenthesis '%s' on line %d", kind, b.kind, b.pos.Line), start, start+1)
		}
		return s.errAtCur(fmt.Sprintf("closing parenthesis '%s' does not match opening parenthesis '%s'", kind, b.kind), start, start+1)
	}
	return Token{Kind: kind, Start: s.posAt(start), End: s.posAt(start + 1)}
}

// continuation handles a backslash outside a string; s.pos is just past
// it. It reports false (with the error set) if the backslash is not
// followed by a newline, or if the input ends after it. atBOL tells whether
// it is in a line's indentation, where CPython has no token started and
// moves tok->buf to the next line.
func (s *scanner) continuation(atBOL bool) bool {
	c := s.peekc(s.pos)
	if c != '\n' {
		// E_LINECONT: CPython's column is cur - tok->buf - 1 where cur is
		// past the character after the backslash, counted from tok->buf
		// (which may be an earlier line joined by backslashes), and its
		// text runs from tok->buf to the end of the current line.
		col := s.pos - s.bufStart
		text := s.src[s.bufStart : s.lineStart+len(lineAt(s.src, s.lineStart))]
		s.fail(false, "SyntaxError", "unexpected character after line continuation character",
			Pos{s.lineno, int32(col)}, Pos{s.lineno, -1}, text)
		return false
	}
	nlAt := s.pos
	s.pos++
	s.nl(nlAt, atBOL)
	if s.pos >= len(s.src) {
		// E_EOF.
		if s.level > 0 {
			b := s.parens[s.level-1]
			s.fail(false, "SyntaxError", fmt.Sprintf("'%s' was never closed", b.kind), b.pos, Pos{b.pos.Line, -1}, s.line(int(b.pos.Line)))
			return false
		}
		// CPython: offset cur - line_start, applied to the text from tok->buf.
		text := s.src[s.bufStart : len(s.src)-1]
		s.fail(false, "SyntaxError", "unexpected EOF while parsing",
			Pos{s.lineno, int32(len(s.src) - 1 - s.lineStart)}, Pos{s.lineno, -2}, text)
		return false
	}
	return true
}

// indentError reports an indentation error on the current line. CPython
// raises these through the parser at the start of the line: column 0 and
// end_offset 0 for TabError and "too many levels", and for "unindent does
// not match" the end of the line (offset len+1) and end_offset -1.
func (s *scanner) indentError(typ, msg string, kind int) Token {
	text := lineAt(s.src, s.lineStart)
	if kind == 0 {
		return s.fail(false, typ, msg, Pos{s.lineno, 0}, Pos{s.lineno, -1}, text)
	}
	return s.fail(false, typ, msg, Pos{s.lineno, int32(len(text))}, Pos{s.lineno, -2}, text)
}

// fail records an error and returns the ILLEGAL token. An error that is
// not raised by the tokenizer is raised by CPython's parser, and its
// columns are byte columns that pegenCol converts.
func (s *scanner) fail(raised bool, typ, msg string, pos, end Pos, text string) Token {
	if !raised {
		text = pyReplaceUTF8(text)
		pos.Col = s.pegenCol(text, pos.Col)
		end.Col = s.pegenCol(text, end.Col)
	}
	s.e = &SyntaxError{Filename: s.filename, Type: typ, Msg: msg, Pos: pos, End: end, Text: text}
	s.errRaised = raised
	s.errTok = Token{Kind: ILLEGAL, Start: pos, End: pos}
	return s.errTok
}

// errAtCur reports an error as CPython's tokenizer syntaxerror() does:
// on the current line, with offset and end_offset both the number of
// characters from the start of the line to cur (so the caret is on the
// character just before cur), whatever the encoding. The token [start, cur) is the ILLEGAL token's
// extent.
func (s *scanner) errAtCur(msg string, start, cur int) Token {
	return s.errAtCurLine(msg, s.lineno, s.lineStart, start, cur, -1)
}

// errAtCurLine is errAtCur for the line starting at lineStart. If endCol
// >= 0 it is CPython's explicit end column (syntaxerror_known_range).
func (s *scanner) errAtCurLine(msg string, line int32, lineStart, start, cur int, endOffset int) Token {
	text := pyReplaceUTF8(lineAt(s.src, lineStart))
	col := int32(utf8.RuneCountInString(pyReplaceUTF8(s.src[lineStart:cur]))) - 1
	end := Pos{line, col}
	if endOffset >= 0 {
		end.Col = int32(endOffset - 1)
	}
	s.fail(true, "SyntaxError", msg, Pos{line, col}, end, text)
	s.errTok = Token{Kind: ILLEGAL, Start: Pos{line, int32(start - lineStart)}, End: Pos{line, int32(cur - lineStart)}}
	return s.errTok
}

func (s *scanner) warn(msg string, cur int) {
	p := s.posAt(cur)
	s.warns = append(s.warns, &SyntaxError{Filename: s.filename, Type: "SyntaxWarning", Msg: msg, Pos: p, End: p})
}

func isDigit(c int) bool { return '0' <= c && c <= '9' }

func isIdentStart(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c >= 0x80
}

// isIdentChar is CPython's is_potential_identifier_char.
func isIdentChar(c int) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || '0' <= c && c <= '9' || c >= 0x80
}

// scanName scans a NAME or a keyword, or a string with a prefix.
func (s *scanner) scanName(start int) Token {
	src := s.src
	i := start
	// String prefixes, as CPython accepts them: b, r, u, f, br, rb, fr, rf
	// in any case.
	sawB, sawR, sawU, sawF := false, false, false, false
	for i < len(src) {
		c := src[i]
		switch {
		case !(sawB || sawU || sawF) && (c == 'b' || c == 'B'):
			sawB = true
		case !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'):
			sawU = true
		case !(sawR || sawU) && (c == 'r' || c == 'R'):
			sawR = true
		case !(sawF || sawB || sawU) && (c == 'f' || c == 'F'):
			sawF = true
		default:
			goto ident
		}
		i++
		if i < len(src) && (src[i] == '"' || src[i] == '\'') {
			return s.scanString(start, i)
		}
	}
ident:
	nonASCII := false
	for i < len(src) {
		c := src[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || '0' <= c && c <= '9' {
			i++
			continue
		}
		if c >= 0x80 {
			nonASCII = true
			i++
			continue
		}
		break
	}
	s.pos = i
	lit := src[start:i]
	if nonASCII {
		if !s.verifyIdentifier(start, i) {
			return s.errTok
		}
		return Token{Kind: NAME, Start: s.posAt(start), End: s.posAt(i), Lit: lit}
	}
	if len(lit) >= 2 && len(lit) <= 8 && ('a' <= lit[0] && lit[0] <= 'y' || lit == "False" || lit == "None" || lit == "True") {
		if k, ok := keywords[lit]; ok {
			return Token{Kind: k, Start: s.posAt(start), End: s.posAt(i)}
		}
	}
	return Token{Kind: NAME, Start: s.posAt(start), End: s.posAt(i), Lit: lit}
}

// verifyIdentifier checks a NAME containing non-ASCII bytes as CPython's
// verify_identifier does: it must be valid UTF-8, start with an XID_Start
// character or '_' and go on with XID_Continue characters. (CPython
// checks the characters before NFKC normalization, which the parser
// applies to the identifier's value.)
func (s *scanner) verifyIdentifier(start, end int) bool {
	id := s.src[start:end]
	if bad, badEnd, reason := pyUTF8Error(id); bad >= 0 {
		// CPython: E_DECODE; the position is the end of the identifier
		// and end_offset -1.
		// CPython: E_DECODE, raised by the parser at the tokenizer's
		// position (the end of the identifier, as a byte column) with
		// end_offset -1, with the line decoded with errors="replace".
		// Like E_EOF, the column is counted from the start of the line but
		// the text runs from tok->buf.
		msg := "(unicode error) " + utf8ErrorMsg(id, bad, badEnd, reason)
		text := pyReplaceUTF8(s.src[s.bufStart : s.lineStart+len(lineAt(s.src, s.lineStart))])
		s.fail(true, "SyntaxError", msg, Pos{s.lineno, s.pegenCol(text, int32(end-s.lineStart-1))}, Pos{s.lineno, -2}, text)
		s.errTok = Token{Kind: ILLEGAL, Start: s.posAt(start), End: s.posAt(end)}
		return false
	}
	first := true
	for j, r := range id {
		var ok bool
		if r < 0x80 {
			ok = r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || !first && '0' <= r && r <= '9'
		} else if first {
			ok = inTable(xidStart[:], r)
		} else {
			ok = inTable(xidContinue[:], r)
		}
		first = false
		if !ok {
			cur := start + j + utf8.RuneLen(r)
			var msg string
			if inTable(nonPrintable[:], r) {
				msg = fmt.Sprintf("invalid non-printable character U+%04X", r)
			} else {
				msg = fmt.Sprintf("invalid character '%c' (U+%04X)", r, r)
			}
			s.errAtCur(msg, start+j, cur)
			return false
		}
	}
	return true
}

// inTable reports whether r is in a table of inclusive ranges.
func inTable(t []uint32, r rune) bool {
	c := uint32(r)
	lo, hi := 0, len(t)/2
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if c > t[2*m+1] {
			lo = m + 1
		} else if c < t[2*m] {
			hi = m
		} else {
			return true
		}
	}
	return false
}

// scanNumber scans a NUMBER starting at start (a digit, or '.' followed by
// a digit), following tok_get's number code and its errors.
func (s *scanner) scanNumber(start int) Token {
	src := s.src
	i := start
	c := func() int { // the byte at i
		if i < len(src) {
			return int(src[i])
		}
		return -1
	}
	// decimalTail is tok_decimal_tail: digits with single underscores
	// between them, starting at i (just past a digit).
	decimalTail := func() bool {
		for {
			for isDigit(c()) {
				i++
			}
			if c() != '_' {
				return true
			}
			i++
			if !isDigit(c()) {
				s.errAtCur("invalid decimal literal", start, i)
				return false
			}
		}
	}
	done := func() Token {
		s.pos = i
		return Token{Kind: NUMBER, Start: s.posAt(start), End: s.posAt(i), Lit: src[start:i]}
	}

	if src[start] == '.' {
		i = start + 1
		goto fraction
	}
	if src[start] == '0' {
		i = start + 1
		switch c() {
		case 'x', 'X':
			i++
			for {
				if c() == '_' {
					i++
				}
				if !isHex(c()) {
					return s.errAtCur("invalid hexadecimal literal", start, i)
				}
				for isHex(c()) {
					i++
				}
				if c() != '_' {
					break
				}
			}
			if !s.verifyEndOfNumber(start, &i, "hexadecimal") {
				return s.errTok
			}
			return done()
		case 'o', 'O':
			i++
			for {
				if c() == '_' {
					i++
				}
				if d := c(); d < '0' || d >= '8' {
					if isDigit(d) {
						return s.errAtCur(fmt.Sprintf("invalid digit '%c' in octal literal", d), start, i+1)
					}
					return s.errAtCur("invalid octal literal", start, i)
				}
				for d := c(); '0' <= d && d < '8'; d = c() {
					i++
				}
				if c() != '_' {
					break
				}
			}
			if d := c(); isDigit(d) {
				return s.errAtCur(fmt.Sprintf("invalid digit '%c' in octal literal", d), start, i+1)
			}
			if !s.verifyEndOfNumber(start, &i, "octal") {
				return s.errTok
			}
			return done()
		case 'b', 'B':
			i++
			for {
				if c() == '_' {
					i++
				}
				if d := c(); d != '0' && d != '1' {
					if isDigit(d) {
						return s.errAtCur(fmt.Sprintf("invalid digit '%c' in binary literal", d), start, i+1)
					}
					return s.errAtCur("invalid binary literal", start, i)
				}
				for d := c(); d == '0' || d == '1'; d = c() {
					i++
				}
				if c() != '_' {
					break
				}
			}
			if d := c(); isDigit(d) {
				return s.errAtCur(fmt.Sprintf("invalid digit '%c' in binary literal", d), start, i+1)
			}
			if !s.verifyEndOfNumber(start, &i, "binary") {
				return s.errTok
			}
			return done()
		}
		// Maybe old-style octal; in any case allow "0" as a literal.
		nonzero := false
		for {
			if c() == '_' {
				i++
				if !isDigit(c()) {
					return s.errAtCur("invalid decimal literal", start, i)
				}
			}
			if c() != '0' {
				break
			}
			i++
		}
		zerosEnd := i + 1 // CPython's cur is past the character read
		if isDigit(c()) {
			nonzero = true
			i++
			if !decimalTail() {
				return s.errTok
			}
		}
		switch c() {
		case '.':
			i++
			goto fraction
		case 'e', 'E':
			goto exponent
		case 'j', 'J':
			goto imaginary
		}
		if nonzero {
			if zerosEnd > len(src) {
				zerosEnd = len(src)
			}
			// syntaxerror_known_range: both columns are byte offsets.
			s.errAtCurLine("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
				s.lineno, s.lineStart, start, i, -1)
			s.e.Pos.Col = int32(start - s.lineStart)
			s.e.End.Col = int32(zerosEnd - s.lineStart - 1)
			return s.errTok
		}
		if !s.verifyEndOfNumber(start, &i, "decimal") {
			return s.errTok
		}
		return done()
	}
	// Decimal.
	i = start + 1
	if !decimalTail() {
		return s.errTok
	}
	if c() == '.' {
		i++
		goto fraction
	}
	goto afterFraction

fraction:
	if isDigit(c()) {
		i++
		if !decimalTail() {
			return s.errTok
		}
	}
afterFraction:
	if d := c(); d == 'e' || d == 'E' {
		goto exponent
	}
	if d := c(); d == 'j' || d == 'J' {
		goto imaginary
	}
	if !s.verifyEndOfNumber(start, &i, "decimal") {
		return s.errTok
	}
	return done()

exponent:
	{
		e := i // the 'e'
		i++
		if d := c(); d == '+' || d == '-' {
			i++
			if !isDigit(c()) {
				return s.errAtCur("invalid decimal literal", start, i)
			}
		} else if !isDigit(d) {
			// "1else": the number ends before the 'e'.
			i = e
			if !s.verifyEndOfNumber(start, &i, "decimal") {
				return s.errTok
			}
			i = e
			return done()
		}
		i++
		if !decimalTail() {
			return s.errTok
		}
	}
	if d := c(); d == 'j' || d == 'J' {
		goto imaginary
	}
	if !s.verifyEndOfNumber(start, &i, "decimal") {
		return s.errTok
	}
	return done()

imaginary:
	i++
	if !s.verifyEndOfNumber(start, &i, "imaginary") {
		return s.errTok
	}
	return done()
}

func isHex(c int) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// verifyEndOfNumber is CPython's verify_end_of_number: *i is the offset
// just past the number. A number followed directly by "and", "else",
// "for", "if", "in", "is", "or" or "not" gets a SyntaxWarning; followed by
// another ASCII letter, digit or '_' it is an error.
func (s *scanner) verifyEndOfNumber(start int, i *int, kind string) bool {
	src := s.src
	at := func(j int) int {
		if j < len(src) {
			return int(src[j])
		}
		return -1
	}
	lookahead := func(rest string) bool {
		j := *i + 1
		for k := 0; k < len(rest); k++ {
			if at(j) != int(rest[k]) {
				return false
			}
			j++
		}
		return !isIdentChar(at(j))
	}
	c := at(*i)
	r := false
	switch c {
	case 'a':
		r = lookahead("nd")
	case 'e':
		r = lookahead("lse")
	case 'f':
		r = lookahead("or")
	case 'i':
		c2 := at(*i + 1)
		r = c2 == 'f' || c2 == 'n' || c2 == 's'
	case 'o':
		r = lookahead("r")
	case 'n':
		r = lookahead("ot")
	}
	if r {
		s.warn(fmt.Sprintf("invalid %s literal", kind), *i)
		return true
	}
	if c >= 0 && c < 0x80 && isIdentChar(c) {
		s.errAtCur(fmt.Sprintf("invalid %s literal", kind), start, *i)
		return false
	}
	return true
}

// scanString scans a string literal whose prefix starts at start and whose
// opening quote is at q.
func (s *scanner) scanString(start, q int) Token {
	src := s.src
	quote := src[q]
	firstLine, firstLineStart := s.lineno, s.lineStart
	startPos := s.posAt(start)
	i := q + 1
	triple := false
	if i+1 < len(src) && src[i] == quote && src[i+1] == quote {
		triple = true
		i += 2
	} else if i < len(src) && src[i] == quote {
		// The empty string.
		s.pos = i + 1
		return Token{Kind: STRING, Start: startPos, End: s.posAt(s.pos), Lit: src[start:s.pos]}
	}
	for {
		// Find the next interesting byte.
		j := i
		for j < len(src) {
			b := src[j]
			if b == quote || b == '\\' || b == '\n' {
				break
			}
			j++
		}
		i = j
		if i >= len(src) || (!triple && src[i] == '\n') {
			detected := s.lineno
			s.pos = i
			msg := "unterminated string literal (detected at line %d)"
			if triple {
				msg = "unterminated triple-quoted string literal (detected at line %d)"
			}
			return s.errAtCurLine(fmt.Sprintf(msg, detected), firstLine, firstLineStart, start, start+1, -1)
		}
		switch src[i] {
		case '\n':
			s.nl(i, false)
			i++
		case '\\':
			i++
			if i < len(src) {
				if src[i] == '\n' {
					s.nl(i, false)
				}
				i++
			}
		default: // the quote
			i++
			if !triple {
				goto done
			}
			if i+1 < len(src) && src[i] == quote && src[i+1] == quote {
				i += 2
				goto done
			}
		}
	}
done:
	s.pos = i
	return Token{Kind: STRING, Start: startPos, End: s.posAt(i), Lit: src[start:i]}
}
