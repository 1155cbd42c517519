package rt

// Contexts (CPython's Python/context.c): ContextVar, Token, Context. Each task runs in
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
