package lower_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/py2goasync/py2goasync/ir"
	"github.com/py2goasync/py2goasync/lower"
	"github.com/py2goasync/py2goasync/parser"
)

// FuzzLower checks that every program the parser accepts is lowered (and
// dumped) or refused with a SyntaxError or UnsupportedError, never a panic
// or an internal error, in both modes. Seeds: the corpus and the golden
// IR inputs.
func FuzzLower(f *testing.F) {
	for _, pattern := range []string{"../corpus/seeds/*.py", "testdata/ir/*.py"} {
		files, _ := filepath.Glob(pattern)
		for _, name := range files {
			if src, err := os.ReadFile(name); err == nil {
				f.Add(src, false)
				f.Add(src, true)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte, interactive bool) {
		mod, err := parser.ParseFile("fuzz.py", src)
		if err != nil {
			return
		}
		m, err := lower.Lower("fuzz.py", src, mod, lower.Options{Interactive: interactive})
		if err != nil {
			var se *parser.SyntaxError
			var ue *ir.UnsupportedError
			if !errors.As(err, &se) && !errors.As(err, &ue) {
				t.Fatalf("Lower: %v", err)
			}
			return
		}
		ir.Dump(m)
	})
}
