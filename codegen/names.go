package codegen

import (
	"go/token"
	"strconv"
	"strings"
	"unicode"
)

// goPredeclared are Go's predeclared identifiers. Shadowing them is legal
// but makes generated code confusing to read (a Python local named len
// would hide Go's len), so names are renamed away from them too.
var goPredeclared = map[string]bool{
	"any": true, "append": true, "bool": true, "byte": true, "cap": true, "clear": true,
	"close": true, "comparable": true, "complex": true, "complex128": true, "complex64": true,
	"copy": true, "delete": true, "error": true, "false": true, "float32": true, "float64": true,
	"imag": true, "int": true, "int16": true, "int32": true, "int64": true, "int8": true,
	"iota": true, "len": true, "make": true, "max": true, "min": true, "new": true, "nil": true,
	"panic": true, "print": true, "println": true, "real": true, "recover": true, "rune": true,
	"string": true, "true": true, "uint": true, "uint16": true, "uint32": true, "uint64": true,
	"uint8": true, "uintptr": true,
	// special at package level, and the names of the packages we import
	"main": true, "init": true, "rt": true, "os": true, "big": true, "math": true,
}

// A namer hands out Go identifiers that are unique within a scope and its
// parent scopes. Python names are kept when Go accepts them; otherwise
// they get a trailing underscore (main → main_, type → type_), and a
// numeric suffix when still taken.
//
// Temporaries are only unique within their own function: a closure never
// reads its parent's temporaries, so its own may shadow them, and each
// function numbers its temporaries from 1.
type namer struct {
	parent *namer
	taken  map[string]bool
	temps  map[string]bool
}

func newNamer(parent *namer) *namer {
	return &namer{parent: parent, taken: map[string]bool{}, temps: map[string]bool{}}
}

func (n *namer) isTaken(s string) bool {
	if n.temps[s] {
		return true
	}
	for ; n != nil; n = n.parent {
		if n.taken[s] {
			return true
		}
	}
	return false
}

// name returns a fresh identifier for the Python name py.
func (n *namer) name(py string) string {
	base := sanitize(py)
	if token.Lookup(base).IsKeyword() || goPredeclared[base] {
		base += "_"
	}
	s := base
	for i := 2; n.isTaken(s); i++ {
		s = base + strconv.Itoa(i)
	}
	n.taken[s] = true
	return s
}

// temp returns a fresh numbered identifier with the prefix p: t1, t2, ...
func (n *namer) temp(p string, counter *int) string {
	for {
		*counter++
		s := p + strconv.Itoa(*counter)
		if !n.isTaken(s) {
			n.temps[s] = true
			return s
		}
	}
}

// local returns a fresh identifier based on base that nested scopes may
// shadow (like a temporary): base, base2, ...
func (n *namer) local(base string) string {
	s := base
	for i := 2; n.isTaken(s); i++ {
		s = base + strconv.Itoa(i)
	}
	n.temps[s] = true
	return s
}

// reserve marks s as taken, as is.
func (n *namer) reserve(s string) { n.taken[s] = true }

// sanitize turns a Python name or qualname into something Go accepts as
// an identifier: "<lambda>" → "lambda", "Outer.f.<locals>.g" →
// "Outer_f_g", "$1" (a compiler temporary) → "tmp1", "_" → "_x".
func sanitize(py string) string {
	py = strings.ReplaceAll(py, ".<locals>.", ".")
	var b strings.Builder
	for _, r := range py {
		switch {
		case r == '<' || r == '>':
		case r == '$':
			b.WriteString("tmp")
		case r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	s := b.String()
	if s == "" || s == "_" {
		return "_x"
	}
	if r := []rune(s)[0]; unicode.IsDigit(r) {
		s = "_" + s
	}
	return s
}
