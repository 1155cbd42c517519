package parser

import "fmt"

// params parses a def's parameter list up to (not including) close.
//
//	parameters:
//	    | slash_no_default param_no_default* param_with_default* [star_etc]
//	    | slash_with_default param_with_default* [star_etc]
//	    | param_no_default+ param_with_default* [star_etc]
//	    | param_with_default+ [star_etc]
//	    | star_etc
//	star_etc:
//	    | '*' param_no_default param_maybe_default* [kwds]
//	    | '*' param_no_default_star_annotation param_maybe_default* [kwds]
//	    | '*' ',' param_maybe_default+ [kwds]
//	    | kwds
//	kwds: '**' param_no_default
//	param: NAME annotation?   annotation: ':' expression
//
// The same loop parses lambda_params (lambda is set): no annotations.
func (p *parser) params(close TokenKind) *Arguments {
	return p.paramList(close, false)
}

// lambda_params: the parameters of a lambda, up to ':'.
func (p *parser) lambdaParams() *Arguments {
	return p.paramList(COLON, true)
}

func (p *parser) paramList(close TokenKind, lambda bool) *Arguments {
	a := &Arguments{Posonlyargs: []*Arg{}, Args: []*Arg{}, Kwonlyargs: []*Arg{}, KwDefaults: []Expr{}, Defaults: []Expr{}}
	sawStar, sawSlash, sawDefault := false, false, false
	for !p.at(close) {
		t := p.tok()
		if t.Kind == LPAR {
			p.parenthesizedParams(lambda)
		}
		switch {
		case t.Kind == SLASH:
			p.next()
			switch {
			case sawSlash:
				p.syntaxError("/ may appear only once", t.Start, t.End)
			case sawStar:
				p.syntaxError("/ must be ahead of *", t.Start, t.End)
			case len(a.Args) == 0:
				p.syntaxError("at least one argument must precede /", t.Start, t.End)
			}
			sawSlash = true
			a.Posonlyargs, a.Args = a.Args, []*Arg{}
		case t.Kind == STAR:
			p.next()
			if sawStar {
				p.syntaxError("* argument may appear only once", t.Start, t.End)
			}
			sawStar = true
			if p.at(COMMA) {
				if next := p.peek(1); next.Kind == close || next.Kind == DOUBLESTAR {
					if lambda {
						p.syntaxError("named arguments must follow bare *", next.Start, next.End)
					}
					p.syntaxError("named arguments must follow bare *", t.Start, t.End)
				}
				break
			}
			if p.at(close) {
				if lambda {
					p.errorAtCurrent("named arguments must follow bare *")
				}
				p.syntaxError("named arguments must follow bare *", t.Start, t.End)
			}
			a.Vararg = p.param(lambda, true)
			if p.at(EQUAL) {
				eq := p.next()
				p.syntaxError("var-positional argument cannot have default value", eq.Start, eq.End)
			}
		case t.Kind == DOUBLESTAR:
			p.next()
			a.Kwarg = p.param(lambda, false)
			if p.at(EQUAL) {
				eq := p.next()
				p.syntaxError("var-keyword argument cannot have default value", eq.Start, eq.End)
			}
			if p.got(COMMA) && !p.at(close) {
				n := p.tok()
				p.syntaxError("arguments cannot follow var-keyword argument", n.Start, n.End)
			}
			if !p.at(close) {
				p.fail()
			}
			return a
		default:
			arg := p.param(lambda, false)
			var def Expr
			if p.got(EQUAL) {
				def = p.expression()
			}
			if sawStar {
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
				break
			}
			if def != nil {
				sawDefault = true
				a.Defaults = append(a.Defaults, def)
			} else if sawDefault && (p.at(COMMA) || p.at(close)) {
				// invalid_parameters: the parameter must be complete.
				p.syntaxErrorNode("non-default argument follows default argument", arg)
			}
			a.Args = append(a.Args, arg)
		}
		if !p.got(COMMA) {
			break
		}
	}
	if !p.at(close) {
		p.fail()
	}
	return a
}

// parenthesizedParams reports invalid_parameters' parenthesized
// parameter list, at a '(' among the parameters:
//
//	a='(' param_no_default+ ','? b=')'
func (p *parser) parenthesizedParams(lambda bool) {
	lpar := *p.tok()
	var rpar Token
	if !p.probe(func() {
		p.next()
		for {
			p.param(lambda, false)
			if !p.got(COMMA) || p.at(RPAR) {
				break
			}
		}
		rpar = p.expect(RPAR)
	}) {
		p.fail()
	}
	what := "Function parameters"
	if lambda {
		what = "Lambda expression parameters"
	}
	p.syntaxError(what+" cannot be parenthesized", lpar.Start, rpar.End)
}

