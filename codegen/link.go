package codegen

import (
	"sort"
	"strings"

	"github.com/py2goasync/py2goasync/ir"
	"github.com/py2goasync/py2goasync/rt/lib"
)

// linkedPackages lists the runtime's module packages a program must link
// (rt/lib's table): those of the modules it imports, with each dotted
// name's parents, and for `from m import x` every submodule of m (x may
// be one: ImportFrom falls back to importing m.x). A program that can
// import by a name known only at run time (__import__) links them all.
func linkedPackages(m *ir.Module, asyncioREPL bool) []string {
	names := map[string]bool{}
	if asyncioREPL {
		names["asyncio"] = true // python -m asyncio imports it into __main__
	}
	dynamic := false
	var walk func(f *ir.Func)
	walk = func(f *ir.Func) {
		inspect(f.Body, func(n ir.Node) {
			switch n := n.(type) {
			case *ir.Import:
				if n.Level > 0 {
					return // relative: an ImportError at run time
				}
				parts := strings.Split(n.Name, ".")
				for i := range parts {
					names[strings.Join(parts[:i+1], ".")] = true
				}
				if n.From {
					for name := range lib.Packages {
						if strings.HasPrefix(name, n.Name+".") {
							names[name] = true
						}
					}
				}
			case *ir.Global:
				dynamic = dynamic || n.Name == "__import__"
			case *ir.Attr:
				dynamic = dynamic || n.Name == "__import__"
			}
		})
		for _, c := range f.Children {
			walk(c)
		}
	}
	walk(m.Body)
	if dynamic {
		return []string{lib.Root + "lib/all"}
	}
	paths := map[string]bool{}
	for name := range names {
		if p, ok := lib.Packages[name]; ok {
			paths[lib.Root+p] = true
		}
	}
	out := make([]string, 0, len(paths))
	for p := range paths {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}
