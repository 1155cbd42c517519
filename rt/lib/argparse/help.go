package argparse

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/py2goasync/py2goasync/rt"
)

// argparse's HelpFormatter: usage (with its wrapping of long usages),
// sections per argument group, the invocation column (help at column
// min(longest invocation + 4, 24)), help strings %-expanded with the
// action's attributes and wrapped as textwrap.wrap does; and Namespace.

// width is HelpFormatter's default: shutil.get_terminal_size().columns - 2
// (COLUMNS, else 80: generated programs' output is rarely a terminal).
func (p *argParser) width() int {
	if c, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && c > 0 {
		return c - 2
	}
	return 78
}

func metavarParts(a *argAction, def string, n int) []string {
	var result rt.Value
	switch {
	case rt.NonNone(a.metavar):
		result = a.metavar
	case rt.NonNone(a.choices):
		items, _ := rt.IterValues(a.choices)
		var strs []string
		for _, c := range items {
			s, _ := rt.ToStr(c)
			strs = append(strs, s)
		}
		result = rt.Str("{" + strings.Join(strs, ",") + "}")
	default:
		result = rt.Str(def)
	}
	if t, ok := result.O.(*rt.Tuple); ok && result.K == rt.KObj {
		out := make([]string, len(t.Items))
		for i, v := range t.Items {
			out[i], _ = rt.ToStr(v)
		}
		return out
	}
	s, _ := rt.ToStr(result)
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

// formatArgs is _format_args.
func formatArgs(a *argAction, def string) string {
	ns, isStr := a.nargsStr()
	switch {
	case !rt.NonNone(a.nargs):
		return metavarParts(a, def, 1)[0]
	case isStr && ns == "?":
		return "[" + metavarParts(a, def, 1)[0] + "]"
	case isStr && ns == "*":
		m := metavarParts(a, def, 1)
		if len(m) == 2 {
			return "[" + m[0] + " [" + m[1] + " ...]]"
		}
		return "[" + m[0] + " ...]"
	case isStr && ns == "+":
		m := metavarParts(a, def, 2)
		return m[0] + " [" + m[1] + " ...]"
	case isStr && ns == "...":
		return "..."
	case isStr && ns == "A...":
		return metavarParts(a, def, 1)[0] + " ..."
	case isStr && ns == argSuppress:
		return ""
	}
	n := int(a.nargs.I)
	return strings.Join(metavarParts(a, def, n)[:n], " ")
}

func (a *argAction) defaultMetavar() string {
	if len(a.opts) == 0 {
		return a.dest
	}
	return strings.ToUpper(a.dest)
}

func (a *argAction) helpSuppressed() bool { return isSuppress(a.help) }

// invocation is _format_action_invocation.
func (p *argParser) invocation(a *argAction) string {
	if len(a.opts) == 0 {
		return metavarParts(a, p.defaultMetavarFor(a), 1)[0]
	}
	if a.takesNoArgs() {
		return strings.Join(a.opts, ", ")
	}
	args := formatArgs(a, p.defaultMetavarFor(a))
	parts := make([]string, len(a.opts))
	for i, o := range a.opts {
		parts[i] = o + " " + args
	}
	return strings.Join(parts, ", ")
}

var (
	usageOpenRE  = regexp.MustCompile(`([\[(]) `)
	usageCloseRE = regexp.MustCompile(` ([\])])`)
	usageEmptyRE = regexp.MustCompile(`[\[(] *[\])]`)
	usagePartRE  = regexp.MustCompile(`\(.*?\)+(?:\s|$)|\[.*?\]+(?:\s|$)|\S+`)
)

// findParts is re.findall of _format_usage's part regexp (Go has no
// lookahead: the trailing space a part may have matched is dropped).
func findParts(s string) []string {
	var out []string
	for _, m := range usagePartRE.FindAllString(s, -1) {
		out = append(out, strings.TrimRight(m, " \t\n"))
	}
	return out
}

// usage is _format_usage with prefix "usage: " (no trailing blank line).
func (p *argParser) usage() string {
	const prefix = "usage: "
	var usage string
	if rt.NonNone(p.usageText) {
		s, _ := rt.ToStr(p.usageText)
		usage = strings.ReplaceAll(s, "%(prog)s", p.prog)
		return prefix + usage
	}
	var opts, pos []*argAction
	for _, a := range p.actions {
		if len(a.opts) > 0 {
			opts = append(opts, a)
		} else {
			pos = append(pos, a)
		}
	}
	if len(p.actions) == 0 {
		return prefix + p.prog
	}
	actionUsage := p.actionsUsage(append(append([]*argAction(nil), opts...), pos...))
	usage = p.prog
	if actionUsage != "" {
		usage += " " + actionUsage
	}
	textWidth := p.width()
	if len(prefix)+len(usage) <= textWidth {
		return prefix + usage
	}
	optParts := findParts(p.actionsUsage(opts))
	posParts := findParts(p.actionsUsage(pos))
	getLines := func(parts []string, indent string, withPrefix bool) []string {
		var lines, line []string
		lineLen := len(indent) - 1
		if withPrefix {
			lineLen = len(prefix) - 1
		}
		for _, part := range parts {
			if lineLen+1+len(part) > textWidth && len(line) > 0 {
				lines = append(lines, indent+strings.Join(line, " "))
				line = nil
				lineLen = len(indent) - 1
			}
			line = append(line, part)
			lineLen += len(part) + 1
		}
		if len(line) > 0 {
			lines = append(lines, indent+strings.Join(line, " "))
		}
		if withPrefix {
			lines[0] = lines[0][len(indent):]
		}
		return lines
	}
	var lines []string
	if float64(len(prefix)+len(p.prog)) <= 0.75*float64(textWidth) {
		indent := strings.Repeat(" ", len(prefix)+len(p.prog)+1)
		if len(optParts) > 0 {
			lines = getLines(append([]string{p.prog}, optParts...), indent, true)
			lines = append(lines, getLines(posParts, indent, false)...)
		} else if len(posParts) > 0 {
			lines = getLines(append([]string{p.prog}, posParts...), indent, true)
		} else {
			lines = []string{p.prog}
		}
	} else {
		indent := strings.Repeat(" ", len(prefix))
		lines = getLines(append(append([]string(nil), optParts...), posParts...), indent, false)
		if len(lines) > 1 {
			lines = append(getLines(optParts, indent, false), getLines(posParts, indent, false)...)
		}
		lines = append([]string{p.prog}, lines...)
	}
	return prefix + strings.Join(lines, "\n")
}

func (p *argParser) formatUsage() string { return p.usage() + "\n" }

// expandHelp is _expand_help: help % dict(vars(action), prog=prog).
func (p *argParser) expandHelp(a *argAction) (string, *rt.Exc) {
	h := p.helpString(a)
	if !strings.Contains(h, "%") {
		return h, nil
	}
	opts := make([]rt.Value, len(a.opts))
	for i, o := range a.opts {
		opts[i] = rt.Str(o)
	}
	nameOf := func(v rt.Value) rt.Value {
		v = noneIfNull(v)
		if n, e := rt.GetAttr(v, "__name__"); e == nil && v.K == rt.KObj {
			return n
		}
		return v
	}
	choices := noneIfNull(a.choices)
	if rt.NonNone(choices) {
		items, e := rt.IterValues(choices)
		if e != nil {
			return "", e
		}
		var strs []string
		for _, c := range items {
			s, e := rt.ToStr(c)
			if e != nil {
				return "", e
			}
			strs = append(strs, s)
		}
		choices = rt.Str(strings.Join(strs, ", "))
	}
	kv := []rt.Value{rt.Str("option_strings"), rt.NewList(opts...), rt.Str("dest"), rt.Str(a.dest), rt.Str("nargs"), noneIfNull(a.nargs),
		rt.Str("const"), noneIfNull(a.cnst), rt.Str("default"), nameOf(a.def), rt.Str("type"), nameOf(a.typ),
		rt.Str("choices"), choices, rt.Str("required"), rt.Bool(a.required), rt.Str("help"), noneIfNull(a.help),
		rt.Str("metavar"), noneIfNull(a.metavar), rt.Str("prog"), rt.Str(p.prog)}
	if a.kind == "version" {
		kv = append(kv, rt.Str("version"), noneIfNull(a.version))
	}
	var filtered []rt.Value
	for i := 0; i < len(kv); i += 2 {
		if !isSuppress(kv[i+1]) {
			filtered = append(filtered, kv[i], kv[i+1])
		}
	}
	d, e := rt.NewDict(filtered...)
	if e != nil {
		return "", e
	}
	r, e := rt.Mod(rt.Str(h), d)
	if e != nil {
		return "", e
	}
	s, _ := rt.AsStr(r)
	return s, nil
}

func (p *argParser) formatHelp() string {
	width := p.width()
	maxHelp := 24
	if w := width - 20; w < maxHelp {
		maxHelp = w
		if maxHelp < 4 {
			maxHelp = 4
		}
	}
	var out strings.Builder
	out.WriteString(p.usage() + "\n\n")
	text := func(v rt.Value, indent int) string {
		if !rt.NonNone(v) || isSuppress(v) {
			return ""
		}
		s, _ := rt.ToStr(v)
		if s == "" {
			return ""
		}
		s = strings.ReplaceAll(s, "%(prog)s", p.prog)
		w := width - indent
		if w < 11 {
			w = 11
		}
		return p.fillText(s, w, strings.Repeat(" ", indent)) + "\n\n"
	}
	out.WriteString(text(p.description, 0))
	// _action_max_length over every action added (add_arguments)
	maxLen := 0
	for _, g := range p.groups {
		for _, a := range g.actions {
			if !a.helpSuppressed() {
				if n := len(p.invocation(a)) + 2; n > maxLen {
					maxLen = n
				}
				for _, sub := range a.subactions {
					if n := len(p.invocation(sub)) + 4; n > maxLen {
						maxLen = n
					}
				}
			}
		}
	}
	helpPos := maxLen + 2
	if helpPos > maxHelp {
		helpPos = maxHelp
	}
	helpWidth := width - helpPos
	if helpWidth < 11 {
		helpWidth = 11
	}
	// render is _format_action at indent ci, then its subactions (the
	// subcommands of add_subparsers) 2 columns further in.
	var render func(items *strings.Builder, a *argAction, ci int)
	render = func(items *strings.Builder, a *argAction, ci int) {
		pad := strings.Repeat(" ", ci)
		header := p.invocation(a)
		actionWidth := helpPos - ci - 2
		hasHelp := rt.NonNone(a.help)
		if hs, _ := rt.AsStr(a.help); hasHelp && hs == "" {
			hasHelp = false
		}
		indentFirst := 0
		switch {
		case !hasHelp:
			items.WriteString(pad + header + "\n")
		case len(header) <= actionWidth:
			items.WriteString(pad + header + strings.Repeat(" ", actionWidth-len(header)) + "  ")
		default:
			items.WriteString(pad + header + "\n")
			indentFirst = helpPos
		}
		if hs, _ := rt.ToStr(a.help); hasHelp && strings.TrimSpace(hs) != "" {
			h, e := p.expandHelp(a)
			if e != nil {
				h = hs
			}
			if h != "" {
				lines := p.splitLines(h, helpWidth)
				items.WriteString(strings.Repeat(" ", indentFirst) + lines[0] + "\n")
				for _, l := range lines[1:] {
					items.WriteString(strings.Repeat(" ", helpPos) + l + "\n")
				}
			}
		} else if hasHelp {
			items.WriteString("\n")
		}
		for _, sub := range a.subactions {
			render(items, sub, ci+2)
		}
	}
	for _, g := range p.groups {
		var items strings.Builder
		items.WriteString(text(g.description, 2))
		for _, a := range g.actions {
			if !a.helpSuppressed() {
				render(&items, a, 2)
			}
		}
		if items.Len() == 0 {
			continue
		}
		out.WriteString("\n")
		if rt.NonNone(g.title) && !isSuppress(g.title) {
			t, _ := rt.ToStr(g.title)
			out.WriteString(t + ":\n")
		}
		out.WriteString(items.String() + "\n")
	}
	out.WriteString(text(p.epilog, 0))
	s := out.String()
	for strings.Contains(s, "\n\n\n") {
		s = strings.ReplaceAll(s, "\n\n\n", "\n\n")
	}
	return strings.Trim(s, "\n") + "\n"
}

func collapseWS(s string) string { return strings.Join(strings.FieldsFunc(s, argIsWS), " ") }

func argIsWS(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v'
}

func fillText(s string, width int, indent string) string {
	lines := wrapTextIndent(collapseWS(s), width, indent)
	return strings.Join(lines, "\n")
}

func wrapText(s string, width int) []string { return wrapTextIndent(s, width, "") }

func argIsLetter(r rune) bool { return unicode.IsLetter(r) || (unicode.IsMark(r)) || r == '_' && false }

// chunks splits single-spaced text as textwrap's wordsep_re: words,
// spaces, and hyphenated words broken after a hyphen between letters.
func chunks(s string) []string {
	var out []string
	for i, w := range strings.Split(s, " ") {
		if i > 0 {
			out = append(out, " ")
		}
		r := []rune(w)
		start := 0
		for j := 0; j < len(r); j++ {
			if r[j] != '-' || j+1 >= len(r) {
				continue
			}
			before := (j >= 2 && argIsLetter(r[j-1]) && argIsLetter(r[j-2])) ||
				(j >= 3 && argIsLetter(r[j-1]) && r[j-2] == '-' && argIsLetter(r[j-3]))
			after := argIsLetter(r[j+1]) || (j+2 < len(r) && r[j+1] == '-' && argIsLetter(r[j+2]))
			after = after && (argIsLetter(r[j+1]) && (j+2 < len(r) && (argIsLetter(r[j+2]) || (r[j+2] == '-' && j+3 < len(r) && argIsLetter(r[j+3])))))
			if before && after {
				out = append(out, string(r[start:j+1]))
				start = j + 1
			}
		}
		if start < len(r) {
			out = append(out, string(r[start:]))
		}
	}
	return out
}

// wrapTextIndent is TextWrapper._wrap_chunks (break_long_words,
// break_on_hyphens, drop_whitespace) over single-spaced text.
func wrapTextIndent(s string, width int, indent string) []string {
	if s == "" {
		return nil
	}
	ch := chunks(s)
	// reversed stack as textwrap
	for i, j := 0, len(ch)-1; i < j; i, j = i+1, j-1 {
		ch[i], ch[j] = ch[j], ch[i]
	}
	rlen := func(x string) int { return len([]rune(x)) }
	var lines []string
	for len(ch) > 0 {
		var cur []string
		curLen := 0
		w := width - rlen(indent)
		if ch[len(ch)-1] == " " && len(lines) > 0 {
			ch = ch[:len(ch)-1]
		}
		for len(ch) > 0 {
			l := rlen(ch[len(ch)-1])
			if curLen+l <= w {
				cur = append(cur, ch[len(ch)-1])
				ch = ch[:len(ch)-1]
				curLen += l
			} else {
				break
			}
		}
		if len(ch) > 0 && rlen(ch[len(ch)-1]) > w {
			// _handle_long_word
			spaceLeft := w - curLen
			if w < 1 {
				spaceLeft = 1
			}
			if len(cur) == 0 || true {
				r := []rune(ch[len(ch)-1])
				end := spaceLeft
				if len(r) > spaceLeft {
					if h := strings.LastIndex(string(r[:spaceLeft]), "-"); h > 0 {
						pre := []rune(string(r[:spaceLeft])[:h])
						for _, c := range pre {
							if c != '-' {
								end = len(pre) + 1
								break
							}
						}
					}
				}
				if len(cur) == 0 || spaceLeft > 0 {
					cur = append(cur, string(r[:end]))
					curLen += end
					ch[len(ch)-1] = string(r[end:])
				}
			}
		}
		if len(cur) > 0 && cur[len(cur)-1] == " " {
			curLen--
			cur = cur[:len(cur)-1]
		}
		if len(cur) > 0 {
			lines = append(lines, indent+strings.Join(cur, ""))
		}
	}
	return lines
}

func initNamespace() {
	NamespaceType.New = namespaceNew
	NamespaceType.Init = namespaceInit
	NamespaceType.GetAttr = namespaceGetAttr
	NamespaceType.SetAttr = namespaceSetAttr
	NamespaceType.Contains = namespaceContains
	NamespaceType.Compare = namespaceCompare
	NamespaceType.SetDict("__hash__", rt.None)
	NamespaceType.Repr = namespaceRepr
}

// namespaceNew is the New hook (__new__) of Namespace.
func namespaceNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	d, e := rt.NewDict()
	if e != nil {
		return rt.Null, e
	}
	n := len(args) - len(kw)
	if n > 0 {
		return rt.Null, rt.TypeErrorf("Namespace.__init__() takes 1 positional argument but %d were given", n+1)
	}
	for i, k := range kw {
		rt.DictSet(d, rt.Str(k), args[n+i])
	}
	return rt.Obj(&namespace{d: d}), nil
}

