package argparse

import (
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/py2goasync/py2goasync/rt"
)

// ArgumentParser.parse_known_args: argparse.py's _parse_known_args. Each
// argument string becomes 'O' (an option), 'A' (an argument) or '-' (the
// '--'), and the actions' nargs patterns are matched against that string
// with regexps (Go's leftmost-first matching picks the submatches Python's
// backtracking re does).

var negNumber = regexp.MustCompile(`^-\d+$|^-\d*\.\d+$`)

// argError is an ArgumentError on its way to parser.error.
type argErr struct{ msg string }

type optTuple struct {
	action   *argAction // nil: looks like an option but is unknown
	opt      string
	explicit *string
}

// fail is parser.error: print_usage(sys.stderr), then exit(2, message)
// also on sys.stderr (so contextlib.redirect_stderr captures it).
func (p *argParser) fail(msg string) *rt.Exc {
	if e := printMessage(p.formatUsage(), rt.SysGet("stderr")); e != nil {
		return e
	}
	if e := printMessage(p.prog+": error: "+msg+"\n", rt.SysGet("stderr")); e != nil {
		return e
	}
	return rt.NewExc(rt.ExcSystemExit, rt.Int(2))
}

// printMessage is _print_message: AttributeError/OSError are ignored.
func printMessage(s string, file rt.Value) *rt.Exc {
	if s == "" || !rt.NonNone(file) {
		return nil
	}
	if e := rt.WriteTo(file, s); e != nil && !rt.IsExcInstance(e, rt.ExcAttributeError) && !rt.IsExcInstance(e, rt.ExcOSError) {
		return e
	}
	return nil
}

func (p *argParser) hasNegativeNumberOptionals() bool {
	for _, o := range p.optOrder {
		if negNumber.MatchString(o) {
			return true
		}
	}
	return false
}

// optionTuples is _get_option_tuples (abbreviations).
func (p *argParser) optionTuples(s string) ([]optTuple, *argErr) {
	var out []optTuple
	if len(s) > 1 && s[0] == '-' && s[1] == '-' {
		if !p.allowAbbrev {
			return nil, nil
		}
		prefix := s
		var explicit *string
		if i := strings.IndexByte(s, '='); i >= 0 {
			prefix = s[:i]
			x := s[i+1:]
			explicit = &x
		}
		for _, o := range p.optOrder {
			if strings.HasPrefix(o, prefix) {
				out = append(out, optTuple{p.optIndex[o], o, explicit})
			}
		}
		return out, nil
	}
	if len(s) > 1 && s[0] == '-' {
		short, shortExplicit := s[:2], s[2:]
		for _, o := range p.optOrder {
			if o == short {
				x := shortExplicit
				out = append(out, optTuple{p.optIndex[o], o, &x})
			} else if strings.HasPrefix(o, s) {
				out = append(out, optTuple{p.optIndex[o], o, nil})
			}
		}
		return out, nil
	}
	return nil, &argErr{"unexpected option string: " + s}
}

// parseOptional is _parse_optional: nil when s is an argument.
func (p *argParser) parseOptional(s string) (*optTuple, *argErr) {
	if s == "" || s[0] != '-' {
		return nil, nil
	}
	if a, ok := p.optIndex[s]; ok {
		return &optTuple{a, s, nil}, nil
	}
	if len(s) == 1 {
		return nil, nil
	}
	if i := strings.IndexByte(s, '='); i >= 0 {
		if a, ok := p.optIndex[s[:i]]; ok {
			x := s[i+1:]
			return &optTuple{a, s[:i], &x}, nil
		}
	}
	tuples, err := p.optionTuples(s)
	if err != nil {
		return nil, err
	}
	if len(tuples) > 1 {
		var names []string
		for _, t := range tuples {
			names = append(names, t.opt)
		}
		return nil, &argErr{"ambiguous option: " + s + " could match " + strings.Join(names, ", ")}
	}
	if len(tuples) == 1 {
		return &tuples[0], nil
	}
	if negNumber.MatchString(s) && !p.hasNegativeNumberOptionals() {
		return nil, nil
	}
	if strings.Contains(s, " ") {
		return nil, nil
	}
	return &optTuple{nil, s, nil}, nil
}

