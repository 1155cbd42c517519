package parser

import "fmt"

// file: [statements] ENDMARKER
func (p *parser) fileInput() *Module {
	m := &Module{Body: []Stmt{}, TypeIgnores: []TypeIgnore{}}
	for !p.at(ENDMARKER) {
		m.Body = p.statement(m.Body)
	}
	return m
}

// statements: statement+  (inside an indented block, up to its DEDENT)
func (p *parser) blockStatements() []Stmt {
	var list []Stmt
	for {
		list = p.statement(list)
		if p.at(DEDENT) {
			return list
		}
	}
}

// statement: compound_stmt | simple_stmts
// It appends the statement(s) parsed to list.
func (p *parser) statement(list []Stmt) []Stmt {
	if s := p.compoundStmt(); s != nil {
		return append(list, s)
	}
	return p.simpleStmts(list)
}

// compound_stmt:
//
//	| &('def' | '@' | ASYNC) function_def
//	| &'if' if_stmt
//	| &('class' | '@') class_def
//	| &('with' | ASYNC) with_stmt
//	| &('for' | ASYNC) for_stmt
//	| &'try' try_stmt
//	| &'while' while_stmt
//	| match_stmt
//
// It returns nil if the current token starts no compound statement.
func (p *parser) compoundStmt() Stmt {
	t := p.tok()
	switch t.Kind {
	case DEF:
		return p.funcDef(nil, t.Start)
	case AT:
		return p.decorated()
	case CLASS:
		return p.classDef(nil, t.Start)
	case IF:
		return p.ifStmt()
	case WHILE:
		return p.whileStmt()
	case FOR:
		return p.forStmt(false, t.Start)
	case WITH:
		return p.withStmt(false, t.Start)
	case TRY:
		return p.tryStmt()
	case ASYNC:
		start := t.Start
		switch p.peek(1).Kind {
		case DEF:
			return p.funcDef(nil, start)
		case FOR:
			p.next()
			return p.forStmt(true, start)
		case WITH:
			p.next()
			return p.withStmt(true, start)
		}
		p.next()
		p.fail()
	case NAME:
		if t.Lit == "match" {
			return p.matchStmt()
		}
	}
	return nil
}

// simple_stmts:
//
//	| simple_stmt !';' NEWLINE
//	| ';'.simple_stmt+ [';'] NEWLINE
func (p *parser) simpleStmts(list []Stmt) []Stmt {
	for {
		list = append(list, p.simpleStmt())
		if !p.got(SEMI) || p.at(NEWLINE) {
			break
		}
	}
	p.expect(NEWLINE)
	return list
}

// simple_stmt:
//
//	| assignment
//	| star_expressions
//	| &'return' return_stmt
//	| &('import' | 'from') import_stmt
//	| &'raise' raise_stmt
//	| 'pass'
//	| &'del' del_stmt
//	| &'yield' yield_stmt
//	| &'assert' assert_stmt
//	| 'break'
//	| 'continue'
//	| &'global' global_stmt
//	| &'nonlocal' nonlocal_stmt
func (p *parser) simpleStmt() Stmt {
	t := p.tok()
	start := t.Start
	switch t.Kind {
	case PASS:
		p.next()
		return &Pass{p.span(start)}
	case BREAK:
		p.next()
		return &Break{p.span(start)}
	case CONTINUE:
		p.next()
		return &Continue{p.span(start)}
	case RETURN:
		// return_stmt: 'return' [star_expressions]
		p.next()
		var v Expr
		if !p.atStmtEnd() {
			v = p.starExpressions()
		}
		return &Return{p.span(start), v}
	case RAISE:
		// raise_stmt: 'raise' expression ['from' expression] | 'raise'
		p.next()
		s := &Raise{}
		if !p.atStmtEnd() {
			s.Exc = p.expression()
			if p.got(FROM) {
				s.Cause = p.expression()
			}
		}
		s.Span = p.span(start)
		return s
	case GLOBAL, NONLOCAL:
		// global_stmt: 'global' ','.NAME+
		p.next()
		names := []string{p.name()}
		for p.got(COMMA) {
			names = append(names, p.name())
		}
		if t.Kind == GLOBAL {
			return &Global{p.span(start), names}
		}
		return &Nonlocal{p.span(start), names}
	case DEL:
		return p.delStmt()
	case ASSERT:
		// assert_stmt: 'assert' expression [',' expression]
		p.next()
		s := &Assert{Test: p.expression()}
		if p.got(COMMA) {
			s.Msg = p.expression()
		}
		s.Span = p.span(start)
		return s
	case IMPORT:
		return p.importName()
	case FROM:
		return p.importFrom()
	}
	return p.exprOrAssignment()
}

