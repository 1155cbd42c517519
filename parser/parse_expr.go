package parser

import "fmt"

// expressions: expression (',' expression)* [',']
func (p *parser) expressions() Expr { return p.commaList(p.expression) }

// commaList parses "elem (',' elem)* [',']": one elem alone, or a Tuple
// of them when there is a comma.
func (p *parser) commaList(elem func() Expr) Expr {
	start := p.tok().Start
	e := elem()
	if !p.at(COMMA) {
		return e
	}
	elts := []Expr{e}
	for p.got(COMMA) && p.startsExpr() {
		elts = append(elts, elem())
	}
	return &Tuple{p.span(start), elts, Load}
}

// startsExpr reports whether the current token can begin an expression
// (or a starred one).
func (p *parser) startsExpr() bool { return startsExpr(p.tok().Kind) }

// startsExpr reports whether a token of kind k can begin an expression
// (or a starred one).
func startsExpr(k TokenKind) bool {
	switch k {
	case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT,
		LAMBDA, AWAIT, NONE, TRUE, FALSE, ELLIPSIS, STAR:
		return true
	}
	return false
}

// star_expressions:
//
//	| star_expression (',' star_expression )+ [',']
//	| star_expression ','
//	| star_expression
func (p *parser) starExpressions() Expr { return p.commaList(p.starExpression) }

// star_expression: '*' bitwise_or | expression
func (p *parser) starExpression() Expr {
	if p.at(STAR) {
		start := p.next().Start
		v := p.bitwiseOr()
		return &Starred{p.span(start), v, Load}
	}
	return p.expression()
}

// star_named_expression: '*' bitwise_or | named_expression
func (p *parser) starNamedExpression() Expr {
	if p.at(STAR) {
		start := p.next().Start
		v := p.bitwiseOr()
		return &Starred{p.span(start), v, Load}
	}
	return p.namedExpression()
}

// named_expression:
//
//	| assignment_expression
//	| invalid_named_expression
//	| expression !':='
//
// assignment_expression: NAME ':=' ~ expression
func (p *parser) namedExpression() Expr {
	t := p.tok()
	if t.Kind == NAME && p.peek(1).Kind == COLONEQUAL {
		start := t.Start
		target := &Name{Span{t.Start, t.End}, t.Lit, Store}
		p.next()
		p.next()
		v := p.expression()
		return &NamedExpr{p.span(start), target, v}
	}
	e := p.expression()
	switch p.tok().Kind {
	case COLONEQUAL:
		// invalid_named_expression: a=expression ':=' expression
		if p.probe(func() { p.next(); p.expression() }) {
			p.syntaxErrorNode(fmt.Sprintf("cannot use assignment expressions with %s", exprName(e)), e)
		}
	case EQUAL:
		p.checkMistakenAssign(e)
	}
	return e
}

// checkMistakenAssign reports invalid_named_expression's hints for "="
// where a comparison was meant, as in "if x = 1:". The current token is
// '='.
//
//	| a=NAME '=' b=bitwise_or !('='|':=')
//	| !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
func (p *parser) checkMistakenAssign(e Expr) {
	if p.inCallArgs() {
		return
	}
	var end Pos
	if !p.probe(func() {
		p.next()
		p.bitwiseOr()
		end = p.prevEnd()
		if k := p.tok().Kind; k == EQUAL || k == COLONEQUAL {
			p.fail()
		}
	}) {
		return
	}
	if n, ok := e.(*Name); ok {
		p.syntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", n.Start, end)
	}
	if !hintable(e) {
		return
	}
	p.syntaxErrorNode(fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e)), e)
}

// inCallArgs is overridden while parsing call arguments, where "name=" is
// a keyword argument, not a mistaken comparison.
func (p *parser) inCallArgs() bool { return p.inArgs }

