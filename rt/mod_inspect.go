package rt

// The inspect module: the predicates and generator states asyncio
// programs use.

func init() {
	in := DefineModule("inspect")
	pred := func(name string, f func(v Value) bool) {
		in.Fn(name, func(args []Value, kw []string) (Value, *Exc) {
			if e := ArgCount(name, args, kw, 1, 1); e != nil {
				return Null, e
			}
			return Bool(f(args[0])), nil
		})
	}
	codeKindOf := func(v Value) (CodeKind, bool) {
		for v.K == KObj {
			switch o := v.O.(type) {
			case *Function:
				return o.Code.Kind, true
			case *BoundMethod:
				v = o.Func
				continue
			}
			break
		}
		return 0, false
	}
	genKind := func(v Value, k CodeKind) bool {
		kind, _, ok := GeneratorState(v)
		return ok && kind == k
	}
	pred("iscoroutinefunction", IsCoroFunction)
	pred("isgeneratorfunction", func(v Value) bool { k, ok := codeKindOf(v); return ok && k == GeneratorCode })
	pred("isasyncgenfunction", func(v Value) bool { k, ok := codeKindOf(v); return ok && k == AsyncGenCode })
	pred("iscoroutine", func(v Value) bool { return genKind(v, CoroutineCode) })
	pred("isgenerator", func(v Value) bool { return genKind(v, GeneratorCode) })
	pred("isasyncgen", func(v Value) bool { return genKind(v, AsyncGenCode) })
	pred("isawaitable", IsAwaitable)
	pred("isfunction", func(v Value) bool { _, ok := v.O.(*Function); return v.K == KObj && ok })
	pred("isclass", func(v Value) bool { _, ok := v.O.(*Type); return v.K == KObj && ok })
	state := func(name, prefix string, kind CodeKind) {
		in.Fn(name, func(args []Value, kw []string) (Value, *Exc) {
			if e := ArgCount(name, args, kw, 1, 1); e != nil {
				return Null, e
			}
			k, st, ok := GeneratorState(args[0])
			if !ok || k != kind {
				return Null, TypeErrorf("%s object expected, got %s", prefix, args[0].TypeName())
			}
			return Str(prefix + [...]string{"_CREATED", "_SUSPENDED", "_RUNNING", "_CLOSED"}[st]), nil
		})
	}
	state("getgeneratorstate", "GEN", GeneratorCode)
	state("getcoroutinestate", "CORO", CoroutineCode)
}
