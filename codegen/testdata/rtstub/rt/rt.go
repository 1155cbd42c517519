// Package rt is a stub with the signatures of docs/rt-api.md, so that the
// code generator's tests can type-check generated code (go vet) whatever
// state the real runtime is in.
package rt

import "math/big"

type Kind uint8

type Value struct {
	K Kind
	I int64
	O any
}

func (v Value) IsNull() bool { return v.K == 0 }

type Exc struct{}
type Code struct {
	Name, Qualname, Filename string
	Line                     int
	Kind                     CodeKind
	Params                   []string
	PosOnly, Pos, KwOnly     int
	VarArgs, VarKw           bool
	Module                   string
	Doc                      Value
}
type CodeKind uint8

const (
	PlainCode CodeKind = iota
	GeneratorCode
	CoroutineCode
	AsyncGenCode
)

var Null, None, True, False, Ellipsis Value

func Int(int64) Value                       { return Null }
func BigInt(*big.Int) Value                 { return Null }
func Float(float64) Value                   { return Null }
func Complex(complex128) Value              { return Null }
func Bool(bool) Value                       { return Null }
func Str(string) Value                      { return Null }
func Bytes([]byte) Value                    { return Null }
func NewTuple(...Value) Value               { return Null }
func NewList(...Value) Value                { return Null }
func NewSet(...Value) (Value, *Exc)         { return Null, nil }
func NewDict(kv ...Value) (Value, *Exc)     { return Null, nil }
func NewSlice(lo, hi, step Value) Value     { return Null }
func ListExtend(list, iterable Value) *Exc  { return nil }
func ListAppend(list, v Value) *Exc         { return nil }
func SetAdd(set, v Value) *Exc              { return nil }
func SetUpdate(set, it Value) *Exc          { return nil }
func DictSet(d, k, v Value) *Exc            { return nil }
func DictUpdate(d, m Value) *Exc            { return nil }
func ListToTuple(list Value) Value          { return Null }
func NameError(name string) *Exc            { return nil }
func UnboundLocal(name string) *Exc         { return nil }
func UnboundFree(name string) *Exc          { return nil }
func Builtin(name string) (Value, bool)     { return Null, false }
func ModuleGlobal(name string) Value        { return Null }
func Add(a, b Value) (Value, *Exc)          { return Null, nil }
func Sub(a, b Value) (Value, *Exc)          { return Null, nil }
func Mul(a, b Value) (Value, *Exc)          { return Null, nil }
func MatMul(a, b Value) (Value, *Exc)       { return Null, nil }
func TrueDiv(a, b Value) (Value, *Exc)      { return Null, nil }
func FloorDiv(a, b Value) (Value, *Exc)     { return Null, nil }
func Mod(a, b Value) (Value, *Exc)          { return Null, nil }
func Pow(a, b Value) (Value, *Exc)          { return Null, nil }
func LShift(a, b Value) (Value, *Exc)       { return Null, nil }
func RShift(a, b Value) (Value, *Exc)       { return Null, nil }
func And(a, b Value) (Value, *Exc)          { return Null, nil }
func Or(a, b Value) (Value, *Exc)           { return Null, nil }
func Xor(a, b Value) (Value, *Exc)          { return Null, nil }
func IAdd(a, b Value) (Value, *Exc)         { return Null, nil }
func ISub(a, b Value) (Value, *Exc)         { return Null, nil }
func IMul(a, b Value) (Value, *Exc)         { return Null, nil }
func IMatMul(a, b Value) (Value, *Exc)      { return Null, nil }
func ITrueDiv(a, b Value) (Value, *Exc)     { return Null, nil }
func IFloorDiv(a, b Value) (Value, *Exc)    { return Null, nil }
func IMod(a, b Value) (Value, *Exc)         { return Null, nil }
func IPow(a, b Value) (Value, *Exc)         { return Null, nil }
func ILShift(a, b Value) (Value, *Exc)      { return Null, nil }
func IRShift(a, b Value) (Value, *Exc)      { return Null, nil }
func IAnd(a, b Value) (Value, *Exc)         { return Null, nil }
func IOr(a, b Value) (Value, *Exc)          { return Null, nil }
func IXor(a, b Value) (Value, *Exc)         { return Null, nil }
func Neg(a Value) (Value, *Exc)             { return Null, nil }
func Pos(a Value) (Value, *Exc)             { return Null, nil }
func Invert(a Value) (Value, *Exc)          { return Null, nil }
func Not(a Value) (Value, *Exc)             { return Null, nil }
func Eq(a, b Value) (Value, *Exc)           { return Null, nil }
func Ne(a, b Value) (Value, *Exc)           { return Null, nil }
func Lt(a, b Value) (Value, *Exc)           { return Null, nil }
func Le(a, b Value) (Value, *Exc)           { return Null, nil }
func Gt(a, b Value) (Value, *Exc)           { return Null, nil }
func Ge(a, b Value) (Value, *Exc)           { return Null, nil }
func Is(a, b Value) bool                    { return false }
func In(item, container Value) (bool, *Exc) { return false, nil }
func Truth(v Value) (bool, *Exc)            { return false, nil }

