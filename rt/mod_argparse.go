package rt

import (
	"os"
	"path/filepath"
	"strings"
)

// argparse: ArgumentParser with optional (-x/--long) and positional
// arguments, type=, default=, help=, action store/store_true/store_false,
// dest, required, metavar; parse_args, print_help, --help; Namespace.
// Help text follows HelpFormatter's layout for the common case (width 78,
// help column 24).

var (
	ArgParserType = NewType("ArgumentParser", ObjectType)
	NamespaceType = NewType("Namespace", ObjectType)
)

type argAction struct {
	opts     []string // option strings; empty for a positional
	dest     string
	typ      Value
	def      Value
	help     string
	hasHelp  bool
	action   string
	required bool
	metavar  string
}

type argParser struct {
	prog        string
	description string
	actions     []*argAction
}

func (*argParser) Type() *Type { return ArgParserType }

type namespace struct{ d Value }

func (*namespace) Type() *Type { return NamespaceType }

func (a *argAction) metavarName() string {
	if a.metavar != "" {
		return a.metavar
	}
	if len(a.opts) == 0 {
		return a.dest
	}
	return strings.ToUpper(a.dest)
}

func (a *argAction) takesValue() bool { return a.action == "store" }

func (a *argAction) invocation() string {
	if len(a.opts) == 0 {
		return a.metavarName()
	}
	var parts []string
	for _, o := range a.opts {
		if a.takesValue() {
			parts = append(parts, o+" "+a.metavarName())
		} else {
			parts = append(parts, o)
		}
	}
	return strings.Join(parts, ", ")
}

func (p *argParser) usage() string {
	s := "usage: " + p.prog
	var opt, pos []string
	for _, a := range p.actions {
		if len(a.opts) == 0 {
			pos = append(pos, a.metavarName())
			continue
		}
		part := a.opts[0]
		if a.takesValue() {
			part += " " + a.metavarName()
		}
		if !a.required {
			part = "[" + part + "]"
		}
		opt = append(opt, part)
	}
	for _, x := range append(opt, pos...) {
		s += " " + x
	}
	return s + "\n"
}

func (p *argParser) help() string {
	s := p.usage()
	if p.description != "" {
		s += "\n" + p.description + "\n"
	}
	section := func(title string, acts []*argAction) {
		if len(acts) == 0 {
			return
		}
		s += "\n" + title + ":\n"
		for _, a := range acts {
			inv := "  " + a.invocation()
			if !a.hasHelp {
				s += inv + "\n"
				continue
			}
			if len(inv) <= 22 {
				s += inv + strings.Repeat(" ", 24-len(inv)) + a.help + "\n"
			} else {
				s += inv + "\n" + strings.Repeat(" ", 24) + a.help + "\n"
			}
		}
	}
	var pos, opt []*argAction
	for _, a := range p.actions {
		if len(a.opts) == 0 {
			pos = append(pos, a)
		} else {
			opt = append(opt, a)
		}
	}
	section("positional arguments", pos)
	section("options", opt)
	return s
}

// fail is parser.error: usage and message on stderr, SystemExit(2).
func (p *argParser) fail(msg string) *Exc {
	writeStderr(p.usage() + p.prog + ": error: " + msg + "\n")
	return NewExc(ExcSystemExit, Int(2))
}

func (p *argParser) convert(a *argAction, s string) (Value, *Exc) {
	if a.typ.IsNull() || a.typ.IsNone() {
		return Str(s), nil
	}
	v, e := Call(a.typ, []Value{Str(s)}, nil)
	if e != nil {
		if IsExcInstance(e, ExcValueError) || IsExcInstance(e, ExcTypeError) {
			name := reprOrErr(a.typ)
			if n, e2 := GetAttr(a.typ, "__name__"); e2 == nil {
				name, _ = AsStr(n)
			}
			return Null, p.fail("argument " + strings.Join(a.opts, "/") + ": invalid " + name + " value: " + reprOrErr(Str(s)))
		}
		return Null, e
	}
	return v, nil
}

