package lower

import (
	"fmt"
	"strings"

	"github.com/py2goasync/py2goasync/parser"
)

// Resolve builds the symbol table of a module, as CPython's
// _PySymtable_Build does: a walk recording how each scope defines and uses
// each name, then the analysis of analyze.go. src is the module's source,
// for the text of errors. The error, if any, is a *parser.SyntaxError with
// CPython's message (e.g. "name 'x' is parameter and global").
func Resolve(filename string, src []byte, mod *parser.Module) (*ScopeTable, error) {
	b := &builder{
		filename: filename,
		src:      src,
		table:    &ScopeTable{byNode: map[parser.Node]*Scope{}},
	}
	if err := b.run(func() {
		b.future = b.futureFeatures(mod)
		b.enter(ModuleScope, "top", mod, 0)
		b.global = b.cur
		b.stmts(mod.Body)
		b.exit()
	}); err != nil {
		return nil, err
	}
	b.table.Top = b.global
	if err := b.run(func() { b.analyze(b.table.Top) }); err != nil {
		return nil, err
	}
	return b.table, nil
}

// builder walks a module, filling in the scopes.
type builder struct {
	filename string
	src      []byte
	table    *ScopeTable
	cur      *Scope
	global   *Scope // the module scope: CPython's st_global
	private  string // the enclosing class's name, for mangling
	future   map[string]bool
}

// symtableError unwinds the walk at an error.
type symtableError struct{ err *parser.SyntaxError }

func (b *builder) run(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(symtableError)
			if !ok {
				panic(r)
			}
			err = se.err
		}
	}()
	f()
	return nil
}

// errorAt stops the walk with a SyntaxError over sp, placed as CPython's
// PyErr_RangedSyntaxLocationObject places it: offsets are the node's byte
// columns plus one.
func (b *builder) errorAt(sp parser.Span, format string, args ...any) {
	panic(symtableError{&parser.SyntaxError{
		Filename: b.filename,
		Type:     "SyntaxError",
		Msg:      fmt.Sprintf(format, args...),
		Pos:      sp.Start,
		End:      sp.End,
		Text:     sourceLine(b.src, int(sp.Start.Line)),
	}})
}

// sourceLine returns line n (1-based) of src without its line ending.
func sourceLine(src []byte, n int) string {
	s := string(src)
	for i := 1; i < n; i++ {
		j := strings.IndexByte(s, '\n')
		if j < 0 {
			return ""
		}
		s = s[j+1:]
	}
	if j := strings.IndexByte(s, '\n'); j >= 0 {
		s = s[:j]
	}
	return strings.TrimSuffix(s, "\r")
}

// futureFeatures returns the features a module imports from __future__
// at its start (after an optional docstring), checking them as
// Python/future.c does.
func (b *builder) futureFeatures(mod *parser.Module) map[string]bool {
	features := map[string]bool{}
	body := mod.Body
	if len(body) > 0 && isDocstring(body[0]) {
		body = body[1:]
	}
	done := false
	prevLine := int32(0)
	for _, s := range body {
		sp := parser.SpanOf(s)
		// Once past the future statements, only the rest of that line is
		// checked here (for "import a; from __future__ import b"); the
		// compiler finds the others.
		if done && sp.Start.Line > prevLine {
			break
		}
		prevLine = sp.Start.Line
		imp, ok := s.(*parser.ImportFrom)
		if !ok || imp.Module != "__future__" {
			done = true
			continue
		}
		at := parser.Span{Start: sp.Start}
		if done {
			// CPython passes this one's offset without the +1.
			late := parser.Span{Start: parser.Pos{Line: sp.Start.Line, Col: sp.Start.Col - 1}}
			b.errorAt(late, "from __future__ imports must occur at the beginning of the file")
		}
		for _, a := range imp.Names {
			switch a.Name {
			case "nested_scopes", "generators", "division", "absolute_import", "with_statement",
				"print_function", "unicode_literals", "generator_stop", "barry_as_FLUFL", "annotations":
				features[a.Name] = true
			case "braces":
				b.errorAt(at, "not a chance")
			default:
				b.errorAt(at, "future feature %s is not defined", a.Name)
			}
		}
	}
	return features
}

