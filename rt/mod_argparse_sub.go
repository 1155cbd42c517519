package rt

import "strings"

// add_subparsers / add_parser (_SubParsersAction): a positional with
// nargs PARSER whose choices are the sub-parsers; the chosen one parses
// the rest with parse_known_args, its namespace is copied over, leftovers
// travel in the namespace's _unrecognized_args as argparse.py does.

var subParsersType = NewType("_SubParsersAction", argActionType)

const unrecognizedAttr = "_unrecognized_args"

// performSubparser is _SubParsersAction.__call__.
func (p *argParser) performSubparser(a *argAction, ns, values Value) *Exc {
	items := values.O.(*List).Items
	name := items[0]
	if a.dest != argSuppress {
		if e := SetAttr(ns, a.dest, name); e != nil {
			return e
		}
	}
	sub, e := GetItem(a.parsers, name)
	if e != nil {
		keys, _ := IterValues(a.parsers)
		var strs []string
		for _, k := range keys {
			s, _ := ToStr(k)
			strs = append(strs, s)
		}
		ns, _ := ToStr(name)
		return p.fail(a.argError("unknown parser " + ReprOrErr(Str(ns)) + " (choices: " + strings.Join(strs, ", ") + ")"))
	}
	sp, ok := sub.O.(*argParser)
	if !ok {
		return TypeErrorf("subparser is not an ArgumentParser")
	}
	subNS, extras, e := sp.parseKnownArgs([]Value{NewList(items[1:]...)}, nil, "parse_known_args")
	if e != nil {
		return e
	}
	keys, e := IterValues(subNS.O.(*namespace).d)
	if e != nil {
		return e
	}
	for _, k := range keys {
		v, _ := GetItem(subNS.O.(*namespace).d, k)
		ks, _ := AsStr(k)
		if e := SetAttr(ns, ks, v); e != nil {
			return e
		}
	}
	if len(extras) > 0 {
		cur, e := GetAttr(ns, unrecognizedAttr)
		if e != nil {
			cur = NewList()
			if e := SetAttr(ns, unrecognizedAttr, cur); e != nil {
				return e
			}
		}
		for _, x := range extras {
			if _, e := CallMethod(cur, "append", []Value{Str(x)}, nil); e != nil {
				return e
			}
		}
	}
	return nil
}

func init() {
	subParsersType.Module = "argparse"
	ArgParserType.Method("add_subparsers", func(self Value, args []Value, kw []string) (Value, *Exc) {
		p := self.O.(*argParser)
		a, e := ParseArgs("add_subparsers", args, kw, []string{"title", "description", "prog", "parser_class", "action",
			"option_strings", "dest", "required", "help", "metavar"}, 0)
		if e != nil {
			return Null, e
		}
		for _, x := range p.actions {
			if x.kind == "parsers" {
				return Null, p.fail("cannot have multiple subparser arguments")
			}
		}
		act := &argAction{kind: "parsers", dest: argSuppress, nargs: Str("A..."), help: a[8], metavar: a[9]}
		if s, ok := AsStr(a[6]); ok {
			act.dest = s
		}
		if !a[7].IsNull() {
			act.required, _ = Truth(a[7])
		}
		if act.parsers, e = NewDict(); e != nil {
			return Null, e
		}
		act.choices = act.parsers
		if s, ok := AsStr(a[2]); ok {
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
			if NonNone(p.usageText) {
				u, _ := ToStr(p.usageText)
				prefix = strings.ReplaceAll(u, "%(prog)s", p.prog)
			} else if u := p.actionsUsage(pos); u != "" {
				prefix += " " + u
			}
			act.progPrefix = strings.TrimSpace(prefix)
		}
		p.actions = append(p.actions, act)
		if NonNone(a[0]) || NonNone(a[1]) {
			title := a[0]
			if !NonNone(title) {
				title = Str("subcommands")
			}
			g := &argGroup{title: title, description: a[1], parser: p}
			p.groups = append(p.groups, g)
			g.actions = append(g.actions, act)
		} else {
			p.positionals.actions = append(p.positionals.actions, act)
		}
		return Obj(&subParsers{act: act, parser: p}), nil
	})
	subParsersType.Method("add_parser", func(self Value, args []Value, kw []string) (Value, *Exc) {
		sp := self.O.(*subParsers)
		if e := ArgCount("add_parser", args[:len(args)-len(kw)], nil, 1, 1); e != nil {
			return Null, e
		}
		name, ok := AsStr(args[0])
		if !ok {
			return Null, TypeErrorf("subparser name must be str")
		}
		n := len(args) - len(kw)
		var pv []Value
		var pk []string
		var help, aliases Value
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
				hasProg = NonNone(v)
			}
			pv, pk = append(pv, v), append(pk, k)
		}
		if !hasProg {
			pv, pk = append(pv, Str(sp.act.progPrefix+" "+name)), append(pk, "prog")
		}
		var al []string
		if !aliases.IsNull() {
			items, e := IterValues(aliases)
			if e != nil {
				return Null, e
			}
			for _, x := range items {
				s, _ := ToStr(x)
				al = append(al, s)
			}
		}
		if in, _ := In(Str(name), sp.act.parsers); in {
			return Null, NewExc(argumentErrorType, Str(sp.act.argError("conflicting subparser: "+name)))
		}
		if !help.IsNull() {
			meta := name
			if len(al) > 0 {
				meta += " (" + strings.Join(al, ", ") + ")"
			}
			sp.act.subactions = append(sp.act.subactions, &argAction{kind: "store", dest: name, metavar: Str(meta), help: help})
		}
		parser, e := Call(Obj(ArgParserType), pv, pk)
		if e != nil {
			return Null, e
		}
		if e := DictSet(sp.act.parsers, Str(name), parser); e != nil {
			return Null, e
		}
		for _, x := range al {
			if e := DictSet(sp.act.parsers, Str(x), parser); e != nil {
				return Null, e
			}
		}
		return parser, nil
	})
}

type subParsers struct {
	act    *argAction
	parser *argParser
}

func (*subParsers) Type() *Type { return subParsersType }
