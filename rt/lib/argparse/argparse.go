package argparse

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/py2goasync/py2goasync/rt"
)

// argparse: ArgumentParser, argument groups, the store/store_const/
// store_true/store_false/append/append_const/extend/count/help/version
// actions with nargs (None, '?', '*', '+', N, REMAINDER), const, default,
// type, choices, required, dest, metavar and help; parse_args and
// parse_known_args with argparse.py's algorithm (option/positional
// pattern strings matched against the nargs regexps, abbreviations,
// combined short flags, '--'), its error texts (usage + "prog: error: ..."
// on stderr, SystemExit(2)) and HelpFormatter's layout
// (mod_argparse_help.go). Ported from CPython 3.11's Lib/argparse.py.

var (
	ArgParserType = rt.NewType("ArgumentParser", rt.ObjectType)
	NamespaceType = rt.NewType("Namespace", rt.ObjectType)
	argGroupType  = rt.NewType("_ArgumentGroup", rt.ObjectType)
	argActionType = rt.NewType("Action", rt.ObjectType)
)

const argSuppress = "==SUPPRESS=="

type argAction struct {
	kind     string   // store, store_const, append, append_const, extend, count, help, version
	opts     []string // option strings; empty for a positional
	dest     string
	nargs    rt.Value // Null = None, a str ('?', '*', '+', '...', 'A...', SUPPRESS) or an int
	cnst     rt.Value // Null = None
	def      rt.Value // Null = None
	typ      rt.Value // Null = None
	choices  rt.Value // Null = None
	required bool
	help     rt.Value // Null = None
	metavar  rt.Value // Null = None; a str or a tuple
	version  rt.Value
	// add_subparsers: the parsers by name (a dict: choices) and the help
	// pseudo-actions listed under it
	subactions []*argAction
	parsers    rt.Value
	progPrefix string
}

func (*argAction) Type() *rt.Type { return argActionType }

type argGroup struct {
	title, description rt.Value // Null = None
	actions            []*argAction
	parser             *argParser
}

func (*argGroup) Type() *rt.Type { return argGroupType }

type argParser struct {
	prog        string
	usageText   rt.Value // Null = None
	description rt.Value
	epilog      rt.Value
	actions     []*argAction
	optIndex    map[string]*argAction
	optOrder    []string // option strings in the order they were added
	groups      []*argGroup
	positionals *argGroup
	optionals   *argGroup
	defaults    []rt.Value // set_defaults: key, value, ...
	allowAbbrev bool
	exitOnError bool
	formatter   *rt.Type // formatter_class; nil = HelpFormatter
	mutex       []*mutexGroup
}

func (*argParser) Type() *rt.Type { return ArgParserType }

type namespace struct{ d rt.Value }

func (*namespace) Type() *rt.Type { return NamespaceType }

func isSuppress(v rt.Value) bool {
	s, ok := rt.AsStr(v)
	return ok && s == argSuppress
}

func (a *argAction) nargsStr() (string, bool) {
	if a.nargs.IsNull() || a.nargs.IsNone() {
		return "", false
	}
	return rt.AsStr(a.nargs)
}

// takesNoArgs is action.nargs == 0.
func (a *argAction) takesNoArgs() bool { return a.nargs.K == rt.KInt && a.nargs.I == 0 }

// name is _get_action_name.
func (a *argAction) name() (string, bool) {
	switch {
	case len(a.opts) > 0:
		return strings.Join(a.opts, "/"), true
	case rt.NonNone(a.metavar) && !isSuppress(a.metavar):
		s, _ := rt.ToStr(a.metavar)
		return s, true
	case a.dest != argSuppress:
		return a.dest, true
	case rt.NonNone(a.choices):
		items, _ := rt.IterValues(a.choices)
		var strs []string
		for _, c := range items {
			s, _ := rt.ToStr(c)
			strs = append(strs, s)
		}
		return "{" + strings.Join(strs, ",") + "}", true
	}
	return "", false
}

// argError is ArgumentError's str().
func (a *argAction) argError(msg string) string {
	if n, ok := a.name(); ok && a != nil {
		return "argument " + n + ": " + msg
	}
	return msg
}

