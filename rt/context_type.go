package rt

// The Python-visible types of contexts (context.go): ContextVar, Token and
// Context, as CPython's Python/context.c defines them; the contextvars
// module (rt/lib/contextvars) exposes them.

// contextVarOf returns the *ContextVar the value holds.
func contextVarOf(x Value) *ContextVar { return x.O.(*ContextVar) }

// contextOf returns the *Context the value holds.
func contextOf(x Value) *Context { return x.O.(*Context) }

func init() {
	for _, t := range []*Type{ContextVarType, ContextType, TokenType} {
		t.Module = "_contextvars"
	}
	V := ContextVarType
	V.New = contextVarNew
	V.Init = contextVarInit
	V.Repr = contextVarRepr
	V.Getter("name", contextVarName)
	V.Method("get", contextVarGet)
	V.Method("set", contextVarSet)
	V.Method("reset", contextVarReset)
	TokenType.Repr = tokenRepr

	C := ContextType
	C.New = contextNew
	C.Init = contextInit
	C.Method("run", contextRun)
	C.Method("copy", contextCopy)
	C.Method("get", contextGet)
	C.Len = contextLen
	C.GetItem = contextGetItem
	C.Iter = contextIter
}

// contextVarNew is the New hook (__new__) of ContextVar.
func contextVarNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	a, e := ParseArgs("ContextVar", args, kw, []string{"name", "default"}, 1)
	if e != nil {
		return Null, e
	}
	n, ok := AsStr(a[0])
	if !ok {
		return Null, TypeErrorf("context variable name must be a str")
	}
	return Obj(&ContextVar{name: n, def: a[1]}), nil
}

// contextVarInit is the Init hook (__init__) of ContextVar.
func contextVarInit(self Value, args []Value, kw []string) *Exc { return nil }

// contextVarRepr is the Repr hook (__repr__) of ContextVar.
func contextVarRepr(x Value) (string, *Exc) {
	s := "<ContextVar name=" + ReprOrErr(Str(contextVarOf(x).name))
	if d := contextVarOf(x).def; !d.IsNull() {
		s += " default=" + ReprOrErr(d)
	}
	return s + " at " + AddrOf(x) + ">", nil
}

// tokenRepr is the Repr hook (__repr__) of Token.
func tokenRepr(x Value) (string, *Exc) {
	t := x.O.(*ContextToken)
	used := ""
	if t.used {
		used = " used"
	}
	return "<Token" + used + " var=" + ReprOrErr(Obj(t.cvar)) + " at " + AddrOf(x) + ">", nil
}

// contextNew is the New hook (__new__) of Context.
func contextNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	return Obj(&Context{vars: map[*ContextVar]Value{}}), nil
}

// contextInit is the Init hook (__init__) of Context.
func contextInit(self Value, args []Value, kw []string) *Exc { return nil }

// contextLen is the Len hook (__len__) of Context.
func contextLen(x Value) (int, *Exc) { return len(contextOf(x).vars), nil }

// contextGetItem is the GetItem hook (__getitem__) of Context.
func contextGetItem(o, k Value) (Value, *Exc) {
	if v, ok := k.O.(*ContextVar); ok {
		if x, ok := contextOf(o).vars[v]; ok {
			return x, nil
		}
	}
	return Null, KeyErrorOf(k)
}

// contextIter is the Iter hook (__iter__) of Context.
func contextIter(o Value) (Value, *Exc) {
	var ks []Value
	for _, v := range contextOf(o).order {
		ks = append(ks, Obj(v))
	}
	return Iter(NewList(ks...))
}

// contextVarName is ContextVar.name.
func contextVarName(x Value) (Value, *Exc) { return Str(contextVarOf(x).name), nil }

// contextVarGet is ContextVar.get.
func contextVarGet(self Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("get", args, kw, 0, 1); e != nil {
		return Null, e
	}
	def := Null
	if len(args) == 1 {
		def = args[0]
	}
	return contextVarOf(self).Get(def)
}

// contextVarSet is ContextVar.set.
func contextVarSet(self Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("set", args, kw, 1, 1); e != nil {
		return Null, e
	}
	v := contextVarOf(self)
	old, had := CurrentThread().Context().vars[v]
	if !had {
		old = Null
		CurrentThread().Context().order = append(CurrentThread().Context().order, v)
	}
	if CurrentThread().Context().vars == nil {
		CurrentThread().Context().vars = map[*ContextVar]Value{}
	}
	CurrentThread().Context().vars[v] = args[0]
	return Obj(&ContextToken{cvar: v, ctx: CurrentThread().Ctx, old: old}), nil
}

// contextVarReset is ContextVar.reset.
func contextVarReset(self Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("reset", args, kw, 1, 1); e != nil {
		return Null, e
	}
	t, ok := args[0].O.(*ContextToken)
	if !ok || args[0].K != KObj {
		return Null, TypeErrorf("expected an instance of Token, got %s", ReprOrErr(args[0]))
	}
	v := contextVarOf(self)
	switch {
	case t.used:
		return Null, ExcMsg(ExcRuntimeError, ReprOrErr(args[0])+" has already been used once")
	case t.cvar != v:
		return Null, ValueErrorf("%s was created by a different ContextVar", ReprOrErr(args[0]))
	case t.ctx != CurrentThread().Ctx:
		return Null, ValueErrorf("%s was created in a different Context", ReprOrErr(args[0]))
	}
	t.used = true
	if t.old.IsNull() {
		delete(CurrentThread().Context().vars, v)
		for i, x := range CurrentThread().Context().order {
			if x == v {
				CurrentThread().Context().order = append(CurrentThread().Context().order[:i], CurrentThread().Context().order[i+1:]...)
				break
			}
		}
	} else {
		CurrentThread().Context().vars[v] = t.old
	}
	return None, nil
}

// contextRun is Context.run.
func contextRun(self Value, args []Value, kw []string) (Value, *Exc) {
	if len(args)-len(kw) < 1 {
		return Null, TypeErrorf("run() missing 1 required positional argument")
	}
	var r Value
	e := contextOf(self).RunIn(func() *Exc {
		var e *Exc
		r, e = Call(args[0], args[1:], kw)
		return e
	})
	return r, e
}

// contextCopy is Context.copy.
func contextCopy(self Value, args []Value, kw []string) (Value, *Exc) {
	return Obj(contextOf(self).Copy()), nil
}

// contextGet is Context.get.
func contextGet(self Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("get", args, kw, 1, 2); e != nil {
		return Null, e
	}
	v, ok := args[0].O.(*ContextVar)
	if ok {
		if x, ok := contextOf(self).vars[v]; ok {
			return x, nil
		}
	}
	if len(args) == 2 {
		return args[1], nil
	}
	return None, nil
}
