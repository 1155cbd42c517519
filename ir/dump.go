package ir

import (
	"fmt"
	"strings"

	"github.com/py2goasync/py2goasync/parser"
	"github.com/py2goasync/py2goasync/rt/pyrepr"
)

// Dump returns a readable, stable text form of a module, for golden tests
// and debugging: one statement per line, blocks by indentation, each
// function followed by the functions defined directly in it. Variables
// show their function and scope ("main.local:x", "f.cell:y",
// "g.free:y", "main.temp:$1"), module-level names "global:x", class-body
// names "class:x", builtins looked up directly "builtin:x". Expressions
// are fully parenthesized Python-like text; functions are referred to as
// qualname@line.
func Dump(m *Module) string {
	d := &dumper{}
	mode := ""
	if m.Interactive {
		mode = " interactive"
	}
	fmt.Fprintf(&d.b, "module %q%s\n", m.Filename, mode)
	if m.Body != nil {
		d.fn(m.Body, 0)
	}
	return d.b.String()
}

type dumper struct{ b strings.Builder }

func (d *dumper) line(depth int, format string, args ...any) {
	d.b.WriteString(strings.Repeat("  ", depth))
	fmt.Fprintf(&d.b, format, args...)
	d.b.WriteByte('\n')
}

func funcRef(f *Func) string { return fmt.Sprintf("%s@%d", f.Qualname, f.Pos.Line) }

func (d *dumper) fn(f *Func, depth int) {
	d.line(depth, "func %s %s", funcRef(f), f.Kind)
	in := depth + 1
	if len(f.Params) > 0 {
		var ps []string
		for _, p := range f.Params {
			s := varName(p.Var)
			switch p.Kind {
			case PosOnly:
				s += " (posonly)"
			case VarArgs:
				s = "*" + s
			case KwOnly:
				s += " (kwonly)"
			case VarKw:
				s = "**" + s
			}
			if p.HasDefault {
				s += "=default"
			}
			ps = append(ps, s)
		}
		d.line(in, "params: %s", strings.Join(ps, ", "))
	}
	if len(f.Locals) > 0 {
		var vs []string
		for _, v := range f.Locals {
			vs = append(vs, varName(v))
		}
		d.line(in, "locals: %s", strings.Join(vs, " "))
	}
	if len(f.Free) > 0 {
		var vs []string
		for _, v := range f.Free {
			s := varName(v)
			if v.Outer != nil {
				s += " -> " + varName(v.Outer)
			}
			vs = append(vs, s)
		}
		d.line(in, "free: %s", strings.Join(vs, ", "))
	}
	if f.Doc != nil {
		d.line(in, "doc: %s", pyrepr.Str(*f.Doc))
	}
	var flags []string
	if f.HasAwait {
		flags = append(flags, "has_await")
	}
	if f.NeedsClassCell {
		flags = append(flags, "needs_class_cell")
	}
	if len(flags) > 0 {
		d.line(in, "flags: %s", strings.Join(flags, " "))
	}
	d.line(in, "body:")
	d.block(f.Body, in+1)
	for _, c := range f.Children {
		d.fn(c, in)
	}
}

func varName(v *Var) string {
	fn := "?"
	if v.Func != nil {
		fn = v.Func.Name
	}
	return fmt.Sprintf("%s.%s:%s", fn, v.Scope, v.Name)
}

func (d *dumper) block(ss []Stmt, depth int) {
	if len(ss) == 0 {
		d.line(depth, "pass")
		return
	}
	for _, s := range ss {
		d.stmt(s, depth)
	}
}

