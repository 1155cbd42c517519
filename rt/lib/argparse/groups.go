package argparse

import (
	"sort"
	"strings"

	"github.com/py2goasync/py2goasync/rt"
)

// Mutually exclusive groups (usage brackets, "not allowed with argument"
// and "one of the arguments ... is required") and the formatter classes
// (ArgumentDefaultsHelpFormatter, RawDescriptionHelpFormatter,
// RawTextHelpFormatter, MetavarTypeHelpFormatter), as argparse.py.

var (
	mutexGroupType   = rt.NewType("_MutuallyExclusiveGroup", argGroupType)
	helpFormatterCls = map[string]*rt.Type{}
)

type mutexGroup struct {
	argGroup
	required bool
	parser   *argParser
	acts     []*argAction
}

func (*mutexGroup) Type() *rt.Type { return mutexGroupType }

// formatterKind names the parser's formatter_class ("" = HelpFormatter).
func (p *argParser) isFormatter(name string) bool {
	t := helpFormatterCls[name]
	for c := p.formatter; c != nil; c = c.Base {
		if c == t {
			return true
		}
	}
	// a Python subclass of several formatters: look through its MRO
	if p.formatter != nil {
		for _, b := range p.formatter.MRO {
			if b == t {
				return true
			}
		}
	}
	return false
}

// helpString is _get_help_string (ArgumentDefaultsHelpFormatter adds the
// default).
func (p *argParser) helpString(a *argAction) string {
	h, _ := rt.ToStr(noneIfNull(a.help))
	if a.help.IsNull() || a.help.IsNone() {
		h = ""
	}
	if p.isFormatter("ArgumentDefaultsHelpFormatter") && !strings.Contains(h, "%(default)") && !isSuppress(a.def) {
		ns, _ := a.nargsStr()
		if len(a.opts) > 0 || ns == "?" || ns == "*" {
			h += " (default: %(default)s)"
		}
	}
	return h
}

func (p *argParser) fillText(s string, width int, indent string) string {
	if p.isFormatter("RawDescriptionHelpFormatter") {
		var b strings.Builder
		for _, l := range splitLinesKeep(s) {
			b.WriteString(indent + l)
		}
		return b.String()
	}
	return fillText(s, width, indent)
}

func (p *argParser) splitLines(s string, width int) []string {
	if p.isFormatter("RawTextHelpFormatter") {
		return splitLinesNoKeep(s)
	}
	return wrapText(collapseWS(s), width)
}

func splitLinesKeep(s string) []string {
	var out []string
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
	return out
}

func splitLinesNoKeep(s string) []string {
	var out []string
	for _, l := range splitLinesKeep(s) {
		out = append(out, strings.TrimSuffix(l, "\n"))
	}
	if len(out) == 0 {
		out = []string{""}
	}
	return out
}

// defaultMetavarFor honours MetavarTypeHelpFormatter (type.__name__).
func (p *argParser) defaultMetavarFor(a *argAction) string {
	if p.isFormatter("MetavarTypeHelpFormatter") && rt.NonNone(a.typ) {
		if n, e := rt.GetAttr(a.typ, "__name__"); e == nil {
			s, _ := rt.ToStr(n)
			return s
		}
	}
	return a.defaultMetavar()
}

// actionsUsage is _format_actions_usage with the mutually exclusive
// groups' brackets and bars.
func (p *argParser) actionsUsage(acts []*argAction) string {
	inGroup := map[*argAction]bool{}
	inserts := map[int]string{}
	index := func(a *argAction) int {
		for i, x := range acts {
			if x == a {
				return i
			}
		}
		return -1
	}
	for _, g := range p.mutex {
		if len(g.acts) == 0 {
			continue
		}
		start := index(g.acts[0])
		if start < 0 {
			continue
		}
		end := start + len(g.acts)
		if end > len(acts) {
			continue
		}
		same := true
		for i, a := range g.acts {
			if acts[start+i] != a {
				same = false
			}
		}
		if !same {
			continue
		}
		suppressed := 0
		for _, a := range g.acts {
			inGroup[a] = true
			if a.helpSuppressed() {
				suppressed++
			}
		}
		add := func(i int, s string) {
			if v, ok := inserts[i]; ok {
				inserts[i] = v + " " + s
			} else {
				inserts[i] = s
			}
		}
		if !g.required {
			add(start, "[")
			if v, ok := inserts[end]; ok {
				inserts[end] = v + "]"
			} else {
				inserts[end] = "]"
			}
		} else if len(g.acts)-suppressed > 1 {
			add(start, "(")
			if v, ok := inserts[end]; ok {
				inserts[end] = v + ")"
			} else {
				inserts[end] = ")"
			}
		}
		for i := start + 1; i < end; i++ {
			inserts[i] = "|"
		}
	}
	parts := make([]*string, 0, len(acts))
	for i, a := range acts {
		if a.helpSuppressed() {
			parts = append(parts, nil)
			if inserts[i] == "|" {
				delete(inserts, i)
			} else if inserts[i+1] == "|" {
				delete(inserts, i+1)
			}
			continue
		}
		var part string
		if len(a.opts) == 0 {
			part = formatArgsWith(a, p.defaultMetavarFor(a))
			if inGroup[a] && len(part) > 1 && part[0] == '[' && part[len(part)-1] == ']' {
				part = part[1 : len(part)-1]
			}
		} else {
			part = a.opts[0]
			if !a.takesNoArgs() {
				part += " " + formatArgsWith(a, p.defaultMetavarFor(a))
			} else if a.kind == "boolopt" {
				part = strings.Join(a.opts, " | ")
			}
			if !a.required && !inGroup[a] {
				part = "[" + part + "]"
			}
		}
		parts = append(parts, &part)
	}
	var keys []int
	for k := range inserts {
		keys = append(keys, k)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(keys)))
	for _, k := range keys {
		s := inserts[k]
		if k > len(parts) {
			k = len(parts)
		}
		parts = append(parts[:k], append([]*string{&s}, parts[k:]...)...)
	}
	var strs []string
	for _, s := range parts {
		if s != nil {
			strs = append(strs, *s)
		}
	}
	text := strings.Join(strs, " ")
	text = usageOpenRE.ReplaceAllString(text, "$1")
	text = usageCloseRE.ReplaceAllString(text, "$1")
	text = usageEmptyRE.ReplaceAllString(text, "")
	return strings.TrimSpace(text)
}