// param parses NAME [annotation]; star allows the 3.11 star_annotation
// (':' star_expression) of *args.
func (p *parser) param(lambda, star bool) *Arg {
	t := p.expect(NAME)
	a := &Arg{Arg: t.Lit}
	if !lambda && p.got(COLON) {
		if star {
			a.Annotation = p.starExpression()
		} else {
			a.Annotation = p.expression()
		}
	}
	a.Span = p.span(t.Start)
	return a
}

// call parses the argument list of a call of fn, which starts at start.
//
//	primary: primary genexp | primary '(' [arguments] ')'
func (p *parser) call(fn Expr, start Pos) Expr {
	lpar := p.next()
	c := &Call{Func: fn, Args: []Expr{}, Keywords: []*Keyword{}}
	if !p.at(RPAR) {
		c.Args, c.Keywords = p.arguments(true)
		// A lone generator expression takes the call's parentheses.
		if len(c.Args) == 1 && len(c.Keywords) == 0 {
			if g, ok := c.Args[0].(*GeneratorExp); ok && g.Start == (Pos{}) {
				g.Span = Span{lpar.Start, p.tok().End}
			}
		}
	}
	p.expect(RPAR)
	c.Span = p.span(start)
	return c
}

// arguments: args [','] &')'
//
//	args:
//	    | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
//	    | kwargs
//	kwargs: kwarg_or_starred and kwarg_or_double_starred items
//	kwarg_or_starred: NAME '=' expression | starred_expression
//	kwarg_or_double_starred: NAME '=' expression | '**' expression
//
// Unparenthesized generator expressions are accepted as the only
// argument; their span is fixed by the caller. Used for calls and class
// bases.
func (p *parser) arguments(genexpOK bool) ([]Expr, []*Keyword) {
	defer p.setInArgs(p.setInArgs(true))
	args, kws := []Expr{}, []*Keyword{}
	sawKeyword, sawDoubleStar := false, false
	var genexp Expr
	var misplaced string // a positional argument came after a keyword
	n := 0
	for !p.at(RPAR) {
		n++
		t := p.tok()
		switch {
		case t.Kind == DOUBLESTAR:
			p.next()
			v := p.expression()
			kws = append(kws, &Keyword{Span: p.span(t.Start), Value: v})
			sawDoubleStar = true
		case t.Kind == STAR:
			p.next()
			v := p.expression()
			s := &Starred{p.span(t.Start), v, Load}
			if sawDoubleStar {
				p.syntaxError("iterable argument unpacking follows keyword argument unpacking", t.Start, t.End)
			}
			args = append(args, s)
		case t.Kind == NAME && p.peek(1).Kind == EQUAL:
			p.next()
			p.next()
			v := p.expression()
			kws = append(kws, &Keyword{Span: p.span(t.Start), Arg: t.Lit, Value: v})
			sawKeyword = true
		default:
			e := p.namedExpression()
			if k := p.tok().Kind; k == FOR || k == ASYNC {
				if !genexpOK {
					p.fail()
				}
				gens := p.forIfClauses()
				e = &GeneratorExp{Elt: e, Generators: gens}
				genexp = e
			} else if p.at(EQUAL) {
				p.badKeyword(e)
			}
			if genexp != nil && genexp != e {
				p.genexpMustBeParenthesized(genexp)
			}
			switch {
			case misplaced != "":
			case sawDoubleStar:
				misplaced = "positional argument follows keyword argument unpacking"
			case sawKeyword:
				misplaced = "positional argument follows keyword argument"
			}
			args = append(args, e)
		}
		if !p.got(COMMA) {
			break
		}
	}
	if genexp != nil && n > 1 {
		p.genexpMustBeParenthesized(genexp)
	}
	if misplaced != "" {
		// CPython finds this after the whole list, at the token after it.
		p.errorAtCurrent(misplaced)
	}
	return args, kws
}

// genexpMustBeParenthesized reports an unparenthesized generator
// expression among other arguments.
func (p *parser) genexpMustBeParenthesized(g Expr) {
	ge := g.(*GeneratorExp)
	last := ge.Generators[len(ge.Generators)-1]
	end := last.Iter.span().End
	if len(last.Ifs) > 0 {
		end = last.Ifs[len(last.Ifs)-1].span().End
	}
	p.syntaxError("Generator expression must be parenthesized", ge.Elt.span().Start, end)
}

// badKeyword reports invalid_kwarg: "expression cannot contain
// assignment" for "f(a.b=1)", and "cannot assign to True" for
// "f(True=1)". The current token is '='.
func (p *parser) badKeyword(e Expr) {
	eq := p.tok()
	if c, ok := e.(*Constant); ok {
		switch c.Value.(type) {
		case bool, NoneType:
			p.syntaxError(fmt.Sprintf("cannot assign to %s", exprName(c)), c.Start, eq.End)
		}
	}
	p.syntaxError(`expression cannot contain assignment, perhaps you meant "=="?`, e.span().Start, eq.End)
}
