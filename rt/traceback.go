package rt

import (
	"os"
	"strings"
)

// Traceback printing as CPython's traceback.print_exception.

var sourceCache = map[string][]string{}

// sourceLine returns line n of a file (1-based) without its line end,
// or "" (the caller strips the indentation: CPython keeps trailing
// whitespace).
func sourceLine(filename string, n int) string {
	lines, ok := sourceCache[filename]
	if !ok {
		data, err := os.ReadFile(filename)
		if err == nil {
			lines = strings.Split(string(data), "\n")
		}
		sourceCache[filename] = lines
	}
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSuffix(lines[n-1], "\r")
}

func isIndentChar(c rune) bool { return c == ' ' || c == '\t' || c == '\f' }

// anchors finds the operator of a binary operation or the brackets of a
// subscript (traceback.c: extract_anchors_from_expr), as absolute columns.
func anchors(rs []rune, p TBPos) (int, int, bool) {
	if p.EndCol > len(rs) || p.Col > p.EndCol {
		return 0, 0, false
	}
	isWS := func(c rune) bool { return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == '\v' }
	switch p.Kind {
	case PosBinOp:
		for i := p.A; i < p.B && i < len(rs); i++ {
			if isWS(rs[i]) {
				continue
			}
			l, r := i, i+1
			if i+1 < p.B && !isWS(rs[i+1]) {
				r++
			}
			if i+1 < p.B && rs[i] == ')' {
				continue
			}
			return l, r, true
		}
	case PosSubscript:
		l, r := p.A, p.B+1
		for l < p.EndCol && rs[l] != '[' {
			l++
		}
		for r < p.EndCol && rs[r] != ']' {
			r++
		}
		if r < p.EndCol {
			r++
		}
		return l, r, true
	}
	return 0, 0, false
}

// markers returns CPython 3.11's position marker line for an entry, or ""
// (traceback.c: display_source_line_with_margin, print_error_location_carets).
func markers(t TBEntry, line string) string {
	p := t.Pos
	rs := []rune(line)
	trunc := 0
	for trunc < len(rs) && isIndentChar(rs[trunc]) {
		trunc++
	}
	strippedLen := len(rs) - trunc
	start, end := p.Col, p.EndCol
	if start < 0 || end < 0 {
		return ""
	}
	left, right := -1, -1
	primary, secondary := '^', '^'
	if p.EndLine <= t.Line {
		if l, r, ok := anchors(rs, p); ok {
			left, right = l, r
			primary, secondary = '~', '^'
		}
	} else {
		i := len(rs)
		for i > 0 && (rs[i-1] == ' ' || rs[i-1] == '\t' || rs[i-1] == '\f' || rs[i-1] == '\n') {
			i--
		}
		end = i
	}
	special := left != -1 || right != -1
	if end-start == strippedLen && !special {
		return ""
	}
	var b strings.Builder
	b.WriteString("    ")
	for off := trunc + 1; off <= end; off++ {
		switch {
		case off <= start:
			b.WriteByte(' ')
		case special && left < off && off <= right:
			b.WriteRune(secondary)
		default:
			b.WriteRune(primary)
		}
	}
	b.WriteByte('\n')
	return b.String()
}

// FormatTraceback formats the "Traceback (most recent call last):" block
// of e (empty if it has no entries).
func FormatTraceback(e *Exc) string {
	if len(e.Traceback) == 0 {
		return ""
	}
	return "Traceback (most recent call last):\n" + formatStack(e)
}

// formatStack formats the traceback entries (outermost first).
func formatStack(e *Exc) string {
	var b strings.Builder
	// Entries were added innermost first; print outermost first. CPython
	// collapses more than 3 identical consecutive entries.
	var last TBEntry
	repeat := 0
	flush := func() {
		if repeat > 3 {
			n := repeat - 3
			s := "s"
			if n == 1 {
				s = ""
			}
			b.WriteString("  [Previous line repeated " + Itoa(n) + " more time" + s + "]\n")
		}
	}
	for i := len(e.Traceback) - 1; i >= 0; i-- {
		t := e.Traceback[i]
		if i < len(e.Traceback)-1 && t.Filename == last.Filename && t.Line == last.Line && t.Name == last.Name {
			repeat++
			if repeat > 3 {
				continue
			}
		} else {
			flush()
			repeat = 1
		}
		last = t
		b.WriteString("  File \"" + t.Filename + "\", line " + Itoa(t.Line) + ", in " + t.Name + "\n")
		if src := sourceLine(t.Filename, t.Line); strings.TrimLeftFunc(src, isIndentChar) != "" {
			b.WriteString("    " + strings.TrimLeftFunc(src, isIndentChar) + "\n")
			if t.HasPos {
				b.WriteString(markers(t, src))
			}
		}
	}
	flush()
	return b.String()
}