func formatArgsWith(a *argAction, def string) string { return formatArgs(a, def) }

// mutexConflict is take_action's check: a non-default value for an
// action whose group-mate already had one.
func (p *argParser) mutexConflict(a *argAction, nonDefault map[*argAction]bool) *argErr {
	for _, g := range p.mutex {
		in := false
		for _, x := range g.acts {
			if x == a {
				in = true
			}
		}
		if !in {
			continue
		}
		for _, x := range g.acts {
			if x != a && nonDefault[x] {
				n, _ := x.name()
				return &argErr{a.argError("not allowed with argument " + n)}
			}
		}
	}
	return nil
}

// mutexRequired is the end-of-parse check of required groups.
func (p *argParser) mutexRequired(nonDefault map[*argAction]bool) *argErr {
	for _, g := range p.mutex {
		if !g.required {
			continue
		}
		found := false
		for _, a := range g.acts {
			if nonDefault[a] {
				found = true
			}
		}
		if !found {
			var names []string
			for _, a := range g.acts {
				if !a.helpSuppressed() {
					n, _ := a.name()
					names = append(names, n)
				}
			}
			return &argErr{"one of the arguments " + strings.Join(names, " ") + " is required"}
		}
	}
	return nil
}

func init() {
	mutexGroupType.Module = "argparse"
	ArgParserType.Method("add_mutually_exclusive_group", argumentParserAddMutuallyExclusiveGroup)
	mutexGroupType.Method("add_argument", mutuallyExclusiveGroupAddArgument)
}

// argumentParserAddMutuallyExclusiveGroup is ArgumentParser.add_mutually_exclusive_group.
func argumentParserAddMutuallyExclusiveGroup(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("add_mutually_exclusive_group", args, kw, []string{"required"}, 0)
	if e != nil {
		return rt.Null, e
	}
	p := self.O.(*argParser)
	g := &mutexGroup{parser: p}
	if !a[0].IsNull() {
		g.required, _ = rt.Truth(a[0])
	}
	p.mutex = append(p.mutex, g)
	return rt.Obj(g), nil
}

// mutuallyExclusiveGroupAddArgument is _MutuallyExclusiveGroup.add_argument.
func mutuallyExclusiveGroupAddArgument(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	g := self.O.(*mutexGroup)
	v, e := g.parser.addArgument(nil, args, kw)
	if e != nil {
		return rt.Null, e
	}
	a := v.O.(*argAction)
	if a.required {
		// argparse checks after adding to the container
		return rt.Null, rt.ValueErrorf("mutually exclusive arguments must be optional")
	}
	g.acts = append(g.acts, a)
	return v, nil
}

// defineHelpFormatters makes the HelpFormatter classes and adds them to
// the module (the end of its table).
func defineHelpFormatters(m *rt.NativeModule) {
	for _, name := range []string{"HelpFormatter", "RawDescriptionHelpFormatter", "RawTextHelpFormatter",
		"ArgumentDefaultsHelpFormatter", "MetavarTypeHelpFormatter"} {
		base := rt.ObjectType
		switch name {
		case "RawDescriptionHelpFormatter", "ArgumentDefaultsHelpFormatter", "MetavarTypeHelpFormatter":
			base = helpFormatterCls["HelpFormatter"]
		case "RawTextHelpFormatter":
			base = helpFormatterCls["RawDescriptionHelpFormatter"]
		}
		t := rt.NewType(name, base)
		t.Module = "argparse"
		helpFormatterCls[name] = t
		m.Set(name, rt.Obj(t))
	}
}
