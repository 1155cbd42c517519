package codegen

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/py2goasync/py2goasync/ir"
)

// retKind is the Go signature of a generated function body.
type retKind uint8

const (
	retValue retKind = iota // func(...) (rt.Value, *rt.Exc): functions, interactive statements
	retExc                  // func(...) *rt.Exc: the module, class bodies
)

// A local is the Go variable of a Python variable or a temporary. Go
// rejects variables that are declared and never read, so reads are
// tracked: a variable nobody reads is not declared, and the left-hand
// sides that assign it become _.
type local struct {
	name string
	typ  jen.Code // nil: rt.Value
	temp bool     // a compiler temporary
	// init is the call that set a temporary made by tmpOf, in the
	// statement initStmt (see fold).
	init     jen.Code
	initStmt *jen.Statement
	read     bool             // some code reads it: declare it
	writes   []*jen.Statement // the left-hand sides that assign it
	refs     []*jen.Statement // every occurrence, for renaming
	prefix   string           // a temporary's name without its number
}

// lhs returns the variable as an assignment target.
//
// lhs and use return the identifier wrapped in a statement of its own, so
// that callers may chain onto the result (x.IsNull()) while the
// identifier itself stays replaceable (by _ or a new name).
func (l *local) lhs() *jen.Statement {
	s := jen.Id(l.name)
	l.writes = append(l.writes, s)
	l.refs = append(l.refs, s)
	return jen.Add(s)
}

// use returns the variable as a value.
func (l *local) use() *jen.Statement {
	l.read = true
	s := jen.Id(l.name)
	l.refs = append(l.refs, s)
	return jen.Add(s)
}

// rename gives the variable a new name everywhere it occurs.
func (l *local) rename(name string) {
	l.name = name
	for _, r := range l.refs {
		*r = *jen.Id(name)
	}
}

// fn is the state of one Go function being generated.
type fn struct {
	g      *gen
	f      *ir.Func
	parent *fn
	names  *namer
	ret    retKind

	argsName string // the parameter holding the bound arguments
	nsName   string // a class body's namespace parameter

	vars  map[*ir.Var]*local
	order []*local // declaration order: variables, then temporaries as created
	ntemp int

	excUsed bool   // the exc variable is used
	retVar  *local // holds a return value across finally blocks; nil = not needed yet

	b       *block    // the block being emitted
	regions []*region // enclosing try/except/finally/loop regions, innermost last
	bound   map[*ir.Var]bool
	nlabel  int

	// freshFor asks the next call generated to record in v whether its
	// callee runs code (see generatorCall).
	freshFor *freshCall

	// coroutine says the body runs as a coroutine: statements record
	// their line with rt.CurrentLine for Task reprs.
	coroutine bool
	line      int32 // the Python line of the statement being emitted
}

// A block is a list of Go statements being built. dead says its last
// statement is a terminating statement in Go's sense (return, goto, an
// endless for without break, if/else with both branches terminating):
// nothing may follow it but a label, or go vet reports unreachable code.
type block struct {
	stmts []jen.Code
	dead  bool
}

func newFn(g *gen, f *ir.Func, parent *fn, ret retKind) *fn {
	pn := g.pkg
	if parent != nil {
		pn = parent.names
	}
	fs := &fn{g: g, f: f, parent: parent, names: newNamer(pn), ret: ret, vars: map[*ir.Var]*local{}, bound: map[*ir.Var]bool{}}
	fs.coroutine = f.Kind == ir.Coroutine || f.Kind == ir.AsyncGenerator
	fs.names.reserve("exc")
	for _, p := range f.Params {
		fs.bound[p.Var] = true
	}
	// Name the Python variables first: the closures generated inside
	// capture them by these names, and their own temporaries must not
	// shadow them.
	for _, v := range f.Locals {
		if v.Scope != ir.Temp {
			fs.varOf(v)
		}
	}
	// The Go parameters are named after the Python variables, which
	// keep their names; nested functions may shadow them.
	if ret == retValue && f.Kind != ir.ModuleCode {
		fs.argsName = fs.names.local("args")
	}
	if f.Kind == ir.ClassBody {
		fs.nsName = fs.names.local("ns")
	}
	return fs
}

