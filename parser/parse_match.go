package parser

import "fmt"

// match_stmt:
//
//	| "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
//	| invalid_match_stmt
//
// "match" is a soft keyword: if what follows is no match statement, the
// line is parsed again as a simple statement. It returns nil then.
func (p *parser) matchStmt() Stmt {
	if !startsExpr(p.peek(1).Kind) {
		return nil // no subject can follow: "match" is a name here
	}
	var s *Match
	ok := p.try(func() {
		t := p.next()
		subject := p.subjectExpr()
		if p.at(NEWLINE) {
			p.syntaxError("expected ':'", p.tok().Start, p.tok().End)
		}
		p.expect(COLON)
		p.expect(NEWLINE)
		if !p.at(INDENT) {
			p.raiseIndentation(fmt.Sprintf("expected an indented block after 'match' statement on line %d", t.Start.Line))
		}
		p.next()
		s = &Match{Subject: subject}
		for !p.at(DEDENT) {
			s.Cases = append(s.Cases, p.caseBlock())
		}
		p.next()
		s.Span = Span{t.Start, p.blockEnd()}
	})
	if !ok {
		return nil
	}
	return s
}

// subject_expr:
//
//	| star_named_expression ',' star_named_expressions?
//	| named_expression
func (p *parser) subjectExpr() Expr {
	e := p.commaList(p.starNamedExpression)
	if _, ok := e.(*Starred); ok {
		p.fail()
	}
	return e
}

// case_block: "case" patterns guard? ':' block
// guard: 'if' named_expression
func (p *parser) caseBlock() *MatchCase {
	if !p.atName("case") {
		p.fail()
	}
	line := p.next().Start.Line
	c := &MatchCase{Pattern: p.patterns()}
	if p.got(IF) {
		c.Guard = p.namedExpression()
	}
	p.expectColon()
	c.Body = p.block("'case' statement", line)
	return c
}

// patterns: open_sequence_pattern | pattern
func (p *parser) patterns() Pattern {
	start := p.tok().Start
	first := p.maybeStarPattern()
	if !p.at(COMMA) {
		if _, ok := first.(*MatchStar); ok {
			p.fail()
		}
		return first
	}
	pats := []Pattern{first}
	for p.got(COMMA) && !p.at(COLON) && !p.at(IF) {
		pats = append(pats, p.maybeStarPattern())
	}
	return &MatchSequence{p.span(start), pats}
}

// maybe_star_pattern: star_pattern | pattern
//
// star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
func (p *parser) maybeStarPattern() Pattern {
	if !p.at(STAR) {
		return p.pattern()
	}
	start := p.next().Start
	t := p.expect(NAME)
	name := t.Lit
	if name == "_" {
		name = ""
	}
	return &MatchStar{p.span(start), name}
}

// pattern: as_pattern | or_pattern
// as_pattern: or_pattern 'as' pattern_capture_target
func (p *parser) pattern() Pattern {
	p.enter()
	defer p.leave()
	start := p.tok().Start
	pat := p.orPattern()
	if !p.got(AS) {
		return pat
	}
	t := p.tok()
	if t.Kind != NAME {
		p.fail()
	}
	if t.Lit == "_" {
		p.syntaxError("cannot use '_' as a target", t.Start, t.End)
	}
	p.next()
	return &MatchAs{p.span(start), pat, t.Lit}
}

// or_pattern: '|'.closed_pattern+
func (p *parser) orPattern() Pattern {
	start := p.tok().Start
	first := p.closedPattern()
	if !p.at(VBAR) {
		return first
	}
	pats := []Pattern{first}
	for p.got(VBAR) {
		pats = append(pats, p.closedPattern())
	}
	return &MatchOr{p.span(start), pats}
}

// closed_pattern:
//
//	| literal_pattern | capture_pattern | wildcard_pattern | value_pattern
//	| group_pattern | sequence_pattern | mapping_pattern | class_pattern
func (p *parser) closedPattern() Pattern {
	t := p.tok()
	start := t.Start
	switch t.Kind {
	case NONE:
		p.next()
		return &MatchSingleton{Span{t.Start, t.End}, None}
	case TRUE, FALSE:
		p.next()
		return &MatchSingleton{Span{t.Start, t.End}, t.Kind == TRUE}
	case NUMBER, MINUS, STRING:
		v := p.literalExpr()
		return &MatchValue{*v.span(), v}
	case LSQB:
		p.next()
		pats := p.sequenceItems(RSQB)
		p.expect(RSQB)
		return &MatchSequence{p.span(start), pats}
	case LPAR:
		p.next()
		if p.got(RPAR) {
			return &MatchSequence{p.span(start), []Pattern{}}
		}
		first := p.maybeStarPattern()
		if p.got(RPAR) {
			if _, ok := first.(*MatchStar); !ok {
				return first // group_pattern
			}
			return &MatchSequence{p.span(start), []Pattern{first}}
		}
		p.expect(COMMA)
		pats := []Pattern{first}
		if !p.at(RPAR) {
			pats = append(pats, p.sequenceItems(RPAR)...)
		}
		p.expect(RPAR)
		return &MatchSequence{p.span(start), pats}
	case LBRACE:
		return p.mappingPattern()
	case NAME:
		var v Expr = &Name{Span{t.Start, t.End}, t.Lit, Load}
		p.next()
		dotted := false
		for p.got(DOT) {
			attr := p.name()
			v = &Attribute{p.span(start), v, attr, Load}
			dotted = true
		}
		if p.at(LPAR) {
			return p.classPattern(v, start)
		}
		if dotted {
			return &MatchValue{p.span(start), v}
		}
		if t.Lit == "_" {
			return &MatchAs{Span: Span{t.Start, t.End}}
		}
		return &MatchAs{Span: Span{t.Start, t.End}, Name: t.Lit}
	}
	p.fail()
	return nil
}

