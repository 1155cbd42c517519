package rt

// The contextvars module: ContextVar, Token, Context and copy_context, on
// the core's contexts (context.go).

func init() {
	for _, t := range []*Type{ContextVarType, ContextType, TokenType} {
		t.Module = "_contextvars"
	}
	V := ContextVarType
	cv := func(x Value) *contextVar { return x.O.(*contextVar) }
	V.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("ContextVar", args, kw, []string{"name", "default"}, 1)
		if e != nil {
			return Null, e
		}
		n, ok := AsStr(a[0])
		if !ok {
			return Null, TypeErrorf("context variable name must be a str")
		}
		return Obj(&contextVar{name: n, def: a[1]}), nil
	}
	V.Init = func(self Value, args []Value, kw []string) *Exc { return nil }
	V.Repr = func(x Value) (string, *Exc) {
		s := "<ContextVar name=" + reprOrErr(Str(cv(x).name))
		if d := cv(x).def; !d.IsNull() {
			s += " default=" + reprOrErr(d)
		}
		return s + " at " + addrOf(x) + ">", nil
	}
	V.Getter("name", func(x Value) (Value, *Exc) { return Str(cv(x).name), nil })
	V.Method("get", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("get", args, kw, 0, 1); e != nil {
			return Null, e
		}
		def := Null
		if len(args) == 1 {
			def = args[0]
		}
		return cv(self).get(def)
	})
	V.Method("set", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("set", args, kw, 1, 1); e != nil {
			return Null, e
		}
		v := cv(self)
		old, had := currentThread().context().vars[v]
		if !had {
			old = Null
			currentThread().context().order = append(currentThread().context().order, v)
		}
		if currentThread().context().vars == nil {
			currentThread().context().vars = map[*contextVar]Value{}
		}
		currentThread().context().vars[v] = args[0]
		return Obj(&ctxToken{v: v, ctx: currentThread().ctx, old: old}), nil
	})
	V.Method("reset", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("reset", args, kw, 1, 1); e != nil {
			return Null, e
		}
		t, ok := args[0].O.(*ctxToken)
		if !ok || args[0].K != KObj {
			return Null, TypeErrorf("expected an instance of Token, got %s", reprOrErr(args[0]))
		}
		v := cv(self)
		switch {
		case t.used:
			return Null, ExcMsg(ExcRuntimeError, reprOrErr(args[0])+" has already been used once")
		case t.v != v:
			return Null, ValueErrorf("%s was created by a different ContextVar", reprOrErr(args[0]))
		case t.ctx != currentThread().ctx:
			return Null, ValueErrorf("%s was created in a different Context", reprOrErr(args[0]))
		}
		t.used = true
		if t.old.IsNull() {
			delete(currentThread().context().vars, v)
			for i, x := range currentThread().context().order {
				if x == v {
					currentThread().context().order = append(currentThread().context().order[:i], currentThread().context().order[i+1:]...)
					break
				}
			}
		} else {
			currentThread().context().vars[v] = t.old
		}
		return None, nil
	})
	TokenType.Repr = func(x Value) (string, *Exc) {
		t := x.O.(*ctxToken)
		used := ""
		if t.used {
			used = " used"
		}
		return "<Token" + used + " var=" + reprOrErr(Obj(t.v)) + " at " + addrOf(x) + ">", nil
	}

	C := ContextType
	ctx := func(x Value) *pyContext { return x.O.(*pyContext) }
	C.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		return Obj(&pyContext{vars: map[*contextVar]Value{}}), nil
	}
	C.Init = func(self Value, args []Value, kw []string) *Exc { return nil }
	C.Method("run", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if len(args)-len(kw) < 1 {
			return Null, TypeErrorf("run() missing 1 required positional argument")
		}
		var r Value
		e := ctx(self).runIn(func() *Exc {
			var e *Exc
			r, e = Call(args[0], args[1:], kw)
			return e
		})
		return r, e
	})
	C.Method("copy", func(self Value, args []Value, kw []string) (Value, *Exc) { return Obj(ctx(self).copy()), nil })
	C.Method("get", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("get", args, kw, 1, 2); e != nil {
			return Null, e
		}
		v, ok := args[0].O.(*contextVar)
		if ok {
			if x, ok := ctx(self).vars[v]; ok {
				return x, nil
			}
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return None, nil
	})
	C.Len = func(x Value) (int, *Exc) { return len(ctx(x).vars), nil }
	C.GetItem = func(o, k Value) (Value, *Exc) {
		if v, ok := k.O.(*contextVar); ok {
			if x, ok := ctx(o).vars[v]; ok {
				return x, nil
			}
		}
		return Null, KeyErrorOf(k)
	}
	C.Iter = func(o Value) (Value, *Exc) {
		var ks []Value
		for _, v := range ctx(o).order {
			ks = append(ks, Obj(v))
		}
		return Iter(NewList(ks...))
	}

	m := defineModule("contextvars")
	m.set("ContextVar", Obj(ContextVarType))
	m.set("Context", Obj(ContextType))
	m.set("Token", Obj(TokenType))
	m.fn("copy_context", func(args []Value, kw []string) (Value, *Exc) { return Obj(currentThread().context().copy()), nil })
}
