package inspect

import "github.com/py2goasync/py2goasync/rt"

// The inspect module: the predicates and generator states asyncio
// programs use.

// codeKindOf is a helper of the functions registered in init.
func codeKindOf(v rt.Value) (rt.CodeKind, bool) {
	for v.K == rt.KObj {
		switch o := v.O.(type) {
		case *rt.Function:
			return o.Code.Kind, true
		case *rt.BoundMethod:
			v = o.Func
			continue
		}
		break
	}
	return 0, false
}

// genKind is a helper of the functions registered in init.
func genKind(v rt.Value, k rt.CodeKind) bool {
	kind, _, ok := rt.GeneratorState(v)
	return ok && kind == k
}

func init() {
	in := rt.DefineModule("inspect")
	pred := func(name string, f func(v rt.Value) bool) {
		in.Fn(name, func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			if e := rt.ArgCount(name, args, kw, 1, 1); e != nil {
				return rt.Null, e
			}
			return rt.Bool(f(args[0])), nil
		})
	}
	pred("iscoroutinefunction", rt.IsCoroFunction)
	pred("isgeneratorfunction", inspectIsgeneratorfunction)
	pred("isasyncgenfunction", inspectIsasyncgenfunction)
	pred("iscoroutine", inspectIscoroutine)
	pred("isgenerator", inspectIsgenerator)
	pred("isasyncgen", inspectIsasyncgen)
	pred("isawaitable", rt.IsAwaitable)
	pred("isfunction", inspectIsfunction)
	pred("isclass", inspectIsclass)
	state := func(name, prefix string, kind rt.CodeKind) {
		in.Fn(name, func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			if e := rt.ArgCount(name, args, kw, 1, 1); e != nil {
				return rt.Null, e
			}
			k, st, ok := rt.GeneratorState(args[0])
			if !ok || k != kind {
				return rt.Null, rt.TypeErrorf("%s object expected, got %s", prefix, args[0].TypeName())
			}
			return rt.Str(prefix + [...]string{"_CREATED", "_SUSPENDED", "_RUNNING", "_CLOSED"}[st]), nil
		})
	}
	state("getgeneratorstate", "GEN", rt.GeneratorCode)
	state("getcoroutinestate", "CORO", rt.CoroutineCode)
}

// inspectIsgeneratorfunction implements inspect.isgeneratorfunction (through pred).
func inspectIsgeneratorfunction(v rt.Value) bool {
	k, ok := codeKindOf(v)
	return ok && k == rt.GeneratorCode
}

// inspectIsasyncgenfunction implements inspect.isasyncgenfunction (through pred).
func inspectIsasyncgenfunction(v rt.Value) bool {
	k, ok := codeKindOf(v)
	return ok && k == rt.AsyncGenCode
}

// inspectIscoroutine implements inspect.iscoroutine (through pred).
func inspectIscoroutine(v rt.Value) bool { return genKind(v, rt.CoroutineCode) }

// inspectIsgenerator implements inspect.isgenerator (through pred).
func inspectIsgenerator(v rt.Value) bool { return genKind(v, rt.GeneratorCode) }

// inspectIsasyncgen implements inspect.isasyncgen (through pred).
func inspectIsasyncgen(v rt.Value) bool { return genKind(v, rt.AsyncGenCode) }

// inspectIsfunction implements inspect.isfunction (through pred).
func inspectIsfunction(v rt.Value) bool { _, ok := v.O.(*rt.Function); return v.K == rt.KObj && ok }

// inspectIsclass implements inspect.isclass (through pred).
func inspectIsclass(v rt.Value) bool { _, ok := v.O.(*rt.Type); return v.K == rt.KObj && ok }
