package lower_test

// The differential test of the symbol table against CPython 3.11's
// symtable module: for every .py file of corpus/ and of CPython's standard
// library that both parsers accept, the scopes (kind, name, line, nested),
// their symbols with CPython's flag bits (how each name is defined and
// used, and its resolved scope) and the scope tree must be identical; for
// the files whose symbol table CPython rejects, the SyntaxError must be.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/py2goasync/py2goasync/lower"
	"github.com/py2goasync/py2goasync/parser"
)

type symResult struct {
	Path  string `json:"path"`
	Dump  string `json:"dump"`
	Error *struct {
		Msg    string `json:"msg"`
		Lineno *int   `json:"lineno"`
		Offset *int   `json:"offset"`
	} `json:"error"`
}

// dumpTable formats a table as testdata/symdump.py formats CPython's.
func dumpTable(s *lower.Scope, indent string, b *strings.Builder) {
	nested := 0
	if s.Nested {
		nested = 1
	}
	fmt.Fprintf(b, "%s%d %s %d nested=%d\n", indent, s.Kind, s.Name, s.Line, nested)
	syms := append([]*lower.Symbol(nil), s.Symbols()...)
	sort.Slice(syms, func(i, j int) bool { return syms[i].Name < syms[j].Name })
	for _, sym := range syms {
		fmt.Fprintf(b, "%s  %s %d\n", indent, sym.Name, sym.Flags)
	}
	for _, c := range s.Children {
		dumpTable(c, indent+"  ", b)
	}
}

// stdlibFiles lists corpus/ and CPython's standard library .py files.
func stdlibFiles(t *testing.T) (files []string) {
	out, err := exec.Command("python3", "-c", "import sys, sysconfig; assert sys.version_info[:2] == (3, 11), sys.version; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		t.Fatalf("python3 (CPython 3.11) is needed: %v", err)
	}
	stdlib := strings.TrimSpace(string(out))
	for _, root := range []string{"../corpus", stdlib} {
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() && d.Name() == "site-packages" {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.HasSuffix(path, ".py") {
				abs, _ := filepath.Abs(path)
				files = append(files, abs)
			}
			return nil
		})
	}
	if len(files) < 1000 {
		t.Fatalf("found only %d files", len(files))
	}
	return files
}

