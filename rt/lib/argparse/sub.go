package argparse

import (
	"strings"

	"github.com/py2goasync/py2goasync/rt"
)

// add_subparsers / add_parser (_SubParsersAction): a positional with
// nargs PARSER whose choices are the sub-parsers; the chosen one parses
// the rest with parse_known_args, its namespace is copied over, leftovers
// travel in the namespace's _unrecognized_args as argparse.py does.

var subParsersType = rt.NewType("_SubParsersAction", argActionType)

const unrecognizedAttr = "_unrecognized_args"

// performSubparser is _SubParsersAction.__call__.
func (p *argParser) performSubparser(a *argAction, ns, values rt.Value) *rt.Exc {
	items := values.O.(*rt.List).Items
	name := items[0]
	if a.dest != argSuppress {
		if e := rt.SetAttr(ns, a.dest, name); e != nil {
			return e
		}
	}
	sub, e := rt.GetItem(a.parsers, name)
	if e != nil {
		keys, _ := rt.IterValues(a.parsers)
		var strs []string
		for _, k := range keys {
			s, _ := rt.ToStr(k)
			strs = append(strs, s)
		}
		ns, _ := rt.ToStr(name)
		return p.fail(a.argError("unknown parser " + rt.ReprOrErr(rt.Str(ns)) + " (choices: " + strings.Join(strs, ", ") + ")"))
	}
	sp, ok := sub.O.(*argParser)
	if !ok {
		return rt.TypeErrorf("subparser is not an ArgumentParser")
	}
	subNS, extras, e := sp.parseKnownArgs([]rt.Value{rt.NewList(items[1:]...)}, nil, "parse_known_args")
	if e != nil {
		return e
	}
	keys, e := rt.IterValues(subNS.O.(*namespace).d)
	if e != nil {
		return e
	}
	for _, k := range keys {
		v, _ := rt.GetItem(subNS.O.(*namespace).d, k)
		ks, _ := rt.AsStr(k)
		if e := rt.SetAttr(ns, ks, v); e != nil {
			return e
		}
	}
	if len(extras) > 0 {
		cur, e := rt.GetAttr(ns, unrecognizedAttr)
		if e != nil {
			cur = rt.NewList()
			if e := rt.SetAttr(ns, unrecognizedAttr, cur); e != nil {
				return e
			}
		}
		for _, x := range extras {
			if _, e := rt.CallMethod(cur, "append", []rt.Value{rt.Str(x)}, nil); e != nil {
				return e
			}
		}
	}
	return nil
}

func init() {
	subParsersType.Module = "argparse"
	ArgParserType.Method("add_subparsers", argumentParserAddSubparsers)
	subParsersType.Method("add_parser", subParsersActionAddParser)
}

// argumentParserAddSubparsers is ArgumentParser.add_subparsers.
func argumentParserAddSubparsers(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	p := self.O.(*argParser)
	a, e := rt.ParseArgs("add_subparsers", args, kw, []string{"title", "description", "prog", "parser_class", "action",
		"option_strings", "dest", "required", "help", "metavar"}, 0)
	if e != nil {
		return rt.Null, e
	}
	for _, x := range p.actions {
		if x.kind == "parsers" {
			return rt.Null, p.fail("cannot have multiple subparser arguments")
		}
	}
	act := &argAction{kind: "parsers", dest: argSuppress, nargs: rt.Str("A..."), help: a[8], metavar: a[9]}
	if s, ok := rt.AsStr(a[6]); ok {
		act.dest = s
	}
	if !a[7].IsNull() {
		act.required, _ = rt.Truth(a[7])
	}
	if act.parsers, e = rt.NewDict(); e != nil {
		return rt.Null, e
	}
	act.choices = act.parsers
	if s, ok := rt.AsStr(a[2]); ok {
		act.progPrefix = s
	} else {
		// formatter.add_usage(self.usage, positionals, groups, '')
		var pos []*argAction
		for _, x := range p.actions {
			if len(x.opts) == 0 {
				pos = append(pos, x)
			}
		}
		prefix := p.prog
		if rt.NonNone(p.usageText) {
			u, _ := rt.ToStr(p.usageText)
			prefix = strings.ReplaceAll(u, "%(prog)s", p.prog)
		} else if u := p.actionsUsage(pos); u != "" {
			prefix += " " + u
		}
		act.progPrefix = strings.TrimSpace(prefix)
	}
	p.actions = append(p.actions, act)
	if rt.NonNone(a[0]) || rt.NonNone(a[1]) {
		title := a[0]
		if !rt.NonNone(title) {
			title = rt.Str("subcommands")
		}
		g := &argGroup{title: title, description: a[1], parser: p}
		p.groups = append(p.groups, g)
		g.actions = append(g.actions, act)
	} else {
		p.positionals.actions = append(p.positionals.actions, act)
	}
	return rt.Obj(&subParsers{act: act, parser: p}), nil
}

// subParsersActionAddParser is _SubParsersAction.add_parser.
func subParsersActionAddParser(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	sp := self.O.(*subParsers)
	if e := rt.ArgCount("add_parser", args[:len(args)-len(kw)], nil, 1, 1); e != nil {
		return rt.Null, e
	}
	name, ok := rt.AsStr(args[0])
	if !ok {
		return rt.Null, rt.TypeErrorf("subparser name must be str")
	}
	n := len(args) - len(kw)
	var pv []rt.Value
	var pk []string
	var help, aliases rt.Value
	hasProg := false
	for i, k := range kw {
		v := args[n+i]
		switch k {
		case "help":
			help = v
			continue
		case "aliases":
			aliases = v
			continue
		case "prog":
			hasProg = rt.NonNone(v)
		}
		pv, pk = append(pv, v), append(pk, k)
	}
	if !hasProg {
		pv, pk = append(pv, rt.Str(sp.act.progPrefix+" "+name)), append(pk, "prog")
	}
	var al []string
	if !aliases.IsNull() {
		items, e := rt.IterValues(aliases)
		if e != nil {
			return rt.Null, e
		}
		for _, x := range items {
			s, _ := rt.ToStr(x)
			al = append(al, s)
		}
	}
	if in, _ := rt.In(rt.Str(name), sp.act.parsers); in {
		return rt.Null, rt.NewExc(argumentErrorType, rt.Str(sp.act.argError("conflicting subparser: "+name)))
	}
	if !help.IsNull() {
		meta := name
		if len(al) > 0 {
			meta += " (" + strings.Join(al, ", ") + ")"
		}
		sp.act.subactions = append(sp.act.subactions, &argAction{kind: "store", dest: name, metavar: rt.Str(meta), help: help})
	}
	parser, e := rt.Call(rt.Obj(ArgParserType), pv, pk)
	if e != nil {
		return rt.Null, e
	}
	if e := rt.DictSet(sp.act.parsers, rt.Str(name), parser); e != nil {
		return rt.Null, e
	}
	for _, x := range al {
		if e := rt.DictSet(sp.act.parsers, rt.Str(x), parser); e != nil {
			return rt.Null, e
		}
	}
	return parser, nil
}

type subParsers struct {
	act    *argAction
	parser *argParser
}

func (*subParsers) Type() *rt.Type { return subParsersType }
