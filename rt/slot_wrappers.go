package rt

// Exposing a native type's hooks as dunder methods (int.__add__,
// object.__init__, Exception.__str__, ...), so that Python code can call
// them explicitly or through super().

// slotNewWrapper is T.__new__ for a native type T: calls T's New with the
// class given as first argument (CPython's tp_new_wrapper).
type slotNewWrapper struct{ owner *Type }

var slotNewWrapperType = NewType("builtin_function_or_method", ObjectType)

func (*slotNewWrapper) Type() *Type { return slotNewWrapperType }

func init() {
	slotNewWrapperType.Call = slotNewWrapperCall
	slotNewWrapperType.Repr = slotNewWrapperRepr
}

// slotNewWrapperCall is the Call hook (__call__) of builtin_function_or_method.
func slotNewWrapperCall(fn Value, args []Value, kw []string) (Value, *Exc) {
	w := fn.O.(*slotNewWrapper)
	if len(args)-len(kw) < 1 {
		return Null, TypeErrorf("%s.__new__(): not enough arguments", w.owner.Name)
	}
	cls, ok := args[0].O.(*Type)
	if !ok || args[0].K != KObj {
		return Null, TypeErrorf("%s.__new__(X): X is not a type object (%s)", w.owner.Name, args[0].TypeName())
	}
	if !cls.IsSubtype(w.owner) {
		return Null, TypeErrorf("%s.__new__(%s): %s is not a subtype of %s", w.owner.Name, cls.Name, cls.Name, w.owner.Name)
	}
	return w.owner.New(cls, args[1:], kw)
}

// slotNewWrapperRepr is the Repr hook (__repr__) of builtin_function_or_method.
func slotNewWrapperRepr(v Value) (string, *Exc) {
	return "<built-in method __new__ of type object at " + AddrOf(v) + ">", nil
}

func addSlotWrappers(t *Type) {
	def := func(name string, fn NativeFunc) {
		if _, ok := t.Dict.GetStr(name); !ok {
			t.Method(name, fn)
		}
	}
	nargs := func(name string, args []Value, kw []string, n int) *Exc {
		if e := NoKwargs(name, kw); e != nil {
			return e
		}
		if len(args) != n {
			return TypeErrorf("expected %d argument%s, got %d", n, Plural(n), len(args))
		}
		return nil
	}
	if t.New != nil {
		if _, ok := t.Dict.GetStr("__new__"); !ok {
			t.Dict.SetStr("__new__", Obj(&slotNewWrapper{owner: t}))
		}
	}
	if f := t.Init; f != nil {
		def("__init__", func(self Value, args []Value, kw []string) (Value, *Exc) {
			return None, f(self, args, kw)
		})
	}
	if f := t.Repr; f != nil {
		def("__repr__", func(self Value, args []Value, kw []string) (Value, *Exc) {
			if e := nargs("__repr__", args, kw, 0); e != nil {
				return Null, e
			}
			s, e := f(self)
			return Str(s), e
		})
	}
	if f := t.Str; f != nil {
		def("__str__", func(self Value, args []Value, kw []string) (Value, *Exc) {
			if e := nargs("__str__", args, kw, 0); e != nil {
				return Null, e
			}
			s, e := f(self)
			return Str(s), e
		})
	}
	if f := t.Hash; f != nil {
		def("__hash__", func(self Value, args []Value, kw []string) (Value, *Exc) {
			h, e := f(self)
			return Int(h), e
		})
	}
	if f := t.Compare; f != nil {
		for op := OpLt; op <= OpGe; op++ {
			op := op
			def(cmpDunder[op], func(self Value, args []Value, kw []string) (Value, *Exc) {
				if e := nargs(cmpDunder[op], args, kw, 1); e != nil {
					return Null, e
				}
				return f(self, args[0], op)
			})
		}
	}
	if f := t.Bool; f != nil {
		def("__bool__", func(self Value, args []Value, kw []string) (Value, *Exc) {
			b, e := f(self)
			return Bool(b), e
		})
	}
	if f := t.Len; f != nil {
		def("__len__", func(self Value, args []Value, kw []string) (Value, *Exc) {
			n, e := f(self)
			return Int(int64(n)), e
		})
	}
	if f := t.Iter; f != nil {
		def("__iter__", func(self Value, args []Value, kw []string) (Value, *Exc) { return f(self) })
	}
	if f := t.Next; f != nil {
		def("__next__", func(self Value, args []Value, kw []string) (Value, *Exc) {
			v, ok, e := f(self)
			if e != nil {
				return Null, e
			}
			if !ok {
				return Null, NewExc(ExcStopIteration)
			}
			return v, nil
		})
	}
	if f := t.GetItem; f != nil {
		def("__getitem__", func(self Value, args []Value, kw []string) (Value, *Exc) {
			if e := nargs("__getitem__", args, kw, 1); e != nil {
				return Null, e
			}
			return f(self, args[0])
		})
	}
	if f := t.SetItem; f != nil {
		def("__setitem__", func(self Value, args []Value, kw []string) (Value, *Exc) {
			if e := nargs("__setitem__", args, kw, 2); e != nil {
				return Null, e
			}
			return None, f(self, args[0], args[1])
		})
		def("__delitem__", func(self Value, args []Value, kw []string) (Value, *Exc) {
			if e := nargs("__delitem__", args, kw, 1); e != nil {
				return Null, e
			}
			return None, f(self, args[0], Null)
		})
	}
	if f := t.Contains; f != nil {
		def("__contains__", func(self Value, args []Value, kw []string) (Value, *Exc) {
			if e := nargs("__contains__", args, kw, 1); e != nil {
				return Null, e
			}
			b, e := f(self, args[0])
			return Bool(b), e
		})
	}
	if f := t.Call; f != nil && t != TypeType {
		def("__call__", func(self Value, args []Value, kw []string) (Value, *Exc) { return f(self, args, kw) })
	}
	if f := t.Get; f != nil {
		def("__get__", func(self Value, args []Value, kw []string) (Value, *Exc) {
			if len(args) < 1 || len(args) > 2 {
				return Null, TypeErrorf("expected 1 or 2 arguments")
			}
			obj := args[0]
			if obj.IsNone() {
				obj = Null
			}
			var typ *Type
			if len(args) == 2 {
				typ, _ = args[1].O.(*Type)
			}
			return f(self, obj, typ)
		})
	}
	if f := t.Index; f != nil {
		def("__index__", func(self Value, args []Value, kw []string) (Value, *Exc) { return f(self) })
	}
	for op := BinOp(0); op < numBinOps; op++ {
		f := t.Num[op]
		if f == nil {
			continue
		}
		def("__"+binName[op]+"__", func(self Value, args []Value, kw []string) (Value, *Exc) {
			if e := nargs("__"+binName[op]+"__", args, kw, 1); e != nil {
				return Null, e
			}
			return f(self, args[0])
		})
		def("__r"+binName[op]+"__", func(self Value, args []Value, kw []string) (Value, *Exc) {
			if e := nargs("__r"+binName[op]+"__", args, kw, 1); e != nil {
				return Null, e
			}
			return f(args[0], self)
		})
	}
	for op := UnaryOp(0); op < numUnaryOps; op++ {
		f := t.Unary[op]
		if f == nil {
			continue
		}
		def(unDunder[op], func(self Value, args []Value, kw []string) (Value, *Exc) { return f(self) })
	}
}
