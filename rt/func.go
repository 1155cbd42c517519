package rt

import "strings"

// IsCoroFunction is inspect.iscoroutinefunction (through bound methods;
// native functions marked Coroutine count, as asyncio's async defs do in
// CPython).
func IsCoroFunction(v Value) bool {
	for v.K == KObj {
		switch o := v.O.(type) {
		case *Function:
			return o.Code.Kind == CoroutineCode
		case *BoundMethod:
			v = o.Func
			continue
		case *BuiltinFunc:
			return o.Coroutine
		}
		return false
	}
	return false
}

// CodeKind says what calling a function produces.
type CodeKind uint8

// The code kinds.
const (
	PlainCode CodeKind = iota
	GeneratorCode
	CoroutineCode
	AsyncGenCode
)

// Code describes a Python function (docs/rt-api.md). Params lists the
// parameters in CPython's co_varnames order: positional (positional-only
// first), keyword-only, then *args and **kwargs names.
type Code struct {
	Name, Qualname, Filename string
	Line                     int
	Kind                     CodeKind
	Params                   []string
	PosOnly, Pos, KwOnly     int
	VarArgs, VarKw           bool
	// Module is the function's __module__; "" means "__main__".
	Module string
	// Doc is the docstring (Null: None).
	Doc Value
}

// CodeStarters maps a non-plain CodeKind to what calling such a function
// does with the bound arguments: create the generator, coroutine or async
// generator object. Set by the coroutine machinery (coro*.go, gen*.go).
var CodeStarters [4]func(f *Function, args []Value) (Value, *Exc)

// Function is a Python function object (a def or lambda).
type Function struct {
	Code       *Code
	Defaults   []Value // __defaults__
	KwDefaults []Value // one per keyword-only parameter; Null = required
	Body       func(args []Value) (Value, *Exc)
	Name       string
	Qualname   string
	dict       *Dict
	id         uint64
	// doc and module: __doc__ and __module__ once assigned (nil: from
	// Code); annotations: __annotations__ (nil: not made yet).
	doc, module *Value
	annotations *Dict
}

// SetAnnotations gives a new function its __annotations__, built when the
// def runs from the names and the evaluated annotations (CPython's order).
func SetAnnotations(fn Value, names []string, vals []Value) Value {
	d := NewDictObj()
	for i, n := range names {
		d.SetStr(n, vals[i])
	}
	fn.O.(*Function).annotations = d
	return fn
}

// FunctionType is the type of Python functions.
var FunctionType = NewType("function", ObjectType)

// Type implements Object.
func (f *Function) Type() *Type { return FunctionType }
func (f *Function) InstDict() *Dict {
	if f.dict == nil {
		f.dict = NewStrDict()
	}
	return f.dict
}
func (f *Function) objID() uint64 {
	if f.id == 0 {
		f.id = newID()
	}
	return f.id
}

// NewFunction makes a function object for a def.
func NewFunction(code *Code, defaults []Value, kwdefaults []Value, body func(args []Value) (Value, *Exc)) Value {
	return Obj(&Function{Code: code, Defaults: defaults, KwDefaults: kwdefaults, Body: body, Name: code.Name, Qualname: code.Qualname})
}

// Call binds the arguments as CPython does and runs the body (or, for
// generator/coroutine code, makes the generator/coroutine object).
func (f *Function) Call(args []Value, kwnames []string) (Value, *Exc) {
	c := f.Code
	var bound []Value
	if len(kwnames) == 0 && len(args) == c.Pos && len(c.Params) == c.Pos {
		bound = args
	} else {
		var e *Exc
		bound, e = f.bind(args, kwnames)
		if e != nil {
			return Null, e
		}
	}
	if c.Kind != PlainCode {
		start := CodeStarters[c.Kind]
		if start == nil {
			return Null, Errorf(ExcSystemError, "no runtime support for this kind of function")
		}
		return start(f, bound)
	}
	return f.Body(bound)
}

