package codegen

import (
	"strings"

	"github.com/dave/jennifer/jen"
)

// Small functions a generated file may need, written into it only when
// used: the name lookups of CPython's LOAD_GLOBAL, LOAD_NAME and
// LOAD_CLASSDEREF in terms of the runtime API, and the check of direct
// calls.
var helperNames = []string{"isCode", "dropAsyncGen", "loadGlobal", "loadName", "loadBuiltin", "loadClassName", "loadClassDeref", "delClassName", "bigInt"}

var (
	value  = func() *jen.Statement { return rtq("Value") }
	excPtr = func() *jen.Statement { return jen.Op("*").Qual(rtPath, "Exc") }
	id     = jen.Id
)

// docComment is a // comment of one or more lines ("\n// " separated).
func docComment(doc string) *jen.Statement {
	s := jen.Null()
	for i, l := range strings.Split(doc, "\n// ") {
		if i > 0 {
			s.Line()
		}
		s.Comment(l)
	}
	return s.Line()
}

// lookupFunc is "func name(params) (rt.Value, *rt.Exc) { body }".
func lookupFunc(doc, name string, params []jen.Code, body ...jen.Code) jen.Code {
	return docComment(doc).Func().Id(name).Params(params...).Params(value(), excPtr()).Block(body...)
}

// inNamespace is "key := rt.Str(name); ok, exc := rt.In(key, ns); if exc
// != nil { return fail }".
func inNamespace(fail ...jen.Code) []jen.Code {
	return []jen.Code{
		id("key").Op(":=").Add(rtq("Str").Call(id("name"))),
		jen.List(id("ok"), id("exc")).Op(":=").Add(rtq("In").Call(id("key"), id("ns"))),
		jen.If(id("exc").Op("!=").Nil()).Block(jen.Return(fail...)),
	}
}