// nargsPattern is _get_nargs_pattern.
func (a *argAction) nargsPattern() string {
	var pat string
	ns, isStr := a.nargsStr()
	switch {
	case !rt.NonNone(a.nargs):
		pat = "(-*A-*)"
	case isStr && ns == "?":
		pat = "(-*A?-*)"
	case isStr && ns == "*":
		pat = "(-*[A-]*)"
	case isStr && ns == "+":
		pat = "(-*A[A-]*)"
	case isStr && ns == "...":
		pat = "([-AO]*)"
	case isStr && ns == "A...":
		pat = "(-*A[-AO]*)"
	case isStr && ns == argSuppress:
		pat = "(-*-*)"
	default:
		n := int(a.nargs.I)
		pat = "(-*" + strings.Join(strings.Split(strings.Repeat("A", n), ""), "-*") + "-*)"
	}
	if len(a.opts) > 0 {
		pat = strings.ReplaceAll(pat, "-*", "")
		pat = strings.ReplaceAll(pat, "-", "")
	}
	return pat
}

var nargsRE = map[string]*regexp.Regexp{}

func matchNargs(pattern, s string) []int {
	re, ok := nargsRE[pattern]
	if !ok {
		re = regexp.MustCompile("^(?:" + pattern + ")")
		nargsRE[pattern] = re
	}
	m := re.FindStringSubmatchIndex(s)
	if m == nil {
		return nil
	}
	out := make([]int, 0, len(m)/2-1)
	for i := 2; i < len(m); i += 2 {
		out = append(out, m[i+1]-m[i])
	}
	return out
}

// matchArgument is _match_argument.
func (a *argAction) matchArgument(pattern string) (int, *argErr) {
	m := matchNargs(a.nargsPattern(), pattern)
	if m != nil {
		return m[0], nil
	}
	ns, isStr := a.nargsStr()
	switch {
	case !rt.NonNone(a.nargs):
		return 0, &argErr{a.argError("expected one argument")}
	case isStr && ns == "?":
		return 0, &argErr{a.argError("expected at most one argument")}
	case isStr && ns == "+":
		return 0, &argErr{a.argError("expected at least one argument")}
	case a.nargs.K == rt.KInt || a.nargs.K == rt.KBool:
		if a.nargs.I == 1 {
			return 0, &argErr{a.argError("expected 1 argument")}
		}
		return 0, &argErr{a.argError("expected " + strconv.FormatInt(a.nargs.I, 10) + " arguments")}
	}
	return 0, &argErr{a.argError("expected " + ns + " argument")}
}

// getValue is _get_value: the type conversion with ArgumentError texts.
func (a *argAction) getValue(s string) (rt.Value, *rt.Exc, *argErr) {
	if !rt.NonNone(a.typ) {
		return rt.Str(s), nil, nil
	}
	v, e := rt.Call(a.typ, []rt.Value{rt.Str(s)}, nil)
	if e == nil {
		return v, nil, nil
	}
	if rt.IsExcInstance(e, argumentTypeErrorType) {
		msg, _ := rt.ToStr(rt.ExcValue(e))
		return rt.Null, nil, &argErr{a.argError(msg)}
	}
	if rt.IsExcInstance(e, rt.ExcTypeError) || rt.IsExcInstance(e, rt.ExcValueError) {
		name := rt.ReprOrErr(a.typ)
		if n, e2 := rt.GetAttr(a.typ, "__name__"); e2 == nil {
			name, _ = rt.ToStr(n)
		}
		return rt.Null, nil, &argErr{a.argError("invalid " + name + " value: " + rt.ReprOrErr(rt.Str(s)))}
	}
	return rt.Null, e, nil
}

// checkValue is _check_value (choices).
func (a *argAction) checkValue(v rt.Value) (*rt.Exc, *argErr) {
	if !rt.NonNone(a.choices) {
		return nil, nil
	}
	in, e := rt.In(v, a.choices)
	if e != nil || in {
		return e, nil
	}
	items, e := rt.IterValues(a.choices)
	if e != nil {
		return e, nil
	}
	var reprs []string
	for _, c := range items {
		r, e := rt.ToRepr(c)
		if e != nil {
			return e, nil
		}
		reprs = append(reprs, r)
	}
	vr, e := rt.ToRepr(v)
	if e != nil {
		return e, nil
	}
	return nil, &argErr{a.argError("invalid choice: " + vr + " (choose from " + strings.Join(reprs, ", ") + ")")}
}

