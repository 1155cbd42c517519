package parser

import "fmt"

// This file turns parsed expressions into assignment and deletion targets
// and reports invalid targets with CPython's messages.
//
// CPython's grammar has separate target rules (star_targets, del_targets,
// ...); parsing an expression and then checking it accepts the same
// programs and lets one function find the invalid part, as
// _PyPegen_get_invalid_target does.

// star_targets:
//
//	| a=star_target !','
//	| a=star_target b=(',' c=star_target)* [',']
//
// Used by for statements and comprehensions, where the target is followed
// by 'in': each target is parsed at the bitwise_or level so that 'in' is
// not taken as a comparison.
func (p *parser) starTargets() Expr {
	startIdx := p.pos
	e := p.commaList(p.forTarget)
	if bad := invalidTarget(e, false); bad != nil {
		p.syntaxErrorNode(fmt.Sprintf("cannot assign to %s", exprName(bad)), bad)
	}
	if !p.at(IN) {
		p.invalidForTarget(startIdx)
		p.fail()
	}
	p.setContext(e, Store)
	return e
}

// forTarget parses one target of a for statement or comprehension.
func (p *parser) forTarget() Expr { return p.starTarget(false) }

// starTarget parses one target: '*'? bitwise_or. With del set it checks
// it as a del_target.
func (p *parser) starTarget(del bool) Expr {
	if p.at(STAR) {
		start := p.next().Start
		v := p.starTarget(false)
		s := &Starred{p.span(start), v, Load}
		if del {
			p.syntaxErrorNode("cannot delete starred", s)
		}
		return s
	}
	e := p.bitwiseOr()
	if del {
		if bad := invalidTarget(e, true); bad != nil {
			p.syntaxErrorNode(fmt.Sprintf("cannot delete %s", exprName(bad)), bad)
		}
	}
	return e
}

// invalidTarget returns the part of e that cannot be assigned to (or
// deleted, with del set), or nil if e is a valid target.
func invalidTarget(e Expr, del bool) Expr {
	switch e := e.(type) {
	case *Name, *Attribute, *Subscript:
		return nil
	case *List:
		return firstInvalid(e.Elts, del)
	case *Tuple:
		return firstInvalid(e.Elts, del)
	case *Starred:
		if del {
			return e
		}
		return invalidTarget(e.Value, del)
	}
	return e
}

func firstInvalid(elts []Expr, del bool) Expr {
	for _, x := range elts {
		if bad := invalidTarget(x, del); bad != nil {
			return bad
		}
	}
	return nil
}

// checkAssignTarget reports an invalid target of an assignment statement.
// first says whether e is the leftmost target; next is the expression
// after its '=', and chained whether another '=' follows that.
func (p *parser) checkAssignTarget(e Expr, first bool, next Expr, chained bool) {
	bad := invalidTarget(e, false)
	if bad == nil {
		return
	}
	if y, ok := bad.(*Yield); ok {
		p.syntaxErrorNode("assignment to yield expression not possible", y)
	}
	if y, ok := bad.(*YieldFrom); ok {
		p.syntaxErrorNode("assignment to yield expression not possible", y)
	}
	// invalid_named_expression: a=bitwise_or '=' bitwise_or !('='|':=')
	// applies to the expression right before the first '='.
	adjacent := e
	if t, ok := e.(*Tuple); ok && len(t.Elts) > 0 && t.Start == t.Elts[0].span().Start {
		adjacent = t.Elts[len(t.Elts)-1]
	}
	if first && adjacent == bad && !chained && startsWithBitwiseOr(next) && hintable(bad) {
		p.syntaxErrorNode(fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(bad)), bad)
	}
	p.syntaxErrorNode(fmt.Sprintf("cannot assign to %s", exprName(bad)), bad)
}

// hintable reports whether CPython's "Maybe you meant '=='" hint applies
// to an invalid target: !(list|tuple|genexp|'True'|'None'|'False').
func hintable(e Expr) bool {
	switch e := e.(type) {
	case *List, *Tuple, *GeneratorExp:
		return false
	case *Compare, *BoolOp, *IfExp, *Lambda, *NamedExpr, *Starred, *Yield, *YieldFrom:
		return false // not a bitwise_or
	case *UnaryOp:
		return e.Op != Not
	case *Constant:
		switch e.Value.(type) {
		case bool, NoneType:
			return false
		}
	}
	return true
}

// startsWithBitwiseOr reports whether an expression begins with a
// bitwise_or (so not with 'not', 'lambda', '*' or 'yield').
func startsWithBitwiseOr(e Expr) bool {
	switch e := e.(type) {
	case *Tuple:
		if len(e.Elts) > 0 && e.Start == e.Elts[0].span().Start {
			return startsWithBitwiseOr(e.Elts[0])
		}
		return true
	case *Compare:
		return startsWithBitwiseOr(e.Left)
	case *BoolOp:
		return startsWithBitwiseOr(e.Values[0])
	case *IfExp:
		return startsWithBitwiseOr(e.Body)
	case *UnaryOp:
		return e.Op != Not
	case *Lambda, *Starred, *Yield, *YieldFrom:
		return false
	}
	return true
}

// isSingleTarget reports whether e can be annotated: a name, attribute or
// subscript.
func isSingleTarget(e Expr) bool {
	switch e.(type) {
	case *Name, *Attribute, *Subscript:
		return true
	}
	return false
}

// checkAnnTarget reports an invalid annotated-assignment target:
//
//	invalid_ann_assign_target ':' expression  "only single target (not tuple) can be annotated"
//	a=expression ':' expression               "illegal target for annotation"
func (p *parser) checkAnnTarget(e Expr) {
	switch e := e.(type) {
	case *Name, *Attribute, *Subscript:
		return
	case *Tuple:
		p.syntaxErrorNode("only single target (not tuple) can be annotated", e)
	case *List:
		p.syntaxErrorNode("only single target (not list) can be annotated", e)
	}
	p.syntaxErrorNode("illegal target for annotation", e)
}

// setContext marks a valid target, and the targets nested in it, as
// assigned (Store) or deleted (Del).
func (p *parser) setContext(e Expr, ctx ExprContext) {
	switch e := e.(type) {
	case *Name:
		e.Ctx = ctx
	case *Attribute:
		e.Ctx = ctx
	case *Subscript:
		e.Ctx = ctx
	case *Starred:
		e.Ctx = ctx
		p.setContext(e.Value, ctx)
	case *List:
		e.Ctx = ctx
		for _, x := range e.Elts {
			p.setContext(x, ctx)
		}
	case *Tuple:
		e.Ctx = ctx
		for _, x := range e.Elts {
			p.setContext(x, ctx)
		}
	}
}

// exprName describes an expression as CPython's error messages do
// (_PyPegen_get_expr_name).
func exprName(e Expr) string {
	switch e := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch v := e.Value.(type) {
		case NoneType:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case EllipsisType:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}

// invalidForTarget is the rest of invalid_for_target,
//
//	ASYNC? 'for' a=star_expressions
//
// for a target not followed by 'in': CPython's second pass parses the
// target again as expressions, so the hints of invalid_expression inside
// ("Perhaps you forgot a comma?" in brackets: [x for x y]) are its errors.
// The tokens read do not move the place of a generic error.
func (p *parser) invalidForTarget(startIdx int) {
	if p.noHints > 0 {
		return
	}
	pos, furthest := p.pos, p.furthest
	p.pos = startIdx
	p.try(func() { p.starExpressions() })
	p.pos, p.furthest = pos, furthest
}
