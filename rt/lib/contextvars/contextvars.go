package contextvars

import "github.com/py2goasync/py2goasync/rt"

// The contextvars module: ContextVar, Token, Context and copy_context. The
// types are the core's (rt/context_type.go), as CPython's _contextvars
// exposes Python/context.c's.

func init() {
	m := rt.DefineModule("contextvars")
	m.Set("ContextVar", rt.Obj(rt.ContextVarType))
	m.Set("Context", rt.Obj(rt.ContextType))
	m.Set("Token", rt.Obj(rt.TokenType))
	m.Fn("copy_context", contextvarsCopyContext)
}

// contextvarsCopyContext is contextvars.copy_context.
func contextvarsCopyContext(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Obj(rt.CurrentThread().Context().Copy()), nil
}
