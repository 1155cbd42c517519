package contextvars

import "github.com/py2goasync/py2goasync/rt"

// The contextvars module: ContextVar, Token, Context and copy_context, on
// the core's contexts (context.go).

// contextVarOf returns the *rt.ContextVar the value holds.
func contextVarOf(x rt.Value) *rt.ContextVar { return x.O.(*rt.ContextVar) }

// contextOf returns the *rt.Context the value holds.
func contextOf(x rt.Value) *rt.Context { return x.O.(*rt.Context) }

func init() {
	for _, t := range []*rt.Type{rt.ContextVarType, rt.ContextType, rt.TokenType} {
		t.Module = "_contextvars"
	}
	V := rt.ContextVarType
	V.New = contextVarNew
	V.Init = contextVarInit
	V.Repr = contextVarRepr
	V.Getter("name", contextVarName)
	V.Method("get", contextVarGet)
	V.Method("set", contextVarSet)
	V.Method("reset", contextVarReset)
	rt.TokenType.Repr = tokenRepr

	C := rt.ContextType
	C.New = contextNew
	C.Init = contextInit
	C.Method("run", contextRun)
	C.Method("copy", contextCopy)
	C.Method("get", contextGet)
	C.Len = contextLen
	C.GetItem = contextGetItem
	C.Iter = contextIter

	m := rt.DefineModule("contextvars")
	m.Set("ContextVar", rt.Obj(rt.ContextVarType))
	m.Set("Context", rt.Obj(rt.ContextType))
	m.Set("Token", rt.Obj(rt.TokenType))
	m.Fn("copy_context", contextvarsCopyContext)
}

// contextVarNew is the New hook (__new__) of ContextVar.
func contextVarNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("ContextVar", args, kw, []string{"name", "default"}, 1)
	if e != nil {
		return rt.Null, e
	}
	n, ok := rt.AsStr(a[0])
	if !ok {
		return rt.Null, rt.TypeErrorf("context variable name must be a str")
	}
	return rt.Obj(&rt.ContextVar{Name: n, Default: a[1]}), nil
}

// contextVarInit is the Init hook (__init__) of ContextVar.
func contextVarInit(self rt.Value, args []rt.Value, kw []string) *rt.Exc { return nil }

// contextVarRepr is the Repr hook (__repr__) of ContextVar.
func contextVarRepr(x rt.Value) (string, *rt.Exc) {
	s := "<ContextVar name=" + rt.ReprOrErr(rt.Str(contextVarOf(x).Name))
	if d := contextVarOf(x).Default; !d.IsNull() {
		s += " default=" + rt.ReprOrErr(d)
	}
	return s + " at " + rt.AddrOf(x) + ">", nil
}

// tokenRepr is the Repr hook (__repr__) of Token.
func tokenRepr(x rt.Value) (string, *rt.Exc) {
	t := x.O.(*rt.ContextToken)
	used := ""
	if t.Used {
		used = " used"
	}
	return "<Token" + used + " var=" + rt.ReprOrErr(rt.Obj(t.Var)) + " at " + rt.AddrOf(x) + ">", nil
}

// contextNew is the New hook (__new__) of Context.
func contextNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Obj(&rt.Context{Vars: map[*rt.ContextVar]rt.Value{}}), nil
}

// contextInit is the Init hook (__init__) of Context.
func contextInit(self rt.Value, args []rt.Value, kw []string) *rt.Exc { return nil }

// contextLen is the Len hook (__len__) of Context.
func contextLen(x rt.Value) (int, *rt.Exc) { return len(contextOf(x).Vars), nil }

// contextGetItem is the GetItem hook (__getitem__) of Context.
func contextGetItem(o, k rt.Value) (rt.Value, *rt.Exc) {
	if v, ok := k.O.(*rt.ContextVar); ok {
		if x, ok := contextOf(o).Vars[v]; ok {
			return x, nil
		}
	}
	return rt.Null, rt.KeyErrorOf(k)
}