// isDocstring reports whether a statement is a docstring.
func isDocstring(s parser.Stmt) bool {
	e, ok := s.(*parser.ExprStmt)
	if !ok {
		return false
	}
	c, ok := e.Value.(*parser.Constant)
	if !ok {
		return false
	}
	_, ok = c.Value.(string)
	return ok
}

// enter opens a new scope as a child of the current one.
func (b *builder) enter(kind ScopeKind, name string, n parser.Node, line int32) {
	s := &Scope{Kind: kind, Name: name, Node: n, Line: line, Parent: b.cur, index: map[string]int{}}
	if b.cur != nil {
		s.Nested = b.cur.Nested || b.cur.Kind == FunctionScope
		// No walrus in a comprehension's first iterable, even inside a
		// lambda or comprehension there (bpo-37757).
		s.compIterExpr = b.cur.compIterExpr
		// Annotation blocks have no effect on the table: the compiler
		// turns such annotations into strings. They are not children.
		if kind != AnnotationScope {
			b.cur.Children = append(b.cur.Children, s)
		}
	}
	b.table.byNode[n] = s
	b.cur = s
}

// exit closes the current scope.
func (b *builder) exit() { b.cur = b.cur.Parent }

// addDef records a definition or use of name in the current scope
// (symtable_add_def).
func (b *builder) addDef(name string, flag Flags, sp parser.Span) {
	b.addDefIn(b.cur, name, flag, sp)
}

// addDefIn is symtable_add_def_helper: it records flag for name in s.
func (b *builder) addDefIn(s *Scope, name string, flag Flags, sp parser.Span) {
	mangled := mangle(b.private, name)
	val := s.flags(mangled)
	if flag&DefParam != 0 && val&DefParam != 0 {
		b.errorAt(sp, "duplicate argument '%s' in function definition", name)
	}
	val |= flag
	if s.compIterTarget {
		// An iteration variable of a comprehension: it must not rebind a
		// walrus target, and walrus targets must not rebind it.
		if val&(DefGlobal|DefNonlocal) != 0 {
			b.errorAt(sp, "comprehension inner loop cannot rebind assignment expression target '%s'", name)
		}
		val |= DefCompIter
	}
	s.setFlags(mangled, val)
	if flag&DefGlobal != 0 {
		b.global.setFlags(mangled, b.global.flags(mangled)|flag)
	}
}

// recordDirective remembers where a global or nonlocal declaration (or a
// walrus standing in for one) is, for errors found by the analysis.
func (b *builder) recordDirective(name string, sp parser.Span) {
	if b.cur.directives == nil {
		b.cur.directives = map[string]parser.Span{}
	}
	mangled := mangle(b.private, name)
	if _, ok := b.cur.directives[mangled]; !ok {
		b.cur.directives[mangled] = sp
	}
}

func (b *builder) stmts(list []parser.Stmt) {
	for _, s := range list {
		b.stmt(s)
	}
}

func (b *builder) exprs(list []parser.Expr) {
	for _, e := range list {
		if e != nil {
			b.expr(e)
		}
	}
}

