package parser

import (
	"fmt"

	"golang.org/x/text/unicode/norm"
)

// This file holds the parser's machinery: the token buffer with
// backtracking, error reporting in CPython's order of precedence, and the
// entry points. The grammar itself is in parse_*.go; each parse function
// carries the rule of CPython 3.11's Grammar/python.gram it implements
// above it.

// ParseFile parses a Python 3.11 module, as ast.parse(src, filename) does.
// src is the file's raw bytes; a BOM or coding declaration is honoured.
// The error, if any, is a *SyntaxError. Module-level await is accepted, as
// ast.parse accepts it: rejecting it is the compiler's business.
func ParseFile(filename string, src []byte) (*Module, error) {
	p, err := newParser(filename, src)
	if err != nil {
		return nil, err
	}
	var mod *Module
	if err := p.run(func() { mod = p.fileInput() }); err != nil {
		return nil, err
	}
	return mod, nil
}

// maxDepth bounds the parser's recursion, as CPython's MAXSTACK does, so
// that pathological nesting is an error, not a Go stack overflow.
const maxDepth = 3000

type parser struct {
	filename string
	sc       *scanner
	toks     []Token // tokens read so far
	pos      int     // index in toks of the current token
	// furthest is the index of the furthest token read outside of the
	// probes for hints (noHints): CPython's last token of its first pass,
	// where a generic "invalid syntax" is reported.
	furthest int
	depth    int // recursion depth, bounded by maxDepth

	// err is the first specific syntax error raised by a parse function.
	err *SyntaxError
	// inArgs is set directly inside a call's argument list, where
	// "name=" is a keyword, not a mistaken comparison.
	inArgs bool

	// noHints counts the probes for error hints being run (see probe):
	// CPython's second-pass look-ahead, inside which hints are off.
	noHints int

	// lineOffset and colOffset shift the positions of a parser of an
	// f-string replacement field to the field's place in the file: lines
	// by lineOffset, columns of the first line by colOffset.
	lineOffset, colOffset int32
}

func newParser(filename string, src []byte) (*parser, error) {
	sc, err := newScanner(filename, src)
	if err != nil {
		return nil, err
	}
	return &parser{filename: filename, sc: sc}, nil
}

// bailout is the panic value that unwinds the parser at an error.
type bailout struct{}

// run calls parse and turns the outcome into CPython's error: see
// _PyPegen_run_parser and _Pypegen_set_syntax_error in Parser/pegen_errors.c.
func (p *parser) run(parse func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			err = p.finalError()
		}
	}()
	parse()
	return nil
}

// finalError decides which error to report after a failed parse.
func (p *parser) finalError() error {
	// A tokenizer error met while parsing is the error, as CPython's
	// tokenizer_error reports it when the parser fetches the ERRORTOKEN.
	if e := p.sc.err(); e != nil {
		return e
	}
	last := p.toks[p.furthest]
	if p.err == nil {
		switch last.Kind {
		case INDENT:
			return p.errorAtToken("IndentationError", "unexpected indent", last)
		case DEDENT:
			return p.errorAtToken("IndentationError", "unexpected unindent", last)
		}
		p.err = p.errorAt("SyntaxError", "invalid syntax", last.Start, last.End)
	}
	// Scan the rest of the file: a tokenizer error there overrides the
	// parser's error, and so does a bracket left open before the error's
	// line (_PyPegen_tokenize_full_source_to_check_for_errors).
	t := last
	for t.Kind != ENDMARKER && t.Kind != ILLEGAL {
		t = p.sc.next()
	}
	if t.Kind == ILLEGAL {
		if p.sc.errRaisedByTokenizer() {
			return p.sc.err()
		}
		// The line CPython compares with is that of the furthest token read
		// in either of its passes.
		if kind, pos, ok := p.sc.openBracket(); ok && p.toks[len(p.toks)-1].Start.Line > pos.Line {
			return p.errorAt("SyntaxError", fmt.Sprintf("'%s' was never closed", kind), pos, Pos{pos.Line, -1})
		}
	}
	return p.err
}

// ---- Tokens ----

// tok returns the current token.
func (p *parser) tok() *Token {
	for p.pos >= len(p.toks) {
		p.fill()
	}
	return &p.toks[p.pos]
}

// peek returns the token n places after the current one.
func (p *parser) peek(n int) *Token {
	for p.pos+n >= len(p.toks) {
		p.fill()
	}
	return &p.toks[p.pos+n]
}

// fill reads one more token; a tokenizer error ends the parse.
func (p *parser) fill() {
	if n := len(p.toks); n > 0 && p.toks[n-1].Kind == ENDMARKER {
		p.toks = append(p.toks, p.toks[n-1])
		return
	}
	t := p.sc.next()
	if p.lineOffset != 0 || p.colOffset != 0 {
		if t.End.Line == 1 {
			t.Start.Col += p.colOffset
			t.End.Col += p.colOffset
		}
		t.Start.Line += p.lineOffset
		t.End.Line += p.lineOffset
	}
	if t.Kind == NAME && !isASCII(t.Lit) {
		// Identifiers are NFKC-normalized (PEP 3131), after the keyword
		// check, as CPython's _PyPegen_new_identifier does.
		t.Lit = norm.NFKC.String(t.Lit)
	}
	p.toks = append(p.toks, t)
	if p.noHints == 0 {
		p.furthest = len(p.toks) - 1
	}
	if t.Kind == ILLEGAL {
		panic(bailout{})
	}
}

