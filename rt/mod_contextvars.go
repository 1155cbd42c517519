package rt

// The contextvars module: ContextVar, Token, Context and copy_context, on
// the core's contexts (context.go).

func init() {
	for _, t := range []*Type{ContextVarType, ContextType, TokenType} {
		t.Module = "_contextvars"
	}
	V := ContextVarType
	cv := func(x Value) *ContextVar { return x.O.(*ContextVar) }
	V.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("ContextVar", args, kw, []string{"name", "default"}, 1)
		if e != nil {
			return Null, e
		}
		n, ok := AsStr(a[0])
		if !ok {
			return Null, TypeErrorf("context variable name must be a str")
		}
		return Obj(&ContextVar{Name: n, Default: a[1]}), nil
	}
	V.Init = func(self Value, args []Value, kw []string) *Exc { return nil }
	V.Repr = func(x Value) (string, *Exc) {
		s := "<ContextVar name=" + ReprOrErr(Str(cv(x).Name))
		if d := cv(x).Default; !d.IsNull() {
			s += " default=" + ReprOrErr(d)
		}
		return s + " at " + AddrOf(x) + ">", nil
	}
	V.Getter("name", func(x Value) (Value, *Exc) { return Str(cv(x).Name), nil })
	V.Method("get", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("get", args, kw, 0, 1); e != nil {
			return Null, e
		}
		def := Null
		if len(args) == 1 {
			def = args[0]
		}
		return cv(self).Get(def)
	})
	V.Method("set", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("set", args, kw, 1, 1); e != nil {
			return Null, e
		}
		v := cv(self)
		old, had := CurrentThread().Context().Vars[v]
		if !had {
			old = Null
			CurrentThread().Context().Order = append(CurrentThread().Context().Order, v)
		}
		if CurrentThread().Context().Vars == nil {
			CurrentThread().Context().Vars = map[*ContextVar]Value{}
		}
		CurrentThread().Context().Vars[v] = args[0]
		return Obj(&ContextToken{Var: v, Ctx: CurrentThread().Ctx, Old: old}), nil
	})
	V.Method("reset", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("reset", args, kw, 1, 1); e != nil {
			return Null, e
		}
		t, ok := args[0].O.(*ContextToken)
		if !ok || args[0].K != KObj {
			return Null, TypeErrorf("expected an instance of Token, got %s", ReprOrErr(args[0]))
		}
		v := cv(self)
		switch {
		case t.Used:
			return Null, ExcMsg(ExcRuntimeError, ReprOrErr(args[0])+" has already been used once")
		case t.Var != v:
			return Null, ValueErrorf("%s was created by a different ContextVar", ReprOrErr(args[0]))
		case t.Ctx != CurrentThread().Ctx:
			return Null, ValueErrorf("%s was created in a different Context", ReprOrErr(args[0]))
		}
		t.Used = true
		if t.Old.IsNull() {
			delete(CurrentThread().Context().Vars, v)
			for i, x := range CurrentThread().Context().Order {
				if x == v {
					CurrentThread().Context().Order = append(CurrentThread().Context().Order[:i], CurrentThread().Context().Order[i+1:]...)
					break
				}
			}
		} else {
			CurrentThread().Context().Vars[v] = t.Old
		}
		return None, nil
	})
	TokenType.Repr = func(x Value) (string, *Exc) {
		t := x.O.(*ContextToken)
		used := ""
		if t.Used {
			used = " used"
		}
		return "<Token" + used + " var=" + ReprOrErr(Obj(t.Var)) + " at " + AddrOf(x) + ">", nil
	}

	C := ContextType
	ctx := func(x Value) *Context { return x.O.(*Context) }
	C.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		return Obj(&Context{Vars: map[*ContextVar]Value{}}), nil
	}
	C.Init = func(self Value, args []Value, kw []string) *Exc { return nil }
	C.Method("run", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if len(args)-len(kw) < 1 {
			return Null, TypeErrorf("run() missing 1 required positional argument")
		}
		var r Value
		e := ctx(self).RunIn(func() *Exc {
			var e *Exc
			r, e = Call(args[0], args[1:], kw)
			return e
		})
		return r, e
	})
	C.Method("copy", func(self Value, args []Value, kw []string) (Value, *Exc) { return Obj(ctx(self).Copy()), nil })
	C.Method("get", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("get", args, kw, 1, 2); e != nil {
			return Null, e
		}
		v, ok := args[0].O.(*ContextVar)
		if ok {
			if x, ok := ctx(self).Vars[v]; ok {
				return x, nil
			}
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return None, nil
	})
	C.Len = func(x Value) (int, *Exc) { return len(ctx(x).Vars), nil }
	C.GetItem = func(o, k Value) (Value, *Exc) {
		if v, ok := k.O.(*ContextVar); ok {
			if x, ok := ctx(o).Vars[v]; ok {
				return x, nil
			}
		}
		return Null, KeyErrorOf(k)
	}
	C.Iter = func(o Value) (Value, *Exc) {
		var ks []Value
		for _, v := range ctx(o).Order {
			ks = append(ks, Obj(v))
		}
		return Iter(NewList(ks...))
	}

	m := DefineModule("contextvars")
	m.Set("ContextVar", Obj(ContextVarType))
	m.Set("Context", Obj(ContextType))
	m.Set("Token", Obj(TokenType))
	m.Fn("copy_context", func(args []Value, kw []string) (Value, *Exc) { return Obj(CurrentThread().Context().Copy()), nil })
}