// FormatException is the full text CPython prints for an uncaught
// exception: the chain of causes/contexts, each with its traceback and
// last line.
func FormatException(e *Exc) string {
	var b strings.Builder
	ctx := &excPrintCtx{b: &b, seen: map[*Exc]bool{}}
	ctx.format(e)
	return b.String()
}

// excPrintCtx is traceback._ExceptionPrintContext: the margin of nested
// exception groups.
type excPrintCtx struct {
	b         *strings.Builder
	seen      map[*Exc]bool
	depth     int // exception_group_depth
	needClose bool
}

const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

func (c *excPrintCtx) indent() string { return strings.Repeat(" ", 2*c.depth) }

// emit writes text with the group margin before every line.
func (c *excPrintCtx) emit(text string, margin byte) {
	if text == "" {
		return
	}
	prefix := c.indent()
	if c.depth > 0 {
		prefix += string(margin) + " "
	}
	for _, line := range strings.SplitAfter(text, "\n") {
		if line == "" {
			continue
		}
		c.b.WriteString(prefix + line)
	}
}

func groupMembers(e *Exc) ([]Value, bool) {
	if !e.Class.IsSubtype(ExcBaseExceptionGroup) {
		return nil, false
	}
	v, ok := e.InstDict().GetStr("exceptions")
	if !ok {
		return nil, false
	}
	t, ok := v.O.(*Tuple)
	return t.Items, ok
}

func (c *excPrintCtx) format(top *Exc) {
	type link struct {
		msg string
		e   *Exc
	}
	var chain []link
	for e := top; e != nil; {
		c.seen[e] = true
		var next *Exc
		msg := ""
		if x, ok := e.Cause.O.(*Exc); ok && e.Cause.K == KObj && !c.seen[x] {
			next, msg = x, "\nThe above exception was the direct cause of the following exception:\n\n"
		} else if x, ok := e.Context.O.(*Exc); ok && e.Context.K == KObj && !e.SuppressContext && !c.seen[x] {
			next, msg = x, "\nDuring handling of the above exception, another exception occurred:\n\n"
		}
		chain = append(chain, link{msg, e})
		e = next
	}
	for i := len(chain) - 1; i >= 0; i-- {
		// The message printed before exception i explains its link to the
		// one printed before it (chain[i+1]).
		e := chain[i].e
		members, isGroup := groupMembers(e)
		switch {
		case !isGroup:
			if len(e.Traceback) > 0 {
				c.emit("Traceback (most recent call last):\n", '|')
				c.emit(formatStack(e), '|')
			}
			c.emit(FormatExcOnlyWithHint(e), '|')
		case c.depth > maxGroupDepth:
			c.emit("... (max_group_depth is "+Itoa(maxGroupDepth)+")\n", '|')
		default:
			toplevel := c.depth == 0
			if toplevel {
				c.depth++
			}
			if len(e.Traceback) > 0 {
				margin := byte('|')
				if toplevel {
					margin = '+'
				}
				c.emit("Exception Group Traceback (most recent call last):\n", margin)
				c.emit(formatStack(e), '|')
			}
			c.emit(FormatExcOnlyWithHint(e), '|')
			n := len(members)
			if n > maxGroupWidth {
				n = maxGroupWidth + 1
			}
			c.needClose = false
			for j := 0; j < n; j++ {
				last := j == n-1
				if last {
					c.needClose = true
				}
				truncated := j >= maxGroupWidth
				title := Itoa(j + 1)
				if truncated {
					title = "..."
				}
				lead := "  "
				if j == 0 {
					lead = "+-"
				}
				c.b.WriteString(c.indent() + lead + "+---------------- " + title + " ----------------\n")
				c.depth++
				if !truncated {
					if sub, ok := members[j].O.(*Exc); ok {
						c.format(sub)
					}
				} else {
					rem := len(members) - maxGroupWidth
					c.emit("and "+Itoa(rem)+" more exception"+plural1(rem)+"\n", '|')
				}
				if last && c.needClose {
					c.b.WriteString(c.indent() + "+------------------------------------\n")
					c.needClose = false
				}
				c.depth--
			}
			if toplevel {
				c.depth = 0
			}
		}
		if i > 0 {
			c.emit(chain[i-1].msg, '|')
		}
	}
}

