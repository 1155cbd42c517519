package lower_test

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/py2goasync/py2goasync/ir"
	"github.com/py2goasync/py2goasync/lower"
	"github.com/py2goasync/py2goasync/parser"
)

var update = flag.Bool("update", false, "rewrite the golden IR files in testdata/ir")

// lowerSrc parses and lowers src as file.py.
func lowerSrc(t *testing.T, src string, opts lower.Options) (*ir.Module, error) {
	t.Helper()
	mod, err := parser.ParseFile("file.py", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return lower.Lower("file.py", []byte(src), mod, opts)
}

// expectIR checks the dump of src's IR (without the module header line).
func expectIR(t *testing.T, src, want string) {
	t.Helper()
	expectIROpts(t, src, lower.Options{}, want)
}

func expectIROpts(t *testing.T, src string, opts lower.Options, want string) {
	t.Helper()
	m, err := lowerSrc(t, src, opts)
	if err != nil {
		t.Fatalf("Lower(%q): %v", src, err)
	}
	got := ir.Dump(m)
	got = got[strings.IndexByte(got, '\n')+1:]
	if diff := cmp.Diff(strings.TrimLeft(want, "\n"), got); diff != "" {
		t.Errorf("IR of %q (-want +got):\n%s", src, diff)
	}
}

// expectUnsupported checks that src is refused with exactly the message.
func expectUnsupported(t *testing.T, src, want string) {
	t.Helper()
	_, err := lowerSrc(t, src, lower.Options{})
	var ue *ir.UnsupportedError
	if !errors.As(err, &ue) || err.Error() != want {
		t.Errorf("Lower(%q) = %v, want unsupported error %q", src, err, want)
	}
}

// expectSyntaxError checks the SyntaxError of src ("file.py:L:C:
// SyntaxError: msg", with a 1-based column).
func expectSyntaxError(t *testing.T, src, want string) {
	t.Helper()
	expectSyntaxErrorOpts(t, src, lower.Options{}, want)
}

func expectSyntaxErrorOpts(t *testing.T, src string, opts lower.Options, want string) {
	t.Helper()
	_, err := lowerSrc(t, src, opts)
	var se *parser.SyntaxError
	if !errors.As(err, &se) || err.Error() != want {
		t.Errorf("Lower(%q) = %v, want syntax error %q", src, err, want)
	}
}

// TestIRGolden lowers each testdata/ir/*.py and compares the dump with
// the .ir file next to it; -update rewrites them. A file whose first line
// is "# interactive" is lowered in interactive mode.
func TestIRGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/ir/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			mod, err := parser.ParseFile(name, src)
			if err != nil {
				t.Fatal(err)
			}
			opts := lower.Options{Interactive: strings.HasPrefix(string(src), "# interactive")}
			m, err := lower.Lower(name, src, mod, opts)
			if err != nil {
				t.Fatal(err)
			}
			got := ir.Dump(m)
			golden := strings.TrimSuffix(path, ".py") + ".ir"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./lower -run IR -update)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", golden, diff)
			}
		})
	}
}

// TestIRSeeds lowers every corpus seed, in the mode MANIFEST.tsv gives it.
func TestIRSeeds(t *testing.T) {
	manifest, err := os.ReadFile("../corpus/seeds/MANIFEST.tsv")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i, line := range strings.Split(strings.TrimSpace(string(manifest)), "\n") {
		fields := strings.Split(line, "\t")
		if i == 0 || len(fields) < 3 {
			continue
		}
		name, mode := fields[0], fields[2]
		path := filepath.Join("../corpus/seeds", name)
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		mod, err := parser.ParseFile(name, src)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		m, err := lower.Lower(name, src, mod, lower.Options{Interactive: mode == "interactive"})
		if err != nil {
			t.Errorf("%s (%s): %v", name, mode, err)
			continue
		}
		if m.Body == nil || m.Body.Kind != ir.ModuleCode {
			t.Errorf("%s: no module code", name)
		}
		n++
	}
	files, _ := filepath.Glob("../corpus/seeds/*.py")
	if n != len(files) {
		t.Errorf("lowered %d seeds of %d files (MANIFEST.tsv out of date?)", n, len(files))
	}
}

// TestIRTopLevelPositions checks the invariant the interactive mode
// relies on: every top-level IR statement has the position of the source
// statement it comes from, so that codegen can group them back.
func TestIRTopLevelPositions(t *testing.T) {
	files, _ := filepath.Glob("../corpus/seeds/*.py")
	more, _ := filepath.Glob("testdata/ir/*.py")
	for _, path := range append(files, more...) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		mod, err := parser.ParseFile(path, src)
		if err != nil {
			t.Fatal(err)
		}
		m, err := lower.Lower(path, src, mod, lower.Options{Interactive: true})
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		starts := map[parser.Pos]bool{}
		for _, s := range mod.Body {
			starts[parser.SpanOf(s).Start] = true
		}
		for _, s := range m.Body.Body {
			if !starts[s.At()] {
				t.Errorf("%s: top-level IR statement at %v is not at a source statement", path, s.At())
			}
		}
	}
}
