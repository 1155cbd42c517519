package lower

import (
	"sort"

	"github.com/py2goasync/py2goasync/parser"
)

// This file is the second half of CPython's symtable.c: analyze_block and
// its helpers decide each name's SymbolScope, passing down the names bound
// in enclosing functions and passing up the free names of nested ones.

// nameSet is a set of names.
type nameSet map[string]bool

func (s nameSet) clone() nameSet {
	c := make(nameSet, len(s))
	for k := range s {
		c[k] = true
	}
	return c
}

func (s nameSet) addAll(o nameSet) {
	for k := range o {
		s[k] = true
	}
}

// analyze resolves the whole table (symtable_analyze).
func (b *builder) analyze(top *Scope) {
	b.analyzeBlock(top, nil, nameSet{}, nameSet{})
}

// analyzeBlock is analyze_block. bound is nil for the module (no enclosing
// function); free collects the names that are free in s and its children.
func (b *builder) analyzeBlock(s *Scope, bound, free, global nameSet) {
	local := nameSet{}
	scopes := make(map[string]SymbolScope, len(s.symbols))
	newGlobal, newFree, newBound := nameSet{}, nameSet{}, nameSet{}

	// A class's names are not visible in its methods: what the children
	// see is fixed before the class's own names are analyzed.
	if s.Kind == ClassScope {
		newGlobal.addAll(global)
		if bound != nil {
			newBound.addAll(bound)
		}
	}
	for _, sym := range s.symbols {
		b.analyzeName(s, scopes, sym.Name, sym.Flags, bound, local, free, global)
	}
	if s.Kind != ClassScope {
		if s.Kind == FunctionScope {
			newBound.addAll(local)
		}
		if bound != nil {
			newBound.addAll(bound)
		}
		newGlobal.addAll(global)
	} else {
		newBound["__class__"] = true
	}

	allFree := nameSet{}
	for _, c := range s.Children {
		childFree := newFree.clone()
		b.analyzeBlock(c, newBound.clone(), childFree, newGlobal.clone())
		allFree.addAll(childFree)
		if c.Free || c.ChildFree {
			s.ChildFree = true
		}
	}
	newFree.addAll(allFree)

	switch s.Kind {
	case FunctionScope:
		analyzeCells(s, scopes, newFree)
	case ClassScope:
		if newFree["__class__"] {
			delete(newFree, "__class__")
			s.NeedsClassClosure = true
		}
	}
	updateSymbols(s, scopes, bound, newFree, s.Kind == ClassScope)
	free.addAll(newFree)
}

// analyzeName decides the scope of one name (analyze_name).
func (b *builder) analyzeName(s *Scope, scopes map[string]SymbolScope, name string, flags Flags, bound, local, free, global nameSet) {
	switch {
	case flags&DefGlobal != 0:
		if flags&DefNonlocal != 0 {
			b.errorAtDirective(s, name, "name '%s' is nonlocal and global", name)
		}
		scopes[name] = GlobalExplicit
		global[name] = true
		if bound != nil {
			delete(bound, name)
		}
	case flags&DefNonlocal != 0:
		if bound == nil {
			b.errorAtDirective(s, name, "nonlocal declaration not allowed at module level")
		}
		if !bound[name] {
			b.errorAtDirective(s, name, "no binding for nonlocal '%s' found", name)
		}
		scopes[name] = Free
		s.Free = true
		free[name] = true
	case flags&DefBound != 0:
		scopes[name] = Local
		local[name] = true
		delete(global, name)
	case bound != nil && bound[name]:
		// Bound in an enclosing function: free here.
		scopes[name] = Free
		s.Free = true
		free[name] = true
	case global[name]:
		scopes[name] = GlobalImplicit
	default:
		if s.Nested {
			s.Free = true
		}
		scopes[name] = GlobalImplicit
	}
}

// errorAtDirective reports an error at the global or nonlocal declaration
// of name (error_at_directive).
func (b *builder) errorAtDirective(s *Scope, name, format string, args ...any) {
	sp, ok := s.directives[name]
	if !ok {
		sp = parser.Span{}
	}
	b.errorAt(sp, format, args...)
}

// analyzeCells turns the locals of a function that nested scopes use into
// cells (analyze_cells).
func analyzeCells(s *Scope, scopes map[string]SymbolScope, free nameSet) {
	for _, sym := range s.symbols {
		if scopes[sym.Name] == Local && free[sym.Name] {
			scopes[sym.Name] = Cell
			delete(free, sym.Name)
		}
	}
}

// updateSymbols stores the scopes in the symbols' flags and records the
// free names of children that pass through s (update_symbols).
func updateSymbols(s *Scope, scopes map[string]SymbolScope, bound, free nameSet, class bool) {
	for _, sym := range s.symbols {
		sym.Flags |= Flags(scopes[sym.Name]) << scopeShift
	}
	for _, name := range sortedNames(free) {
		if sym := s.Lookup(name); sym != nil {
			// A method's free variable with the name of a class-level
			// binding.
			if class && sym.Flags&(DefBound|DefGlobal) != 0 {
				sym.Flags |= DefFreeClass
			}
			continue
		}
		if bound != nil && !bound[name] {
			continue // a global
		}
		s.setFlags(name, Flags(Free)<<scopeShift)
	}
}

// sortedNames returns a set's names in a fixed order, so that the symbols
// a scope gains from its children are added deterministically.
func sortedNames(s nameSet) []string {
	names := make([]string, 0, len(s))
	for k := range s {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}
