package parser_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/py2goasync/py2goasync/parser"
)

// BenchmarkParseAsyncio parses every file of the installed CPython's
// Lib/asyncio per iteration; MB/s is source bytes parsed per second. For a
// comparison with CPython's ast.parse on the same files run
// "go run ./bench/parse".
func BenchmarkParseAsyncio(b *testing.B) {
	py := dtFindPython(b)
	paths, err := filepath.Glob(filepath.Join(py.Stdlib, "asyncio", "*.py"))
	if err != nil {
		b.Fatal(err)
	}
	if len(paths) == 0 {
		b.Fatalf("no files in %s/asyncio", py.Stdlib)
	}
	type file struct {
		name string
		src  []byte
	}
	var files []file
	var total int64
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, file{p, src})
		total += int64(len(src))
	}
	for _, f := range files {
		if _, err := parser.ParseFile(f.name, f.src); err != nil {
			b.Fatalf("%s: %v", f.name, err)
		}
	}
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, f := range files {
			parser.ParseFile(f.name, f.src)
		}
	}
	b.ReportMetric(float64(len(files)), "files/op")
}