// stmt is symtable_visit_stmt.
func (b *builder) stmt(s parser.Stmt) {
	switch s := s.(type) {
	case *parser.FunctionDef:
		sp := parser.SpanOf(s)
		b.addDef(s.Name, DefLocal, sp)
		b.exprs(s.Args.Defaults)
		b.exprs(s.Args.KwDefaults)
		b.annotations(s, s.Args, s.Returns)
		b.exprs(s.DecoratorList)
		b.enter(FunctionScope, s.Name, s, sp.Start.Line)
		if s.Async {
			b.cur.Coroutine = true
		}
		b.arguments(s.Args)
		b.stmts(s.Body)
		b.exit()
	case *parser.ClassDef:
		sp := parser.SpanOf(s)
		b.addDef(s.Name, DefLocal, sp)
		b.exprs(s.Bases)
		for _, k := range s.Keywords {
			b.expr(k.Value)
		}
		b.exprs(s.DecoratorList)
		b.enter(ClassScope, s.Name, s, sp.Start.Line)
		saved := b.private
		b.private = s.Name
		b.stmts(s.Body)
		b.private = saved
		b.exit()
	case *parser.Return:
		b.optExpr(s.Value)
	case *parser.Delete:
		b.exprs(s.Targets)
	case *parser.Assign:
		b.exprs(s.Targets)
		b.expr(s.Value)
	case *parser.AnnAssign:
		b.annAssign(s)
	case *parser.AugAssign:
		b.expr(s.Target)
		b.expr(s.Value)
	case *parser.For:
		b.expr(s.Target)
		b.expr(s.Iter)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *parser.While:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *parser.If:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *parser.Match:
		b.expr(s.Subject)
		for _, c := range s.Cases {
			b.pattern(c.Pattern)
			b.optExpr(c.Guard)
			b.stmts(c.Body)
		}
	case *parser.Raise:
		b.optExpr(s.Exc)
		b.optExpr(s.Cause)
	case *parser.Try:
		b.stmts(s.Body)
		b.stmts(s.Orelse)
		for _, h := range s.Handlers {
			b.optExpr(h.Type)
			if h.Name != "" {
				b.addDef(h.Name, DefLocal, parser.SpanOf(h))
			}
			b.stmts(h.Body)
		}
		b.stmts(s.Finalbody)
	case *parser.Assert:
		b.expr(s.Test)
		b.optExpr(s.Msg)
	case *parser.Import:
		for _, a := range s.Names {
			b.alias(a)
		}
	case *parser.ImportFrom:
		for _, a := range s.Names {
			b.alias(a)
		}
	case *parser.Global:
		b.declare(s, s.Names, DefGlobal, "global")
	case *parser.Nonlocal:
		b.declare(s, s.Names, DefNonlocal, "nonlocal")
	case *parser.ExprStmt:
		b.expr(s.Value)
	case *parser.Pass, *parser.Break, *parser.Continue:
	case *parser.With:
		for _, it := range s.Items {
			b.expr(it.ContextExpr)
			b.optExpr(it.OptionalVars)
		}
		b.stmts(s.Body)
	default:
		panic(fmt.Sprintf("lower: unexpected statement %T", s))
	}
}

// declare handles a global or nonlocal statement.
func (b *builder) declare(s parser.Stmt, names []string, flag Flags, what string) {
	sp := parser.SpanOf(s)
	for _, name := range names {
		cur := b.cur.flags(mangle(b.private, name))
		if cur&(DefParam|DefLocal|Use|DefAnnot) != 0 {
			switch {
			case cur&DefParam != 0:
				b.errorAt(sp, "name '%s' is parameter and %s", name, what)
			case cur&Use != 0:
				b.errorAt(sp, "name '%s' is used prior to %s declaration", name, what)
			case cur&DefAnnot != 0:
				b.errorAt(sp, "annotated name '%s' can't be %s", name, what)
			default:
				b.errorAt(sp, "name '%s' is assigned to before %s declaration", name, what)
			}
		}
		b.addDef(name, flag, sp)
		b.recordDirective(name, sp)
	}
}

// alias handles one name of an import (symtable_visit_alias): "import a.b"
// binds a.
func (b *builder) alias(a *parser.Alias) {
	name := a.Asname
	if name == "" {
		name, _, _ = strings.Cut(a.Name, ".")
	}
	if name == "*" {
		if b.cur.Kind != ModuleScope {
			b.errorAt(parser.SpanOf(a), "import * only allowed at module level")
		}
		return
	}
	b.addDef(name, DefImport, parser.SpanOf(a))
}