func (f *Function) bind(args []Value, kwnames []string) ([]Value, *Exc) {
	c := f.Code
	out := make([]Value, len(c.Params))
	npos := len(args) - len(kwnames)
	n := npos
	if n > c.Pos {
		n = c.Pos
	}
	copy(out, args[:n])
	var kwdict *Dict
	varKwIx := c.Pos + c.KwOnly
	if c.VarArgs {
		varKwIx++
		rest := args[n:npos]
		out[c.Pos+c.KwOnly] = NewTuple(append([]Value(nil), rest...)...)
	}
	if c.VarKw {
		kwdict = NewDictObj()
		out[varKwIx] = Obj(kwdict)
	}
	var posonlyAsKw []string
	for i, k := range kwnames {
		v := args[npos+i]
		j := -1
		for p := c.PosOnly; p < c.Pos+c.KwOnly; p++ {
			if c.Params[p] == k {
				j = p
				break
			}
		}
		if j < 0 {
			if kwdict != nil {
				kwdict.SetStr(k, v)
				continue
			}
			for p := 0; p < c.PosOnly; p++ {
				if c.Params[p] == k {
					posonlyAsKw = append(posonlyAsKw, k)
					break
				}
			}
			if len(posonlyAsKw) > 0 {
				continue
			}
			return nil, TypeErrorf("%s() got an unexpected keyword argument '%s'", f.Qualname, k)
		}
		if !out[j].IsNull() {
			return nil, TypeErrorf("%s() got multiple values for argument '%s'", f.Qualname, k)
		}
		out[j] = v
	}
	if len(posonlyAsKw) > 0 {
		return nil, TypeErrorf("%s() got some positional-only arguments passed as keyword arguments: '%s'", f.Qualname, strings.Join(posonlyAsKw, ", "))
	}
	if npos > c.Pos && !c.VarArgs {
		return nil, f.tooManyPositional(npos, out)
	}
	ndef := len(f.Defaults)
	firstDef := c.Pos - ndef
	var missing []string
	for i := 0; i < c.Pos; i++ {
		if out[i].IsNull() {
			if i >= firstDef {
				out[i] = f.Defaults[i-firstDef]
			} else {
				missing = append(missing, c.Params[i])
			}
		}
	}
	if len(missing) > 0 {
		return nil, f.missing("positional", missing)
	}
	for i := 0; i < c.KwOnly; i++ {
		p := c.Pos + i
		if out[p].IsNull() {
			if i < len(f.KwDefaults) && !f.KwDefaults[i].IsNull() {
				out[p] = f.KwDefaults[i]
			} else {
				missing = append(missing, c.Params[p])
			}
		}
	}
	if len(missing) > 0 {
		return nil, f.missing("keyword-only", missing)
	}
	return out, nil
}

func (f *Function) tooManyPositional(given int, out []Value) *Exc {
	c := f.Code
	kwonlyGiven := 0
	for i := 0; i < c.KwOnly; i++ {
		if !out[c.Pos+i].IsNull() {
			kwonlyGiven++
		}
	}
	var sig string
	plural := c.Pos != 1
	if ndef := len(f.Defaults); ndef > 0 {
		sig = Itoa(c.Pos-ndef) + " to " + Itoa(c.Pos)
		sig = "from " + sig
		plural = true
	} else {
		sig = Itoa(c.Pos)
	}
	kwsig := ""
	if kwonlyGiven > 0 {
		kwsig = " positional argument" + plural1(given) + " (and " + Itoa(kwonlyGiven) + " keyword-only argument" + plural1(kwonlyGiven) + ")"
	}
	was := "were"
	if given == 1 && kwonlyGiven == 0 {
		was = "was"
	}
	ps := ""
	if plural {
		ps = "s"
	}
	return TypeErrorf("%s() takes %s positional argument%s but %d%s %s given", f.Qualname, sig, ps, given, kwsig, was)
}

func plural1(n int) string {
	if n != 1 {
		return "s"
	}
	return ""
}

func (f *Function) missing(kind string, names []string) *Exc {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	var list string
	switch len(q) {
	case 1:
		list = q[0]
	case 2:
		list = q[0] + " and " + q[1]
	default:
		list = strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
	}
	return TypeErrorf("%s() missing %d required %s argument%s: %s", f.Qualname, len(names), kind, plural1(len(names)), list)
}

func init() {
	t := FunctionType
	t.Get = functionGet
	t.Call = functionCall
	t.Repr = functionRepr
	t.GetSet("__name__", functionName, functionSetName)
	t.GetSet("__qualname__", functionQualname, functionSetQualname)
	// __module__ and __doc__ are plain members, as in CPython: any value,
	// del makes them None.
	t.GetSet("__module__", functionModule, functionSetModule)
	t.GetSet("__doc__", functionDoc, functionSetDoc)
	t.GetSet("__defaults__", functionDefaults, functionSetDefaults)
	t.GetSet("__kwdefaults__", functionKwdefaults, functionSetKwdefaults)
	t.GetSet("__dict__", functionDict, functionSetDict)
	t.GetSet("__annotations__", functionAnnotations, functionSetAnnotations)
	t.Getter("__code__", functionCode)

	CodeType.Getter("co_name", codeCoName)
	CodeType.Getter("co_qualname", codeCoQualname)
	CodeType.Getter("co_filename", codeCoFilename)
	CodeType.Getter("co_firstlineno", codeCoFirstlineno)
	CodeType.Getter("co_argcount", codeCoArgcount)
	CodeType.Getter("co_flags", codeCoFlags)
	CodeType.Repr = codeRepr
}

