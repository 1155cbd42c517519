package ir

// Nodes added by lower beyond the lead's first cut of ir.go. Each is a
// construct whose CPython semantics a plain-IR desugaring cannot reproduce
// exactly (error messages, lookups that bypass globals), so codegen expands
// it with the runtime's help.

type (
	// ClassName is a name used in a class body (CPython's LOAD_NAME /
	// STORE_NAME / DELETE_NAME, or LOAD_CLASSDEREF when Var is set).
	// Loading looks in the class namespace first, then, when Var is nil,
	// in the module's globals and the builtins; when Var is set (a Free
	// variable of the class body: a name of an enclosing function), in
	// that variable. Storing and deleting always use the class
	// namespace.
	ClassName struct {
		Pos  Pos
		Name string // mangled
		Var  *Var
	}

	// Builtin is a builtin looked up directly, never through the
	// module's globals (CPython's LOAD_ASSERTION_ERROR: an assert raises
	// the real AssertionError even if the module defines its own).
	Builtin struct {
		Pos  Pos
		Name string
	}

	// GetIter is iter(X), or with Async the async iterator
	// type(X).__aiter__(X), with CPython's messages ("'int' object is not
	// iterable", "'async for' requires an object with __aiter__ method,
	// got int"). lower uses it for the first iterable of a comprehension,
	// which CPython evaluates outside the comprehension's function and
	// passes as the parameter ".0". Inside, the For/AsyncFor over ".0"
	// should step it directly (CPython's FOR_ITER, no second iter() or
	// __aiter__ call); calling iter() again only differs for iterators
	// whose __iter__/__aiter__ does not return self.
	GetIter struct {
		Pos   Pos
		X     Expr
		Async bool
	}
)

type (
	// With is one item of a with statement ("with a as x, b as y:" is
	// two nested Withs), or async with when Async is set. CPython's
	// semantics (PEP 343): evaluate Ctx; look up __enter__ and __exit__
	// (__aenter__/__aexit__) on its type (TypeError "'T' object does not
	// support the (asynchronous) context manager protocol" if missing);
	// call enter (await it if Async) and assign the result to Target
	// (nil means no "as"); run Body. If Body raises, call exit(type, exc,
	// tb) (awaited if Async) while the exception is being handled; a
	// true result suppresses it, else it is re-raised. If Body ends any
	// other way (falls off, return, break, continue), call exit(None,
	// None, None) (awaited if Async) before leaving.
	With struct {
		Pos    Pos
		Async  bool
		Ctx    Expr
		Target Target
		Body   []Stmt
	}

	// AsyncFor is "async for Target in Iter: Body else: Else": it =
	// type(Iter).__aiter__(Iter); then repeatedly v = await
	// type(it).__anext__(it), leaving the loop (and running Else) on
	// StopAsyncIteration, else assigning v to Target and running Body.
	// break skips Else.
	AsyncFor struct {
		Pos    Pos
		Target Target
		Iter   Expr
		Body   []Stmt
		Else   []Stmt
	}
)

func (e *ClassName) At() Pos { return e.Pos }
func (e *Builtin) At() Pos   { return e.Pos }
func (e *GetIter) At() Pos   { return e.Pos }
func (s *With) At() Pos      { return s.Pos }
func (s *AsyncFor) At() Pos  { return s.Pos }

func (*ClassName) expr()   {}
func (*Builtin) expr()     {}
func (*GetIter) expr()     {}
func (*ClassName) target() {}
func (*With) stmt()        {}
func (*AsyncFor) stmt()    {}