func helperDecl(name string) jen.Code {
	nameParam := id("name").String()
	switch name {
	case "isCode":
		return docComment("isCode says v is a function object that runs the code c: generated\n// code may then call c's Go function directly.").
			Func().Id("isCode").Params(id("v").Add(value()), id("c").Op("*").Qual(rtPath, "Code")).Bool().Block(
			jen.List(id("f"), id("ok")).Op(":=").Id("v").Dot("O").Assert(jen.Op("*").Qual(rtPath, "Function")),
			jen.Return(id("ok").Op("&&").Id("f").Dot("Code").Op("==").Id("c")),
		)
	case "loadName":
		return lookupFunc("loadName reads a module global that no code assigns: one the runtime\n// defines (__name__, __file__, ...), else a builtin, else NameError.",
			"loadName", []jen.Code{nameParam},
			jen.If(id("v").Op(":=").Add(rtq("ModuleGlobal").Call(id("name"))), jen.Op("!").Id("v").Dot("IsNull").Call()).Block(jen.Return(id("v"), jen.Nil())),
			jen.If(jen.List(id("v"), id("ok")).Op(":=").Add(rtq("Builtin").Call(id("name"))), id("ok")).Block(jen.Return(id("v"), jen.Nil())),
			jen.Return(rtq("Null"), rtq("NameError").Call(id("name"))),
		)
	case "loadGlobal":
		return lookupFunc("loadGlobal reads a module global: its variable v, else as loadName.",
			"loadGlobal", []jen.Code{id("v").Add(value()), nameParam},
			jen.If(jen.Op("!").Id("v").Dot("IsNull").Call()).Block(jen.Return(id("v"), jen.Nil())),
			jen.Return(id("loadName").Call(id("name"))),
		)
	case "loadBuiltin":
		return lookupFunc("loadBuiltin reads a builtin, bypassing the module's globals.",
			"loadBuiltin", []jen.Code{nameParam},
			jen.If(jen.List(id("v"), id("ok")).Op(":=").Add(rtq("Builtin").Call(id("name"))), id("ok")).Block(jen.Return(id("v"), jen.Nil())),
			jen.Return(rtq("Null"), rtq("NameError").Call(id("name"))),
		)
	case "loadClassName":
		body := inNamespace(rtq("Null"), id("exc"))
		body = append(body,
			jen.If(id("ok")).Block(jen.Return(rtq("GetItem").Call(id("ns"), id("key")))),
			jen.Return(id("loadGlobal").Call(id("g"), id("name"))))
		return lookupFunc("loadClassName reads a name in a class body: the class namespace, then\n// the module global (g, Null if the module has no such variable), then as\n// loadName.",
			"loadClassName", []jen.Code{id("ns").Add(value()), nameParam, id("g").Add(value())}, body...)
	case "loadClassDeref":
		body := inNamespace(rtq("Null"), id("exc"))
		body = append(body,
			jen.If(id("ok")).Block(jen.Return(rtq("GetItem").Call(id("ns"), id("key")))),
			jen.If(id("v").Dot("IsNull").Call()).Block(jen.Return(rtq("Null"), rtq("UnboundFree").Call(id("name")))),
			jen.Return(id("v"), jen.Nil()))
		return lookupFunc("loadClassDeref reads, in a class body, a variable of an enclosing\n// function: the class namespace first, then the variable v.",
			"loadClassDeref", []jen.Code{id("ns").Add(value()), nameParam, id("v").Add(value())}, body...)
	case "delClassName":
		body := inNamespace(id("exc"))
		body = append(body,
			jen.If(jen.Op("!").Id("ok")).Block(jen.Return(rtq("NameError").Call(id("name")))),
			jen.Return(rtq("DelItem").Call(id("ns"), id("key"))))
		return jen.Comment("delClassName deletes a name from a class namespace (NameError if absent).").Line().
			Func().Id("delClassName").Params(id("ns").Add(value()), nameParam).Add(excPtr()).Block(body...)
	case "dropAsyncGen":
		ret := func() jen.Code { return jen.If(id("exc").Op("!=").Nil()).Block(jen.Return()) }
		awaitBody := jen.Func().Params(id("args").Index().Add(value())).Params(value(), excPtr()).Block(
			jen.Return(rtq("Await").Call(id("args").Index(jen.Lit(0)))))
		code := jen.Op("&").Qual(rtPath, "Code").Values(jen.Dict{
			id("Name"): jen.Lit("aclose"), id("Qualname"): jen.Lit("aclose"), id("Filename"): jen.Lit("<asyncgen finalizer>"),
			id("Kind"): rtq("CoroutineCode"), id("Params"): jen.Index().String().Values(jen.Lit("athrow")), id("Pos"): jen.Lit(1),
		})
		return docComment("dropAsyncGen does what CPython's event loop does when the last reference\n// to a live async generator goes (BaseEventLoop._asyncgen_finalizer_hook):\n// loop.call_soon_threadsafe(loop.create_task, agen.aclose()); the awaitable\n// aclose() returns is wrapped in a coroutine for create_task.").
			Func().Id("dropAsyncGen").Params(id("agen").Add(value())).Block(
			jen.List(id("asyncio"), id("exc")).Op(":=").Add(rtq("Import").Call(jen.Lit("asyncio"), jen.False(), jen.Lit(0))),
			ret(),
			jen.List(id("loop"), id("exc")).Op(":=").Add(rtq("CallMethod").Call(id("asyncio"), jen.Lit("get_running_loop"), jen.Nil(), jen.Nil())),
			ret(),
			jen.List(id("closing"), id("exc")).Op(":=").Add(rtq("CallMethod").Call(id("agen"), jen.Lit("aclose"), jen.Nil(), jen.Nil())),
			ret(),
			id("wrapper").Op(":=").Add(rtq("NewFunction").Call(code, jen.Nil(), jen.Nil(), awaitBody)),
			jen.List(id("coro"), id("exc")).Op(":=").Add(rtq("Call").Call(id("wrapper"), jen.Index().Add(value()).Values(id("closing")), jen.Nil())),
			ret(),
			jen.List(id("create"), id("exc")).Op(":=").Add(rtq("GetAttr").Call(id("loop"), jen.Lit("create_task"))),
			ret(),
			rtq("CallMethod").Call(id("loop"), jen.Lit("call_soon_threadsafe"), jen.Index().Add(value()).Values(id("create"), id("coro")), jen.Nil()),
		)
	case "bigInt":
		return jen.Comment("bigInt parses an int literal too large for int64.").Line().
			Func().Id("bigInt").Params(id("s").String()).Op("*").Qual("math/big", "Int").Block(
			jen.List(id("n"), id("_")).Op(":=").New(jen.Qual("math/big", "Int")).Dot("SetString").Call(id("s"), jen.Lit(10)),
			jen.Return(id("n")),
		)
	}
	panic("codegen: unknown helper " + name)
}

func (g *gen) emitHelpers(f *jen.File) {
	if g.helpers["loadClassName"] {
		g.helpers["loadGlobal"] = true
	}
	if g.helpers["loadGlobal"] {
		g.helpers["loadName"] = true
	}
	for _, name := range helperNames {
		if g.helpers[name] {
			f.Add(helperDecl(name))
			f.Line()
		}
	}
}