func (p *argParser) parse(args []string) (Value, *Exc) {
	d, e := NewDict()
	if e != nil {
		return Null, e
	}
	seen := map[*argAction]bool{}
	for _, a := range p.actions {
		if a.action == "help" {
			continue
		}
		def := a.def
		if def.IsNull() {
			switch a.action {
			case "store_true":
				def = False
			case "store_false":
				def = True
			default:
				def = None
			}
		} else if s, ok := AsStr(def); ok && a.takesValue() && def.Type() == StrType {
			if def, e = p.convert(a, s); e != nil {
				return Null, e
			}
		}
		DictSet(d, Str(a.dest), def)
	}
	find := func(opt string) *argAction {
		for _, a := range p.actions {
			for _, o := range a.opts {
				if o == opt {
					return a
				}
			}
		}
		return nil
	}
	var positional []string
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" {
			positional = append(positional, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(arg, "-") || arg == "-" {
			positional = append(positional, arg)
			continue
		}
		opt, val, hasVal := arg, "", false
		if strings.HasPrefix(arg, "--") {
			if j := strings.IndexByte(arg, '='); j > 0 {
				opt, val, hasVal = arg[:j], arg[j+1:], true
			}
		} else if len(arg) > 2 {
			opt, val, hasVal = arg[:2], arg[2:], true
		}
		a := find(opt)
		if a == nil {
			return Null, p.fail("unrecognized arguments: " + strings.Join(args[i:], " "))
		}
		switch a.action {
		case "help":
			flushStdout()
			writeStdout(p.help())
			return Null, NewExc(ExcSystemExit, Int(0))
		case "store_true":
			DictSet(d, Str(a.dest), True)
		case "store_false":
			DictSet(d, Str(a.dest), False)
		default:
			if !hasVal {
				if i+1 >= len(args) || (strings.HasPrefix(args[i+1], "-") && len(args[i+1]) > 1) {
					return Null, p.fail("argument " + strings.Join(a.opts, "/") + ": expected one argument")
				}
				i++
				val = args[i]
			}
			v, e := p.convert(a, val)
			if e != nil {
				return Null, e
			}
			DictSet(d, Str(a.dest), v)
		}
		seen[a] = true
	}
	pi := 0
	var missing []string
	for _, a := range p.actions {
		if len(a.opts) > 0 {
			if a.required && !seen[a] {
				missing = append(missing, strings.Join(a.opts, "/"))
			}
			continue
		}
		if pi >= len(positional) {
			missing = append(missing, a.metavarName())
			continue
		}
		v, e := p.convert(a, positional[pi])
		if e != nil {
			return Null, e
		}
		pi++
		DictSet(d, Str(a.dest), v)
	}
	if len(missing) > 0 {
		return Null, p.fail("the following arguments are required: " + strings.Join(missing, ", "))
	}
	if pi < len(positional) {
		return Null, p.fail("unrecognized arguments: " + strings.Join(positional[pi:], " "))
	}
	return Obj(&namespace{d: d}), nil
}

func (p *argParser) addArgument(args []Value, kw []string) *Exc {
	n := len(args) - len(kw)
	a := &argAction{action: "store"}
	for _, v := range args[:n] {
		s, ok := AsStr(v)
		if !ok {
			return TypeErrorf("option strings must be str")
		}
		if strings.HasPrefix(s, "-") {
			a.opts = append(a.opts, s)
		} else {
			a.dest = s
		}
	}
	for i, k := range kw {
		v := args[n+i]
		switch k {
		case "type":
			a.typ = v
		case "default":
			a.def = v
		case "help":
			a.help, _ = AsStr(v)
			a.hasHelp = true
		case "action":
			a.action, _ = AsStr(v)
		case "dest":
			a.dest, _ = AsStr(v)
		case "metavar":
			a.metavar, _ = AsStr(v)
		case "required":
			t, e := Truth(v)
			if e != nil {
				return e
			}
			a.required = t
		default:
			return TypeErrorf("add_argument(): unsupported keyword %s in this runtime", k)
		}
	}
	if a.dest == "" {
		for _, o := range a.opts {
			if strings.HasPrefix(o, "--") {
				a.dest = strings.ReplaceAll(o[2:], "-", "_")
				break
			}
		}
		if a.dest == "" && len(a.opts) > 0 {
			a.dest = strings.TrimLeft(a.opts[0], "-")
		}
	}
	p.actions = append(p.actions, a)
	return nil
}