// contextIter is the Iter hook (__iter__) of Context.
func contextIter(o rt.Value) (rt.Value, *rt.Exc) {
	var ks []rt.Value
	for _, v := range contextOf(o).Order {
		ks = append(ks, rt.Obj(v))
	}
	return rt.Iter(rt.NewList(ks...))
}

// contextVarName is ContextVar.name.
func contextVarName(x rt.Value) (rt.Value, *rt.Exc) { return rt.Str(contextVarOf(x).Name), nil }

// contextVarGet is ContextVar.get.
func contextVarGet(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("get", args, kw, 0, 1); e != nil {
		return rt.Null, e
	}
	def := rt.Null
	if len(args) == 1 {
		def = args[0]
	}
	return contextVarOf(self).Get(def)
}

// contextVarSet is ContextVar.set.
func contextVarSet(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("set", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	v := contextVarOf(self)
	old, had := rt.CurrentThread().Context().Vars[v]
	if !had {
		old = rt.Null
		rt.CurrentThread().Context().Order = append(rt.CurrentThread().Context().Order, v)
	}
	if rt.CurrentThread().Context().Vars == nil {
		rt.CurrentThread().Context().Vars = map[*rt.ContextVar]rt.Value{}
	}
	rt.CurrentThread().Context().Vars[v] = args[0]
	return rt.Obj(&rt.ContextToken{Var: v, Ctx: rt.CurrentThread().Ctx, Old: old}), nil
}

// contextVarReset is ContextVar.reset.
func contextVarReset(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("reset", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	t, ok := args[0].O.(*rt.ContextToken)
	if !ok || args[0].K != rt.KObj {
		return rt.Null, rt.TypeErrorf("expected an instance of Token, got %s", rt.ReprOrErr(args[0]))
	}
	v := contextVarOf(self)
	switch {
	case t.Used:
		return rt.Null, rt.ExcMsg(rt.ExcRuntimeError, rt.ReprOrErr(args[0])+" has already been used once")
	case t.Var != v:
		return rt.Null, rt.ValueErrorf("%s was created by a different ContextVar", rt.ReprOrErr(args[0]))
	case t.Ctx != rt.CurrentThread().Ctx:
		return rt.Null, rt.ValueErrorf("%s was created in a different Context", rt.ReprOrErr(args[0]))
	}
	t.Used = true
	if t.Old.IsNull() {
		delete(rt.CurrentThread().Context().Vars, v)
		for i, x := range rt.CurrentThread().Context().Order {
			if x == v {
				rt.CurrentThread().Context().Order = append(rt.CurrentThread().Context().Order[:i], rt.CurrentThread().Context().Order[i+1:]...)
				break
			}
		}
	} else {
		rt.CurrentThread().Context().Vars[v] = t.Old
	}
	return rt.None, nil
}

// contextRun is Context.run.
func contextRun(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if len(args)-len(kw) < 1 {
		return rt.Null, rt.TypeErrorf("run() missing 1 required positional argument")
	}
	var r rt.Value
	e := contextOf(self).RunIn(func() *rt.Exc {
		var e *rt.Exc
		r, e = rt.Call(args[0], args[1:], kw)
		return e
	})
	return r, e
}

// contextCopy is Context.copy.
func contextCopy(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Obj(contextOf(self).Copy()), nil
}

// contextGet is Context.get.
func contextGet(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("get", args, kw, 1, 2); e != nil {
		return rt.Null, e
	}
	v, ok := args[0].O.(*rt.ContextVar)
	if ok {
		if x, ok := contextOf(self).Vars[v]; ok {
			return x, nil
		}
	}
	if len(args) == 2 {
		return args[1], nil
	}
	return rt.None, nil
}

// contextvarsCopyContext is contextvars.copy_context.
func contextvarsCopyContext(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Obj(rt.CurrentThread().Context().Copy()), nil
}