func (d *dumper) stmt(s Stmt, depth int) {
	switch s := s.(type) {
	case *SetupAnnotations:
		if s.Class {
			d.line(depth, "setup_annotations class")
		} else {
			d.line(depth, "setup_annotations")
		}
	case *ExprStmt:
		if s.Echo {
			d.line(depth, "echo %s", expr(s.X))
		} else {
			d.line(depth, "%s", expr(s.X))
		}
	case *Assign:
		var ts []string
		for _, t := range s.Targets {
			ts = append(ts, expr(t))
		}
		d.line(depth, "%s = %s", strings.Join(ts, " = "), expr(s.Value))
	case *Del:
		var ts []string
		for _, t := range s.Targets {
			ts = append(ts, expr(t))
		}
		d.line(depth, "del %s", strings.Join(ts, ", "))
	case *If:
		d.line(depth, "if %s:", expr(s.Cond))
		d.block(s.Then, depth+1)
		if len(s.Else) > 0 {
			d.line(depth, "else:")
			d.block(s.Else, depth+1)
		}
	case *While:
		d.line(depth, "while %s:", expr(s.Cond))
		d.block(s.Body, depth+1)
		d.orelse(s.Else, depth)
	case *For:
		d.line(depth, "for %s in %s:", expr(s.Target), expr(s.Iter))
		d.block(s.Body, depth+1)
		d.orelse(s.Else, depth)
	case *AsyncFor:
		d.line(depth, "async for %s in %s:", expr(s.Target), expr(s.Iter))
		d.block(s.Body, depth+1)
		d.orelse(s.Else, depth)
	case *With:
		kw := "with"
		if s.Async {
			kw = "async with"
		}
		if s.Target != nil {
			d.line(depth, "%s %s as %s:", kw, expr(s.Ctx), expr(s.Target))
		} else {
			d.line(depth, "%s %s:", kw, expr(s.Ctx))
		}
		d.block(s.Body, depth+1)
	case *Break:
		d.line(depth, "break")
	case *Continue:
		d.line(depth, "continue")
	case *Return:
		if s.Value == nil {
			d.line(depth, "return")
		} else {
			d.line(depth, "return %s", expr(s.Value))
		}
	case *Raise:
		switch {
		case s.Exc == nil:
			d.line(depth, "raise")
		case s.Cause == nil:
			d.line(depth, "raise %s", expr(s.Exc))
		default:
			d.line(depth, "raise %s from %s", expr(s.Exc), expr(s.Cause))
		}
	case *Try:
		if s.Star {
			d.line(depth, "try*:")
		} else {
			d.line(depth, "try:")
		}
		d.block(s.Body, depth+1)
		for _, h := range s.Handlers {
			switch {
			case h.Type == nil:
				d.line(depth, "except:")
			case h.Name == nil:
				d.line(depth, "except %s:", expr(h.Type))
			default:
				d.line(depth, "except %s as %s:", expr(h.Type), expr(h.Name))
			}
			d.block(h.Body, depth+1)
		}
		if len(s.Else) > 0 {
			d.line(depth, "else:")
			d.block(s.Else, depth+1)
		}
		if len(s.Finally) > 0 {
			d.line(depth, "finally:")
			d.block(s.Finally, depth+1)
		}
	default:
		d.line(depth, "<%T>", s)
	}
}

func (d *dumper) orelse(ss []Stmt, depth int) {
	if len(ss) > 0 {
		d.line(depth, "else:")
		d.block(ss, depth+1)
	}
}

func exprs(es []Expr) string {
	var s []string
	for _, e := range es {
		s = append(s, expr(e))
	}
	return strings.Join(s, ", ")
}

