package functools

import "github.com/py2goasync/py2goasync/rt"

// functools.singledispatch: the wrapper is a Python-level function (so
// it binds as a method) carrying register, dispatch and registry; the
// implementation is the first registered class in the argument type's
// MRO (CPython composes ABCs into that MRO as well: not done here).

func singledispatch(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("singledispatch", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	fn := args[0]
	registry := rt.NewDictObj()
	registry.Set(rt.Obj(rt.ObjectType), fn)
	name := "singledispatch function"
	if n, e := rt.GetAttr(fn, "__name__"); e == nil {
		if s, ok := rt.AsStr(n); ok {
			name = s
		}
	}
	dispatch := func(cls *rt.Type) rt.Value {
		for _, t := range cls.MRO {
			if impl, ok, _ := registry.Get(rt.Obj(t)); ok {
				return impl
			}
		}
		return fn
	}
	wrapper := rt.NewFunction(&rt.Code{Name: "wrapper", Qualname: "singledispatch.<locals>.wrapper", Filename: rt.PylibDir + "/functools.py", Line: 904,
		Params: []string{"args", "kw"}, VarArgs: true, VarKw: true, Module: "functools"}, nil, nil,
		func(a []rt.Value) (rt.Value, *rt.Exc) {
			items, _ := rt.TupleItems(a[0])
			if len(items) == 0 {
				return rt.Null, rt.TypeErrorf("%s requires at least 1 positional argument", name)
			}
			return rt.CallEx(dispatch(items[0].Type()), a[0], a[1])
		})
	var register func(args []rt.Value, kw []string) (rt.Value, *rt.Exc)
	register = func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		a, e := rt.ParseArgs("register", args, kw, []string{"cls", "func"}, 1)
		if e != nil {
			return rt.Null, e
		}
		cls, ok := a[0].O.(*rt.Type)
		if !ok || a[0].K != rt.KObj {
			if a[1].IsNull() && rt.IsCallable(a[0]) {
				return rt.Null, rt.TypeErrorf("Invalid first argument to `register()`: %s. Use either `@register(some_class)` or plain `@register` on an annotated function.", rt.ReprOrErr(a[0]))
			}
			return rt.Null, rt.TypeErrorf("Invalid first argument to `register()`. %s is not a class or union type.", rt.ReprOrErr(a[0]))
		}
		if a[1].IsNull() {
			return rt.NewBuiltin("<lambda>", func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
				if e := rt.ArgCount("<lambda>", args, kw, 1, 1); e != nil {
					return rt.Null, e
				}
				return register([]rt.Value{rt.Obj(cls), args[0]}, nil)
			}), nil
		}
		if e := registry.Set(rt.Obj(cls), a[1]); e != nil {
			return rt.Null, e
		}
		return a[1], nil
	}
	if e := UpdateWrapper(wrapper, fn); e != nil {
		return rt.Null, e
	}
	for k, v := range map[string]rt.Value{
		"register": rt.NewBuiltin("register", register),
		"dispatch": rt.NewBuiltin("dispatch", func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			if e := rt.ArgCount("dispatch", args, kw, 1, 1); e != nil {
				return rt.Null, e
			}
			cls, ok := args[0].O.(*rt.Type)
			if !ok {
				return rt.Null, rt.TypeErrorf("dispatch() argument must be a class")
			}
			return dispatch(cls), nil
		}),
		"registry": rt.Obj(registry),
	} {
		if e := rt.SetAttr(wrapper, k, v); e != nil {
			return rt.Null, e
		}
	}
	return wrapper, nil
}
