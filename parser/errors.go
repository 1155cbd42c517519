package parser

import (
	"fmt"
	"sort"
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

// Offset returns CPython's 1-based SyntaxError.offset: the caret column
// counted in characters of the source line.
func (e *SyntaxError) Offset() int {
	return byteColToCharOffset(e.Text, int(e.Pos.Col)) + 1
}

// Traceback formats the error as the last lines of CPython's traceback do:
//
//	  File "app.py", line 3
//	    x = = 1
//	        ^
//	SyntaxError: invalid syntax
func (e *SyntaxError) Traceback() string {
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.Filename, e.Pos.Line)
	if e.Text != "" {
		text := strings.TrimLeft(e.Text, " \t\f")
		indent := len(e.Text) - len(text)
		text = strings.TrimRight(text, " \t\f\r\n")
		fmt.Fprintf(&b, "    %s\n", text)
		start := byteColToCharOffset(e.Text, int(e.Pos.Col)) - byteColToCharOffset(e.Text, indent)
		if start < 0 {
			start = 0
		}
		width := 1
		if e.End.Line == e.Pos.Line && e.End.Col > e.Pos.Col {
			width = byteColToCharOffset(e.Text, int(e.End.Col)) - byteColToCharOffset(e.Text, int(e.Pos.Col))
		}
		fmt.Fprintf(&b, "    %s%s\n", strings.Repeat(" ", start), strings.Repeat("^", width))
	}
	fmt.Fprintf(&b, "%s: %s\n", e.Type, e.Msg)
	return b.String()
}

// byteColToCharOffset converts a byte offset within line to a count of
// characters (runes).
func byteColToCharOffset(line string, col int) int {
	if col > len(line) {
		return len([]rune(line)) + (col - len(line))
	}
	return len([]rune(line[:col]))
}

// ErrorList is a list of syntax errors, sorted by position.
type ErrorList []*SyntaxError

// maxErrors caps how many errors an ErrorList prints.
const maxErrors = 10

func (l ErrorList) Len() int           { return len(l) }
func (l ErrorList) Swap(i, j int)      { l[i], l[j] = l[j], l[i] }
func (l ErrorList) Less(i, j int) bool { return l[i].Pos.Before(l[j].Pos) }

// Sort sorts the list by position.
func (l ErrorList) Sort() { sort.Stable(l) }

// Error prints the errors one per line, at most maxErrors of them.
func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i == maxErrors {
			fmt.Fprintf(&b, "(and %d more errors)", len(l)-maxErrors)
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns nil for an empty list and the list otherwise.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
