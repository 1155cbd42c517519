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
	return fs.tmpOf(rtq("NewFunction").Call(jen.Id(fs.g.codeNames[f]), defs, kwdefs, body))
}

// makeClass runs a class body through rt.BuildClass; the body is a
// closure that fills the namespace.
func (fs *fn) makeClass(e *ir.MakeClass) operand {
	if e.Body.NeedsClassCell {
		fs.g.unsupported(e, "__class__ or zero-argument super()")
	}
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
	stmts := child.body(e.Body.Body)
	body := jen.Func().Params(jen.Id(child.nsName).Qual(rtPath, "Value")).Op("*").Qual(rtPath, "Exc").Block(stmts...)
	slice := func(typ jen.Code, vs []jen.Code) jen.Code {
		if len(vs) == 0 {
			return jen.Nil()
		}
		return jen.Index().Add(typ).Values(vs...)
	}
	return fs.callv(e.Pos, rtq("BuildClass").Call(jen.Lit(e.Name), jen.Lit(e.Body.Qualname),
		slice(rtq("Value"), bases), slice(jen.String(), kwnames), slice(rtq("Value"), kwvals), body))
}
