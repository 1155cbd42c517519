package rt

// contextvars: ContextVar, Token, Context, copy_context. Each task runs in
// a copy of the context current when it was created (Task.__init__'s
// contextvars.copy_context()), and loop.call_soon & co. run Python
// callbacks in a copy of the caller's context, as CPython does.

var (
	ContextVarType = NewType("ContextVar", ObjectType)
	ContextType    = NewType("Context", ObjectType)
	TokenType      = NewType("Token", ObjectType)
)

type pyContext struct {
	vars  map[*contextVar]Value
	order []*contextVar // insertion order, for iteration
}

func (*pyContext) Type() *Type { return ContextType }

type contextVar struct {
	name string
	def  Value // Null: no default
}

func (*contextVar) Type() *Type { return ContextVarType }

type ctxToken struct {
	v    *contextVar
	ctx  *pyContext
	old  Value // Null: the variable was unset (Token.MISSING)
	used bool
}

func (*ctxToken) Type() *Type { return TokenType }

// context returns a thread's current context: every Python thread starts
// with an empty one, as in CPython.
func (t *pyThread) context() *pyContext {
	if t.ctx == nil {
		t.ctx = &pyContext{}
	}
	return t.ctx
}

func (c *pyContext) copy() *pyContext {
	if len(c.vars) == 0 {
		return &pyContext{} // the common case: no variables ever set
	}
	n := &pyContext{vars: make(map[*contextVar]Value, len(c.vars)), order: append([]*contextVar(nil), c.order...)}
	for k, v := range c.vars {
		n.vars[k] = v
	}
	return n
}

// runIn runs f with c as the current context.
func (c *pyContext) runIn(f func() *Exc) *Exc {
	old := curThread.context()
	curThread.ctx = c
	e := f()
	curThread.ctx = old
	return e
}

func (v *contextVar) get(def Value) (Value, *Exc) {
	if x, ok := curThread.context().vars[v]; ok {
		return x, nil
	}
	if !def.IsNull() {
		return def, nil
	}
	if !v.def.IsNull() {
		return v.def, nil
	}
	return Null, NewExc(ExcLookupError, Obj(v))
}

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
		old, had := curThread.context().vars[v]
		if !had {
			old = Null
			curThread.context().order = append(curThread.context().order, v)
		}
		if curThread.context().vars == nil {
			curThread.context().vars = map[*contextVar]Value{}
		}
		curThread.context().vars[v] = args[0]
		return Obj(&ctxToken{v: v, ctx: curThread.ctx, old: old}), nil
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
			return Null, excMsg(ExcRuntimeError, reprOrErr(args[0])+" has already been used once")
		case t.v != v:
			return Null, ValueErrorf("%s was created by a different ContextVar", reprOrErr(args[0]))
		case t.ctx != curThread.ctx:
			return Null, ValueErrorf("%s was created in a different Context", reprOrErr(args[0]))
		}
		t.used = true
		if t.old.IsNull() {
			delete(curThread.context().vars, v)
			for i, x := range curThread.context().order {
				if x == v {
					curThread.context().order = append(curThread.context().order[:i], curThread.context().order[i+1:]...)
					break
				}
			}
		} else {
			curThread.context().vars[v] = t.old
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

	m := newNativeModule("contextvars")
	m.set("ContextVar", Obj(ContextVarType))
	m.set("Context", Obj(ContextType))
	m.set("Token", Obj(TokenType))
	m.fn("copy_context", func(args []Value, kw []string) (Value, *Exc) { return Obj(curThread.context().copy()), nil })
}