// setInArgs sets whether the parser is directly inside a call's argument
// list and returns the previous setting. A bracketed construct other than
// a call's arguments starts with defer p.setInArgs(p.setInArgs(false)).
func (p *parser) setInArgs(in bool) bool {
	saved := p.inArgs
	p.inArgs = in
	return saved
}

// expression:
//
//	| disjunction 'if' disjunction 'else' expression
//	| disjunction
//	| lambdef
func (p *parser) expression() Expr {
	if p.at(LAMBDA) {
		return p.lambdef()
	}
	p.enter()
	defer p.leave()
	startIdx := p.pos
	start := p.tok().Start
	body := p.disjunction()
	if !p.at(IF) {
		p.checkMissingComma(body, startIdx)
		return body
	}
	p.next()
	test := p.disjunction()
	if !p.at(ELSE) {
		// invalid_expression: a=disjunction 'if' b=disjunction !('else'|':')
		if !p.at(COLON) && p.noHints == 0 {
			p.syntaxError("expected 'else' after 'if' expression", start, p.prevEnd())
		}
		p.fail()
	}
	p.next()
	orelse := p.expression()
	return &IfExp{p.span(start), test, body, orelse}
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
func (p *parser) yieldExpr() Expr {
	start := p.next().Start
	if p.got(FROM) {
		v := p.expression()
		return &YieldFrom{p.span(start), v}
	}
	var v Expr
	if p.startsExpr() {
		v = p.starExpressions()
	}
	return &Yield{p.span(start), v}
}

// disjunction: conjunction ('or' conjunction)+ | conjunction
func (p *parser) disjunction() Expr {
	start := p.tok().Start
	e := p.conjunction()
	if !p.at(OR) {
		return e
	}
	values := []Expr{e}
	for p.got(OR) {
		values = append(values, p.conjunction())
	}
	return &BoolOp{p.span(start), Or, values}
}

// conjunction: inversion ('and' inversion)+ | inversion
func (p *parser) conjunction() Expr {
	start := p.tok().Start
	e := p.inversion()
	if !p.at(AND) {
		return e
	}
	values := []Expr{e}
	for p.got(AND) {
		values = append(values, p.inversion())
	}
	return &BoolOp{p.span(start), And, values}
}

// inversion: 'not' inversion | comparison
func (p *parser) inversion() Expr {
	if p.at(NOT) {
		p.enter()
		defer p.leave()
		start := p.next().Start
		operand := p.inversion()
		return &UnaryOp{p.span(start), Not, operand}
	}
	return p.comparison()
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
func (p *parser) comparison() Expr {
	start := p.tok().Start
	left := p.bitwiseOr()
	var ops []CmpOperator
	var comparators []Expr
	for {
		op, ok := p.compareOp()
		if !ok {
			break
		}
		ops = append(ops, op)
		comparators = append(comparators, p.bitwiseOr())
	}
	if ops == nil {
		return left
	}
	return &Compare{p.span(start), left, ops, comparators}
}

// compareOp consumes a comparison operator, if there is one.
func (p *parser) compareOp() (CmpOperator, bool) {
	var op CmpOperator
	switch p.tok().Kind {
	case EQEQUAL:
		op = Eq
	case NOTEQUAL:
		op = NotEq
	case LESS:
		op = Lt
	case LESSEQUAL:
		op = LtE
	case GREATER:
		op = Gt
	case GREATEREQUAL:
		op = GtE
	case IN:
		op = In
	case IS:
		p.next()
		if p.got(NOT) {
			return IsNot, true
		}
		return Is, true
	case NOT:
		if p.peek(1).Kind != IN {
			return 0, false
		}
		p.next()
		op = NotIn
	default:
		return 0, false
	}
	p.next()
	return op, true
}

// binary operator precedence levels, loosest first:
//
//	bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
//	bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
//	bitwise_and: bitwise_and '&' shift_expr | shift_expr
//	shift_expr: shift_expr ('<<' | '>>') sum | sum
//	sum: sum ('+' | '-') term | term
//	term: term ('*' | '/' | '//' | '%' | '@') factor | factor
const (
	precOr = iota + 1
	precXor
	precAnd
	precShift
	precSum
	precTerm
)

var binaryOps = [...]struct {
	prec int
	op   Operator
}{
	VBAR:        {precOr, BitOr},
	CIRCUMFLEX:  {precXor, BitXor},
	AMPER:       {precAnd, BitAnd},
	LEFTSHIFT:   {precShift, LShift},
	RIGHTSHIFT:  {precShift, RShift},
	PLUS:        {precSum, Add},
	MINUS:       {precSum, Sub},
	STAR:        {precTerm, Mult},
	SLASH:       {precTerm, Div},
	DOUBLESLASH: {precTerm, FloorDiv},
	PERCENT:     {precTerm, Mod},
	AT:          {precTerm, MatMult},
}

func binaryOp(k TokenKind) (prec int, op Operator) {
	if int(k) < len(binaryOps) {
		return binaryOps[k].prec, binaryOps[k].op
	}
	return 0, 0
}

// bitwiseOr parses bitwise_or and the levels below it by precedence
// climbing; all binary operators here are left-associative.
func (p *parser) bitwiseOr() Expr { return p.binary(precOr) }

func (p *parser) binary(prec int) Expr {
	start := p.tok().Start
	left := p.factor()
	for {
		opPrec, op := binaryOp(p.tok().Kind)
		if opPrec < prec {
			return left
		}
		p.next()
		p.enter()
		right := p.binary(opPrec + 1)
		p.leave()
		left = &BinOp{p.span(start), left, op, right}
	}
}

// factor: '+' factor | '-' factor | '~' factor | power
func (p *parser) factor() Expr {
	var op UnaryOperator
	switch p.tok().Kind {
	case PLUS:
		op = UAdd
	case MINUS:
		op = USub
	case TILDE:
		op = Invert
	default:
		return p.power()
	}
	p.enter()
	defer p.leave()
	start := p.next().Start
	operand := p.factor()
	return &UnaryOp{p.span(start), op, operand}
}

// power: await_primary '**' factor | await_primary
func (p *parser) power() Expr {
	start := p.tok().Start
	e := p.awaitPrimary()
	if !p.got(DOUBLESTAR) {
		return e
	}
	p.enter()
	defer p.leave()
	right := p.factor()
	return &BinOp{p.span(start), e, Pow, right}
}

// await_primary: AWAIT primary | primary
func (p *parser) awaitPrimary() Expr {
	if !p.at(AWAIT) {
		return p.primary()
	}
	start := p.next().Start
	v := p.primary()
	return &Await{p.span(start), v}
}

// primary:
//
//	| primary '.' NAME
//	| primary genexp
//	| primary '(' [arguments] ')'
//	| primary '[' slices ']'
//	| atom
func (p *parser) primary() Expr {
	start := p.tok().Start
	e := p.atom()
	for {
		switch p.tok().Kind {
		case DOT:
			if p.peek(1).Kind != NAME {
				return e // the '.' is not this primary's: CPython backtracks
			}
			p.next()
			attr := p.name()
			e = &Attribute{p.span(start), e, attr, Load}
		case LPAR:
			e = p.call(e, start)
		case LSQB:
			p.next()
			s := p.slices()
			p.expect(RSQB)
			e = &Subscript{p.span(start), e, s, Load}
		default:
			return e
		}
	}
}

// slices:
//
//	| slice !','
//	| ','.(slice | starred_expression)+ [',']
func (p *parser) slices() Expr {
	defer p.setInArgs(p.setInArgs(false))
	start := p.tok().Start
	s := p.slice()
	if !p.at(COMMA) {
		if _, ok := s.(*Starred); ok {
			// A lone starred index is a one-element tuple: a[*b].
			return &Tuple{p.span(start), []Expr{s}, Load}
		}
		return s
	}
	elts := []Expr{s}
	for p.got(COMMA) && !p.at(RSQB) {
		elts = append(elts, p.slice())
	}
	return &Tuple{p.span(start), elts, Load}
}

// slice:
//
//	| [expression] ':' [expression] [':' [expression] ]
//	| named_expression
//
// A starred_expression ('*' expression) is accepted here too, for slices.
func (p *parser) slice() Expr {
	start := p.tok().Start
	if p.at(STAR) {
		p.next()
		v := p.expression()
		return &Starred{p.span(start), v, Load}
	}
	var lower Expr
	if !p.at(COLON) {
		lower = p.namedExpression()
		if !p.at(COLON) {
			return lower
		}
		if _, ok := lower.(*NamedExpr); ok {
			p.fail()
		}
	}
	s := &Slice{Lower: lower}
	p.next()
	if k := p.tok().Kind; k != COLON && k != COMMA && k != RSQB {
		s.Upper = p.expression()
	}
	if p.got(COLON) {
		if k := p.tok().Kind; k != COMMA && k != RSQB {
			s.Step = p.expression()
		}
	}
	s.Span = p.span(start)
	return s
}

// atom:
//
//	| NAME
//	| 'True' | 'False' | 'None'
//	| &STRING strings
//	| NUMBER
//	| &'(' (tuple | group | genexp)
//	| &'[' (list | listcomp)
//	| &'{' (dict | set | dictcomp | setcomp)
//	| '...'
func (p *parser) atom() Expr {
	t := p.tok()
	sp := Span{t.Start, t.End}
	switch t.Kind {
	case NAME:
		p.next()
		return &Name{sp, t.Lit, Load}
	case TRUE:
		p.next()
		return &Constant{Span: sp, Value: true}
	case FALSE:
		p.next()
		return &Constant{Span: sp, Value: false}
	case NONE:
		p.next()
		return &Constant{Span: sp, Value: None}
	case ELLIPSIS:
		p.next()
		return &Constant{Span: sp, Value: Ellipsis}
	case NUMBER:
		p.next()
		return p.number(*t)
	case STRING:
		return p.strings()
	case LPAR:
		return p.parenAtom()
	case LSQB:
		return p.listAtom()
	case LBRACE:
		return p.braceAtom()
	}
	p.fail()
	return nil
}

// parenAtom parses what starts with '(':
//
//	tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
//	group: '(' (yield_expr | named_expression) ')'
//	genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
func (p *parser) parenAtom() Expr {
	defer p.setInArgs(p.setInArgs(false))
	p.enter()
	defer p.leave()
	start := p.next().Start
	if p.got(RPAR) {
		return &Tuple{p.span(start), []Expr{}, Load}
	}
	if p.at(YIELD) {
		e := p.yieldExpr()
		p.expect(RPAR)
		return e
	}
	if p.at(DOUBLESTAR) {
		t := p.next()
		e := p.expression()
		if p.at(RPAR) {
			p.syntaxError("cannot use double starred expression here", t.Start, e.span().End)
		}
		p.fail()
	}
	first := p.starNamedExpression()
	switch p.tok().Kind {
	case RPAR:
		p.next()
		if _, ok := first.(*Starred); ok {
			p.syntaxErrorNode("cannot use starred expression here", first)
		}
		return first
	case FOR, ASYNC:
		p.checkComprehensionStar(first)
		gens := p.forIfClauses()
		p.expect(RPAR)
		return &GeneratorExp{p.span(start), first, gens}
	case COMMA:
		elts := []Expr{first}
		for p.got(COMMA) && !p.at(RPAR) {
			elts = append(elts, p.starNamedExpression())
		}
		p.expect(RPAR)
		return &Tuple{p.span(start), elts, Load}
	}
	p.fail()
	return nil
}

// checkMissingComma reports invalid_expression's "Perhaps you forgot a
// comma?": inside brackets, an expression a (a disjunction, parsed from
// token index startIdx) followed directly by another expression b.
//
//	!(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
//
// In valid code no expression-starting token can follow a disjunction, so
// the probe runs only on the way to an error.
func (p *parser) checkMissingComma(a Expr, startIdx int) {
	if p.noHints > 0 || !p.startsExpr() && !p.at(STAR) {
		return
	}
	if n, ok := a.(*Name); ok && (n.Id == "print" || n.Id == "exec") {
		// invalid_legacy_expression: a=NAME !'(' b=star_expressions, in
		// any expression ([print x], f(print x), x = print x).
		var end Pos
		if p.probe(func() { p.starExpressions(); end = p.prevEnd() }) {
			p.syntaxError(fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id), n.Start, end)
		}
		return
	}
	if p.at(STAR) {
		return
	}
	if first := p.toks[startIdx]; first.Kind == NAME {
		if p.toks[startIdx+1].Kind == STRING || isSoftKeyword(first.Lit) {
			return
		}
	}
	var b Expr
	var level int
	if p.probe(func() { b = p.expression(); level = p.bracketLevel(p.pos - 1) }) && level > 0 {
		p.syntaxError("invalid syntax. Perhaps you forgot a comma?", a.span().Start, b.span().End)
	}
}

// isSoftKeyword reports whether a NAME is one of 3.11's soft keywords.
func isSoftKeyword(s string) bool { return s == "match" || s == "case" || s == "_" }

// bracketLevel returns how many brackets are open after token i, as the
// tokenizer's level. It counts from the start: it serves error paths only.
func (p *parser) bracketLevel(i int) int {
	level := 0
	for _, t := range p.toks[:i+1] {
		switch t.Kind {
		case LPAR, LSQB, LBRACE:
			level++
		case RPAR, RSQB, RBRACE:
			level--
		}
	}
	return level
}

// listAtom parses what starts with '[':
//
//	list: '[' [star_named_expressions] ']'
//	listcomp: '[' named_expression for_if_clauses ']'
func (p *parser) listAtom() Expr {
	defer p.setInArgs(p.setInArgs(false))
	p.enter()
	defer p.leave()
	start := p.next().Start
	if p.got(RSQB) {
		return &List{p.span(start), []Expr{}, Load}
	}
	first := p.starNamedExpression()
	if k := p.tok().Kind; k == FOR || k == ASYNC {
		p.checkComprehensionStar(first)
		gens := p.forIfClauses()
		p.expect(RSQB)
		return &ListComp{p.span(start), first, gens}
	}
	elts := []Expr{first}
	for p.got(COMMA) && !p.at(RSQB) {
		elts = append(elts, p.starNamedExpression())
	}
	p.expect(RSQB)
	return &List{p.span(start), elts, Load}
}

// braceAtom parses what starts with '{':
//
//	dict: '{' [double_starred_kvpairs] '}'
//	set: '{' star_named_expressions '}'
//	dictcomp: '{' kvpair for_if_clauses '}'
//	setcomp: '{' named_expression for_if_clauses '}'
func (p *parser) braceAtom() Expr {
	defer p.setInArgs(p.setInArgs(false))
	p.enter()
	defer p.leave()
	start := p.next().Start
	if p.got(RBRACE) {
		return &Dict{p.span(start), []Expr{}, []Expr{}}
	}
	if p.at(DOUBLESTAR) {
		stars := p.tok()
		d := p.dictRest(start, nil, nil, stars)
		return d
	}
	first := p.starNamedExpression()
	if p.at(COLON) {
		if _, ok := first.(*Starred); ok {
			p.fail()
		}
		p.next()
		v := p.expression()
		if k := p.tok().Kind; k == FOR || k == ASYNC {
			gens := p.forIfClauses()
			p.expect(RBRACE)
			return &DictComp{p.span(start), first, v, gens}
		}
		return p.dictRest(start, first, v, nil)
	}
	if k := p.tok().Kind; k == FOR || k == ASYNC {
		p.checkComprehensionStar(first)
		gens := p.forIfClauses()
		p.expect(RBRACE)
		return &SetComp{p.span(start), first, gens}
	}
	elts := []Expr{first}
	for p.got(COMMA) && !p.at(RBRACE) {
		elts = append(elts, p.starNamedExpression())
	}
	p.expect(RBRACE)
	return &Set{p.span(start), elts}
}

// dictRest parses the rest of a dict display after its first pair (or,
// with key and value nil, from its first '**').
//
//	double_starred_kvpairs: ','.double_starred_kvpair+ [',']
//	double_starred_kvpair: '**' bitwise_or | kvpair
//	kvpair: expression ':' expression
//
// stars is the first '**' when the display starts with one: a
// comprehension after it is "dict unpacking cannot be used in dict
// comprehension".
func (p *parser) dictRest(start Pos, key, value Expr, stars *Token) Expr {
	d := &Dict{Keys: []Expr{}, Values: []Expr{}}
	if value != nil {
		d.Keys = append(d.Keys, key)
		d.Values = append(d.Values, value)
		if !p.got(COMMA) {
			p.expect(RBRACE)
			d.Span = p.span(start)
			return d
		}
	}
	for !p.at(RBRACE) {
		if p.got(DOUBLESTAR) {
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.bitwiseOr())
			if k := p.tok().Kind; stars != nil && len(d.Keys) == 1 && (k == FOR || k == ASYNC) {
				p.syntaxError("dict unpacking cannot be used in dict comprehension", stars.Start, stars.End)
			}
		} else {
			k := p.expression()
			p.kvPairColon(k)
			d.Keys = append(d.Keys, k)
			d.Values = append(d.Values, p.expression())
		}
		if !p.got(COMMA) {
			break
		}
	}
	p.expect(RBRACE)
	d.Span = p.span(start)
	return d
}