// getValues is _get_values.
func (a *argAction) getValues(strs []string) (rt.Value, *rt.Exc, *argErr) {
	ns, isStr := a.nargsStr()
	if !(isStr && (ns == "..." || ns == "A...")) {
		for i, s := range strs {
			if s == "--" {
				strs = append(append([]string(nil), strs[:i]...), strs[i+1:]...)
				break
			}
		}
	}
	conv := func(list []string, check bool) (rt.Value, *rt.Exc, *argErr) {
		out := make([]rt.Value, len(list))
		for i, s := range list {
			v, e, ae := a.getValue(s)
			if e != nil || ae != nil {
				return rt.Null, e, ae
			}
			out[i] = v
		}
		if check {
			for _, v := range out {
				if e, ae := a.checkValue(v); e != nil || ae != nil {
					return rt.Null, e, ae
				}
			}
		}
		return rt.NewList(out...), nil, nil
	}
	switch {
	case len(strs) == 0 && isStr && ns == "?":
		v := a.def
		if len(a.opts) > 0 {
			v = a.cnst
		}
		v = noneIfNull(v)
		if s, ok := rt.AsStr(v); ok && v.Type() == rt.StrType {
			var e *rt.Exc
			var ae *argErr
			if v, e, ae = a.getValue(s); e != nil || ae != nil {
				return rt.Null, e, ae
			}
			if e, ae := a.checkValue(v); e != nil || ae != nil {
				return rt.Null, e, ae
			}
		}
		return v, nil, nil
	case len(strs) == 0 && isStr && ns == "*" && len(a.opts) == 0:
		v := rt.NewList()
		if rt.NonNone(a.def) {
			v = a.def
		}
		if e, ae := a.checkValue(v); e != nil || ae != nil {
			return rt.Null, e, ae
		}
		return v, nil, nil
	case len(strs) == 1 && (!rt.NonNone(a.nargs) || (isStr && ns == "?")):
		v, e, ae := a.getValue(strs[0])
		if e != nil || ae != nil {
			return rt.Null, e, ae
		}
		if e, ae := a.checkValue(v); e != nil || ae != nil {
			return rt.Null, e, ae
		}
		return v, nil, nil
	case isStr && ns == "...":
		return conv(strs, false)
	case isStr && ns == "A...":
		v, e, ae := conv(strs, false)
		if e != nil || ae != nil {
			return rt.Null, e, ae
		}
		e, ae = a.checkValue(v.O.(*rt.List).Items[0])
		return v, e, ae
	case isStr && ns == argSuppress:
		return rt.Str(argSuppress), nil, nil
	}
	return conv(strs, true)
}

// perform is Action.__call__ for each action class.
func (p *argParser) perform(a *argAction, ns rt.Value, values rt.Value, opt string) *rt.Exc {
	dest := rt.Str(a.dest)
	get := func() rt.Value {
		v, e := rt.GetAttr(ns, a.dest)
		if e != nil {
			return rt.None
		}
		return v
	}
	copyItems := func(v rt.Value) (rt.Value, *rt.Exc) {
		if v.IsNone() {
			return rt.NewList(), nil
		}
		if l, ok := v.O.(*rt.List); ok && v.Type() == rt.ListType {
			return rt.NewList(append([]rt.Value(nil), l.Items...)...), nil
		}
		return rt.CallMethod(v, "copy", nil, nil)
	}
	_ = dest
	switch a.kind {
	case "store":
		return rt.SetAttr(ns, a.dest, values)
	case "store_const":
		return rt.SetAttr(ns, a.dest, noneIfNull(a.cnst))
	case "parsers":
		return p.performSubparser(a, ns, values)
	case "boolopt":
		return rt.SetAttr(ns, a.dest, rt.Bool(!strings.HasPrefix(opt, "--no-")))
	case "append", "append_const", "extend":
		items, e := copyItems(get())
		if e != nil {
			return e
		}
		switch a.kind {
		case "append":
			_, e = rt.CallMethod(items, "append", []rt.Value{values}, nil)
		case "append_const":
			_, e = rt.CallMethod(items, "append", []rt.Value{noneIfNull(a.cnst)}, nil)
		default:
			_, e = rt.CallMethod(items, "extend", []rt.Value{values}, nil)
		}
		if e != nil {
			return e
		}
		return rt.SetAttr(ns, a.dest, items)
	case "count":
		c := get()
		if c.IsNone() {
			c = rt.Int(0)
		}
		n, e := rt.Add(c, rt.Int(1))
		if e != nil {
			return e
		}
		return rt.SetAttr(ns, a.dest, n)
	case "help":
		if e := printMessage(p.formatHelp(), rt.SysGet("stdout")); e != nil {
			return e
		}
		return rt.NewExc(rt.ExcSystemExit, rt.Int(0))
	case "version":
		s, e := rt.ToStr(noneIfNull(a.version))
		if e != nil {
			return e
		}
		s = strings.ReplaceAll(s, "%(prog)s", p.prog)
		if e := printMessage(fillText(s, p.width(), "")+"\n", rt.SysGet("stdout")); e != nil {
			return e
		}
		return rt.NewExc(rt.ExcSystemExit, rt.Int(0))
	}
	return nil
}

