package contextvars

import "github.com/py2goasync/py2goasync/rt"

// The contextvars module: ContextVar, Token, Context and copy_context, on
// the core's contexts (context.go).

func init() {
	for _, t := range []*rt.Type{rt.ContextVarType, rt.ContextType, rt.TokenType} {
		t.Module = "_contextvars"
	}
	V := rt.ContextVarType
	cv := func(x rt.Value) *rt.ContextVar { return x.O.(*rt.ContextVar) }
	V.New = func(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
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
	V.Init = func(self rt.Value, args []rt.Value, kw []string) *rt.Exc { return nil }
	V.Repr = func(x rt.Value) (string, *rt.Exc) {
		s := "<ContextVar name=" + rt.ReprOrErr(rt.Str(cv(x).Name))
		if d := cv(x).Default; !d.IsNull() {
			s += " default=" + rt.ReprOrErr(d)
		}
		return s + " at " + rt.AddrOf(x) + ">", nil
	}
	V.Getter("name", func(x rt.Value) (rt.Value, *rt.Exc) { return rt.Str(cv(x).Name), nil })
	V.Method("get", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if e := rt.ArgCount("get", args, kw, 0, 1); e != nil {
			return rt.Null, e
		}
		def := rt.Null
		if len(args) == 1 {
			def = args[0]
		}
		return cv(self).Get(def)
	})
	V.Method("set", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if e := rt.ArgCount("set", args, kw, 1, 1); e != nil {
			return rt.Null, e
		}
		v := cv(self)
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
	})
	V.Method("reset", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if e := rt.ArgCount("reset", args, kw, 1, 1); e != nil {
			return rt.Null, e
		}
		t, ok := args[0].O.(*rt.ContextToken)
		if !ok || args[0].K != rt.KObj {
			return rt.Null, rt.TypeErrorf("expected an instance of Token, got %s", rt.ReprOrErr(args[0]))
		}
		v := cv(self)
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
	})
	rt.TokenType.Repr = func(x rt.Value) (string, *rt.Exc) {
		t := x.O.(*rt.ContextToken)
		used := ""
		if t.Used {
			used = " used"
		}
		return "<Token" + used + " var=" + rt.ReprOrErr(rt.Obj(t.Var)) + " at " + rt.AddrOf(x) + ">", nil
	}

	C := rt.ContextType
	ctx := func(x rt.Value) *rt.Context { return x.O.(*rt.Context) }
	C.New = func(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		return rt.Obj(&rt.Context{Vars: map[*rt.ContextVar]rt.Value{}}), nil
	}
	C.Init = func(self rt.Value, args []rt.Value, kw []string) *rt.Exc { return nil }
	C.Method("run", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if len(args)-len(kw) < 1 {
			return rt.Null, rt.TypeErrorf("run() missing 1 required positional argument")
		}
		var r rt.Value
		e := ctx(self).RunIn(func() *rt.Exc {
			var e *rt.Exc
			r, e = rt.Call(args[0], args[1:], kw)
			return e
		})
		return r, e
	})
	C.Method("copy", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		return rt.Obj(ctx(self).Copy()), nil
	})
	C.Method("get", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if e := rt.ArgCount("get", args, kw, 1, 2); e != nil {
			return rt.Null, e
		}
		v, ok := args[0].O.(*rt.ContextVar)
		if ok {
			if x, ok := ctx(self).Vars[v]; ok {
				return x, nil
			}
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return rt.None, nil
	})
	C.Len = func(x rt.Value) (int, *rt.Exc) { return len(ctx(x).Vars), nil }
	C.GetItem = func(o, k rt.Value) (rt.Value, *rt.Exc) {
		if v, ok := k.O.(*rt.ContextVar); ok {
			if x, ok := ctx(o).Vars[v]; ok {
				return x, nil
			}
		}
		return rt.Null, rt.KeyErrorOf(k)
	}
	C.Iter = func(o rt.Value) (rt.Value, *rt.Exc) {
		var ks []rt.Value
		for _, v := range ctx(o).Order {
			ks = append(ks, rt.Obj(v))
		}
		return rt.Iter(rt.NewList(ks...))
	}

	m := rt.DefineModule("contextvars")
	m.Set("ContextVar", rt.Obj(rt.ContextVarType))
	m.Set("Context", rt.Obj(rt.ContextType))
	m.Set("Token", rt.Obj(rt.TokenType))
	m.Fn("copy_context", func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		return rt.Obj(rt.CurrentThread().Context().Copy()), nil
	})
}
