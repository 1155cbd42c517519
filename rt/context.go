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

// Context is a contextvars.Context: the values of the context variables
// set in it.
type Context struct {
	vars  map[*ContextVar]Value
	order []*ContextVar // insertion order, for iteration
}

func (*Context) Type() *Type { return ContextType }

// ContextVar is a contextvars.ContextVar.
type ContextVar struct {
	name string
	def  Value // Null: no default
}

func (*ContextVar) Type() *Type { return ContextVarType }

// ContextToken is the contextvars.Token that ContextVar.set returns.
type ContextToken struct {
	cvar *ContextVar
	ctx  *Context
	old  Value // Null: the variable was unset (Token.MISSING)
	used bool
}

func (*ContextToken) Type() *Type { return TokenType }

// Context returns a thread's current Context: every Python thread starts
// with an empty one, as in CPython.
func (t *Thread) Context() *Context {
	if t.Ctx == nil {
		t.Ctx = &Context{}
	}
	return t.Ctx
}

func (c *Context) Copy() *Context {
	if len(c.vars) == 0 {
		return &Context{} // the common case: no variables ever set
	}
	n := &Context{vars: make(map[*ContextVar]Value, len(c.vars)), order: append([]*ContextVar(nil), c.order...)}
	for k, v := range c.vars {
		n.vars[k] = v
	}
	return n
}

// RunIn runs f with c as the current context.
func (c *Context) RunIn(f func() *Exc) *Exc {
	old := curThread.Context()
	curThread.Ctx = c
	e := f()
	curThread.Ctx = old
	return e
}

func (v *ContextVar) Get(def Value) (Value, *Exc) {
	if x, ok := curThread.Context().vars[v]; ok {
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
