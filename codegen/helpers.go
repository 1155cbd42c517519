package codegen

import (
	"github.com/dave/jennifer/jen"
)

// Small functions a generated file may need, written into it only when
// used. They are the name lookups of CPython's LOAD_GLOBAL, LOAD_NAME and
// LOAD_CLASSDEREF in terms of the runtime API.
var helperNames = []string{"isCode", "loadGlobal", "loadName", "loadBuiltin", "loadClassName", "loadClassDeref", "delClassName", "bigInt"}

var helperSrc = map[string]string{
	"isCode": `// isCode says v is a function object that runs the code c: generated
// code may then call c's Go function directly.
func isCode(v rt.Value, c *rt.Code) bool {
	f, ok := v.O.(*rt.Function)
	return ok && f.Code == c
}`,
	"loadName": `// loadName reads a module global that no code assigns: one the runtime
// defines (__name__, __file__, ...), else a builtin, else NameError.
func loadName(name string) (rt.Value, *rt.Exc) {
	if v := rt.ModuleGlobal(name); !v.IsNull() {
		return v, nil
	}
	if v, ok := rt.Builtin(name); ok {
		return v, nil
	}
	return rt.Null, rt.NameError(name)
}`,
	"loadGlobal": `// loadGlobal reads a module global: its variable v, else as loadName.
func loadGlobal(v rt.Value, name string) (rt.Value, *rt.Exc) {
	if !v.IsNull() {
		return v, nil
	}
	return loadName(name)
}`,
	"loadBuiltin": `// loadBuiltin reads a builtin, bypassing the module's globals.
func loadBuiltin(name string) (rt.Value, *rt.Exc) {
	if v, ok := rt.Builtin(name); ok {
		return v, nil
	}
	return rt.Null, rt.NameError(name)
}`,
	"loadClassName": `// loadClassName reads a name in a class body: the class namespace, then
// the module global (g, Null if the module has no such variable), then as
// loadName.
func loadClassName(ns rt.Value, name string, g rt.Value) (rt.Value, *rt.Exc) {
	key := rt.Str(name)
	ok, exc := rt.In(key, ns)
	if exc != nil {
		return rt.Null, exc
	}
	if ok {
		return rt.GetItem(ns, key)
	}
	return loadGlobal(g, name)
}`,
	"loadClassDeref": `// loadClassDeref reads, in a class body, a variable of an enclosing
// function: the class namespace first, then the variable v.
func loadClassDeref(ns rt.Value, name string, v rt.Value) (rt.Value, *rt.Exc) {
	key := rt.Str(name)
	ok, exc := rt.In(key, ns)
	if exc != nil {
		return rt.Null, exc
	}
	if ok {
		return rt.GetItem(ns, key)
	}
	if v.IsNull() {
		return rt.Null, rt.UnboundFree(name)
	}
	return v, nil
}`,
	"delClassName": `// delClassName deletes a name from a class namespace (NameError if absent).
func delClassName(ns rt.Value, name string) *rt.Exc {
	key := rt.Str(name)
	ok, exc := rt.In(key, ns)
	if exc != nil {
		return exc
	}
	if !ok {
		return rt.NameError(name)
	}
	return rt.DelItem(ns, key)
}`,
}

func (g *gen) emitHelpers(f *jen.File) {
	if g.helpers["loadClassName"] {
		g.helpers["loadGlobal"] = true
	}
	if g.helpers["loadGlobal"] {
		g.helpers["loadName"] = true
	}
	for _, name := range helperNames {
		if !g.helpers[name] {
			continue
		}
		if name == "bigInt" {
			f.Comment("bigInt parses an int literal too large for int64.")
			f.Func().Id("bigInt").Params(jen.Id("s").String()).Op("*").Qual("math/big", "Int").Block(
				jen.List(jen.Id("n"), jen.Id("_")).Op(":=").New(jen.Qual("math/big", "Int")).Dot("SetString").Call(jen.Id("s"), jen.Lit(10)),
				jen.Return(jen.Id("n")),
			)
			f.Line()
			continue
		}
		// The runtime is imported as rt by every generated file (main
		// uses it), so the helpers' source can name it directly.
		f.Id(helperSrc[name])
		f.Line()
	}
}