// cpythonTables runs symdump.py over files with two worker processes.
func cpythonTables(t *testing.T, files []string) map[string]symResult {
	results := map[string]symResult{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for w := 0; w < 2; w++ {
		var in bytes.Buffer
		for i := w; i < len(files); i += 2 {
			in.WriteString(files[i] + "\n")
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command("python3", "testdata/symdump.py")
			cmd.Stdin = &in
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Run(); err != nil {
				errs <- fmt.Errorf("symdump.py: %v\n%s", err, stderr.Bytes())
				return
			}
			sc := bufio.NewScanner(&stdout)
			sc.Buffer(nil, 1<<28)
			for sc.Scan() {
				var r symResult
				if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
					errs <- err
					return
				}
				mu.Lock()
				results[r.Path] = r
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	return results
}

func TestResolveAgreesWithCPython(t *testing.T) {
	files := stdlibFiles(t)
	want := cpythonTables(t, files)
	compared := 0
	for _, path := range files {
		w, ok := want[path]
		if !ok {
			t.Errorf("%s: no CPython result", path)
			continue
		}
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		mod, err := parser.ParseFile(path, src)
		if err != nil {
			continue // the parser's own test compares these errors
		}
		compared++
		table, err := lower.Resolve(path, src, mod)
		switch {
		case w.Error != nil && err == nil:
			t.Errorf("%s: CPython's symtable says %q (line %d), ours accepts it", path, w.Error.Msg, deref(w.Error.Lineno))
		case w.Error == nil && err != nil:
			t.Errorf("%s: ours says %v, CPython's symtable accepts it", path, err)
		case w.Error != nil:
			se := err.(*parser.SyntaxError)
			got := fmt.Sprintf("%s line %d offset %d", se.Msg, se.Pos.Line, se.Offset())
			exp := fmt.Sprintf("%s line %d offset %d", w.Error.Msg, deref(w.Error.Lineno), deref(w.Error.Offset))
			if got != exp {
				t.Errorf("%s: error differs:\nCPython: %s\nours:    %s", path, exp, got)
			}
		default:
			var b strings.Builder
			dumpTable(table.Top, "", &b)
			if diff := cmp.Diff(w.Dump, strings.TrimSuffix(b.String(), "\n")); diff != "" {
				t.Errorf("%s: symbol tables differ (-CPython +ours):\n%s", path, firstLines(diff, 40))
			}
		}
	}
	t.Logf("compared %d files", compared)
}

func deref(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

// firstLines keeps a diff readable.
func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines[n] = "..."
	}
	return strings.Join(lines, "\n")
}

// symtableErrorCases are programs that parse but whose symbol table
// CPython rejects; the expected errors come from python3 at test time.
var symtableErrorCases = []string{
	"def f(x):\n    global x\n",
	"def f(x):\n    nonlocal x\n",
	"def f():\n    x = 1\n    global x\n",
	"def f():\n    print(x)\n    global x\n",
	"def f():\n    x: int\n    global x\n",
	"def f():\n    global x\n    x: int = 1\n",
	"nonlocal x\n",
	"def f():\n    nonlocal x\n",
	"def f():\n    global x\n    nonlocal x\n",
	"def f(a, a): pass\n",
	"lambda a, b, a: 0\n",
	"def f(a, *, a): pass\n",
	"def f():\n    from os import *\n",
	"class C:\n    from os import *\n",
	"[x for x in (y := [1])]\n",
	"[x for x in range(3) for y in (z := x)]\n",
	"[i := 0 for i in range(3)]\n",
	"[[(j := j) for i in range(3)] for j in range(3)]\n",
	"class C:\n    [(y := 1) for x in range(3)]\n",
	"[(yield x) for x in y]\n",
	"{(yield x) for x in y}\n",
	"{x: (yield x) for x in y}\n",
	"((yield x) for x in y)\n",
	"def f():\n    [x for x in (lambda: (y := 1))()]\n",
	"from __future__ import braces\n",
	"from __future__ import nope\n",
	"import os; from __future__ import annotations\n",
	"from __future__ import annotations\ndef f(x: (yield)): pass\n",
	"from __future__ import annotations\nx: (await y) = 1\n",
	"def f():\n    def g():\n        nonlocal y\n",
	"def f():\n    y = 1\n    class C:\n        nonlocal y\n        y = 2\n    def g():\n        nonlocal z\n",
}

func TestResolveErrorsAgreeWithCPython(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i, src := range symtableErrorCases {
		path := filepath.Join(dir, fmt.Sprintf("case%02d.py", i))
		if err := os.WriteFile(path, []byte(src), 0o666); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
	}
	want := cpythonTables(t, files)
	for i, path := range files {
		src := []byte(symtableErrorCases[i])
		w := want[path]
		if w.Error == nil {
			t.Errorf("%q: CPython's symtable accepts it; the table is for rejected programs", src)
			continue
		}
		mod, err := parser.ParseFile(path, src)
		if err != nil {
			t.Errorf("%q: does not parse: %v", src, err)
			continue
		}
		_, err = lower.Resolve(path, src, mod)
		se, ok := err.(*parser.SyntaxError)
		if !ok {
			t.Errorf("%q: got %v; CPython: %s at line %d", src, err, w.Error.Msg, deref(w.Error.Lineno))
			continue
		}
		got := fmt.Sprintf("%s line %d offset %d", se.Msg, se.Pos.Line, se.Offset())
		exp := fmt.Sprintf("%s line %d offset %d", w.Error.Msg, deref(w.Error.Lineno), deref(w.Error.Offset))
		if got != exp {
			t.Errorf("%q:\nCPython: %s\nours:    %s", src, exp, got)
		}
	}
}