func init() {
	ArgParserType.Module = "argparse"
	NamespaceType.Module = "argparse"
	ArgParserType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("ArgumentParser", args, kw, []string{"prog", "usage", "description"}, 0)
		if e != nil {
			return Null, e
		}
		p := &argParser{}
		if s, ok := AsStr(a[0]); ok {
			p.prog = s
		} else if len(os.Args) > 0 {
			p.prog = filepath.Base(absFilename(progFilename()))
		}
		if s, ok := AsStr(a[2]); ok {
			p.description = s
		}
		p.actions = append(p.actions, &argAction{opts: []string{"-h", "--help"}, action: "help", dest: "help",
			help: "show this help message and exit", hasHelp: true})
		return Obj(p), nil
	}
	ArgParserType.Init = func(self Value, args []Value, kw []string) *Exc { return nil }
	ArgParserType.Method("add_argument", func(self Value, args []Value, kw []string) (Value, *Exc) {
		return None, self.O.(*argParser).addArgument(args, kw)
	})
	ArgParserType.Method("parse_args", func(self Value, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("parse_args", args, kw, []string{"args", "namespace"}, 0)
		if e != nil {
			return Null, e
		}
		var strs []string
		if a[0].IsNull() || a[0].IsNone() {
			strs = os.Args[1:]
		} else {
			items, e := iterValues(a[0])
			if e != nil {
				return Null, e
			}
			for _, it := range items {
				s, _ := AsStr(it)
				strs = append(strs, s)
			}
		}
		return self.O.(*argParser).parse(strs)
	})
	ArgParserType.Method("print_help", func(self Value, args []Value, kw []string) (Value, *Exc) {
		writeStdout(self.O.(*argParser).help())
		return None, nil
	})
	ArgParserType.Method("format_help", func(self Value, args []Value, kw []string) (Value, *Exc) {
		return Str(self.O.(*argParser).help()), nil
	})
	ArgParserType.Method("error", func(self Value, args []Value, kw []string) (Value, *Exc) {
		s, _ := AsStr(args[0])
		return Null, self.O.(*argParser).fail(s)
	})

	NamespaceType.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		d, e := NewDict()
		if e != nil {
			return Null, e
		}
		n := len(args) - len(kw)
		for i, k := range kw {
			DictSet(d, Str(k), args[n+i])
		}
		return Obj(&namespace{d: d}), nil
	}
	NamespaceType.Init = func(self Value, args []Value, kw []string) *Exc { return nil }
	NamespaceType.GetAttr = func(o Value, name string) (Value, *Exc) {
		ns := o.O.(*namespace)
		if name == "__dict__" {
			return ns.d, nil
		}
		if v, e := GetItem(ns.d, Str(name)); e == nil {
			return v, nil
		}
		return GenericGetAttr(o, name)
	}
	NamespaceType.SetAttr = func(o Value, name string, v Value) *Exc {
		ns := o.O.(*namespace)
		if v.IsNull() {
			return DelItem(ns.d, Str(name))
		}
		return DictSet(ns.d, Str(name), v)
	}
	NamespaceType.Repr = func(v Value) (string, *Exc) {
		ns := v.O.(*namespace)
		items, e := iterValues(ns.d)
		if e != nil {
			return "", e
		}
		s := "Namespace("
		for i, k := range items {
			if i > 0 {
				s += ", "
			}
			ks, _ := AsStr(k)
			val, _ := GetItem(ns.d, k)
			r, e := ToRepr(val)
			if e != nil {
				return "", e
			}
			s += ks + "=" + r
		}
		return s + ")", nil
	}
	m := newNativeModule("argparse")
	m.set("ArgumentParser", Obj(ArgParserType))
	m.set("Namespace", Obj(NamespaceType))
}

func progFilename() string {
	if prog != nil {
		return prog.Filename
	}
	return os.Args[0]
}