func (p *argParser) parseKnownArgs(args []rt.Value, kw []string, fname string) (rt.Value, []string, *rt.Exc) {
	a, e := rt.ParseArgs(fname, args, kw, []string{"args", "namespace"}, 0)
	if e != nil {
		return rt.Null, nil, e
	}
	var strs []string
	if !rt.NonNone(a[0]) {
		argv, e := rt.GetAttr(sysModuleValue(), "argv")
		if e != nil {
			return rt.Null, nil, e
		}
		items, e := rt.IterValues(argv)
		if e != nil {
			return rt.Null, nil, e
		}
		if len(items) > 0 {
			items = items[1:]
		}
		a[0] = rt.NewList(items...)
	}
	items, e := rt.IterValues(a[0])
	if e != nil {
		return rt.Null, nil, e
	}
	for _, it := range items {
		s, ok := rt.AsStr(it)
		if !ok {
			return rt.Null, nil, rt.TypeErrorf("'%s' object is not subscriptable", it.TypeName())
		}
		strs = append(strs, s)
	}
	ns := a[1]
	if !rt.NonNone(ns) {
		ns = rt.Obj(&namespace{d: mustV(rt.NewDict())})
	}
	for _, act := range p.actions {
		if act.dest != argSuppress && !isSuppress(act.def) {
			if _, e := rt.GetAttr(ns, act.dest); e != nil {
				if e := rt.SetAttr(ns, act.dest, noneIfNull(act.def)); e != nil {
					return rt.Null, nil, e
				}
			}
		}
	}
	for i := 0; i+1 < len(p.defaults); i += 2 {
		k, _ := rt.AsStr(p.defaults[i])
		if _, e := rt.GetAttr(ns, k); e != nil {
			if e := rt.SetAttr(ns, k, p.defaults[i+1]); e != nil {
				return rt.Null, nil, e
			}
		}
	}
	extras, e, ae := p.parseArgsInto(strs, ns)
	if e != nil {
		return rt.Null, nil, e
	}
	if ae != nil {
		if !p.exitOnError {
			return rt.Null, nil, rt.NewExc(argumentErrorType, rt.Str(ae.msg))
		}
		return rt.Null, nil, p.fail(ae.msg)
	}
	// leftovers of subparsers
	if cur, e := rt.GetAttr(ns, unrecognizedAttr); e == nil {
		items, e := rt.IterValues(cur)
		if e != nil {
			return rt.Null, nil, e
		}
		for _, it := range items {
			s, _ := rt.ToStr(it)
			extras = append(extras, s)
		}
		if e := rt.DelAttr(ns, unrecognizedAttr); e != nil {
			return rt.Null, nil, e
		}
	}
	return ns, extras, nil
}

func mustV(v rt.Value, e *rt.Exc) rt.Value {
	if e != nil {
		panic(rt.FormatExcOnly(e))
	}
	return v
}

func sysModuleValue() rt.Value {
	m, _ := rt.Import("sys", false, 0)
	return m
}

