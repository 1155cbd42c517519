package rt

import (
	"sort"
	"strings"
)

// Module is a module object: a name and a namespace dict.
type Module struct {
	Name string
	Dict *Dict
	File string // "" for built-in modules
}

// ModuleType is the type of modules.
var ModuleType = NewType("module", ObjectType)

// Type implements Object.
func (*Module) Type() *Type       { return ModuleType }
func (m *Module) InstDict() *Dict { return m.Dict }

// NewModule makes an empty module with __name__ set.
func NewModule(name string) *Module {
	m := &Module{Name: name, Dict: NewStrDict()}
	m.Dict.SetStr("__name__", Str(name))
	m.Dict.SetStr("__doc__", None)
	m.Dict.SetStr("__package__", Str(""))
	m.Dict.SetStr("__loader__", None)
	m.Dict.SetStr("__spec__", None)
	return m
}

// Set sets a module attribute.
func (m *Module) Set(name string, v Value) { m.Dict.SetStr(name, v) }

// Get reads a module attribute (Null if absent).
func (m *Module) Get(name string) Value {
	v, _ := m.Dict.GetStr(name)
	return v
}

// Func adds a builtin function to the module.
func (m *Module) Func(name string, fn func(args []Value, kwnames []string) (Value, *Exc)) {
	m.Dict.SetStr(name, Obj(&BuiltinFunc{Name: name, Module: m.Name, Fn: fn}))
}

var (
	moduleInits = map[string]func() (Value, *Exc){}
	// Modules is sys.modules.
	Modules = NewDictObj()
)

// RegisterModule declares a native module: init runs at its first import
// and returns the module object (usually a *Module from NewModule).
// Dotted names are submodules ("os.path"); the parent is imported first
// and gets the child as an attribute.
func RegisterModule(name string, init func() (Value, *Exc)) {
	moduleInits[name] = init
}

// RegisteredModules lists the modules a program can import: the
// registered names, sorted.
func RegisteredModules() []string {
	names := make([]string, 0, len(moduleInits))
	for name := range moduleInits {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// importOne imports one dotted name whose parent is already imported.
func importOne(name string) (Value, *Exc) {
	if v, ok := Modules.GetStr(name); ok {
		return v, nil
	}
	init, ok := moduleInits[name]
	if !ok {
		e := Errorf(ExcModuleNotFoundError, "No module named '%s'", name)
		e.InstDict().SetStr("name", Str(name))
		return Null, e
	}
	m, e := init()
	if e != nil {
		return Null, e
	}
	Modules.SetStr(name, m)
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		if parent, ok := Modules.GetStr(name[:i]); ok {
			SetAttr(parent, name[i+1:], m)
		}
	}
	return m, nil
}

// Import is the import statement's __import__ (docs/rt-api.md): for
// "import a.b" it returns the top package a; with from set, a.b itself.
func Import(name string, from bool, level int) (Value, *Exc) {
	if level > 0 {
		return Null, Errorf(ExcImportError, "attempted relative import with no known parent package")
	}
	parts := strings.Split(name, ".")
	var top, last Value
	for i := range parts {
		m, e := importOne(strings.Join(parts[:i+1], "."))
		if e != nil {
			return Null, e
		}
		if i == 0 {
			top = m
		}
		last = m
	}
	if from {
		return last, nil
	}
	return top, nil
}

// ImportFrom is `from mod import name`.
func ImportFrom(mod Value, name string) (Value, *Exc) {
	v, e := GetAttr(mod, name)
	if e == nil {
		return v, nil
	}
	if !e.Class.IsSubtype(ExcAttributeError) {
		return Null, e
	}
	modName := "?"
	if m, ok := mod.O.(*Module); ok {
		modName = m.Name
		if sub, e := importOne(modName + "." + name); e == nil {
			return sub, nil
		}
		loc := "unknown location"
		if m.File != "" {
			loc = m.File
		}
		ie := Errorf(ExcImportError, "cannot import name '%s' from '%s' (%s)", name, modName, loc)
		ie.InstDict().SetStr("name", Str(modName))
		return Null, ie
	}
	return Null, Errorf(ExcImportError, "cannot import name '%s' from '%s' (unknown location)", name, modName)
}

func init() {
	t := ModuleType
	t.GetAttr = moduleGetAttr
	t.Repr = moduleRepr
	t.New = moduleNew
	t.Init = moduleInit
	t.Getter("__dict__", moduleDict)
}

// moduleGetAttr is the GetAttr hook (__getattribute__) of module.
func moduleGetAttr(o Value, name string) (Value, *Exc) {
	m := o.O.(*Module)
	if v, ok := m.Dict.GetStr(name); ok {
		return v, nil
	}
	v, e := GenericGetAttr(o, name)
	if e == nil {
		return v, nil
	}
	if ga, ok := m.Dict.GetStr("__getattr__"); ok {
		return Call(ga, []Value{Str(name)}, nil)
	}
	return Null, e
}

// moduleRepr is the Repr hook (__repr__) of module.
func moduleRepr(v Value) (string, *Exc) {
	m := v.O.(*Module)
	if m.File != "" {
		return "<module '" + m.Name + "' from '" + m.File + "'>", nil
	}
	return "<module '" + m.Name + "' (built-in)>", nil
}

// moduleNew is the New hook (__new__) of module.
func moduleNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	a, e := ParseArgs("module", args, kw, []string{"name", "doc"}, 1)
	if e != nil {
		return Null, e
	}
	n, _ := AsStr(a[0])
	m := NewModule(n)
	if !a[1].IsNull() {
		m.Set("__doc__", a[1])
	}
	return Obj(m), nil
}

// moduleInit is the Init hook (__init__) of module.
func moduleInit(Value, []Value, []string) *Exc { return nil }

// moduleDict is module.__dict__.
func moduleDict(s Value) (Value, *Exc) { return Obj(s.O.(*Module).Dict), nil }

// NativeModule is a module written in Go: its attributes in definition
// order. defineModule registers it for import; each import of a new
// interpreter state builds a fresh module object from it.
type NativeModule struct {
	name     string
	names    []string
	vals     map[string]Value
	OnImport func(m *Module) // run on the module object built at import, if set
}

// DefineModule declares the native module name and registers it for
// import; the caller adds its attributes (its table) to the result.
func DefineModule(name string) *NativeModule {
	m := &NativeModule{name: name, vals: map[string]Value{}}
	RegisterModule(name, m.importModule)
	return m
}

func (m *NativeModule) Set(name string, v Value) {
	if _, ok := m.vals[name]; !ok {
		m.names = append(m.names, name)
	}
	m.vals[name] = v
}

func (m *NativeModule) Fn(name string, f func(args []Value, kw []string) (Value, *Exc)) {
	b := &BuiltinFunc{Name: name, Module: m.name, Fn: f}
	m.Set(name, Obj(b))
}

// AsyncFn adds a function that CPython defines with async def.
func (m *NativeModule) AsyncFn(name string, f func(args []Value, kw []string) (Value, *Exc)) {
	m.Set(name, Obj(&BuiltinFunc{Name: name, Module: m.name, Fn: f, Coroutine: true}))
}

// Build makes the module object: a new module with the attributes.
func (m *NativeModule) Build() *Module {
	mod := NewModule(m.name)
	for _, k := range m.names {
		mod.Set(k, m.vals[k])
	}
	return mod
}

// importModule is the registered import function.
func (m *NativeModule) importModule() (Value, *Exc) {
	mod := m.Build()
	if m.OnImport != nil {
		m.OnImport(mod)
	}
	return Obj(mod), nil
}