// sequenceItems parses maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
// up to close; it may be empty.
func (p *parser) sequenceItems(close TokenKind) []Pattern {
	pats := []Pattern{}
	for !p.at(close) {
		pats = append(pats, p.maybeStarPattern())
		if !p.got(COMMA) {
			break
		}
	}
	return pats
}

// literal_expr / literal_pattern values:
//
//	| signed_number !('+' | '-')
//	| complex_number
//	| strings
//
// complex_number: signed_real_number ('+' | '-') imaginary_number
func (p *parser) literalExpr() Expr {
	t := p.tok()
	start := t.Start
	if t.Kind == STRING {
		return p.strings()
	}
	var e Expr
	if p.got(MINUS) {
		n := p.expect(NUMBER)
		e = &UnaryOp{p.span(start), USub, p.number(n)}
	} else {
		e = p.number(p.expect(NUMBER))
	}
	if k := p.tok().Kind; k == PLUS || k == MINUS {
		op := Add
		if k == MINUS {
			op = Sub
		}
		p.next()
		n := p.expect(NUMBER)
		right := p.number(n)
		if c, ok := right.(*Constant); !ok || !isImaginary(c) {
			p.syntaxErrorNode("imaginary number required in complex literal", right)
		}
		if c, ok := unaryOperand(e).(*Constant); ok && isImaginary(c) {
			p.syntaxErrorNode("real number required in complex literal", e)
		}
		e = &BinOp{p.span(start), e, op, right}
	}
	return e
}

func isImaginary(c *Constant) bool {
	_, ok := c.Value.(complex128)
	return ok
}

func unaryOperand(e Expr) Expr {
	if u, ok := e.(*UnaryOp); ok {
		return u.Operand
	}
	return e
}

// mapping_pattern:
//
//	| '{' '}'
//	| '{' double_star_pattern ','? '}'
//	| '{' items_pattern ',' double_star_pattern ','? '}'
//	| '{' items_pattern ','? '}'
//
// key_value_pattern: (literal_expr | attr) ':' pattern
// double_star_pattern: '**' pattern_capture_target
func (p *parser) mappingPattern() Pattern {
	start := p.next().Start
	m := &MatchMapping{Keys: []Expr{}, Patterns: []Pattern{}}
	for !p.at(RBRACE) {
		if p.got(DOUBLESTAR) {
			m.Rest = p.name()
			p.got(COMMA)
			break
		}
		var key Expr
		switch p.tok().Kind {
		case NAME:
			kt := p.next()
			key = &Name{Span{kt.Start, kt.End}, kt.Lit, Load}
			p.expect(DOT)
			for {
				attr := p.name()
				key = &Attribute{p.span(kt.Start), key, attr, Load}
				if !p.got(DOT) {
					break
				}
			}
		case NONE, TRUE, FALSE:
			kt := p.next()
			var v any = None
			if kt.Kind != NONE {
				v = kt.Kind == TRUE
			}
			key = &Constant{Span: Span{kt.Start, kt.End}, Value: v}
		default:
			key = p.literalExpr()
		}
		p.expect(COLON)
		m.Keys = append(m.Keys, key)
		m.Patterns = append(m.Patterns, p.pattern())
		if !p.got(COMMA) {
			break
		}
	}
	p.expect(RBRACE)
	m.Span = p.span(start)
	return m
}

// class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ','? ')'
// keyword_pattern: NAME '=' pattern
func (p *parser) classPattern(cls Expr, start Pos) Pattern {
	p.next()
	c := &MatchClass{Cls: cls, Patterns: []Pattern{}, KwdAttrs: []string{}, KwdPatterns: []Pattern{}}
	for !p.at(RPAR) {
		if p.at(NAME) && p.peek(1).Kind == EQUAL {
			c.KwdAttrs = append(c.KwdAttrs, p.next().Lit)
			p.next()
			c.KwdPatterns = append(c.KwdPatterns, p.pattern())
		} else {
			pat := p.pattern()
			if len(c.KwdAttrs) > 0 {
				p.syntaxErrorNode("positional patterns follow keyword patterns", pat)
			}
			c.Patterns = append(c.Patterns, pat)
		}
		if !p.got(COMMA) {
			break
		}
	}
	p.expect(RPAR)
	c.Span = p.span(start)
	return c
}
