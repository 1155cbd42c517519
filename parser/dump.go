package parser

import (
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// Dump formats a node as CPython 3.11's ast.dump(node) does, or as
// ast.dump(node, include_attributes=True) when attrs is set.
//
// Fields are printed in the order of CPython's _fields, named by the `py`
// struct tags of ast.go; an absent optional field (nil, or "" for a field
// tagged opt) is left out, as ast.dump leaves out None. Lists are always
// printed. Positions follow the fields when attrs is set.
func Dump(n Node, attrs bool) string {
	d := dumper{attrs: attrs}
	d.node(reflect.ValueOf(n))
	return d.b.String()
}

type dumper struct {
	b     strings.Builder
	attrs bool
}

// fieldInfo describes one struct field of a node type that ast.dump shows.
type fieldInfo struct {
	index int
	name  string // CPython's field name
	opt   bool   // an optional identifier or string: "" means None
}

// nodeInfo describes how to print one node type.
type nodeInfo struct {
	fields  []fieldInfo
	spanned bool // has CPython's position attributes
}

var nodeInfos sync.Map // reflect.Type -> *nodeInfo

var spanType = reflect.TypeOf(Span{})

func infoOf(t reflect.Type) *nodeInfo {
	if v, ok := nodeInfos.Load(t); ok {
		return v.(*nodeInfo)
	}
	info := &nodeInfo{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Type == spanType && f.Anonymous {
			info.spanned = true
			continue
		}
		tag, ok := f.Tag.Lookup("py")
		if !ok {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		info.fields = append(info.fields, fieldInfo{index: i, name: name, opt: opts == "opt"})
	}
	v, _ := nodeInfos.LoadOrStore(t, info)
	return v.(*nodeInfo)
}

// pyTypeName returns CPython's class name for a node.
func pyTypeName(n Node) string {
	switch n := n.(type) {
	case *FunctionDef:
		if n.Async {
			return "AsyncFunctionDef"
		}
	case *For:
		if n.Async {
			return "AsyncFor"
		}
	case *With:
		if n.Async {
			return "AsyncWith"
		}
	case *Try:
		if n.Star {
			return "TryStar"
		}
	case *ExprStmt:
		return "Expr"
	case *Comprehension:
		return "comprehension"
	case *Arguments:
		return "arguments"
	case *Arg:
		return "arg"
	case *Keyword:
		return "keyword"
	case *Alias:
		return "alias"
	case *WithItem:
		return "withitem"
	case *MatchCase:
		return "match_case"
	}
	return reflect.TypeOf(n).Elem().Name()
}

func (d *dumper) node(v reflect.Value) {
	if v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	if !v.IsValid() || v.Kind() == reflect.Pointer && v.IsNil() {
		d.b.WriteString("None")
		return
	}
	n := v.Interface().(Node)
	d.b.WriteString(pyTypeName(n))
	d.b.WriteByte('(')
	s := v.Elem()
	info := infoOf(s.Type())
	sep := ""
	for _, f := range info.fields {
		fv := s.Field(f.index)
		if f.opt && fv.String() == "" {
			continue
		}
		if (fv.Kind() == reflect.Interface || fv.Kind() == reflect.Pointer) && fv.IsNil() && fv.Type() != anyType {
			continue
		}
		d.b.WriteString(sep)
		sep = ", "
		d.b.WriteString(f.name)
		d.b.WriteByte('=')
		d.value(fv)
	}
	if d.attrs && info.spanned {
		sp := n.(Spanned).span()
		d.b.WriteString(sep)
		d.b.WriteString("lineno=")
		d.b.WriteString(strconv.Itoa(int(sp.Start.Line)))
		d.b.WriteString(", col_offset=")
		d.b.WriteString(strconv.Itoa(int(sp.Start.Col)))
		d.b.WriteString(", end_lineno=")
		d.b.WriteString(strconv.Itoa(int(sp.End.Line)))
		d.b.WriteString(", end_col_offset=")
		d.b.WriteString(strconv.Itoa(int(sp.End.Col)))
	}
	d.b.WriteByte(')')
}

var (
	anyType      = reflect.TypeOf((*any)(nil)).Elem()
	stringerType = reflect.TypeOf((*interface{ String() string })(nil)).Elem()
)

func (d *dumper) value(v reflect.Value) {
	switch {
	case v.Type() == anyType:
		d.b.WriteString(ReprConstant(v.Interface()))
	case v.Kind() == reflect.Slice:
		d.b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				d.b.WriteString(", ")
			}
			d.value(v.Index(i))
		}
		d.b.WriteByte(']')
	case v.Kind() == reflect.String:
		d.b.WriteString(ReprConstant(v.String()))
	case v.Kind() == reflect.Int:
		d.b.WriteString(strconv.Itoa(int(v.Int())))
	case v.Kind() == reflect.Uint8 && v.Type().Implements(stringerType):
		// An enumeration: ast.dump prints its singleton instance.
		d.b.WriteString(v.Interface().(interface{ String() string }).String())
		d.b.WriteString("()")
	default:
		d.node(v)
	}
}
