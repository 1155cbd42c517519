package parser

// A Visitor's Visit method is invoked for each node encountered by Walk. If
// the result visitor w is not nil, Walk visits each of the children of node
// with w, followed by a call of w.Visit(nil).
type Visitor interface {
	Visit(node Node) (w Visitor)
}

// Walk traverses a syntax tree in depth-first order, children in the order
// of CPython's _fields. It starts by calling v.Visit(node); node must not be
// nil.
func Walk(v Visitor, node Node) {
	if v = v.Visit(node); v == nil {
		return
	}
	switch n := node.(type) {
	case *Module:
		walkStmts(v, n.Body)
	case *Interactive:
		walkStmts(v, n.Body)
	case *Expression:
		Walk(v, n.Body)
	case *TypeIgnore:

	// Statements.
	case *FunctionDef:
		Walk(v, n.Args)
		walkStmts(v, n.Body)
		walkExprs(v, n.DecoratorList)
		walkOpt(v, n.Returns)
	case *ClassDef:
		walkExprs(v, n.Bases)
		for _, k := range n.Keywords {
			Walk(v, k)
		}
		walkStmts(v, n.Body)
		walkExprs(v, n.DecoratorList)
	case *Return:
		walkOpt(v, n.Value)
	case *Delete:
		walkExprs(v, n.Targets)
	case *Assign:
		walkExprs(v, n.Targets)
		Walk(v, n.Value)
	case *AugAssign:
		Walk(v, n.Target)
		Walk(v, n.Value)
	case *AnnAssign:
		Walk(v, n.Target)
		Walk(v, n.Annotation)
		walkOpt(v, n.Value)
	case *For:
		Walk(v, n.Target)
		Walk(v, n.Iter)
		walkStmts(v, n.Body)
		walkStmts(v, n.Orelse)
	case *While:
		Walk(v, n.Test)
		walkStmts(v, n.Body)
		walkStmts(v, n.Orelse)
	case *If:
		Walk(v, n.Test)
		walkStmts(v, n.Body)
		walkStmts(v, n.Orelse)
	case *With:
		for _, it := range n.Items {
			Walk(v, it)
		}
		walkStmts(v, n.Body)
	case *Match:
		Walk(v, n.Subject)
		for _, c := range n.Cases {
			Walk(v, c)
		}
	case *Raise:
		walkOpt(v, n.Exc)
		walkOpt(v, n.Cause)
	case *Try:
		walkStmts(v, n.Body)
		for _, h := range n.Handlers {
			Walk(v, h)
		}
		walkStmts(v, n.Orelse)
		walkStmts(v, n.Finalbody)
	case *Assert:
		Walk(v, n.Test)
		walkOpt(v, n.Msg)
	case *Import:
		for _, a := range n.Names {
			Walk(v, a)
		}
	case *ImportFrom:
		for _, a := range n.Names {
			Walk(v, a)
		}
	case *Global, *Nonlocal, *Pass, *Break, *Continue:
	case *ExprStmt:
		Walk(v, n.Value)

	// Expressions.
	case *BoolOp:
		walkExprs(v, n.Values)
	case *NamedExpr:
		Walk(v, n.Target)
		Walk(v, n.Value)
	case *BinOp:
		Walk(v, n.Left)
		Walk(v, n.Right)
	case *UnaryOp:
		Walk(v, n.Operand)
	case *Lambda:
		Walk(v, n.Args)
		Walk(v, n.Body)
	case *IfExp:
		Walk(v, n.Test)
		Walk(v, n.Body)
		Walk(v, n.Orelse)
	case *Dict:
		for i, k := range n.Keys {
			walkOpt(v, k)
			Walk(v, n.Values[i])
		}
	case *Set:
		walkExprs(v, n.Elts)
	case *ListComp:
		Walk(v, n.Elt)
		walkComps(v, n.Generators)
	case *SetComp:
		Walk(v, n.Elt)
		walkComps(v, n.Generators)
	case *DictComp:
		Walk(v, n.Key)
		Walk(v, n.Value)
		walkComps(v, n.Generators)
	case *GeneratorExp:
		Walk(v, n.Elt)
		walkComps(v, n.Generators)
	case *Await:
		Walk(v, n.Value)
	case *Yield:
		walkOpt(v, n.Value)
	case *YieldFrom:
		Walk(v, n.Value)
	case *Compare:
		Walk(v, n.Left)
		walkExprs(v, n.Comparators)
	case *Call:
		Walk(v, n.Func)
		walkExprs(v, n.Args)
		for _, k := range n.Keywords {
			Walk(v, k)
		}
	case *FormattedValue:
		Walk(v, n.Value)
		walkOpt(v, n.FormatSpec)
	case *JoinedStr:
		walkExprs(v, n.Values)
	case *Constant, *Name:
	case *Attribute:
		Walk(v, n.Value)
	case *Subscript:
		Walk(v, n.Value)
		Walk(v, n.Slice)
	case *Starred:
		Walk(v, n.Value)
	case *List:
		walkExprs(v, n.Elts)
	case *Tuple:
		walkExprs(v, n.Elts)
	case *Slice:
		walkOpt(v, n.Lower)
		walkOpt(v, n.Upper)
		walkOpt(v, n.Step)

	// Other nodes.
	case *Comprehension:
		Walk(v, n.Target)
		Walk(v, n.Iter)
		walkExprs(v, n.Ifs)
	case *ExceptHandler:
		walkOpt(v, n.Type)
		walkStmts(v, n.Body)
	case *Arguments:
		for _, a := range n.Posonlyargs {
			Walk(v, a)
		}
		for _, a := range n.Args {
			Walk(v, a)
		}
		if n.Vararg != nil {
			Walk(v, n.Vararg)
		}
		for _, a := range n.Kwonlyargs {
			Walk(v, a)
		}
		for _, d := range n.KwDefaults {
			walkOpt(v, d)
		}
		if n.Kwarg != nil {
			Walk(v, n.Kwarg)
		}
		walkExprs(v, n.Defaults)
	case *Arg:
		walkOpt(v, n.Annotation)
	case *Keyword:
		Walk(v, n.Value)
	case *Alias:
	case *WithItem:
		Walk(v, n.ContextExpr)
		walkOpt(v, n.OptionalVars)
	case *MatchCase:
		Walk(v, n.Pattern)
		walkOpt(v, n.Guard)
		walkStmts(v, n.Body)

	// Patterns.
	case *MatchValue:
		Walk(v, n.Value)
	case *MatchSingleton, *MatchStar:
	case *MatchSequence:
		walkPatterns(v, n.Patterns)
	case *MatchMapping:
		walkExprs(v, n.Keys)
		walkPatterns(v, n.Patterns)
	case *MatchClass:
		Walk(v, n.Cls)
		walkPatterns(v, n.Patterns)
		walkPatterns(v, n.KwdPatterns)
	case *MatchAs:
		if n.Pattern != nil {
			Walk(v, n.Pattern)
		}
	case *MatchOr:
		walkPatterns(v, n.Patterns)
	}
	v.Visit(nil)
}

func walkStmts(v Visitor, list []Stmt) {
	for _, s := range list {
		Walk(v, s)
	}
}

func walkExprs(v Visitor, list []Expr) {
	for _, e := range list {
		Walk(v, e)
	}
}

func walkPatterns(v Visitor, list []Pattern) {
	for _, p := range list {
		Walk(v, p)
	}
}

func walkComps(v Visitor, list []*Comprehension) {
	for _, c := range list {
		Walk(v, c)
	}
}

// walkOpt walks an optional expression: nil means absent.
func walkOpt(v Visitor, e Expr) {
	if e != nil {
		Walk(v, e)
	}
}

type inspector func(Node) bool

func (f inspector) Visit(node Node) Visitor {
	if f(node) {
		return f
	}
	return nil
}

// Inspect traverses a syntax tree in depth-first order: it calls f(node),
// and if f returns true, Inspect walks each of node's children, followed
// by a call of f(nil).
func Inspect(node Node, f func(Node) bool) {
	Walk(inspector(f), node)
}
