package parser

import (
	"fmt"
	"strings"
)

// SyntaxError is a Python syntax error as CPython reports it.
//
// Type is the Python exception class: "SyntaxError", "IndentationError" or
// "TabError". Pos is where CPython puts the caret (its lineno and offset,
// with Col 0-based in bytes; CPython's offset is Col+1 counted in
// characters, see Offset). End, if valid, is CPython's end_lineno and
// end_offset. Text is the source line the error is on, without its line
// ending, or "" if there is none.
type SyntaxError struct {
	Filename string
	Type     string
	Msg      string
	Pos      Pos
	End      Pos
	Text     string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Pos.Line, e.Pos.Col+1, e.Type, e.Msg)
}

// Offset returns CPython's 1-based SyntaxError.offset as ast.parse
// reports it: Pos.Col+1. For source without a coding declaration CPython
// 3.11 leaves the offset in bytes (its tokenizer has no encoding to
// convert with). A negative Pos.Col stands for an offset below 1, which
// CPython reports for some errors (offset -1 for an undecodable file:
// Pos.Col -2).
func (e *SyntaxError) Offset() int {
	return int(e.Pos.Col) + 1
}

// EndOffset returns CPython's SyntaxError.end_offset, counted like Offset
// and, as CPython does, in characters of the error's first line (Text)
// even when End is on a later line. It is meaningful only if End is valid;
// a negative End.Col stands for an end_offset below 1 (CPython reports 0
// and -1 for some tokenizer errors).
func (e *SyntaxError) EndOffset() int {
	return int(e.End.Col) + 1
}

// Traceback formats the error as the last lines of the traceback that
// "python3 app.py" prints for it (CPython 3.11's print_error_text in
// Python/pythonrun.c), e.g.
//
//	  File "app.py", line 3
//	    x = = 1
//	        ^
//	SyntaxError: invalid syntax
//
// The source line is printed without its leading spaces, tabs and form
// feeds but otherwise verbatim; the carets run from Offset to EndOffset
// (to the end of the line if End is on a later line, at least one), and
// are left out when the caret would fall left of the printed text.
func (e *SyntaxError) Traceback() string {
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.Filename, e.Pos.Line)
	if e.Text != "" {
		offset := e.Offset()
		endOffset := -1
		if e.End.IsValid() {
			endOffset = e.EndOffset()
		}
		// CPython's text ends with the line's newline; ours does not.
		lineSize := len(e.Text) + 1
		if e.End.Line > e.Pos.Line {
			endOffset = lineSize
		}
		if endOffset > lineSize+1 {
			endOffset = lineSize + 1
		}
		carets := 1
		if endOffset > 0 && endOffset > offset {
			carets = endOffset - offset
		}
		offset-- // 0-based
		text := e.Text
		for text != "" && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f') {
			text = text[1:]
			offset--
		}
		offset = min(offset, len(text))
		for {
			nl := strings.IndexByte(text, '\n')
			if nl < 0 || nl >= offset {
				break
			}
			text = text[nl+1:]
			offset -= nl + 1
		}
		fmt.Fprintf(&b, "    %s\n", strings.TrimSuffix(text, "\n"))
		if offset >= 0 {
			fmt.Fprintf(&b, "    %s%s\n", strings.Repeat(" ", offset), strings.Repeat("^", carets))
		}
	}
	fmt.Fprintf(&b, "%s: %s\n", e.Type, e.Msg)
	return b.String()
}