// namespaceInit is the Init hook (__init__) of Namespace.
func namespaceInit(self rt.Value, args []rt.Value, kw []string) *rt.Exc { return nil }

// namespaceGetAttr is the GetAttr hook (__getattribute__) of Namespace.
func namespaceGetAttr(o rt.Value, name string) (rt.Value, *rt.Exc) {
	ns := o.O.(*namespace)
	if name == "__dict__" {
		return ns.d, nil
	}
	if v, e := rt.GetItem(ns.d, rt.Str(name)); e == nil {
		return v, nil
	}
	return rt.GenericGetAttr(o, name)
}

// namespaceSetAttr is the SetAttr hook (__setattr__, __delattr__) of Namespace.
func namespaceSetAttr(o rt.Value, name string, v rt.Value) *rt.Exc {
	ns := o.O.(*namespace)
	if v.IsNull() {
		if in, _ := rt.In(rt.Str(name), ns.d); !in {
			return rt.Errorf(rt.ExcAttributeError, "'Namespace' object has no attribute '%s'", name)
		}
		return rt.DelItem(ns.d, rt.Str(name))
	}
	return rt.DictSet(ns.d, rt.Str(name), v)
}

// namespaceContains is the Contains hook (__contains__) of Namespace.
func namespaceContains(o, k rt.Value) (bool, *rt.Exc) { return rt.In(k, o.O.(*namespace).d) }