// actionKwargs are the keyword arguments each action class accepts
// (besides option_strings, dest), and its class name for the TypeError.
var actionKwargs = map[string]struct {
	class string
	kws   string
}{
	"store":        {"_StoreAction", " nargs const default type choices required help metavar "},
	"store_const":  {"_StoreConstAction", " const default required help metavar "},
	"store_true":   {"_StoreTrueAction", " default required help "},
	"store_false":  {"_StoreFalseAction", " default required help "},
	"append":       {"_AppendAction", " nargs const default type choices required help metavar "},
	"append_const": {"_AppendConstAction", " const default required help metavar "},
	"extend":       {"_ExtendAction", " nargs const default type choices required help metavar "},
	"count":        {"_CountAction", " default required help "},
	"help":         {"_HelpAction", " default help "},
	"version":      {"_VersionAction", " version default help "},
	"boolopt":      {"BooleanOptionalAction", " default type choices required help metavar "},
}

var boolOptionalType = rt.NewType("BooleanOptionalAction", argActionType)

// addArgument is _ActionsContainer.add_argument for the parser or a group.
func (p *argParser) addArgument(g *argGroup, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	n := len(args) - len(kw)
	var strs []string
	for _, v := range args[:n] {
		s, ok := rt.AsStr(v)
		if !ok {
			return rt.Null, rt.TypeErrorf("'%s' object is not subscriptable", v.TypeName())
		}
		strs = append(strs, s)
	}
	kwv := map[string]rt.Value{}
	for i, k := range kw {
		kwv[k] = args[n+i]
	}
	a := &argAction{kind: "store"}
	if len(strs) == 0 || (len(strs) == 1 && !strings.HasPrefix(strs[0], "-")) {
		// _get_positional_kwargs
		if len(strs) == 0 {
			d, ok := kwv["dest"]
			if !ok {
				return rt.Null, rt.TypeErrorf("_get_positional_kwargs() missing 1 required positional argument: 'dest'")
			}
			strs = []string{""}
			a.dest, _ = rt.AsStr(d)
			delete(kwv, "dest")
		} else {
			if _, ok := kwv["dest"]; ok {
				return rt.Null, rt.ValueErrorf("dest supplied twice for positional argument")
			}
			a.dest = strs[0]
		}
		if _, ok := kwv["required"]; ok {
			return rt.Null, rt.TypeErrorf("'required' is an invalid argument for positionals")
		}
		ns, _ := rt.AsStr(kwv["nargs"])
		if ns != "?" && ns != "*" {
			a.required = true
		}
		if _, ok := kwv["default"]; ns == "*" && !ok {
			a.required = true
		}
	} else {
		for _, s := range strs {
			if !strings.HasPrefix(s, "-") {
				return rt.Null, rt.ValueErrorf("invalid option string %s: must start with a character '-'", rt.ReprOrErr(rt.Str(s)))
			}
		}
		a.opts = strs
		if d, ok := kwv["dest"]; ok {
			a.dest, _ = rt.AsStr(d)
		} else {
			dest := ""
			for _, s := range strs {
				if len(s) > 1 && s[1] == '-' {
					dest = s
					break
				}
			}
			if dest == "" {
				dest = strs[0]
			}
			dest = strings.ReplaceAll(strings.TrimLeft(dest, "-"), "-", "_")
			if dest == "" {
				return rt.Null, rt.ValueErrorf("dest= is required for options like %s", rt.ReprOrErr(rt.Str(strs[0])))
			}
			a.dest = dest
		}
	}
	delete(kwv, "dest")
	if v, ok := kwv["action"]; ok && v.K == rt.KObj && v.O == rt.Value(rt.Obj(boolOptionalType)).O {
		a.kind = "boolopt"
		delete(kwv, "action")
	} else if ok {
		s, isStr := rt.AsStr(v)
		if !isStr {
			return rt.Null, rt.ValueErrorf("unknown action \"%s\"", rt.ReprOrErr(v))
		}
		if _, known := actionKwargs[s]; !known {
			return rt.Null, rt.ValueErrorf("unknown action \"%s\"", s)
		}
		a.kind = s
		delete(kwv, "action")
	}
	if _, ok := kwv["default"]; !ok {
		for i := 0; i+1 < len(p.defaults); i += 2 {
			if k, _ := rt.AsStr(p.defaults[i]); k == a.dest {
				a.def = p.defaults[i+1]
			}
		}
	}
	spec := actionKwargs[a.kind]
	for _, k := range kw {
		if _, still := kwv[k]; still && !strings.Contains(spec.kws, " "+k+" ") {
			return rt.Null, rt.TypeErrorf("%s.__init__() got an unexpected keyword argument '%s'", spec.class, k)
		}
	}
	if v, ok := kwv["default"]; ok {
		a.def = v
	}
	a.nargs, a.cnst, a.typ, a.choices, a.help, a.metavar = kwv["nargs"], kwv["const"], kwv["type"], kwv["choices"], kwv["help"], kwv["metavar"]
	a.version = kwv["version"]
	if v, ok := kwv["required"]; ok {
		t, e := rt.Truth(v)
		if e != nil {
			return rt.Null, e
		}
		a.required = t
	}
	switch a.kind {
	case "store_true", "store_false":
		a.kind, a.cnst = "store_const", rt.Bool(a.kind == "store_true")
		if _, ok := kwv["default"]; !ok && a.def.IsNull() {
			a.def = rt.Bool(a.cnst.K == rt.KBool && a.cnst.I == 0)
		}
		a.nargs = rt.Int(0)
	case "store_const", "append_const", "count":
		a.nargs = rt.Int(0)
	case "boolopt":
		var opts []string
		for _, o := range a.opts {
			opts = append(opts, o)
			if strings.HasPrefix(o, "--") {
				opts = append(opts, "--no-"+o[2:])
			}
		}
		a.opts, a.nargs = opts, rt.Int(0)
		if rt.NonNone(a.help) && rt.NonNone(a.def) && !isSuppress(a.def) {
			h, e := rt.Add(a.help, rt.Str(" (default: %(default)s)"))
			if e != nil {
				return rt.Null, e
			}
			a.help = h
		}
	case "help":
		a.nargs = rt.Int(0)
		if _, ok := kwv["default"]; !ok {
			a.def = rt.Str(argSuppress)
		}
		a.dest = argSuppress
		if _, ok := kwv["help"]; !ok {
			a.help = rt.Str("show this help message and exit")
		}
	case "version":
		a.nargs = rt.Int(0)
		if _, ok := kwv["default"]; !ok {
			a.def = rt.Str(argSuppress)
		}
		a.dest = argSuppress
		if _, ok := kwv["help"]; !ok {
			a.help = rt.Str("show program's version number and exit")
		}
	case "store", "append", "extend":
		if a.nargs.K == rt.KInt && a.nargs.I == 0 {
			if a.kind == "store" {
				return rt.Null, rt.ValueErrorf("nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate")
			}
			return rt.Null, rt.ValueErrorf("nargs for append actions must be != 0; if arg strings are not supplying the value to append, the append const action may be more appropriate")
		}
		if ns, _ := a.nargsStr(); rt.NonNone(a.cnst) && ns != "?" {
			return rt.Null, rt.ValueErrorf("nargs must be %s to supply const", rt.ReprOrErr(rt.Str("?")))
		}
	}
	if rt.NonNone(a.nargs) && a.nargs.K != rt.KInt && a.nargs.K != rt.KBool {
		if s, ok := rt.AsStr(a.nargs); !ok || !strings.Contains(" ? * + ... A... "+argSuppress+" ", " "+s+" ") {
			return rt.Null, rt.ValueErrorf("invalid nargs value")
		}
	}
	if rt.NonNone(a.typ) && !rt.IsCallable(a.typ) {
		return rt.Null, rt.ValueErrorf("%s is not callable", rt.ReprOrErr(a.typ))
	}
	// _check_conflict (conflict_handler='error')
	var conflicts []string
	for _, o := range a.opts {
		if _, ok := p.optIndex[o]; ok {
			conflicts = append(conflicts, o)
		}
	}
	if len(conflicts) > 0 {
		return rt.Null, rt.NewExc(argumentErrorType, rt.Str(a.argError("conflicting option string"+map[bool]string{true: "s", false: ""}[len(conflicts) > 1]+": "+strings.Join(conflicts, ", "))))
	}
	p.actions = append(p.actions, a)
	for _, o := range a.opts {
		p.optIndex[o] = a
		p.optOrder = append(p.optOrder, o)
	}
	if g == nil {
		if len(a.opts) == 0 {
			g = p.positionals
		} else {
			g = p.optionals
		}
	}
	g.actions = append(g.actions, a)
	return rt.Obj(a), nil
}

