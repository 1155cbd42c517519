package lower

import (
	"math"
	"math/big"
	"strings"

	"github.com/py2goasync/py2goasync/parser"
	"github.com/py2goasync/py2goasync/rt/pyrepr"
)

// Precedence levels of CPython's Python/ast_unparse.c.
const (
	prTuple = iota
	prTest
	prOr
	prAnd
	prNot
	prCmp
	prExpr
	prBXor
	prBAnd
	prShift
	prArith
	prTerm
	prFactor
	prPower
	prAwait
	prAtom
	prBOr = prExpr
)

// unparseAnnotation is the string "from __future__ import annotations"
// makes of an annotation: CPython's _PyAST_ExprAsUnicode. ok is false for
// an expression form this unparser does not cover.
func unparseAnnotation(e parser.Expr) (s string, ok bool) {
	var b strings.Builder
	u := unparser{b: &b, ok: true}
	u.expr(e, prTest)
	return b.String(), u.ok
}

type unparser struct {
	b  *strings.Builder
	ok bool
}

var binopText = map[parser.Operator]struct {
	s  string
	pr int
}{
	parser.Add: {" + ", prArith}, parser.Sub: {" - ", prArith}, parser.Mult: {" * ", prTerm},
	parser.MatMult: {" @ ", prTerm}, parser.Div: {" / ", prTerm}, parser.Mod: {" % ", prTerm},
	parser.LShift: {" << ", prShift}, parser.RShift: {" >> ", prShift}, parser.BitOr: {" | ", prBOr},
	parser.BitXor: {" ^ ", prBXor}, parser.BitAnd: {" & ", prBAnd}, parser.FloorDiv: {" // ", prTerm},
	parser.Pow: {" ** ", prPower},
}

var cmpText = [...]string{" == ", " != ", " < ", " <= ", " > ", " >= ", " is ", " is not ", " in ", " not in "}

func (u *unparser) w(s string) { u.b.WriteString(s) }

func (u *unparser) list(es []parser.Expr, pr int) {
	for i, e := range es {
		if i > 0 {
			u.w(", ")
		}
		u.expr(e, pr)
	}
}

func (u *unparser) expr(e parser.Expr, level int) {
	paren := func(pr int, f func()) {
		if level > pr {
			u.w("(")
		}
		f()
		if level > pr {
			u.w(")")
		}
	}
	switch e := e.(type) {
	case *parser.Name:
		u.w(e.Id)
	case *parser.Constant:
		u.constant(e)
	case *parser.Attribute:
		u.expr(e.Value, prAtom)
		if c, ok := e.Value.(*parser.Constant); ok {
			if _, isInt := c.Value.(*big.Int); isInt {
				u.w(" ")
			}
		}
		u.w("." + e.Attr)
	case *parser.Subscript:
		u.expr(e.Value, prAtom)
		u.w("[")
		if t, ok := e.Slice.(*parser.Tuple); ok && len(t.Elts) > 0 {
			u.list(t.Elts, prTest)
			if len(t.Elts) == 1 {
				u.w(",")
			}
		} else {
			u.expr(e.Slice, prTuple)
		}
		u.w("]")
	case *parser.Slice:
		if e.Lower != nil {
			u.expr(e.Lower, prTest)
		}
		u.w(":")
		if e.Upper != nil {
			u.expr(e.Upper, prTest)
		}
		if e.Step != nil {
			u.w(":")
			u.expr(e.Step, prTest)
		}
	case *parser.Tuple:
		if len(e.Elts) == 0 {
			u.w("()")
			return
		}
		paren(prTuple, func() {
			u.list(e.Elts, prTest)
			if len(e.Elts) == 1 {
				u.w(",")
			}
		})
	case *parser.List:
		u.w("[")
		u.list(e.Elts, prTest)
		u.w("]")
	case *parser.Set:
		u.w("{")
		u.list(e.Elts, prTest)
		u.w("}")
	case *parser.Dict:
		u.w("{")
		for i, k := range e.Keys {
			if i > 0 {
				u.w(", ")
			}
			if k == nil {
				u.w("**")
				u.expr(e.Values[i], prExpr)
				continue
			}
			u.expr(k, prTest)
			u.w(": ")
			u.expr(e.Values[i], prTest)
		}
		u.w("}")
	case *parser.Starred:
		u.w("*")
		u.expr(e.Value, prExpr)
	case *parser.BinOp:
		op := binopText[e.Op]
		rassoc := 0
		if e.Op == parser.Pow {
			rassoc = 1
		}
		paren(op.pr, func() {
			u.expr(e.Left, op.pr+rassoc)
			u.w(op.s)
			u.expr(e.Right, op.pr+1-rassoc)
		})
	case *parser.UnaryOp:
		s, pr := "", prFactor
		switch e.Op {
		case parser.Not:
			s, pr = "not ", prNot
		case parser.Invert:
			s = "~"
		case parser.UAdd:
			s = "+"
		case parser.USub:
			s = "-"
		}
		paren(pr, func() {
			u.w(s)
			u.expr(e.Operand, pr)
		})
	case *parser.BoolOp:
		s, pr := " and ", prAnd
		if e.Op == parser.Or {
			s, pr = " or ", prOr
		}
		paren(pr, func() {
			for i, v := range e.Values {
				if i > 0 {
					u.w(s)
				}
				u.expr(v, pr+1)
			}
		})
	case *parser.Compare:
		paren(prCmp, func() {
			u.expr(e.Left, prCmp+1)
			for i, op := range e.Ops {
				u.w(cmpText[op])
				u.expr(e.Comparators[i], prCmp+1)
			}
		})
	case *parser.IfExp:
		paren(prTest, func() {
			u.expr(e.Body, prTest+1)
			u.w(" if ")
			u.expr(e.Test, prTest+1)
			u.w(" else ")
			u.expr(e.Orelse, prTest)
		})
	case *parser.Call:
		u.expr(e.Func, prAtom)
		u.w("(")
		first := true
		sep := func() {
			if !first {
				u.w(", ")
			}
			first = false
		}
		for _, a := range e.Args {
			sep()
			u.expr(a, prTest)
		}
		for _, k := range e.Keywords {
			sep()
			if k.Arg == "" {
				u.w("**")
			} else {
				u.w(k.Arg + "=")
			}
			u.expr(k.Value, prTest)
		}
		u.w(")")
	default:
		u.ok = false
	}
}

func (u *unparser) constant(c *parser.Constant) {
	switch v := c.Value.(type) {
	case parser.EllipsisType:
		u.w("...")
		return
	case parser.NoneType:
		u.w("None")
		return
	case bool:
		if v {
			u.w("True")
		} else {
			u.w("False")
		}
		return
	case *big.Int:
		u.w(v.String())
		return
	case float64:
		if math.IsInf(v, 0) {
			u.w("1e309") // ast_unparse.c writes inf as 1e309
			return
		}
		u.w(pyrepr.Float(v))
		return
	case complex128:
		u.ok = false
		return
	case string:
		if c.Kind == "u" {
			u.w("u")
		}
		u.w(pyrepr.Str(v))
		return
	case []byte:
		u.w(pyrepr.Bytes(v))
		return
	}
	u.ok = false
}
