// Package py2goasync holds the runtime's sources, so that the py2goasync
// command can build generated programs anywhere, offline: the sources
// travel inside the binary.
package py2goasync

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed go.mod rt
var sources embed.FS

// RuntimeModule is the module path of the runtime.
const RuntimeModule = "github.com/py2goasync/py2goasync"

// Runtime returns the runtime's sources: go.mod and the rt directory.
func Runtime() fs.FS { return sources }

// runtimeFiles lists the files a build needs: the Go sources of rt and
// its packages (tests, test data and rt/rttest left out) and the data
// files they embed.
func runtimeFiles() ([]string, error) {
	var files []string
	err := fs.WalkDir(sources, "rt", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == "testdata" || d.Name() == "rttest" {
				return fs.SkipDir // test data and test helpers
			}
			return nil
		}
		if strings.HasSuffix(path, "_test.go") {
			return nil
		}
		files = append(files, path)
		return nil
	})
	sort.Strings(files)
	return files, err
}

// RuntimeHash identifies the embedded runtime: a hash of its files' names
// and contents. Build directories are keyed by it.
func RuntimeHash() (string, error) {
	files, err := runtimeFiles()
	if err != nil {
		return "", err
	}
	h := sha256.New()
	h.Write([]byte(runtimeGoMod()))
	for _, f := range files {
		b, err := fs.ReadFile(sources, f)
		if err != nil {
			return "", err
		}
		h.Write([]byte(f + "\x00"))
		h.Write(b)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// runtimeGoMod is the go.mod of the written runtime module: the module
// path and Go version of ours, without requirements (rt uses only the
// standard library, so it builds with GOPROXY=off).
func runtimeGoMod() string {
	goVersion := "1.26.0"
	if b, err := fs.ReadFile(sources, "go.mod"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(strings.TrimSpace(l), "go "); ok {
				goVersion = v
			}
		}
	}
	return "module " + RuntimeModule + "\n\ngo " + goVersion + "\n"
}

// WriteRuntime writes the runtime module to dir (created if needed): a
// go.mod without requirements and the rt package tree.
func WriteRuntime(dir string) error {
	files, err := runtimeFiles()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(runtimeGoMod()), 0o644); err != nil {
		return err
	}
	for _, f := range files {
		b, err := fs.ReadFile(sources, f)
		if err != nil {
			return err
		}
		p := filepath.Join(dir, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
