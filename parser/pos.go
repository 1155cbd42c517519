package parser

import "fmt"

// Pos is a position in a source file, in CPython's units.
//
// Line is 1-based. Col is the 0-based offset from the start of the line in
// UTF-8 bytes of the decoded source, exactly as CPython's col_offset and
// end_col_offset count it (not runes, not columns on screen). The zero Pos
// means "no position".
type Pos struct {
	Line int32
	Col  int32
}

// IsValid reports whether p is a real position.
func (p Pos) IsValid() bool { return p.Line > 0 }

// Before reports whether p comes strictly before q.
func (p Pos) Before(q Pos) bool {
	return p.Line < q.Line || p.Line == q.Line && p.Col < q.Col
}

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// Span is the extent of a node: Start is (lineno, col_offset) and End is
// (end_lineno, end_col_offset); End is exclusive. Nodes that CPython gives
// positions to embed a Span.
type Span struct {
	Start Pos
	End   Pos
}

// span gives access to an embedded Span; it makes every node that embeds
// one satisfy Spanned.
func (s *Span) span() *Span { return s }