var argumentErrorType = rt.NewType("ArgumentError", rt.ExcException)

// argParserOf returns the *argParser the value holds.
func argParserOf(v rt.Value) *argParser { return v.O.(*argParser) }

func init() {
	ArgParserType.Module = "argparse"
	NamespaceType.Module = "argparse"
	argGroupType.Module = "argparse"
	argActionType.Module = "argparse"
	argumentErrorType.Module = "argparse"
	ArgParserType.New = argumentParserNew
	ArgParserType.Init = argumentParserInit
	ArgParserType.Method("add_argument", argumentParserAddArgument)
	ArgParserType.Method("add_argument_group", argumentParserAddArgumentGroup)
	argGroupType.Method("add_argument", argumentGroupAddArgument)
	ArgParserType.Method("set_defaults", argumentParserSetDefaults)
	ArgParserType.Method("parse_args", argumentParserParseArgs)
	ArgParserType.Method("parse_known_args", argumentParserParseKnownArgs)
	ArgParserType.Method("print_help", argumentParserPrintHelp)
	ArgParserType.Method("print_usage", argumentParserPrintUsage)
	ArgParserType.Method("format_help", argumentParserFormatHelp)
	ArgParserType.Method("format_usage", argumentParserFormatUsage)
	ArgParserType.Method("error", argumentParserError)
	ArgParserType.Method("exit", argumentParserExit)
	ArgParserType.Getter("prog", argumentParserProg)
	ArgParserType.Getter("description", argumentParserDescription)
	argActionType.Getter("dest", actionDest)
	argActionType.Getter("default", actionDefault)
	argActionType.Getter("help", actionHelp)
	initNamespace()
	m := rt.DefineModule("argparse")
	m.Set("ArgumentParser", rt.Obj(ArgParserType))
	m.Set("Namespace", rt.Obj(NamespaceType))
	m.Set("ArgumentError", rt.Obj(argumentErrorType))
	m.Set("ArgumentTypeError", rt.Obj(argumentTypeErrorType))
	m.Set("Action", rt.Obj(argActionType))
	boolOptionalType.Module = "argparse"
	m.Set("BooleanOptionalAction", rt.Obj(boolOptionalType))
	for k, v := range map[string]string{"SUPPRESS": argSuppress, "OPTIONAL": "?", "ZERO_OR_MORE": "*",
		"ONE_OR_MORE": "+", "REMAINDER": "...", "PARSER": "A..."} {
		m.Set(k, rt.Str(v))
	}
	defineHelpFormatters(m)
}