// FormatExcOnlyWithHint adds CPython 3.11's "Did you mean" suggestion to
// NameError and AttributeError, which the traceback printer (not str())
// shows.
func FormatExcOnlyWithHint(e *Exc) string {
	s := FormatExcOnly(e)
	hint := suggestion(e)
	if hint == "" {
		return s
	}
	// Insert before the notes: the first line ends at the first newline.
	i := strings.IndexByte(s, '\n')
	return s[:i] + ". Did you mean: '" + hint + "'?" + s[i:]
}

// suggestion computes the "Did you mean" candidate (Levenshtein distance
// as CPython's _compute_suggestion_error).
func suggestion(e *Exc) string {
	d := e.InstDict()
	nameV, ok := d.GetStr("name")
	if !ok {
		return ""
	}
	name, ok := AsStr(nameV)
	if !ok {
		return ""
	}
	var cands []string
	switch {
	case e.Class.IsSubtype(ExcAttributeError):
		obj, ok := d.GetStr("obj")
		if !ok {
			return ""
		}
		l, err := dirOf(obj)
		if err != nil {
			return ""
		}
		if m, ok := obj.O.(*Module); ok {
			l = Obj(&List{Items: m.Dict.Keys()})
		}
		for _, v := range l.O.(*List).Items {
			if s, ok := AsStr(v); ok {
				cands = append(cands, s)
			}
		}
	case e.Class.IsSubtype(ExcNameError):
		// CPython looks at the frame's locals and globals, then builtins;
		// without SuggestNames only the builtins are known.
		if SuggestNames != nil {
			cands = SuggestNames()
		}
		for _, k := range builtinsModule().Dict.Keys() {
			s, _ := AsStr(k)
			cands = append(cands, s)
		}
	default:
		return ""
	}
	return bestSuggestion(name, cands)
}

// SuggestNames lists the names visible for NameError suggestions (the
// module globals); set by the program entry.
var SuggestNames func() []string

const (
	moveCost      = 2
	caseCost      = 1
	maxCandidates = 750
	maxStringSize = 40
)

func bestSuggestion(name string, cands []string) string {
	if len(cands) >= maxCandidates || len(name) > maxStringSize {
		return ""
	}
	best := ""
	bestD := 1 << 30
	for _, c := range cands {
		if c == name {
			continue
		}
		maxD := (len(name) + len(c) + 3) * moveCost / 6
		if bestD-1 < maxD {
			maxD = bestD - 1
		}
		d := levenshtein(name, c, maxD)
		if d > maxD {
			continue
		}
		if best == "" || d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

func substCost(a, b byte) int {
	if a == b {
		return 0
	}
	lower := func(c byte) byte {
		if c >= 'A' && c <= 'Z' {
			return c + 32
		}
		return c
	}
	if lower(a) == lower(b) {
		return caseCost
	}
	return moveCost
}

func levenshtein(a, b string, maxCost int) int {
	if a == b {
		return 0
	}
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * moveCost
	}
	if len(a) > maxStringSize || len(b) > maxStringSize {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*moveCost > maxCost {
		return maxCost + 1
	}
	buf := make([]int, len(a))
	for i := range buf {
		buf[i] = (i + 1) * moveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		distance := bi * moveCost
		result = distance
		minimum := 1 << 30
		for ai := 0; ai < len(a); ai++ {
			substitute := distance + substCost(b[bi], a[ai])
			distance = buf[ai]
			insertDelete := result
			if distance < insertDelete {
				insertDelete = distance
			}
			insertDelete += moveCost
			if substitute < insertDelete {
				result = substitute
			} else {
				result = insertDelete
			}
			buf[ai] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

// PylibDir is the stdlib directory our reprs name (asyncio's own source
// locations in Task and callback reprs). There is no CPython here; the
// corpus comparator masks this path to <PYLIB> as it masks CPython's
// (docs/deterministic.md).
const PylibDir = "/usr/lib/python3.11"

func PylibSource(file string, line int) string {
	return PylibDir + "/asyncio/" + file + ":" + Itoa(line)
}