// functionGet is the Get hook (__get__) of function.
func functionGet(d, obj Value, typ *Type) (Value, *Exc) {
	if obj.IsNull() {
		return d, nil
	}
	return Obj(&BoundMethod{Func: d, Self: obj}), nil
}

// functionCall is the Call hook (__call__) of function.
func functionCall(fn Value, args []Value, kw []string) (Value, *Exc) {
	return fn.O.(*Function).Call(args, kw)
}

// functionRepr is the Repr hook (__repr__) of function.
func functionRepr(v Value) (string, *Exc) {
	return "<function " + v.O.(*Function).Qualname + " at " + AddrOf(v) + ">", nil
}

// codeRepr is the Repr hook (__repr__) of code.
func codeRepr(v Value) (string, *Exc) {
	c := v.O.(*CodeObj).C
	return "<code object " + c.Name + " at " + AddrOf(v) + ", file \"" + c.Filename + "\", line " + Itoa(c.Line) + ">", nil
}

// functionName is function.__name__.
func functionName(s Value) (Value, *Exc) { return Str(s.O.(*Function).Name), nil }

// functionSetName is the setter of function.__name__.
func functionSetName(s, v Value) *Exc {
	n, ok := AsStr(v)
	if !ok {
		return TypeErrorf("__name__ must be set to a string object")
	}
	s.O.(*Function).Name = n
	return nil
}

// functionQualname is function.__qualname__.
func functionQualname(s Value) (Value, *Exc) { return Str(s.O.(*Function).Qualname), nil }

// functionSetQualname is the setter of function.__qualname__.
func functionSetQualname(s, v Value) *Exc {
	n, ok := AsStr(v)
	if !ok {
		return TypeErrorf("__qualname__ must be set to a string object")
	}
	s.O.(*Function).Qualname = n
	return nil
}

// functionModule is function.__module__.
func functionModule(s Value) (Value, *Exc) {
	f := s.O.(*Function)
	if f.module != nil {
		return *f.module, nil
	}
	if f.Code.Module == "" {
		return Str("__main__"), nil
	}
	return Str(f.Code.Module), nil
}

// functionSetModule is the setter of function.__module__.
func functionSetModule(s, v Value) *Exc {
	v = OrNone(v)
	s.O.(*Function).module = &v
	return nil
}

// functionDoc is function.__doc__.
func functionDoc(s Value) (Value, *Exc) {
	f := s.O.(*Function)
	if f.doc != nil {
		return *f.doc, nil
	}
	return OrNone(f.Code.Doc), nil
}

// functionSetDoc is the setter of function.__doc__.
func functionSetDoc(s, v Value) *Exc {
	v = OrNone(v)
	s.O.(*Function).doc = &v
	return nil
}

// functionDefaults is function.__defaults__.
func functionDefaults(s Value) (Value, *Exc) {
	f := s.O.(*Function)
	if len(f.Defaults) == 0 {
		return None, nil
	}
	return NewTuple(f.Defaults...), nil
}

// functionSetDefaults is the setter of function.__defaults__.
func functionSetDefaults(s, v Value) *Exc {
	f := s.O.(*Function)
	if v.IsNull() || v.IsNone() {
		f.Defaults = nil
		return nil
	}
	items, ok := TupleItems(v)
	if !ok {
		return TypeErrorf("__defaults__ must be set to a tuple object")
	}
	f.Defaults = append([]Value(nil), items...)
	return nil
}

// functionKwdefaults is function.__kwdefaults__.
func functionKwdefaults(s Value) (Value, *Exc) {
	f := s.O.(*Function)
	d := NewDictObj()
	for i, v := range f.KwDefaults {
		if !v.IsNull() {
			d.SetStr(f.Code.Params[f.Code.Pos+i], v)
		}
	}
	if d.Len() == 0 {
		return None, nil
	}
	return Obj(d), nil
}

