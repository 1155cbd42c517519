// Package testdeps helps tests that build programs with the py2goasync
// command in a subprocess. go test caches a test's result keyed by its
// binary and by the files and environment variables the test itself reads;
// a subprocess's inputs are invisible to it, so such a test would report a
// stale cached PASS after the compiler or the runtime changed.
package testdeps

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ReadCompilerSources reads every source file the py2goasync command and
// the runtime it embeds are built from, below the module root root, so
// that go test's cache key covers them.
func ReadCompilerSources(t testing.TB, root string) {
	t.Helper()
	for _, dir := range []string{"cmd", "codegen", "ir", "lower", "parser", "rt"} {
		err := filepath.WalkDir(filepath.Join(root, dir), func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
				return err
			}
			_, err = os.ReadFile(path)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"go.mod", "embed.go"} {
		if _, err := os.ReadFile(filepath.Join(root, f)); err != nil {
			t.Fatal(err)
		}
	}
}
