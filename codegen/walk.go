package codegen

import "github.com/py2goasync/py2goasync/ir"

// inspect calls visit for every statement and expression of stmts, in
// source order, without entering nested functions and class bodies (their
// code runs elsewhere); a MakeFunction's defaults and a MakeClass's bases
// are visited, since they are evaluated where the def is.
func inspect(stmts []ir.Stmt, visit func(ir.Node)) {
	for _, s := range stmts {
		inspectStmt(s, visit)
	}
}

func inspectStmt(s ir.Stmt, visit func(ir.Node)) {
	if s == nil {
		return
	}
	visit(s)
	ex := func(es ...ir.Expr) {
		for _, e := range es {
			inspectExpr(e, visit)
		}
	}
	switch s := s.(type) {
	case *ir.ExprStmt:
		ex(s.X)
	case *ir.Assign:
		ex(s.Value)
		for _, t := range s.Targets {
			ex(t)
		}
	case *ir.Del:
		for _, t := range s.Targets {
			ex(t)
		}
	case *ir.If:
		ex(s.Cond)
		inspect(s.Then, visit)
		inspect(s.Else, visit)
	case *ir.While:
		ex(s.Cond)
		inspect(s.Body, visit)
		inspect(s.Else, visit)
	case *ir.For:
		ex(s.Iter, s.Target)
		inspect(s.Body, visit)
		inspect(s.Else, visit)
	case *ir.AsyncFor:
		ex(s.Iter, s.Target)
		inspect(s.Body, visit)
		inspect(s.Else, visit)
	case *ir.With:
		ex(s.Ctx)
		if s.Target != nil {
			ex(s.Target)
		}
		inspect(s.Body, visit)
	case *ir.Return:
		ex(s.Value)
	case *ir.Raise:
		ex(s.Exc, s.Cause)
	case *ir.Try:
		inspect(s.Body, visit)
		for _, h := range s.Handlers {
			ex(h.Type)
			if h.Name != nil {
				ex(h.Name)
			}
			inspect(h.Body, visit)
		}
		inspect(s.Else, visit)
		inspect(s.Finally, visit)
	}
}

func inspectExpr(e ir.Expr, visit func(ir.Node)) {
	if e == nil {
		return
	}
	visit(e)
	ex := func(es ...ir.Expr) {
		for _, e := range es {
			inspectExpr(e, visit)
		}
	}
	switch e := e.(type) {
	case *ir.Attr:
		ex(e.X)
	case *ir.Subscript:
		ex(e.X, e.Index)
	case *ir.Slice:
		ex(e.Lo, e.Hi, e.Step)
	case *ir.TupleTarget:
		for _, t := range e.Elts {
			ex(t)
		}
	case *ir.Call:
		ex(e.Func)
		for _, a := range e.Args {
			ex(a.X)
		}
		for _, k := range e.Keywords {
			ex(k.X)
		}
	case *ir.BinOp:
		ex(e.X, e.Y)
	case *ir.UnaryOp:
		ex(e.X)
	case *ir.Compare:
		ex(e.X)
		ex(e.Ys...)
	case *ir.BoolOp:
		ex(e.Values...)
	case *ir.IfExp:
		ex(e.Cond, e.Then, e.Else)
	case *ir.NamedExpr:
		ex(e.Value, e.Target)
	case *ir.Tuple:
		ex(e.Elts...)
	case *ir.List:
		ex(e.Elts...)
	case *ir.Set:
		ex(e.Elts...)
	case *ir.Dict:
		ex(e.Keys...)
		ex(e.Values...)
	case *ir.Starred:
		ex(e.X)
	case *ir.JoinedStr:
		ex(e.Parts...)
	case *ir.FormattedValue:
		ex(e.Value, e.Spec)
	case *ir.Await:
		ex(e.X)
	case *ir.Yield:
		ex(e.X)
	case *ir.YieldFrom:
		ex(e.X)
	case *ir.MakeFunction:
		ex(e.Defaults...)
		for _, k := range e.KwDefaults {
			ex(k.X)
		}
		for _, k := range e.Annotations {
			ex(k.X)
		}
	case *ir.MakeClass:
		for _, a := range e.Bases {
			ex(a.X)
		}
		for _, k := range e.Keywords {
			ex(k.X)
		}
	case *ir.ImportFrom:
		ex(e.Module)
	case *ir.GetIter:
		ex(e.X)
	}
}

// hasTopLevelAwait says s awaits outside any nested function: an
// interactive statement that does runs as a coroutine.
func hasTopLevelAwait(s ir.Stmt) bool {
	found := false
	inspectStmt(s, func(n ir.Node) {
		switch n := n.(type) {
		case *ir.Await:
			found = true
		case *ir.AsyncFor:
			found = true
		case *ir.With:
			if n.Async {
				found = true
			}
		}
	})
	return found
}

// markDeleted records in del every variable that a del statement (or the
// end of an "except ... as" handler) unbinds anywhere in f or the
// functions nested in it; free variables are recorded as the cell they
// refer to. Reads of those are always checked for unbound values.
func markDeleted(f *ir.Func, del map[*ir.Var]bool) {
	inspect(f.Body, func(n ir.Node) {
		d, ok := n.(*ir.Del)
		if !ok {
			return
		}
		var mark func(t ir.Target)
		mark = func(t ir.Target) {
			switch t := t.(type) {
			case *ir.Name:
				v := t.Var
				for v.Scope == ir.Free && v.Outer != nil {
					v = v.Outer
				}
				del[v] = true
			case *ir.TupleTarget:
				for _, e := range t.Elts {
					mark(e)
				}
			}
		}
		for _, t := range d.Targets {
			mark(t)
		}
	})
	for _, c := range f.Children {
		markDeleted(c, del)
	}
}

// storedGlobals returns the module globals some code assigns (or
// deletes, or imports).
func storedGlobals(f *ir.Func, out map[string]bool) {
	var mark func(t ir.Expr)
	mark = func(t ir.Expr) {
		switch t := t.(type) {
		case *ir.Global:
			out[t.Name] = true
		case *ir.TupleTarget:
			for _, e := range t.Elts {
				mark(e)
			}
		}
	}
	inspect(f.Body, func(n ir.Node) {
		switch n := n.(type) {
		case *ir.Assign:
			for _, t := range n.Targets {
				mark(t)
			}
		case *ir.Del:
			for _, t := range n.Targets {
				mark(t)
			}
		case *ir.SetupAnnotations:
			if !n.Class {
				out["__annotations__"] = true
			}
		case *ir.For:
			mark(n.Target)
		case *ir.AsyncFor:
			mark(n.Target)
		case *ir.With:
			if n.Target != nil {
				mark(n.Target)
			}
		case *ir.NamedExpr:
			mark(n.Target)
		case *ir.Try:
			for _, h := range n.Handlers {
				if h.Name != nil {
					mark(h.Name)
				}
			}
		}
	})
	for _, c := range f.Children {
		storedGlobals(c, out)
	}
}