// argumentParserNew is the New hook (__new__) of ArgumentParser.
func argumentParserNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("ArgumentParser", args, kw, []string{"prog", "usage", "description", "epilog", "parents",
		"formatter_class", "prefix_chars", "fromfile_prefix_chars", "argument_default", "conflict_handler", "add_help",
		"allow_abbrev", "exit_on_error"}, 0)
	if e != nil {
		return rt.Null, e
	}
	p := &argParser{optIndex: map[string]*argAction{}, allowAbbrev: true, exitOnError: true,
		usageText: a[1], description: a[2], epilog: a[3]}
	if s, ok := rt.AsStr(a[0]); ok {
		p.prog = s
	} else {
		p.prog = filepath.Base(rt.AbsFilename(progFilename()))
	}
	if t, ok := a[5].O.(*rt.Type); ok && a[5].K == rt.KObj {
		p.formatter = t
	}
	if !a[11].IsNull() {
		p.allowAbbrev, _ = rt.Truth(a[11])
	}
	if !a[12].IsNull() {
		p.exitOnError, _ = rt.Truth(a[12])
	}
	p.positionals = &argGroup{title: rt.Str("positional arguments"), parser: p}
	p.optionals = &argGroup{title: rt.Str("options"), parser: p}
	p.groups = []*argGroup{p.positionals, p.optionals}
	addHelp := true
	if !a[10].IsNull() {
		addHelp, _ = rt.Truth(a[10])
	}
	if addHelp {
		if _, e := p.addArgument(nil, []rt.Value{rt.Str("-h"), rt.Str("--help"), rt.Str("help")}, []string{"action"}); e != nil {
			return rt.Null, e
		}
	}
	return rt.Obj(p), nil
}

// argumentParserInit is the Init hook (__init__) of ArgumentParser.
func argumentParserInit(self rt.Value, args []rt.Value, kw []string) *rt.Exc { return nil }

// argumentParserAddArgument is ArgumentParser.add_argument.
func argumentParserAddArgument(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return argParserOf(self).addArgument(nil, args, kw)
}

// argumentParserAddArgumentGroup is ArgumentParser.add_argument_group.
func argumentParserAddArgumentGroup(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("add_argument_group", args, kw, []string{"title", "description"}, 0)
	if e != nil {
		return rt.Null, e
	}
	g := &argGroup{title: a[0], description: a[1], parser: argParserOf(self)}
	argParserOf(self).groups = append(argParserOf(self).groups, g)
	return rt.Obj(g), nil
}

// argumentGroupAddArgument is _ArgumentGroup.add_argument.
func argumentGroupAddArgument(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	g := self.O.(*argGroup)
	return g.parser.addArgument(g, args, kw)
}