// body generates the statements of the Go function: the declarations of
// its variables, the parameters' binding and the Python body.
func (fs *fn) body(stmts []ir.Stmt) []jen.Code {
	fs.b = &block{}
	fs.stmts(stmts)
	if !fs.b.dead {
		fs.emit(fs.returnNone())
	}
	code := fs.b.stmts
	var pre []jen.Code
	if fs.f.Kind == ir.Plain && fs.ret == retValue {
		// Python's recursion limit (RecursionError instead of a Go stack
		// overflow). Only plain functions count: a suspended coroutine or
		// generator is not on CPython's stack either.
		pre = append(pre,
			jen.If(fs.exc().Op("=").Add(rtq("EnterCall").Call()), fs.exc().Op("!=").Nil()).Block(jen.Return(rtq("Null"), fs.exc())),
			jen.Defer().Add(rtq("LeaveCall").Call()))
	}
	// Parameters: the runtime passes exactly len(Params) values.
	for i, p := range argOrder(fs.f) {
		l := fs.varOf(p.Var)
		if l.read {
			pre = append(pre, jen.Add(l.lhs()).Op("=").Id(fs.argsName).Index(jen.Lit(i)))
		}
	}
	fs.renumberTemps()
	// Python variables one per line; temporaries grouped by type.
	var decls []jen.Code
	var temps []*local
	for _, l := range fs.order {
		if !l.read {
			for _, w := range l.writes {
				*w = *jen.Id("_")
			}
			continue
		}
		if l.typ != nil || l.temp {
			temps = append(temps, l)
			continue
		}
		decls = append(decls, jen.Id(l.name).Qual(rtPath, "Value"))
	}
	var typeOrder []string
	byType := map[string][]jen.Code{}
	typeCode := map[string]jen.Code{}
	for _, l := range temps {
		typ := l.typ
		if typ == nil {
			typ = rtq("Value")
		}
		key := fmt.Sprintf("%#v", typ)
		if _, ok := byType[key]; !ok {
			typeOrder = append(typeOrder, key)
			typeCode[key] = typ
		}
		byType[key] = append(byType[key], jen.Id(l.name))
	}
	for _, k := range typeOrder {
		decls = append(decls, jen.List(byType[k]...).Add(typeCode[k]))
	}
	if fs.excUsed {
		decls = append(decls, jen.Id("exc").Op("*").Qual(rtPath, "Exc"))
	}
	// Separate var statements: gofmt would align a var block's types
	// into a wide column.
	var out []jen.Code
	for _, d := range decls {
		out = append(out, jen.Var().Add(d))
	}
	out = append(out, pre...)
	return append(out, code...)
}

func (fs *fn) returnNone() jen.Code {
	if fs.ret == retExc {
		return jen.Return(jen.Nil())
	}
	return jen.Return(rtq("None"), jen.Nil())
}

// emit appends Go statements to the current block. Statements after a
// terminating one are dropped: they are dead in Python too.
func (fs *fn) emit(cs ...jen.Code) {
	if fs.b.dead {
		return
	}
	fs.b.stmts = append(fs.b.stmts, cs...)
}

// terminate marks the current block as ending in a terminating statement.
func (fs *fn) terminate() { fs.b.dead = true }

// label emits a label for the next statement; the code after it is
// reachable again.
func (fs *fn) label(name string) {
	fs.b.dead = false
	fs.b.stmts = append(fs.b.stmts, jen.Id(name).Op(":"))
}

// sub generates a nested block with gen and returns its statements and
// whether it ends in a terminating statement.
func (fs *fn) sub(gen func()) ([]jen.Code, bool) {
	saved := fs.b
	fs.b = &block{}
	gen()
	b := fs.b
	fs.b = saved
	return b.stmts, b.dead
}

// newLabel returns a fresh label name.
func (fs *fn) newLabel(base string) string {
	fs.nlabel++
	return fmt.Sprintf("%s%d", base, fs.nlabel)
}

// newTemp returns a fresh temporary of type typ named prefix1, prefix2, ...
func (fs *fn) newTemp(prefix string, typ jen.Code) *local {
	l := &local{name: fs.names.temp(prefix, &fs.ntemp), typ: typ, temp: true, prefix: prefix}
	fs.order = append(fs.order, l)
	return l
}

// exc is the variable that holds the exception being raised.
func (fs *fn) exc() *jen.Statement {
	fs.excUsed = true
	return jen.Id("exc")
}

// varOf returns the Go variable of a Python variable: a free variable is
// the Go variable of the enclosing function's cell, captured by the
// closure.
func (fs *fn) varOf(v *ir.Var) *local {
	for v.Scope == ir.Free && v.Outer != nil {
		v = v.Outer
	}
	owner := fs
	for owner != nil && owner.f != v.Func {
		owner = owner.parent
	}
	if owner == nil {
		// A variable of a function we are not inside: a bug in lower or
		// here; name it so that the Go compiler reports it.
		owner = fs
	}
	if l, ok := owner.vars[v]; ok {
		return l
	}
	l := &local{name: owner.names.name(v.Name)}
	owner.vars[v] = l
	owner.order = append(owner.order, l)
	return l
}

// code is the *rt.Code variable of the function being generated.
func (fs *fn) code() jen.Code { return jen.Id(fs.g.codeNames[fs.f]) }

// renumberTemps names the temporaries that survived (read somewhere) t1,
// t2, ... in order, per prefix: folded and unread ones leave no gaps.
func (fs *fn) renumberTemps() {
	used := map[string]bool{} // every temporary's name, free to reuse
	for _, l := range fs.order {
		if l.temp {
			used[l.name] = true
		}
	}
	taken := func(s string) bool {
		if fs.names.parent != nil && fs.names.parent.isTaken(s) || fs.names.taken[s] {
			return true
		}
		return fs.names.temps[s] && !used[s] // args, ns and the like
	}
	// Two passes (first to placeholders) so that a new name never meets
	// an old one.
	var temps []*local
	for _, l := range fs.order {
		if l.temp && l.read && l.prefix != "" {
			temps = append(temps, l)
			l.rename("\x00" + l.name)
		}
	}
	count := map[string]int{}
	for _, l := range temps {
		for {
			count[l.prefix]++
			name := fmt.Sprintf("%s%d", l.prefix, count[l.prefix])
			if !taken(name) {
				l.rename(name)
				break
			}
		}
	}
}

type freshCall struct {
	v    *local
	code *ir.Func
}