// annAssign is the AnnAssign case of symtable_visit_stmt.
func (b *builder) annAssign(s *parser.AnnAssign) {
	if n, ok := s.Target.(*parser.Name); ok {
		cur := b.cur.flags(mangle(b.private, n.Id))
		if cur&(DefGlobal|DefNonlocal) != 0 && b.cur != b.global && s.Simple == 1 {
			what := "nonlocal"
			if cur&DefGlobal != 0 {
				what = "global"
			}
			b.errorAt(parser.SpanOf(s), "annotated name '%s' can't be %s", n.Id, what)
		}
		if s.Simple == 1 {
			b.addDef(n.Id, DefAnnot|DefLocal, parser.SpanOf(n))
		} else if s.Value != nil {
			b.addDef(n.Id, DefLocal, parser.SpanOf(n))
		}
	} else {
		b.expr(s.Target)
	}
	b.annotation(s.Annotation, s.Annotation)
	b.optExpr(s.Value)
}

// annotation visits an annotation, in a block of its own under
// "from __future__ import annotations" (symtable_visit_annotation).
func (b *builder) annotation(e parser.Expr, key parser.Node) {
	if !b.future["annotations"] {
		b.expr(e)
		return
	}
	b.enter(AnnotationScope, "_annotation", key, parser.SpanOf(e).Start.Line)
	b.expr(e)
	b.exit()
}

// annotations visits a function's annotations (symtable_visit_annotations).
func (b *builder) annotations(fn *parser.FunctionDef, a *parser.Arguments, returns parser.Expr) {
	future := b.future["annotations"]
	if future {
		b.enter(AnnotationScope, "_annotation", a, parser.SpanOf(fn).Start.Line)
	}
	visit := func(args []*parser.Arg) {
		for _, arg := range args {
			b.optExpr(arg.Annotation)
		}
	}
	visit(a.Posonlyargs)
	visit(a.Args)
	if a.Vararg != nil {
		b.optExpr(a.Vararg.Annotation)
	}
	if a.Kwarg != nil {
		b.optExpr(a.Kwarg.Annotation)
	}
	visit(a.Kwonlyargs)
	if future {
		b.exit()
	}
	if returns != nil {
		b.annotation(returns, returns)
	}
}

// arguments declares a function's parameters in its own scope
// (symtable_visit_arguments).
func (b *builder) arguments(a *parser.Arguments) {
	for _, list := range [][]*parser.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs} {
		for _, arg := range list {
			b.addDef(arg.Arg, DefParam, parser.SpanOf(arg))
		}
	}
	if a.Vararg != nil {
		b.addDef(a.Vararg.Arg, DefParam, parser.SpanOf(a.Vararg))
		b.cur.Varargs = true
	}
	if a.Kwarg != nil {
		b.addDef(a.Kwarg.Arg, DefParam, parser.SpanOf(a.Kwarg))
		b.cur.Varkeywords = true
	}
}

func (b *builder) optExpr(e parser.Expr) {
	if e != nil {
		b.expr(e)
	}
}