// at reports whether the current token is of kind k.
func (p *parser) at(k TokenKind) bool { return p.tok().Kind == k }

// got consumes the current token if it is of kind k.
func (p *parser) got(k TokenKind) bool {
	if p.tok().Kind == k {
		p.pos++
		return true
	}
	return false
}

// next consumes and returns the current token.
func (p *parser) next() Token {
	t := *p.tok()
	p.pos++
	return t
}

// expect consumes a token of kind k or fails with "invalid syntax".
func (p *parser) expect(k TokenKind) Token {
	if !p.at(k) {
		p.fail()
	}
	return p.next()
}

// expectForced consumes a token of kind k or fails with "expected 'k'",
// as CPython's forced tokens (&&':') do.
func (p *parser) expectForced(k TokenKind) Token {
	if !p.at(k) {
		t := p.tok()
		p.syntaxError(fmt.Sprintf("expected '%s'", k), t.Start, t.End)
	}
	return p.next()
}

// expectColon consumes the ':' that ends a compound statement's header.
// Where CPython's grammar has a plain ':' (not a forced &&':') only a
// line ending there is "expected ':'" (its invalid_*_stmt rules); anything
// else is a generic failure.
func (p *parser) expectColon() {
	if p.at(NEWLINE) {
		p.errorAtCurrent("expected ':'")
	}
	p.expect(COLON)
}

// atName reports whether the current token is the NAME s (a soft keyword).
func (p *parser) atName(s string) bool {
	t := p.tok()
	return t.Kind == NAME && t.Lit == s
}

// prevEnd is the end of the last consumed token: the end of the node just
// parsed.
func (p *parser) prevEnd() Pos { return p.toks[p.pos-1].End }

// span returns the Span from start to the end of the last consumed token.
func (p *parser) span(start Pos) Span { return Span{start, p.prevEnd()} }

// ---- Errors ----

// fail abandons the parse with the generic error: "invalid syntax" at the
// furthest token read (see finalError).
func (p *parser) fail() {
	panic(bailout{})
}

// syntaxError abandons the parse with a specific SyntaxError.
func (p *parser) syntaxError(msg string, start, end Pos) {
	p.raise("SyntaxError", msg, start, end)
}

// raise abandons the parse with a specific error of the given type.
func (p *parser) raise(typ, msg string, start, end Pos) {
	if p.err == nil {
		p.err = p.errorAt(typ, msg, start, end)
	}
	panic(bailout{})
}

// errorAt builds an error at a position.
func (p *parser) errorAt(typ, msg string, start, end Pos) *SyntaxError {
	text := p.sc.line(int(start.Line - p.lineOffset))
	// CPython reports parser errors in bytes or characters depending on
	// the source's encoding declaration: see scanner.pegenCol.
	if start.Col > 0 {
		start.Col = p.sc.pegenCol(text, start.Col)
	}
	if end.Col > 0 {
		end.Col = p.sc.pegenCol(text, end.Col)
	}
	return &SyntaxError{
		Filename: p.filename,
		Type:     typ,
		Msg:      msg,
		Pos:      start,
		End:      end,
		Text:     text,
	}
}

// raiseIndentation raises an IndentationError at the current token.
func (p *parser) raiseIndentation(msg string) {
	if p.err == nil {
		p.err = p.errorAtToken("IndentationError", msg, *p.tok())
	}
	panic(bailout{})
}

// errorAtToken builds an error at a token. INDENT, DEDENT and ENDMARKER
// have no position of their own in CPython (col_offset -1): it reports
// the tokenizer's column there without adding 1, and end_offset -1.
func (p *parser) errorAtToken(typ, msg string, t Token) *SyntaxError {
	switch t.Kind {
	case INDENT, DEDENT, ENDMARKER:
		return p.errorAt(typ, msg, Pos{t.Start.Line, t.Start.Col - 1}, Pos{t.Start.Line, -2})
	}
	return p.errorAt(typ, msg, t.Start, t.End)
}

// syntaxErrorNode raises an error spanning a node.
func (p *parser) syntaxErrorNode(msg string, n Spanned) {
	s := n.span()
	p.syntaxError(msg, s.Start, s.End)
}

// try runs f and reports whether it succeeded. On a generic failure it
// backtracks, restoring the token position, as a PEG alternative that does
// not match. A specific error raised inside f, or a tokenizer error, is
// final: it propagates, as CPython's error indicator does.
func (p *parser) try(f func()) (ok bool) {
	pos, err, depth := p.pos, p.err, p.depth
	defer func() {
		if r := recover(); r != nil {
			if _, isBail := r.(bailout); !isBail || p.sc.err() != nil || p.err != err {
				panic(r)
			}
			p.pos, p.err, p.depth = pos, err, depth
			ok = false
		}
	}()
	f()
	return true
}

// probe is try for the look-ahead of an error hint (CPython's invalid_*
// rules, which run in a second pass): it always restores the token
// position, tokens it reads do not move the place of a generic error, and
// hints are off inside it.
func (p *parser) probe(f func()) bool {
	pos := p.pos
	p.noHints++
	defer func() {
		p.noHints--
		p.pos = pos
	}()
	return p.try(f)
}

// enter counts one level of recursion; leave undoes it.
func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		t := p.tok()
		p.raise("SyntaxError", "too many nested parentheses", t.Start, t.End)
	}
}

func (p *parser) leave() { p.depth-- }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