// atStmtEnd reports whether the current token ends a simple statement.
func (p *parser) atStmtEnd() bool {
	k := p.tok().Kind
	return k == NEWLINE || k == SEMI
}

// name parses a NAME and returns its text.
func (p *parser) name() string {
	return p.expect(NAME).Lit
}

// del_stmt:
//
//	| 'del' del_targets &(';' | NEWLINE)
//	| invalid_del_stmt
func (p *parser) delStmt() Stmt {
	start := p.next().Start
	var targets []Expr
	for {
		e := p.starTarget(true)
		targets = append(targets, e)
		if !p.got(COMMA) || p.atStmtEnd() {
			break
		}
	}
	if !p.atStmtEnd() {
		p.fail()
	}
	for _, e := range targets {
		p.setContext(e, Del)
	}
	return &Delete{p.span(start), targets}
}

// assignment:
//
//	| NAME ':' expression ['=' annotated_rhs]
//	| ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//	| (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
//	| single_target augassign ~ (yield_expr | star_expressions)
//
// The left-hand side is parsed as an expression and then checked and
// turned into a target, which gives CPython's results and its messages
// for invalid targets.
func (p *parser) exprOrAssignment() Stmt {
	first := p.tok()
	start, parenthesized := first.Start, first.Kind == LPAR
	lhs := p.starExpressionsOrYield()
	t := p.tok()
	switch t.Kind {
	case COLON:
		// CPython's invalid_assignment reports a bad target only when an
		// annotation follows the ':'.
		if !isSingleTarget(lhs) && p.probe(func() { p.next(); p.expression() }) {
			p.checkAnnTarget(lhs)
		}
		p.next()
		ann := p.expression()
		s := &AnnAssign{Target: lhs, Annotation: ann}
		if _, ok := lhs.(*Name); ok && !parenthesized {
			s.Simple = 1
		}
		if p.got(EQUAL) {
			s.Value = p.starExpressionsOrYield()
		}
		p.setContext(lhs, Store)
		s.Span = p.span(start)
		return s
	case EQUAL:
		targets := []Expr{lhs}
		var value Expr
		for p.got(EQUAL) {
			value = p.starExpressionsOrYield()
			targets = append(targets, value)
		}
		targets = targets[:len(targets)-1]
		for i, e := range targets {
			p.checkAssignTarget(e, i == 0, assignedFrom(targets, value, i+1), i+1 < len(targets))
		}
		for _, e := range targets {
			p.setContext(e, Store)
		}
		return &Assign{Span: p.span(start), Targets: targets, Value: value}
	}
	if op, ok := augAssignOps[t.Kind]; ok {
		switch lhs.(type) {
		case *Name, *Attribute, *Subscript:
		default:
			p.syntaxErrorNode(fmt.Sprintf("'%s' is an illegal expression for augmented assignment", exprName(lhs)), lhs)
		}
		p.next()
		value := p.starExpressionsOrYield()
		p.setContext(lhs, Store)
		return &AugAssign{Span: p.span(start), Target: lhs, Op: op, Value: value}
	}
	p.checkLegacyPrint(lhs)
	return &ExprStmt{p.span(start), lhs}
}

// assignedFrom returns what is assigned to targets[i-1]: targets[i], or
// value after the last target.
func assignedFrom(targets []Expr, value Expr, i int) Expr {
	if i < len(targets) {
		return targets[i]
	}
	return value
}

var augAssignOps = map[TokenKind]Operator{
	PLUSEQUAL:        Add,
	MINEQUAL:         Sub,
	STAREQUAL:        Mult,
	ATEQUAL:          MatMult,
	SLASHEQUAL:       Div,
	PERCENTEQUAL:     Mod,
	AMPEREQUAL:       BitAnd,
	VBAREQUAL:        BitOr,
	CIRCUMFLEXEQUAL:  BitXor,
	LEFTSHIFTEQUAL:   LShift,
	RIGHTSHIFTEQUAL:  RShift,
	DOUBLESTAREQUAL:  Pow,
	DOUBLESLASHEQUAL: FloorDiv,
}