// expr is symtable_visit_expr.
func (b *builder) expr(e parser.Expr) {
	switch e := e.(type) {
	case *parser.NamedExpr:
		b.namedExpr(e)
	case *parser.BoolOp:
		b.exprs(e.Values)
	case *parser.BinOp:
		b.expr(e.Left)
		b.expr(e.Right)
	case *parser.UnaryOp:
		b.expr(e.Operand)
	case *parser.Lambda:
		b.exprs(e.Args.Defaults)
		b.exprs(e.Args.KwDefaults)
		b.enter(FunctionScope, "lambda", e, parser.SpanOf(e).Start.Line)
		b.arguments(e.Args)
		b.expr(e.Body)
		b.exit()
	case *parser.IfExp:
		b.expr(e.Test)
		b.expr(e.Body)
		b.expr(e.Orelse)
	case *parser.Dict:
		b.exprs(e.Keys)
		b.exprs(e.Values)
	case *parser.Set:
		b.exprs(e.Elts)
	case *parser.GeneratorExp:
		b.comprehension(e, "genexpr", GeneratorExpression, e.Generators, e.Elt, nil)
	case *parser.ListComp:
		b.comprehension(e, "listcomp", ListComprehension, e.Generators, e.Elt, nil)
	case *parser.SetComp:
		b.comprehension(e, "setcomp", SetComprehension, e.Generators, e.Elt, nil)
	case *parser.DictComp:
		b.comprehension(e, "dictcomp", DictComprehension, e.Generators, e.Key, e.Value)
	case *parser.Yield:
		b.notInAnnotation("yield expression", e)
		b.optExpr(e.Value)
		b.yielded(e)
	case *parser.YieldFrom:
		b.notInAnnotation("yield expression", e)
		b.expr(e.Value)
		b.yielded(e)
	case *parser.Await:
		b.notInAnnotation("await expression", e)
		b.expr(e.Value)
		b.cur.Coroutine = true
	case *parser.Compare:
		b.expr(e.Left)
		b.exprs(e.Comparators)
	case *parser.Call:
		b.expr(e.Func)
		b.exprs(e.Args)
		for _, k := range e.Keywords {
			b.expr(k.Value)
		}
	case *parser.FormattedValue:
		b.expr(e.Value)
		b.optExpr(e.FormatSpec)
	case *parser.JoinedStr:
		b.exprs(e.Values)
	case *parser.Constant:
	case *parser.Attribute:
		b.expr(e.Value)
	case *parser.Subscript:
		b.expr(e.Value)
		b.expr(e.Slice)
	case *parser.Starred:
		b.expr(e.Value)
	case *parser.Slice:
		b.optExpr(e.Lower)
		b.optExpr(e.Upper)
		b.optExpr(e.Step)
	case *parser.Name:
		flag := DefLocal
		if e.Ctx == parser.Load {
			flag = Use
		}
		b.addDef(e.Id, flag, parser.SpanOf(e))
		// super() uses __class__.
		if e.Ctx == parser.Load && b.cur.Kind == FunctionScope && e.Id == "super" {
			b.addDef("__class__", Use, parser.SpanOf(e))
		}
	case *parser.List:
		b.exprs(e.Elts)
	case *parser.Tuple:
		b.exprs(e.Elts)
	default:
		panic(fmt.Sprintf("lower: unexpected expression %T", e))
	}
}

// yielded marks the scope a generator; yield is not allowed in a
// comprehension.
func (b *builder) yielded(e parser.Expr) {
	b.cur.Generator = true
	if c := b.cur.Comprehension; c != NoComprehension {
		b.errorAt(parser.SpanOf(e), "'yield' inside %s", c)
	}
}

// notInAnnotation rejects what cannot appear in an annotation block.
func (b *builder) notInAnnotation(what string, e parser.Expr) {
	if b.cur.Kind == AnnotationScope {
		b.errorAt(parser.SpanOf(e), "'%s' can not be used within an annotation", what)
	}
}

// namedExpr is symtable_handle_namedexpr.
func (b *builder) namedExpr(e *parser.NamedExpr) {
	b.notInAnnotation("named expression", e)
	if b.cur.compIterExpr > 0 {
		b.errorAt(parser.SpanOf(e), "assignment expression cannot be used in a comprehension iterable expression")
	}
	if b.cur.Comprehension != NoComprehension {
		b.extendNamedExprScope(e.Target.(*parser.Name))
	}
	b.expr(e.Value)
	b.expr(e.Target)
}