// functionSetKwdefaults is the setter of function.__kwdefaults__.
func functionSetKwdefaults(s, v Value) *Exc {
	f := s.O.(*Function)
	kw := make([]Value, f.Code.KwOnly)
	if !v.IsNull() && !v.IsNone() {
		d, ok := v.O.(*Dict)
		if !ok || v.K != KObj {
			return TypeErrorf("__kwdefaults__ must be set to a dict object")
		}
		for i := range kw {
			if x, ok := d.GetStr(f.Code.Params[f.Code.Pos+i]); ok {
				kw[i] = x
			}
		}
	}
	f.KwDefaults = kw
	return nil
}

// functionDict is function.__dict__.
func functionDict(s Value) (Value, *Exc) { return Obj(s.O.(*Function).InstDict()), nil }

// functionSetDict is the setter of function.__dict__.
func functionSetDict(s, v Value) *Exc {
	if v.IsNull() {
		return TypeErrorf("cannot delete __dict__")
	}
	d, ok := v.O.(*Dict)
	if !ok || v.K != KObj {
		return TypeErrorf("__dict__ must be set to a dictionary, not a '%s'", v.TypeName())
	}
	s.O.(*Function).dict = d
	return nil
}

// functionAnnotations is function.__annotations__.
func functionAnnotations(s Value) (Value, *Exc) {
	f := s.O.(*Function)
	if f.annotations == nil {
		f.annotations = NewDictObj()
	}
	return Obj(f.annotations), nil
}

// functionSetAnnotations is the setter of function.__annotations__.
func functionSetAnnotations(s, v Value) *Exc {
	f := s.O.(*Function)
	if v.IsNull() || v.IsNone() {
		f.annotations = nil
		return nil
	}
	d, ok := v.O.(*Dict)
	if !ok || v.K != KObj {
		return TypeErrorf("__annotations__ must be set to a dict object")
	}
	f.annotations = d
	return nil
}

// functionCode is function.__code__.
func functionCode(s Value) (Value, *Exc) { return Obj(&CodeObj{s.O.(*Function).Code}), nil }

// codeCoName is code.co_name.
func codeCoName(s Value) (Value, *Exc) { return Str(s.O.(*CodeObj).C.Name), nil }

// codeCoQualname is code.co_qualname.
func codeCoQualname(s Value) (Value, *Exc) { return Str(s.O.(*CodeObj).C.Qualname), nil }

// codeCoFilename is code.co_filename.
func codeCoFilename(s Value) (Value, *Exc) { return Str(s.O.(*CodeObj).C.Filename), nil }

// codeCoFirstlineno is code.co_firstlineno.
func codeCoFirstlineno(s Value) (Value, *Exc) { return Int(int64(s.O.(*CodeObj).C.Line)), nil }

// codeCoArgcount is code.co_argcount.
func codeCoArgcount(s Value) (Value, *Exc) { return Int(int64(s.O.(*CodeObj).C.Pos)), nil }

// codeCoFlags is code.co_flags.
func codeCoFlags(s Value) (Value, *Exc) {
	c := s.O.(*CodeObj).C
	fl := int64(0x3) // OPTIMIZED | NEWLOCALS
	if c.VarArgs {
		fl |= 0x4
	}
	if c.VarKw {
		fl |= 0x8
	}
	switch c.Kind {
	case GeneratorCode:
		fl |= 0x20
	case CoroutineCode:
		fl |= 0x80
	case AsyncGenCode:
		fl |= 0x200
	}
	return Int(fl), nil
}

// CodeObj is the Python view (__code__) of a Code.
type CodeObj struct{ C *Code }

// CodeType is the type of code objects.
var CodeType = NewType("code", ObjectType)

// Type implements Object.
func (*CodeObj) Type() *Type { return CodeType }

// ModuleAnnotations is SETUP_ANNOTATIONS in the module when the program
// has not bound __annotations__: __main__'s initial one, else a new dict.
func ModuleAnnotations() Value {
	if v, ok := moduleGlobals["__annotations__"]; ok {
		return v
	}
	return Obj(NewDictObj())
}

// SetupAnnotations is SETUP_ANNOTATIONS in a class body: the namespace ns
// gets a new dict as __annotations__ unless it has one.
func SetupAnnotations(ns Value) *Exc {
	key := Str("__annotations__")
	if _, e := GetItem(ns, key); e == nil {
		return nil
	} else if !e.Class.IsSubtype(ExcKeyError) {
		return e
	}
	return SetItem(ns, key, Obj(NewDictObj()))
}