func expr(e Expr) string {
	switch e := e.(type) {
	case nil:
		return "<nil>"
	case *Const:
		return parser.ReprConstant(e.Value)
	case *Name:
		return varName(e.Var)
	case *Global:
		return "global:" + e.Name
	case *ClassName:
		if e.Var != nil {
			return "class:" + e.Name + "|" + varName(e.Var)
		}
		return "class:" + e.Name
	case *Builtin:
		return "builtin:" + e.Name
	case *Attr:
		return expr(e.X) + "." + e.Name
	case *Subscript:
		if sl, ok := e.Index.(*Slice); ok {
			s := opt(sl.Lo) + ":" + opt(sl.Hi)
			if sl.Step != nil {
				s += ":" + expr(sl.Step)
			}
			return expr(e.X) + "[" + s + "]"
		}
		return expr(e.X) + "[" + expr(e.Index) + "]"
	case *Slice:
		// A slice object outside a subscript (x[i:j] += y keeps it in a
		// temporary).
		return "slice(" + optNone(e.Lo) + ", " + optNone(e.Hi) + ", " + optNone(e.Step) + ")"
	case *TupleTarget:
		var s []string
		for i, t := range e.Elts {
			if i == e.Star {
				s = append(s, "*"+expr(t))
			} else {
				s = append(s, expr(t))
			}
		}
		return "[" + strings.Join(s, ", ") + "]"
	case *Call:
		var s []string
		for _, a := range e.Args {
			if a.Star {
				s = append(s, "*"+expr(a.X))
			} else {
				s = append(s, expr(a.X))
			}
		}
		s = append(s, keywords(e.Keywords)...)
		return expr(e.Func) + "(" + strings.Join(s, ", ") + ")"
	case *BinOp:
		if e.Inplace {
			return "inplace(" + expr(e.X) + " " + e.Op.String() + " " + expr(e.Y) + ")"
		}
		return "(" + expr(e.X) + " " + e.Op.String() + " " + expr(e.Y) + ")"
	case *UnaryOp:
		if e.Op == Not {
			return "(not " + expr(e.X) + ")"
		}
		return "(" + e.Op.String() + expr(e.X) + ")"
	case *Compare:
		s := expr(e.X)
		for i, op := range e.Ops {
			s += " " + op.String() + " " + expr(e.Ys[i])
		}
		return "(" + s + ")"
	case *BoolOp:
		var s []string
		for _, v := range e.Values {
			s = append(s, expr(v))
		}
		return "(" + strings.Join(s, " "+e.Op.String()+" ") + ")"
	case *IfExp:
		return "(" + expr(e.Then) + " if " + expr(e.Cond) + " else " + expr(e.Else) + ")"
	case *NamedExpr:
		return "(" + expr(e.Target) + " := " + expr(e.Value) + ")"
	case *Tuple:
		if len(e.Elts) == 1 {
			return "(" + expr(e.Elts[0]) + ",)"
		}
		return "(" + exprs(e.Elts) + ")"
	case *List:
		return "[" + exprs(e.Elts) + "]"
	case *Set:
		if len(e.Elts) == 0 {
			return "set()"
		}
		return "{" + exprs(e.Elts) + "}"
	case *Dict:
		var s []string
		for i, k := range e.Keys {
			if k == nil {
				s = append(s, "**"+expr(e.Values[i]))
			} else {
				s = append(s, expr(k)+": "+expr(e.Values[i]))
			}
		}
		return "{" + strings.Join(s, ", ") + "}"
	case *Starred:
		return "*" + expr(e.X)
	case *JoinedStr:
		return "fstring(" + exprs(e.Parts) + ")"
	case *FormattedValue:
		s := "{" + expr(e.Value)
		if e.Conv != 0 {
			s += "!" + string(e.Conv)
		}
		if e.Spec != nil {
			s += ":" + expr(e.Spec)
		}
		return s + "}"
	case *Await:
		return "(await " + expr(e.X) + ")"
	case *Yield:
		if e.X == nil {
			return "(yield)"
		}
		return "(yield " + expr(e.X) + ")"
	case *YieldFrom:
		return "(yield from " + expr(e.X) + ")"
	case *GetIter:
		if e.Async {
			return "aiter(" + expr(e.X) + ")"
		}
		return "iter(" + expr(e.X) + ")"
	case *MakeFunction:
		var s []string
		if len(e.Defaults) > 0 {
			s = append(s, "defaults=["+exprs(e.Defaults)+"]")
		}
		if len(e.KwDefaults) > 0 {
			s = append(s, "kwdefaults={"+strings.Join(keywords(e.KwDefaults), ", ")+"}")
		}
		if len(e.Annotations) > 0 {
			s = append(s, "annotations={"+strings.Join(keywords(e.Annotations), ", ")+"}")
		}
		return "function " + funcRef(e.Func) + "(" + strings.Join(s, ", ") + ")"
	case *MakeClass:
		var s []string
		for _, a := range e.Bases {
			if a.Star {
				s = append(s, "*"+expr(a.X))
			} else {
				s = append(s, expr(a.X))
			}
		}
		s = append(s, keywords(e.Keywords)...)
		return "class " + funcRef(e.Body) + "(" + strings.Join(s, ", ") + ")"
	case *Import:
		s := fmt.Sprintf("import(%q", e.Name)
		if e.From {
			s += ", from"
		}
		if e.Level > 0 {
			s += fmt.Sprintf(", level=%d", e.Level)
		}
		return s + ")"
	case *ImportFrom:
		return fmt.Sprintf("importfrom(%s, %q)", expr(e.Module), e.Name)
	case *CurrentExc:
		return "current_exc()"
	}
	return fmt.Sprintf("<%T>", e)
}

func opt(e Expr) string {
	if e == nil {
		return ""
	}
	return expr(e)
}

func optNone(e Expr) string {
	if e == nil {
		return "None"
	}
	return expr(e)
}

func keywords(kws []*Keyword) []string {
	var s []string
	for _, k := range kws {
		if k.Name == "" {
			s = append(s, "**"+expr(k.X))
		} else {
			s = append(s, k.Name+"="+expr(k.X))
		}
	}
	return s
}