// extendNamedExprScope binds a walrus target inside a comprehension in
// the nearest enclosing function or module (symtable_extend_namedexpr_scope).
func (b *builder) extendNamedExprScope(target *parser.Name) {
	sp := parser.SpanOf(target)
	for s := b.cur; s != nil; s = s.Parent {
		switch {
		case s.Comprehension != NoComprehension:
			if s.flags(mangle(b.private, target.Id))&DefCompIter != 0 {
				b.errorAt(sp, "assignment expression cannot rebind comprehension iteration variable '%s'", target.Id)
			}
		case s.Kind == FunctionScope:
			if s.flags(mangle(b.private, target.Id))&DefGlobal != 0 {
				b.addDef(target.Id, DefGlobal, sp)
			} else {
				b.addDef(target.Id, DefNonlocal, sp)
			}
			b.recordDirective(target.Id, sp)
			b.addDefIn(s, target.Id, DefLocal, sp)
			return
		case s.Kind == ModuleScope:
			b.addDef(target.Id, DefGlobal, sp)
			b.recordDirective(target.Id, sp)
			b.addDefIn(s, target.Id, DefGlobal, sp)
			return
		case s.Kind == ClassScope:
			b.errorAt(sp, "assignment expression within a comprehension cannot be used in a class body")
		}
	}
}

// comprehension is symtable_handle_comprehension: the first iterable is
// evaluated in the enclosing scope, the rest in a function scope of its
// own, which receives that iterator as the parameter ".0".
func (b *builder) comprehension(e parser.Expr, name string, kind Comprehension, gens []*parser.Comprehension, elt, value parser.Expr) {
	outermost := gens[0]
	b.cur.compIterExpr++
	b.expr(outermost.Iter)
	b.cur.compIterExpr--
	b.enter(FunctionScope, name, e, parser.SpanOf(e).Start.Line)
	b.cur.Comprehension = kind
	if outermost.IsAsync == 1 {
		b.cur.Coroutine = true
	}
	b.addDef(".0", DefParam, parser.SpanOf(e))
	b.cur.compIterTarget = true
	b.expr(outermost.Target)
	b.cur.compIterTarget = false
	b.exprs(outermost.Ifs)
	for _, g := range gens[1:] {
		b.cur.compIterTarget = true
		b.expr(g.Target)
		b.cur.compIterTarget = false
		b.cur.compIterExpr++
		b.expr(g.Iter)
		b.cur.compIterExpr--
		b.exprs(g.Ifs)
		if g.IsAsync == 1 {
			b.cur.Coroutine = true
		}
	}
	b.optExpr(value)
	b.expr(elt)
	isGenerator := kind == GeneratorExpression
	b.cur.Generator = isGenerator
	async := b.cur.Coroutine && !isGenerator
	b.exit()
	if async {
		b.cur.Coroutine = true
	}
}

// pattern visits a match pattern: its captures bind names.
func (b *builder) pattern(p parser.Pattern) {
	switch p := p.(type) {
	case *parser.MatchValue:
		b.expr(p.Value)
	case *parser.MatchSingleton:
	case *parser.MatchSequence:
		for _, q := range p.Patterns {
			b.pattern(q)
		}
	case *parser.MatchStar:
		if p.Name != "" {
			b.addDef(p.Name, DefLocal, parser.SpanOf(p))
		}
	case *parser.MatchMapping:
		b.exprs(p.Keys)
		for _, q := range p.Patterns {
			b.pattern(q)
		}
		if p.Rest != "" {
			b.addDef(p.Rest, DefLocal, parser.SpanOf(p))
		}
	case *parser.MatchClass:
		b.expr(p.Cls)
		for _, q := range p.Patterns {
			b.pattern(q)
		}
		for _, q := range p.KwdPatterns {
			b.pattern(q)
		}
	case *parser.MatchAs:
		if p.Pattern != nil {
			b.pattern(p.Pattern)
		}
		if p.Name != "" {
			b.addDef(p.Name, DefLocal, parser.SpanOf(p))
		}
	case *parser.MatchOr:
		for _, q := range p.Patterns {
			b.pattern(q)
		}
	}
}
