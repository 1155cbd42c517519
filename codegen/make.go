package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2goasync/py2goasync/ir"
)

// makeFunction creates the function object of a def, lambda or
// comprehension. Its body is the package-level Go function named after it
// or, when it has free variables, a closure written right here: the Go
// variables it captures are the Python cells.
func (fs *fn) makeFunction(e *ir.MakeFunction) operand {
	f := e.Func
	defs := jen.Code(jen.Nil())
	if len(e.Defaults) > 0 {
		defs = jen.Index().Qual(rtPath, "Value").Values(fs.values(e.Defaults)...)
	}
	kwdefs := jen.Code(jen.Nil())
	if len(e.KwDefaults) > 0 {
		byName := map[string]jen.Code{}
		for _, k := range e.KwDefaults {
			byName[k.Name] = fs.value(k.X)
		}
		var vals []jen.Code
		for _, p := range f.Params {
			if p.Kind != ir.KwOnly {
				continue
			}
			if v, ok := byName[p.Var.Name]; ok {
				vals = append(vals, v)
			} else {
				vals = append(vals, rtq("Null"))
			}
		}
		kwdefs = jen.Index().Qual(rtPath, "Value").Values(vals...)
	}
	var body jen.Code
	if name, ok := fs.g.funcNames[f]; ok {
		body = jen.Id(name)
	} else {
		fs.g.codeDecl(f)
		child := newFn(fs.g, f, fs, retValue)
		stmts := child.body(f.Body)
		body = jen.Func().Params(jen.Id(child.argsName).Index().Qual(rtPath, "Value")).
			Params(rtq("Value"), jen.Op("*").Qual(rtPath, "Exc")).Block(stmts...)
	}
	var annNames, annVals []jen.Code
	for _, a := range e.Annotations {
		annNames = append(annNames, jen.Lit(a.Name))
	}
	if len(e.Annotations) > 0 {
		xs := make([]ir.Expr, len(e.Annotations))
		for i, a := range e.Annotations {
			xs[i] = a.X
		}
		annVals = fs.values(xs)
	}
	mk := rtq("NewFunction").Call(jen.Id(fs.g.codeNames[f]), defs, kwdefs, body)
	if len(e.Annotations) > 0 {
		mk = rtq("SetAnnotations").Call(mk, jen.Index().String().Values(annNames...), jen.Index().Qual(rtPath, "Value").Values(annVals...))
	}
	return fs.tmpOf(mk)
}

// makeClass runs a class body through rt.BuildClass; the body is a
// closure that fills the namespace.
func (fs *fn) makeClass(e *ir.MakeClass) operand {
	var bases []jen.Code
	for _, a := range e.Bases {
		if a.Star {
			fs.g.unsupported(e, "*bases in a class statement")
		}
		bases = append(bases, fs.value(a.X))
	}
	var kwnames, kwvals []jen.Code
	for _, k := range e.Keywords {
		if k.Name == "" {
			fs.g.unsupported(e, "**kwargs in a class statement")
		}
		kwnames = append(kwnames, jen.Lit(k.Name))
		kwvals = append(kwvals, fs.value(k.X))
	}
	fs.g.codeDecl(e.Body)
	child := newFn(fs.g, e.Body, fs, retExc)
	// The __class__ cell (methods using super() or __class__ capture it)
	// is a variable of this function that rt.BuildClassCell fills with
	// the new class; the class body and its methods capture it.
	var cell *local
	if e.Body.NeedsClassCell {
		for _, v := range e.Body.Locals {
			if v.Name == "__class__" && v.Scope == ir.Cell {
				cell = &local{name: fs.names.name(sanitize(e.Name) + "_class")}
				fs.order = append(fs.order, cell)
				child.vars[v] = cell
				child.bound[v] = true
			}
		}
	}
	stmts := child.body(e.Body.Body)
	slice := func(typ jen.Code, vs []jen.Code) jen.Code {
		if len(vs) == 0 {
			return jen.Nil()
		}
		return jen.Index().Add(typ).Values(vs...)
	}
	args := []jen.Code{jen.Lit(e.Name), jen.Lit(e.Body.Qualname),
		slice(rtq("Value"), bases), slice(jen.String(), kwnames), slice(rtq("Value"), kwvals)}
	if cell != nil {
		body := jen.Func().Params(jen.Id(child.nsName).Qual(rtPath, "Value"), jen.Id("_").Op("*").Qual(rtPath, "Value")).
			Op("*").Qual(rtPath, "Exc").Block(stmts...)
		args = append(args, body, jen.Op("&").Add(cell.use()))
		return fs.callv(e.Pos, rtq("BuildClassCell").Call(args...))
	}
	body := jen.Func().Params(jen.Id(child.nsName).Qual(rtPath, "Value")).Op("*").Qual(rtPath, "Exc").Block(stmts...)
	return fs.callv(e.Pos, rtq("BuildClass").Call(append(args, body)...))
}

// superCall turns a zero-argument super() in a method into
// rt.Super(__class__, first argument), as CPython's super() finds them in
// the calling frame. It returns false when the call is not one.
func (fs *fn) superCall(e *ir.Call) (operand, bool) {
	g, ok := e.Func.(*ir.Global)
	if !ok || g.Name != "super" || len(e.Args) > 0 || len(e.Keywords) > 0 || fs.g.stored["super"] {
		return operand{}, false
	}
	var class *ir.Var
	for _, v := range fs.f.Free {
		if v.Name == "__class__" {
			class = v
		}
	}
	order := argOrder(fs.f)
	if class == nil || len(order) == 0 || order[0].Kind == ir.VarKw {
		return operand{}, false
	}
	cls := fs.value(&ir.Name{Pos: e.Pos, Var: class})
	self := fs.value(&ir.Name{Pos: e.Pos, Var: order[0].Var})
	return fs.callv(e.Pos, rtq("Super").Call(cls, self)), true
}
