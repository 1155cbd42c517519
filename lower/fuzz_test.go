package lower_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/py2goasync/py2goasync/lower"
	"github.com/py2goasync/py2goasync/parser"
)

// FuzzResolve checks that every program the parser accepts gets a symbol
// table or a SyntaxError from Resolve, never a panic. The seeds are the
// corpus and the symtable error table.
func FuzzResolve(f *testing.F) {
	files, _ := filepath.Glob("../corpus/seeds/*.py")
	for _, name := range files {
		if src, err := os.ReadFile(name); err == nil {
			f.Add(src)
		}
	}
	for _, src := range symtableErrorCases {
		f.Add([]byte(src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := parser.ParseFile("fuzz.py", src)
		if err != nil {
			return
		}
		table, err := lower.Resolve("fuzz.py", src, mod)
		if err != nil {
			if _, ok := err.(*parser.SyntaxError); !ok {
				t.Fatalf("Resolve returned a %T: %v", err, err)
			}
			return
		}
		if table.Top == nil || table.ScopeOf(mod) != table.Top {
			t.Fatalf("no module scope")
		}
	})
}