// argumentParserSetDefaults is ArgumentParser.set_defaults.
func argumentParserSetDefaults(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	p := argParserOf(self)
	n := len(args) - len(kw)
	if n > 0 {
		return rt.Null, rt.TypeErrorf("_ActionsContainer.set_defaults() takes 1 positional argument but %d were given", n+1)
	}
	for i, k := range kw {
		p.defaults = append(p.defaults, rt.Str(k), args[n+i])
		for _, a := range p.actions {
			if a.dest == k {
				a.def = args[n+i]
			}
		}
	}
	return rt.None, nil
}

// argumentParserParseArgs is ArgumentParser.parse_args.
func argumentParserParseArgs(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	ns, extras, e := argParserOf(self).parseKnownArgs(args, kw, "parse_args")
	if e != nil {
		return rt.Null, e
	}
	if len(extras) > 0 {
		return rt.Null, argParserOf(self).fail("unrecognized arguments: " + strings.Join(extras, " "))
	}
	return ns, nil
}

// argumentParserParseKnownArgs is ArgumentParser.parse_known_args.
func argumentParserParseKnownArgs(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	ns, extras, e := argParserOf(self).parseKnownArgs(args, kw, "parse_known_args")
	if e != nil {
		return rt.Null, e
	}
	ex := make([]rt.Value, len(extras))
	for i, s := range extras {
		ex[i] = rt.Str(s)
	}
	return rt.NewTuple(ns, rt.NewList(ex...)), nil
}

// argumentParserPrintHelp is ArgumentParser.print_help.
func argumentParserPrintHelp(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("print_help", args, kw, []string{"file"}, 0)
	if e != nil {
		return rt.Null, e
	}
	file := a[0]
	if !rt.NonNone(file) {
		file = rt.SysGet("stdout")
	}
	return rt.None, printMessage(argParserOf(self).formatHelp(), file)
}

// argumentParserPrintUsage is ArgumentParser.print_usage.
func argumentParserPrintUsage(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("print_usage", args, kw, []string{"file"}, 0)
	if e != nil {
		return rt.Null, e
	}
	file := a[0]
	if !rt.NonNone(file) {
		file = rt.SysGet("stdout")
	}
	return rt.None, printMessage(argParserOf(self).formatUsage(), file)
}

// argumentParserFormatHelp is ArgumentParser.format_help.
func argumentParserFormatHelp(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Str(argParserOf(self).formatHelp()), nil
}

// argumentParserFormatUsage is ArgumentParser.format_usage.
func argumentParserFormatUsage(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Str(argParserOf(self).formatUsage()), nil
}

// argumentParserError is ArgumentParser.error.
func argumentParserError(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("error", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	s, e := rt.ToStr(args[0])
	if e != nil {
		return rt.Null, e
	}
	return rt.Null, argParserOf(self).fail(s)
}

// argumentParserExit is ArgumentParser.exit.
func argumentParserExit(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("exit", args, kw, []string{"status", "message"}, 0)
	if e != nil {
		return rt.Null, e
	}
	if rt.NonNone(a[1]) {
		s, e := rt.ToStr(a[1])
		if e != nil {
			return rt.Null, e
		}
		if e := printMessage(s, rt.SysGet("stderr")); e != nil {
			return rt.Null, e
		}
	}
	st := a[0]
	if st.IsNull() {
		st = rt.Int(0)
	}
	return rt.Null, rt.NewExc(rt.ExcSystemExit, st)
}

// argumentParserProg is ArgumentParser.prog.
func argumentParserProg(v rt.Value) (rt.Value, *rt.Exc) { return rt.Str(argParserOf(v).prog), nil }

// argumentParserDescription is ArgumentParser.description.
func argumentParserDescription(v rt.Value) (rt.Value, *rt.Exc) {
	return noneIfNull(argParserOf(v).description), nil
}

// actionDest is Action.dest.
func actionDest(v rt.Value) (rt.Value, *rt.Exc) { return rt.Str(v.O.(*argAction).dest), nil }

// actionDefault is Action.default.
func actionDefault(v rt.Value) (rt.Value, *rt.Exc) { return noneIfNull(v.O.(*argAction).def), nil }

// actionHelp is Action.help.
func actionHelp(v rt.Value) (rt.Value, *rt.Exc) { return noneIfNull(v.O.(*argAction).help), nil }

func noneIfNull(v rt.Value) rt.Value {
	if v.IsNull() {
		return rt.None
	}
	return v
}

func progFilename() string {
	if f := rt.ProgramFilename(); f != "" {
		return f
	}
	return os.Args[0]
}
