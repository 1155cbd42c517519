package design

// ExcType and PyExc model a Python exception class and instance.
type ExcType struct {
	Name string
	Base *ExcType
}

type PyExc struct {
	Type *ExcType
	Msg  string
}

func (e *PyExc) Error() string { return e.Type.Name + ": " + e.Msg }

// Matches is `except T:` (isinstance by walking the base chain).
func (e *PyExc) Matches(t *ExcType) bool {
	for c := e.Type; c != nil; c = c.Base {
		if c == t {
			return true
		}
	}
	return false
}

var (
	BaseException = &ExcType{Name: "BaseException"}
	Exception     = &ExcType{Name: "Exception", Base: BaseException}
	ValueError    = &ExcType{Name: "ValueError", Base: Exception}
	KeyError      = &ExcType{Name: "KeyError", Base: Exception}
)

// --- (a) raise = panic, try/except = defer+recover ------------------------

//go:noinline
func MayRaisePanic(x int) int {
	if x < 0 {
		panic(&PyExc{Type: ValueError, Msg: "negative"})
	}
	return x + 1
}

// NestPanic is a Python function that calls n levels down and does not
// catch: with panics it is plain code.
//
//go:noinline
func NestPanic(x, n int) int {
	if n == 0 {
		return MayRaisePanic(x)
	}
	return NestPanic(x, n-1) + 1
}

// TryPanic is `try: return f(x) except ValueError: return -1` as the code
// generator would emit it with panics: the try body in a closure with a
// deferred recover that re-panics what does not match.
func TryPanic(f func(int) int, x int) (r int) {
	func() {
		defer func() {
			if p := recover(); p != nil {
				if e, ok := p.(*PyExc); ok && e.Matches(ValueError) {
					r = -1
					return
				}
				panic(p)
			}
		}()
		r = f(x)
	}()
	return r
}

// --- (b) raise = returned error, checked after every call ------------------

//go:noinline
func MayRaiseErr(x int) (int, *PyExc) {
	if x < 0 {
		return 0, &PyExc{Type: ValueError, Msg: "negative"}
	}
	return x + 1, nil
}

//go:noinline
func NestErr(x, n int) (int, *PyExc) {
	if n == 0 {
		return MayRaiseErr(x)
	}
	v, err := NestErr(x, n-1)
	if err != nil {
		return 0, err
	}
	return v + 1, nil
}

// TryErr is the same try/except with error returns.
func TryErr(f func(int) (int, *PyExc), x int) (int, *PyExc) {
	v, err := f(x)
	if err != nil {
		if err.Matches(ValueError) {
			return -1, nil
		}
		return 0, err
	}
	return v, nil
}
