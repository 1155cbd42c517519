package py2goasync

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteRuntime(t *testing.T) {
	dir := t.TempDir()
	if err := WriteRuntime(dir); err != nil {
		t.Fatal(err)
	}
	gomod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(gomod), "module "+RuntimeModule+"\n") || strings.Contains(string(gomod), "require") {
		t.Errorf("go.mod:\n%s", gomod)
	}
	if _, err := os.Stat(filepath.Join(dir, "rt", "value.go")); err != nil {
		t.Error(err)
	}
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if strings.HasSuffix(p, "_test.go") {
			t.Errorf("test file written: %s", p)
		}
		return nil
	})
	h1, err := RuntimeHash()
	h2, _ := RuntimeHash()
	if err != nil || h1 != h2 || len(h1) != 16 {
		t.Errorf("RuntimeHash: %q %q %v", h1, h2, err)
	}
}