// GetAttr panics for the attribute "boom": the test of line directives
// needs a panic inside generated code.
func GetAttr(o Value, name string) (Value, *Exc) {
	if name == "boom" {
		panic("boom")
	}
	return Null, nil
}
func SetAttr(o Value, name string, v Value) *Exc                  { return nil }
func DelAttr(o Value, name string) *Exc                           { return nil }
func GetItem(o, k Value) (Value, *Exc)                            { return Null, nil }
func SetItem(o, k, v Value) *Exc                                  { return nil }
func DelItem(o, k Value) *Exc                                     { return nil }
func Iter(o Value) (Value, *Exc)                                  { return Null, nil }
func Next(it Value) (Value, bool, *Exc)                           { return Null, false, nil }
func Unpack(v Value, n int) ([]Value, *Exc)                       { return nil, nil }
func UnpackStar(v Value, before, after int) ([]Value, *Exc)       { return nil, nil }
func Call(fn Value, args []Value, kwnames []string) (Value, *Exc) { return Null, nil }
func CallEx(fn, args, kwargs Value) (Value, *Exc)                 { return Null, nil }
func CallMethod(o Value, name string, args []Value, kwnames []string) (Value, *Exc) {
	return Null, nil
}
func SetAnnotations(fn Value, names []string, vals []Value) Value { return fn }
func SetupAnnotations(ns Value) *Exc                              { return nil }
func ModuleAnnotations() Value                                    { return Value{} }
func NewFunction(code *Code, defaults []Value, kwdefaults []Value, body func(args []Value) (Value, *Exc)) Value {
	return Null
}
func Await(x Value) (Value, *Exc)      { return Null, nil }
func Yield(v Value) (Value, *Exc)      { return Null, nil }
func YieldFrom(it Value) (Value, *Exc) { return Null, nil }
func CurrentLine(n int)                {}
func BuildClass(name, qualname string, bases []Value, kwnames []string, kwvalues []Value, body func(ns Value) *Exc) (Value, *Exc) {
	return Null, nil
}
func Raise(exc, cause Value) *Exc                            { return nil }
func Reraise(e *Exc) *Exc                                    { return nil }
func ExcMatch(e *Exc, cls Value) (bool, *Exc)                { return false, nil }
func ExcValue(e *Exc) Value                                  { return Null }
func PushExc(e *Exc)                                         {}
func PopExc()                                                {}
func CurrentExc() Value                                      { return Null }
func AddTraceback(e *Exc, code *Code, line int)              {}
func Format(v Value, spec string) (string, *Exc)             { return "", nil }
func ToStr(v Value) (string, *Exc)                           { return "", nil }
func ToRepr(v Value) (string, *Exc)                          { return "", nil }
func ToASCII(v Value) (string, *Exc)                         { return "", nil }
func JoinStr(parts ...string) Value                          { return Null }
func Import(name string, from bool, level int) (Value, *Exc) { return Null, nil }
func ImportFrom(mod Value, name string) (Value, *Exc)        { return Null, nil }
func Echo(v Value) *Exc                                      { return nil }

// Added for codegen (docs/rt-api.md, "with and async for").
func WithEnter(mgr Value) (exit, value Value, exc *Exc)          { return Null, Null, nil }
func AsyncWithEnter(mgr Value) (exit, awaitable Value, exc *Exc) { return Null, Null, nil }
func WithExit(exit Value, e *Exc) (Value, *Exc)                  { return Null, nil }
func AIter(x Value) (Value, *Exc)                                { return Null, nil }
func ANext(it Value) (Value, *Exc)                               { return Null, nil }
func IsStopAsyncIteration(e *Exc) bool                           { return false }

type InteractiveKind int

const (
	NotInteractive InteractiveKind = iota
	REPL
	AsyncioREPL
)

type Statement struct {
	Line  int
	Async bool
	Run   func() (Value, *Exc)
}

type Program struct {
	Filename    string
	Module      func() *Exc
	Interactive InteractiveKind
	Statements  []Statement
}

// Main runs the module (or the statements), so that tests can run
// generated code against the stub.
func Main(p *Program) int {
	if p.Module != nil {
		p.Module()
	}
	for _, s := range p.Statements {
		s.Run()
	}
	return 0
}

func BuildClassCell(name, qualname string, bases []Value, kwnames []string, kwvalues []Value, body func(ns Value, cell *Value) *Exc, cell *Value) (Value, *Exc) {
	return Null, nil
}
func Super(cls, self Value) (Value, *Exc) { return Null, nil }

func NewSetConst(items ...Value) (Value, *Exc) { return Null, nil }
func EnterCall() *Exc                          { return nil }
func LeaveCall()                               {}

// Function is a function object (codegen's direct calls check its Code).
type Function struct {
	Code *Code
}

func ExcGroupSplit(e *Exc, cls Value) (match, rest *Exc, err *Exc) { return nil, nil, nil }
func ExcGroupReraise(orig *Exc, excs []*Exc) *Exc                  { return nil }