// kvPairColon consumes the ':' after a dict key, which follows an
// earlier pair, with invalid_kvpair's errors:
//
//	| a=expression !(':')                "':' expected after dictionary key"
//	| expression a=':' &('}'|',')        "expression expected after dictionary key and ':'"
func (p *parser) kvPairColon(key Expr) {
	sp := key.span()
	if !p.at(COLON) {
		p.syntaxError("':' expected after dictionary key", Pos{sp.Start.Line, sp.End.Col - 1}, Pos{sp.End.Line, -1})
	}
	colon := p.next()
	if p.at(RBRACE) || p.at(COMMA) {
		p.syntaxError("expression expected after dictionary key and ':'", colon.Start, colon.End)
	}
}

// for_if_clauses: for_if_clause+
//
// for_if_clause:
//
//	| ASYNC 'for' a=star_targets 'in' ~ b=disjunction c=('if' z=disjunction { z })*
//	| 'for' a=star_targets 'in' ~ b=disjunction c=('if' z=disjunction { z })*
func (p *parser) forIfClauses() []*Comprehension {
	var gens []*Comprehension
	for {
		c := &Comprehension{Ifs: []Expr{}}
		if p.got(ASYNC) {
			c.IsAsync = 1
		}
		if !p.got(FOR) {
			if c.IsAsync == 1 {
				p.fail()
			}
			return gens
		}
		c.Target = p.starTargets()
		p.expect(IN)
		c.Iter = p.disjunction()
		for p.got(IF) {
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		gens = append(gens, c)
	}
}

// checkComprehensionStar reports a starred element of a comprehension.
func (p *parser) checkComprehensionStar(elt Expr) {
	if s, ok := elt.(*Starred); ok {
		p.syntaxErrorNode("iterable unpacking cannot be used in comprehension", s)
	}
}

// lambdef: 'lambda' a=[lambda_params] ':' b=expression
func (p *parser) lambdef() Expr {
	p.enter()
	defer p.leave()
	start := p.next().Start
	args := p.lambdaParams()
	p.expect(COLON)
	body := p.expression()
	return &Lambda{p.span(start), args, body}
}