func (p *argParser) parseArgsInto(strs []string, ns rt.Value) ([]string, *rt.Exc, *argErr) {
	optIdx := map[int]*optTuple{}
	var pat []byte
	maxOpt := -1
	for i := 0; i < len(strs); i++ {
		if strs[i] == "--" {
			pat = append(pat, '-')
			for i++; i < len(strs); i++ {
				pat = append(pat, 'A')
			}
			break
		}
		t, ae := p.parseOptional(strs[i])
		if ae != nil {
			return nil, nil, ae
		}
		if t == nil {
			pat = append(pat, 'A')
		} else {
			optIdx[i] = t
			pat = append(pat, 'O')
			maxOpt = i
		}
	}
	pattern := string(pat)
	seen := map[*argAction]bool{}
	nonDefault := map[*argAction]bool{}
	var extras []string
	takeAction := func(act *argAction, argStrs []string, opt string) (*rt.Exc, *argErr) {
		seen[act] = true
		v, e, ae := act.getValues(argStrs)
		if e != nil || ae != nil {
			return e, ae
		}
		// "argument_values is not action.default"
		if !rt.Is(v, noneIfNull(act.def)) {
			nonDefault[act] = true
			if ae := p.mutexConflict(act, nonDefault); ae != nil {
				return nil, ae
			}
		}
		if isSuppress(v) {
			return nil, nil
		}
		return p.perform(act, ns, v, opt), nil
	}
	consumeOptional := func(start int) (int, *rt.Exc, *argErr) {
		t := optIdx[start]
		act, opt, explicit := t.action, t.opt, t.explicit
		type tuple struct {
			act  *argAction
			args []string
			opt  string
		}
		var tuples []tuple
		var stop int
		for {
			if act == nil {
				extras = append(extras, strs[start])
				return start + 1, nil, nil
			}
			if explicit != nil {
				count, ae := act.matchArgument("A")
				if ae != nil {
					return 0, nil, ae
				}
				if count == 0 && opt[1] != '-' && *explicit != "" {
					tuples = append(tuples, tuple{act, nil, opt})
					opt = "-" + (*explicit)[:1]
					rest := (*explicit)[1:]
					if next, ok := p.optIndex[opt]; ok {
						act = next
						if rest == "" {
							explicit = nil
						} else {
							explicit = &rest
						}
					} else {
						return 0, nil, &argErr{act.argError("ignored explicit argument " + rt.ReprOrErr(rt.Str(*explicit)))}
					}
				} else if count == 1 {
					stop = start + 1
					tuples = append(tuples, tuple{act, []string{*explicit}, opt})
					break
				} else {
					return 0, nil, &argErr{act.argError("ignored explicit argument " + rt.ReprOrErr(rt.Str(*explicit)))}
				}
			} else {
				s := start + 1
				count, ae := act.matchArgument(pattern[s:])
				if ae != nil {
					return 0, nil, ae
				}
				stop = s + count
				tuples = append(tuples, tuple{act, append([]string(nil), strs[s:stop]...), opt})
				break
			}
		}
		for _, t := range tuples {
			if e, ae := takeAction(t.act, t.args, t.opt); e != nil || ae != nil {
				return 0, e, ae
			}
		}
		return stop, nil, nil
	}
	var positionals []*argAction
	for _, act := range p.actions {
		if len(act.opts) == 0 {
			positionals = append(positionals, act)
		}
	}
	consumePositionals := func(start int) (int, *rt.Exc, *argErr) {
		var counts []int
		for i := len(positionals); i > 0; i-- {
			var sb strings.Builder
			for _, act := range positionals[:i] {
				sb.WriteString(act.nargsPattern())
			}
			if m := matchNargs(sb.String(), pattern[start:]); m != nil {
				counts = m
				break
			}
		}
		for i, c := range counts {
			if e, ae := takeAction(positionals[i], append([]string(nil), strs[start:start+c]...), ""); e != nil || ae != nil {
				return 0, e, ae
			}
			start += c
		}
		positionals = positionals[len(counts):]
		return start, nil, nil
	}
	start := 0
	for start <= maxOpt {
		next := -1
		for i := start; i <= maxOpt; i++ {
			if _, ok := optIdx[i]; ok {
				next = i
				break
			}
		}
		if start != next {
			end, e, ae := consumePositionals(start)
			if e != nil || ae != nil {
				return nil, e, ae
			}
			if end > start {
				start = end
				continue
			}
			start = end
		}
		if _, ok := optIdx[start]; !ok {
			extras = append(extras, strs[start:next]...)
			start = next
		}
		var e *rt.Exc
		var ae *argErr
		if start, e, ae = consumeOptional(start); e != nil || ae != nil {
			return nil, e, ae
		}
	}
	stop, e, ae := consumePositionals(start)
	if e != nil || ae != nil {
		return nil, e, ae
	}
	extras = append(extras, strs[stop:]...)
	var required []string
	for _, act := range p.actions {
		if seen[act] {
			continue
		}
		if act.required {
			n, _ := act.name()
			required = append(required, n)
			continue
		}
		if s, ok := rt.AsStr(act.def); ok && act.def.Type() == rt.StrType && act.dest != argSuppress {
			if cur, e := rt.GetAttr(ns, act.dest); e == nil && rt.Is(cur, act.def) {
				v, e, ae := act.getValue(s)
				if e != nil || ae != nil {
					return nil, e, ae
				}
				if e := rt.SetAttr(ns, act.dest, v); e != nil {
					return nil, e, nil
				}
			}
		}
	}
	if len(required) > 0 {
		return nil, nil, &argErr{"the following arguments are required: " + strings.Join(required, ", ")}
	}
	if ae := p.mutexRequired(nonDefault); ae != nil {
		return nil, nil, ae
	}
	return extras, nil, nil
}

var argumentTypeErrorType = rt.NewType("ArgumentTypeError", rt.ExcException)

func init() {
	argumentTypeErrorType.Module = "argparse"
	_ = os.Args
}