// namespaceCompare is the Compare hook (rich comparison) of Namespace.
func namespaceCompare(a, b rt.Value, op rt.CompareOp) (rt.Value, *rt.Exc) {
	y, ok := b.O.(*namespace)
	if !ok || b.K != rt.KObj || (op != rt.OpEq && op != rt.OpNe) {
		return rt.NotImplemented, nil
	}
	if op == rt.OpEq {
		return rt.Eq(a.O.(*namespace).d, y.d)
	}
	return rt.Ne(a.O.(*namespace).d, y.d)
}

// namespaceRepr is the Repr hook (__repr__) of Namespace.
func namespaceRepr(v rt.Value) (string, *rt.Exc) {
	ns := v.O.(*namespace)
	items, e := rt.IterValues(ns.d)
	if e != nil {
		return "", e
	}
	var parts []string
	var star []rt.Value
	for _, k := range items {
		ks, _ := rt.AsStr(k)
		val, _ := rt.GetItem(ns.d, k)
		if !argIsIdent(ks) {
			star = append(star, k, val)
			continue
		}
		r, e := rt.ToRepr(val)
		if e != nil {
			return "", e
		}
		parts = append(parts, ks+"="+r)
	}
	if len(star) > 0 {
		d, e := rt.NewDict(star...)
		if e != nil {
			return "", e
		}
		r, e := rt.ToRepr(d)
		if e != nil {
			return "", e
		}
		parts = append(parts, "**"+r)
	}
	return "Namespace(" + strings.Join(parts, ", ") + ")", nil
}

func argIsIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || unicode.IsLetter(r) || (i > 0 && (unicode.IsDigit(r) || unicode.IsMark(r)))) {
			return false
		}
	}
	return true
}