// starExpressionsOrYield parses yield_expr | star_expressions.
func (p *parser) starExpressionsOrYield() Expr {
	if p.at(YIELD) {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

// checkLegacyPrint reports CPython's hint for Python 2 print and exec
// statements: invalid_legacy_expression.
func (p *parser) checkLegacyPrint(e Expr) {
	n, ok := e.(*Name)
	if !ok || n.Id != "print" && n.Id != "exec" {
		return
	}
	t := p.tok()
	if t.Kind == NEWLINE || t.Kind == SEMI {
		return
	}
	var end Pos
	if !p.probe(func() { p.starExpressions(); end = p.prevEnd() }) {
		return
	}
	p.syntaxError(fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id), n.Start, end)
}

// import_name: 'import' dotted_as_names
func (p *parser) importName() Stmt {
	start := p.next().Start
	var names []*Alias
	for {
		names = append(names, p.dottedAsName())
		if !p.got(COMMA) {
			break
		}
	}
	return &Import{p.span(start), names}
}

// dotted_as_name: dotted_name ['as' NAME]
func (p *parser) dottedAsName() *Alias {
	start := p.tok().Start
	a := &Alias{Name: p.dottedName()}
	if p.got(AS) {
		a.Asname = p.name()
	}
	a.Span = p.span(start)
	return a
}

// dotted_name: dotted_name '.' NAME | NAME
func (p *parser) dottedName() string {
	s := p.name()
	for p.got(DOT) {
		s += "." + p.name()
	}
	return s
}

// import_from:
//
//	| 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//	| 'from' ('.' | '...')+ 'import' import_from_targets
//
// import_from_targets:
//
//	| '(' import_from_as_names [','] ')'
//	| import_from_as_names !','
//	| '*'
//	| invalid_import_from_targets
func (p *parser) importFrom() Stmt {
	start := p.next().Start
	s := &ImportFrom{}
	for {
		if p.got(DOT) {
			s.Level++
		} else if p.got(ELLIPSIS) {
			s.Level += 3
		} else {
			break
		}
	}
	if s.Level == 0 || !p.at(IMPORT) {
		s.Module = p.dottedName()
	}
	p.expect(IMPORT)
	switch {
	case p.at(STAR):
		t := p.next()
		s.Names = []*Alias{{Span: Span{t.Start, t.End}, Name: "*"}}
	case p.got(LPAR):
		s.Names = p.importFromAsNames()
		p.got(COMMA)
		p.expect(RPAR)
	default:
		s.Names = p.importFromAsNames()
		if p.at(COMMA) && p.peek(1).Kind == NEWLINE {
			t := p.next()
			p.syntaxError("trailing comma not allowed without surrounding parentheses", t.End, t.End)
		}
	}
	s.Span = p.span(start)
	return s
}

// import_from_as_names: ','.import_from_as_name+
// import_from_as_name: NAME ['as' NAME]
func (p *parser) importFromAsNames() []*Alias {
	var names []*Alias
	for {
		start := p.tok().Start
		a := &Alias{Name: p.name()}
		if p.got(AS) {
			a.Asname = p.name()
		}
		a.Span = p.span(start)
		names = append(names, a)
		if !p.at(COMMA) || p.peek(1).Kind != NAME {
			return names
		}
		p.next()
	}
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
//
// what and line name the statement that owns the block, for CPython's
// "expected an indented block after ..." error.
func (p *parser) block(what string, line int32) []Stmt {
	if !p.got(NEWLINE) {
		return p.simpleStmts(nil)
	}
	if !p.at(INDENT) {
		p.raiseIndentation(fmt.Sprintf("expected an indented block after %s on line %d", what, line))
	}
	p.next()
	list := p.blockStatements()
	p.expect(DEDENT)
	return list
}

// blockEnd returns the end of the block just parsed: the end of its last
// token that is not a NEWLINE, INDENT or DEDENT, as CPython's
// _PyPegen_get_last_nonnwhitespace_token. It includes a trailing ';'.
func (p *parser) blockEnd() Pos {
	for i := p.pos - 1; i > 0; i-- {
		switch p.toks[i].Kind {
		case NEWLINE, INDENT, DEDENT, ENDMARKER:
			continue
		}
		return p.toks[i].End
	}
	return p.toks[0].End
}

// decorators: ('@' f=named_expression NEWLINE)+
func (p *parser) decorated() Stmt {
	var decos []Expr
	for p.got(AT) {
		decos = append(decos, p.namedExpression())
		p.expect(NEWLINE)
	}
	t := p.tok()
	switch {
	case t.Kind == DEF || t.Kind == ASYNC && p.peek(1).Kind == DEF:
		return p.funcDef(decos, t.Start)
	case t.Kind == CLASS:
		return p.classDef(decos, t.Start)
	}
	p.fail()
	return nil
}

// function_def_raw:
//
//	| 'def' n=NAME &&'(' params=[params] ')' a=['->' z=expression] &&':' b=block
//	| ASYNC 'def' n=NAME &&'(' params=[params] ')' a=['->' z=expression] &&':' b=block
func (p *parser) funcDef(decos []Expr, start Pos) Stmt {
	f := &FunctionDef{DecoratorList: decos}
	if f.DecoratorList == nil {
		f.DecoratorList = []Expr{}
	}
	if p.got(ASYNC) {
		f.Async = true
	}
	line := p.expect(DEF).Start.Line
	f.Name = p.name()
	p.expectForced(LPAR)
	f.Args = p.params(RPAR)
	p.expect(RPAR)
	if p.at(RARROW) {
		arrow := p.next()
		if !p.try(func() { f.Returns = p.expression() }) {
			p.syntaxError("expected ':'", arrow.Start, arrow.End)
		}
	}
	p.expectForced(COLON)
	f.Body = p.block("function definition", line)
	f.Span = Span{start, p.blockEnd()}
	return f
}

// class_def_raw:
//
//	| 'class' a=NAME b=['(' z=[arguments] ')' { z }] &&':' c=block
func (p *parser) classDef(decos []Expr, start Pos) Stmt {
	c := &ClassDef{DecoratorList: decos, Bases: []Expr{}, Keywords: []*Keyword{}}
	if c.DecoratorList == nil {
		c.DecoratorList = []Expr{}
	}
	line := p.expect(CLASS).Start.Line
	c.Name = p.name()
	if p.got(LPAR) {
		if !p.at(RPAR) {
			c.Bases, c.Keywords = p.arguments(false)
		}
		p.expect(RPAR)
	}
	p.expectColon()
	c.Body = p.block("class definition", line)
	c.Span = Span{start, p.blockEnd()}
	return c
}

// if_stmt:
//
//	| 'if' a=named_expression ':' b=block c=elif_stmt
//	| 'if' a=named_expression ':' b=block c=[else_block]
//
// elif_stmt: the same with 'elif'.
func (p *parser) ifStmt() Stmt {
	t := p.next() // 'if' or 'elif'
	what := "'if' statement"
	if t.Kind == ELIF {
		what = "'elif' statement"
	}
	s := &If{Test: p.namedExpression()}
	p.expectColon()
	s.Body = p.block(what, t.Start.Line)
	s.Orelse = []Stmt{}
	end := p.blockEnd()
	if p.at(ELIF) {
		elif := p.ifStmt()
		s.Orelse = []Stmt{elif}
		end = elif.span().End
	} else if p.at(ELSE) {
		s.Orelse = p.elseBlock()
		end = p.blockEnd()
	}
	s.Span = Span{t.Start, end}
	return s
}

// else_block: 'else' &&':' b=block
func (p *parser) elseBlock() []Stmt {
	line := p.next().Start.Line
	p.expectForced(COLON)
	return p.block("'else' statement", line)
}

// while_stmt: 'while' a=named_expression ':' b=block c=[else_block]
func (p *parser) whileStmt() Stmt {
	t := p.next()
	s := &While{Test: p.namedExpression()}
	p.expectColon()
	s.Body = p.block("'while' statement", t.Start.Line)
	s.Orelse = []Stmt{}
	end := p.blockEnd()
	if p.at(ELSE) {
		s.Orelse = p.elseBlock()
		end = p.blockEnd()
	}
	s.Span = Span{t.Start, end}
	return s
}

// for_stmt:
//
//	| [ASYNC] 'for' t=star_targets 'in' ~ ex=star_expressions &&':' [TYPE_COMMENT] b=block el=[else_block]
func (p *parser) forStmt(async bool, start Pos) Stmt {
	line := p.next().Start.Line
	s := &For{Async: async, Target: p.starTargets()}
	p.expect(IN)
	s.Iter = p.starExpressions()
	p.expectColon()
	s.Body = p.block("'for' statement", line)
	s.Orelse = []Stmt{}
	end := p.blockEnd()
	if p.at(ELSE) {
		s.Orelse = p.elseBlock()
		end = p.blockEnd()
	}
	s.Span = Span{start, end}
	return s
}

// with_stmt:
//
//	| [ASYNC] 'with' '(' a[asdl_withitem_seq*]=','.with_item+ ','? ')' ':' b=block
//	| [ASYNC] 'with' a[asdl_withitem_seq*]=','.with_item+ ':' tc=[TYPE_COMMENT] b=block
func (p *parser) withStmt(async bool, start Pos) Stmt {
	line := p.next().Start.Line
	s := &With{Async: async}
	parenthesized := p.at(LPAR) && p.try(func() {
		p.next()
		s.Items = p.withItems(RPAR)
		p.expect(RPAR)
		p.expect(COLON)
	})
	if !parenthesized {
		s.Items = p.withItems(COLON)
		if p.at(NEWLINE) {
			p.errorAtCurrent("expected ':'")
		}
		p.expect(COLON)
	}
	s.Body = p.block("'with' statement", line)
	s.Span = Span{start, p.blockEnd()}
	return s
}

// withItems parses ','.with_item+ with an optional trailing comma before
// close (RPAR only).
//
// with_item:
//
//	| e=expression 'as' t=star_target &(',' | ')' | ':')
//	| e=expression
func (p *parser) withItems(close TokenKind) []*WithItem {
	var items []*WithItem
	for {
		it := &WithItem{ContextExpr: p.expression()}
		if p.got(AS) {
			it.OptionalVars = p.starTarget(false)
			if bad := invalidTarget(it.OptionalVars, false); bad != nil {
				p.syntaxErrorNode(fmt.Sprintf("cannot assign to %s", exprName(bad)), bad)
			}
			if k := p.tok().Kind; k != COMMA && k != RPAR && k != COLON && k != NEWLINE {
				p.fail()
			}
			p.setContext(it.OptionalVars, Store)
		}
		items = append(items, it)
		if !p.got(COMMA) {
			return items
		}
		if close == RPAR && p.at(RPAR) {
			return items
		}
	}
}

// try_stmt:
//
//	| 'try' &&':' b=block f=finally_block
//	| 'try' &&':' b=block ex[asdl_excepthandler_seq*]=except_block+ el=[else_block] f=[finally_block]
//	| 'try' &&':' b=block ex=except_star_block+ el=[else_block] f=[finally_block]
func (p *parser) tryStmt() Stmt {
	t := p.next()
	p.expectForced(COLON)
	s := &Try{Body: p.block("'try' statement", t.Start.Line), Handlers: []*ExceptHandler{}, Orelse: []Stmt{}, Finalbody: []Stmt{}}
	end := p.blockEnd()
	for p.at(EXCEPT) {
		h, star := p.exceptBlock()
		if len(s.Handlers) == 0 {
			s.Star = star
		} else if star != s.Star {
			p.syntaxError("cannot have both 'except' and 'except*' on the same 'try'", h.Start, h.End)
		}
		s.Handlers = append(s.Handlers, h)
		end = h.End
	}
	if len(s.Handlers) > 0 && p.at(ELSE) {
		s.Orelse = p.elseBlock()
		end = p.blockEnd()
	}
	if p.at(FINALLY) {
		line := p.next().Start.Line
		p.expectForced(COLON)
		s.Finalbody = p.block("'finally' statement", line)
		end = p.blockEnd()
	}
	if len(s.Handlers) == 0 && len(s.Finalbody) == 0 {
		p.errorAtCurrent("expected 'except' or 'finally' block")
	}
	s.Span = Span{t.Start, end}
	return s
}

// except_block:
//
//	| 'except' e=expression t=['as' z=NAME] ':' b=block
//	| 'except' ':' b=block
//
// except_star_block: 'except' '*' e=expression t=['as' z=NAME] ':' b=block
func (p *parser) exceptBlock() (*ExceptHandler, bool) {
	t := p.next()
	star := p.got(STAR)
	what := "'except' statement"
	if star {
		what = "'except*' statement"
	}
	h := &ExceptHandler{}
	if star && p.at(COLON) {
		p.errorAtCurrent("expected one or more exception types")
	}
	if star || !p.at(COLON) {
		h.Type = p.expression()
		if p.at(COMMA) {
			p.checkParenthesizedExceptTypes(h.Type)
		}
		if p.got(AS) {
			h.Name = p.name()
		}
	}
	p.expectColon()
	h.Body = p.block(what, t.Start.Line)
	h.Span = Span{t.Start, p.blockEnd()}
	return h, star
}

// checkParenthesizedExceptTypes reports invalid_except_stmt's
// "multiple exception types must be parenthesized".
func (p *parser) checkParenthesizedExceptTypes(first Expr) {
	var end Pos
	if p.probe(func() {
		p.next()
		p.expressions()
		end = p.prevEnd()
		if p.got(AS) {
			p.name()
		}
		p.expect(COLON)
	}) {
		p.syntaxError("multiple exception types must be parenthesized", first.span().Start, end)
	}
}
