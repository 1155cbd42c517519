package rt

// functools.singledispatch: the wrapper is a Python-level function (so
// it binds as a method) carrying register, dispatch and registry; the
// implementation is the first registered class in the argument type's
// MRO (CPython composes ABCs into that MRO as well: not done here).

func singledispatch(args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("singledispatch", args, kw, 1, 1); e != nil {
		return Null, e
	}
	fn := args[0]
	registry := NewDictObj()
	registry.Set(Obj(ObjectType), fn)
	name := "singledispatch function"
	if n, e := GetAttr(fn, "__name__"); e == nil {
		if s, ok := AsStr(n); ok {
			name = s
		}
	}
	dispatch := func(cls *Type) Value {
		for _, t := range cls.MRO {
			if impl, ok, _ := registry.Get(Obj(t)); ok {
				return impl
			}
		}
		return fn
	}
	wrapper := NewFunction(&Code{Name: "wrapper", Qualname: "singledispatch.<locals>.wrapper", Filename: PylibDir + "/functools.py", Line: 904,
		Params: []string{"args", "kw"}, VarArgs: true, VarKw: true, Module: "functools"}, nil, nil,
		func(a []Value) (Value, *Exc) {
			items, _ := TupleItems(a[0])
			if len(items) == 0 {
				return Null, TypeErrorf("%s requires at least 1 positional argument", name)
			}
			return CallEx(dispatch(items[0].Type()), a[0], a[1])
		})
	var register func(args []Value, kw []string) (Value, *Exc)
	register = func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("register", args, kw, []string{"cls", "func"}, 1)
		if e != nil {
			return Null, e
		}
		cls, ok := a[0].O.(*Type)
		if !ok || a[0].K != KObj {
			if a[1].IsNull() && IsCallable(a[0]) {
				return Null, TypeErrorf("Invalid first argument to `register()`: %s. Use either `@register(some_class)` or plain `@register` on an annotated function.", ReprOrErr(a[0]))
			}
			return Null, TypeErrorf("Invalid first argument to `register()`. %s is not a class or union type.", ReprOrErr(a[0]))
		}
		if a[1].IsNull() {
			return NewBuiltin("<lambda>", func(args []Value, kw []string) (Value, *Exc) {
				if e := ArgCount("<lambda>", args, kw, 1, 1); e != nil {
					return Null, e
				}
				return register([]Value{Obj(cls), args[0]}, nil)
			}), nil
		}
		if e := registry.Set(Obj(cls), a[1]); e != nil {
			return Null, e
		}
		return a[1], nil
	}
	if e := UpdateWrapper(wrapper, fn); e != nil {
		return Null, e
	}
	for k, v := range map[string]Value{
		"register": NewBuiltin("register", register),
		"dispatch": NewBuiltin("dispatch", func(args []Value, kw []string) (Value, *Exc) {
			if e := ArgCount("dispatch", args, kw, 1, 1); e != nil {
				return Null, e
			}
			cls, ok := args[0].O.(*Type)
			if !ok {
				return Null, TypeErrorf("dispatch() argument must be a class")
			}
			return dispatch(cls), nil
		}),
		"registry": Obj(registry),
	} {
		if e := SetAttr(wrapper, k, v); e != nil {
			return Null, e
		}
	}
	return wrapper, nil
}
