package parser_test

// The differential test of the parser against CPython 3.11: every file of
// corpus/, of the installed CPython's Lib/asyncio and Lib/test/test_asyncio,
// and of the rest of its standard library is parsed by ParseFile and by
// ast.parse, and the ast.dump outputs (with and without positions) or the
// SyntaxErrors must be identical.
//
// CPython runs once per test run, as a batch (testdata/astdump.py, two
// worker processes), writing its dumps into a temporary directory; the Go
// side then checks every file in a parallel subtest:
//
//	go test ./parser -run TestDiffCPython/stdlib/asyncio/ -v
//
// With -short only corpus/ and Lib/asyncio are checked.

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/py2goasync/py2goasync/parser"
)

// dtPython is the CPython the differential tests compare against.
type dtPython struct {
	Exe     string // path of python3
	Version string // e.g. "3.11.7"
	Stdlib  string // sysconfig.get_paths()["stdlib"]
}

var (
	dtPythonOnce sync.Once
	dtPythonInfo dtPython
	dtPythonErr  error
)

// dtFindPython locates python3 and checks that it is CPython 3.11. A missing
// or wrong python3 fails the test: the comparison is the point.
func dtFindPython(t testing.TB) dtPython {
	t.Helper()
	dtPythonOnce.Do(func() {
		exe, err := exec.LookPath("python3")
		if err != nil {
			dtPythonErr = fmt.Errorf("python3 not found on PATH: %v (the differential tests need CPython 3.11)", err)
			return
		}
		out, err := exec.Command(exe, "-c",
			"import sys, sysconfig, platform\n"+
				"print(platform.python_implementation())\n"+
				"print(platform.python_version())\n"+
				"print(sysconfig.get_paths()['stdlib'])\n"+
				"print(sys.executable)\n").Output()
		if err != nil {
			dtPythonErr = fmt.Errorf("running %s: %v", exe, err)
			return
		}
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		if len(lines) != 4 {
			dtPythonErr = fmt.Errorf("unexpected output from %s: %q", exe, out)
			return
		}
		impl, version, stdlib := lines[0], strings.TrimSpace(lines[1]), strings.TrimSpace(lines[2])
		if impl != "CPython" || !strings.HasPrefix(version, "3.11.") {
			dtPythonErr = fmt.Errorf("%s is %s %s; the differential tests need CPython 3.11", exe, impl, version)
			return
		}
		if real := strings.TrimSpace(lines[3]); real != "" {
			exe = real // the interpreter itself, not a (slow) pyenv shim
		}
		dtPythonInfo = dtPython{Exe: exe, Version: version, Stdlib: stdlib}
	})
	if dtPythonErr != nil {
		t.Fatal(dtPythonErr)
	}
	return dtPythonInfo
}

// dtJob is one file for CPython to parse.
type dtJob struct {
	Name     string // subtest name
	Path     string // absolute path
	TopLevel bool   // compile with PyCF_ALLOW_TOP_LEVEL_AWAIT (interactive-mode corpus files)
	Size     int64
}

// dtPyErr is the exception CPython raised for a file (see astdump.py).
type dtPyErr struct {
	Syntax    bool    `json:"syntax"`
	Type      string  `json:"type"`
	Msg       string  `json:"msg"`
	Lineno    *int    `json:"lineno"`
	Offset    *int    `json:"offset"`
	EndLineno *int    `json:"end_lineno"`
	EndOffset *int    `json:"end_offset"`
	Text      *string `json:"text"`
}

// dtPyResult is CPython's verdict on one file: the two dumps, or an error.
type dtPyResult struct {
	Dump, Attrs string
	Err         *dtPyErr
}

// dtRunCPython runs testdata/astdump.py over jobs with the given number of
// worker processes and returns the directory holding the results; load
// them with dtLoad. Job i's results are named by i.
func dtRunCPython(t testing.TB, py dtPython, jobs []dtJob, workers int) string {
	t.Helper()
	script, err := filepath.Abs(filepath.Join("testdata", "astdump.py"))
	if err != nil {
		t.Fatal(err)
	}
	outdir := t.TempDir()
	if workers > len(jobs) {
		workers = len(jobs)
	}
	if workers < 1 {
		workers = 1
	}
	// Longest processing time first: biggest files to the least loaded worker.
	order := make([]int, len(jobs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return jobs[order[a]].Size > jobs[order[b]].Size })
	inputs := make([]bytes.Buffer, workers)
	load := make([]int64, workers)
	for _, i := range order {
		w := 0
		for k := range load {
			if load[k] < load[w] {
				w = k
			}
		}
		load[w] += jobs[i].Size + 1000
		mode := "exec"
		if jobs[i].TopLevel {
			mode = "toplevel"
		}
		fmt.Fprintf(&inputs[w], "%d\t%s\t%s\n", i, mode, jobs[i].Path)
	}
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			cmd := exec.Command(py.Exe, script, outdir)
			cmd.Stdin = &inputs[w]
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Run(); err != nil {
				errs[w] = fmt.Errorf("%s %s: %v\n%s", py.Exe, script, err, stderr.Bytes())
			}
		}(w)
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	return outdir
}

// dtLoad reads CPython's result for job i.
func dtLoad(outdir string, i int) (dtPyResult, error) {
	base := filepath.Join(outdir, fmt.Sprint(i))
	if data, err := os.ReadFile(base + ".err"); err == nil {
		var e dtPyErr
		if err := json.Unmarshal(data, &e); err != nil {
			return dtPyResult{}, fmt.Errorf("%s.err: %v", base, err)
		}
		return dtPyResult{Err: &e}, nil
	}
	dump, err := os.ReadFile(base + ".dump")
	if err != nil {
		return dtPyResult{}, fmt.Errorf("no CPython result: %v", err)
	}
	attrs, err := os.ReadFile(base + ".attrs")
	if err != nil {
		return dtPyResult{}, fmt.Errorf("no CPython result: %v", err)
	}
	return dtPyResult{Dump: string(dump), Attrs: string(attrs)}, nil
}

// dtParseResult is the outcome of one guarded ParseFile call.
type dtParseResult struct {
	Mod      *parser.Module
	Err      error
	Panic    any    // non-nil if ParseFile panicked
	Stack    []byte // the panic's stack
	TimedOut bool
}

// dtParse calls ParseFile in a goroutine, recovering a panic and giving up
// after timeout, so that one bad file cannot take the whole run down.
func dtParse(filename string, src []byte, timeout time.Duration) dtParseResult {
	done := make(chan dtParseResult, 1)
	go func() {
		var r dtParseResult
		defer func() {
			if p := recover(); p != nil {
				r.Panic, r.Stack = p, debug.Stack()
			}
			done <- r
		}()
		r.Mod, r.Err = parser.ParseFile(filename, src)
	}()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case r := <-done:
		return r
	case <-timer.C:
		return dtParseResult{TimedOut: true}
	}
}

// dtDump calls Dump, turning a panic into an error.
func dtDump(n parser.Node, attrs bool) (s string, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("Dump(attrs=%v) panicked: %v\n%s", attrs, p, debug.Stack())
		}
	}()
	return parser.Dump(n, attrs), nil
}

// dtRepoRoot is the module root (the test runs in parser/).
func dtRepoRoot(t testing.TB) string {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("cannot find the repository root: %v", err)
	}
	return root
}

// dtManifestModes reads every MANIFEST.tsv under corpus/ and returns the
// absolute paths of the files whose mode column says they are
// interactive-mode (top-level await) programs. The manifest's first line
// names the columns; the file column is "path", "file", "filename" or
// "name", or else the first column; paths are relative to the manifest's
// directory or to the repository root.
func dtManifestModes(t testing.TB, root string) map[string]bool {
	t.Helper()
	toplevel := map[string]bool{}
	corpus := filepath.Join(root, "corpus")
	filepath.WalkDir(corpus, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "MANIFEST.tsv" {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			return nil
		}
		lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
		if len(lines) == 0 {
			return nil
		}
		header := strings.Split(lines[0], "\t")
		fileCol, modeCol := 0, -1
		for i, h := range header {
			switch strings.ToLower(strings.TrimSpace(h)) {
			case "mode":
				modeCol = i
			case "path", "file", "filename", "name":
				fileCol = i
			}
		}
		if modeCol < 0 {
			return nil
		}
		dir := filepath.Dir(path)
		for _, line := range lines[1:] {
			cols := strings.Split(line, "\t")
			if len(cols) <= modeCol || len(cols) <= fileCol || strings.HasPrefix(line, "#") {
				continue
			}
			mode := strings.ToLower(strings.TrimSpace(cols[modeCol]))
			switch mode {
			case "", "exec", "file", "module", "script", "program":
				continue
			}
			// "interactive", "single", "repl", "toplevel", "await", ...
			name := strings.TrimSpace(cols[fileCol])
			toplevel[filepath.Join(dir, name)] = true
			toplevel[filepath.Join(root, name)] = true
			toplevel[filepath.Join(corpus, name)] = true
		}
		return nil
	})
	return toplevel
}

// dtCollect lists the files of the differential test.
func dtCollect(t testing.TB, py dtPython, short bool) (jobs []dtJob) {
	t.Helper()
	root := dtRepoRoot(t)
	toplevel := dtManifestModes(t, root)
	add := func(name, path string, top bool) {
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		jobs = append(jobs, dtJob{Name: name, Path: path, TopLevel: top, Size: fi.Size()})
	}
	walkPy := func(dir string, skip func(rel string) bool, visit func(rel, path string)) {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(dir, path)
			rel = filepath.ToSlash(rel)
			if d.IsDir() {
				if rel != "." && skip(rel) {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasSuffix(d.Name(), ".py") && d.Type().IsRegular() {
				visit(rel, path)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	never := func(string) bool { return false }

	corpus := filepath.Join(root, "corpus")
	if _, err := os.Stat(corpus); err == nil {
		walkPy(corpus, never, func(rel, path string) {
			add("corpus/"+rel, path, toplevel[path])
		})
	}

	var asyncio, testAsyncio, other int
	walkPy(py.Stdlib, func(rel string) bool {
		return rel == "site-packages" || rel == "dist-packages" || strings.HasSuffix(rel, "__pycache__") ||
			short && rel != "asyncio"
	}, func(rel, path string) {
		switch {
		case strings.HasPrefix(rel, "asyncio/"):
			asyncio++
		case strings.HasPrefix(rel, "test/test_asyncio/"):
			testAsyncio++
		default:
			if short {
				return
			}
			other++
		}
		add("stdlib/"+rel, path, false)
	})
	if asyncio < 20 {
		t.Fatalf("found only %d files under %s/asyncio", asyncio, py.Stdlib)
	}
	if !short && testAsyncio < 20 {
		t.Fatalf("found only %d files under %s/test/test_asyncio", testAsyncio, py.Stdlib)
	}
	if !short && other < 500 {
		t.Fatalf("found only %d standard library files beyond asyncio; need at least 500", other)
	}
	t.Logf("%d files: corpus/ and stdlib (%d asyncio, %d test_asyncio, %d others)", len(jobs), asyncio, testAsyncio, other)
	return jobs
}

// TestDiffCPython is the acceptance test of the parser: our Dump must equal
// CPython's ast.dump, with and without positions, on every file; where
// CPython raises SyntaxError, so must we, with the same details.
func TestDiffCPython(t *testing.T) {
	py := dtFindPython(t)
	jobs := dtCollect(t, py, testing.Short())
	if sel := dtRunFilter(t.Name()); sel != nil {
		var kept []dtJob
		for _, j := range jobs {
			if sel(j.Name) {
				kept = append(kept, j)
			}
		}
		t.Logf("-run selects %d of the %d files", len(kept), len(jobs))
		jobs = kept
	}

	start := time.Now()
	outdir := dtRunCPython(t, py, jobs, 2)
	pyTime := time.Since(start)
	t.Logf("CPython %s: dumped %d files in %v (2 worker processes)", py.Version, len(jobs), pyTime.Round(time.Millisecond))

	goStart := time.Now()
	t.Cleanup(func() { // runs once the parallel subtests are done
		t.Logf("Go side: %v; total %v", time.Since(goStart).Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
	})
	for i, job := range jobs {
		t.Run(job.Name, func(t *testing.T) {
			t.Parallel()
			dtCheckFile(t, outdir, i, job)
		})
	}
}

func dtCheckFile(t *testing.T, outdir string, i int, job dtJob) {
	want, err := dtLoad(outdir, i)
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(job.Path)
	if err != nil {
		t.Fatal(err)
	}
	r := dtParse(job.Path, src, 60*time.Second)
	switch {
	case r.TimedOut:
		t.Fatalf("ParseFile did not return within 60s")
	case r.Panic != nil:
		t.Fatalf("ParseFile panicked: %v\n%s", r.Panic, r.Stack)
	}
	if want.Err != nil {
		if r.Err == nil {
			t.Fatalf("CPython rejects the file, we accept it.\nCPython: %s", want.Err.describe())
		}
		dtCompareError(t, want.Err, r.Err, src)
		return
	}
	if r.Err != nil {
		t.Fatalf("CPython parses the file, we fail: %v", r.Err)
	}
	if r.Mod == nil {
		t.Fatalf("ParseFile returned a nil *Module and no error")
	}
	got, err := dtDump(r.Mod, false)
	if err != nil {
		t.Fatal(err)
	}
	if got != want.Dump {
		t.Fatalf("ast.dump differs:\n%s", dtFocusedDiff(want.Dump, got))
	}
	got, err = dtDump(r.Mod, true)
	if err != nil {
		t.Fatal(err)
	}
	if got != want.Attrs {
		t.Fatalf("ast.dump(include_attributes=True) differs (positions):\n%s", dtFocusedDiff(want.Attrs, got))
	}
}

func (e *dtPyErr) describe() string {
	return fmt.Sprintf("%s: %s (lineno=%s offset=%s end_lineno=%s end_offset=%s text=%s)",
		e.Type, e.Msg, dtIntp(e.Lineno), dtIntp(e.Offset), dtIntp(e.EndLineno), dtIntp(e.EndOffset), dtStrp(e.Text))
}

func dtIntp(p *int) string {
	if p == nil {
		return "None"
	}
	return fmt.Sprint(*p)
}

func dtStrp(p *string) string {
	if p == nil {
		return "None"
	}
	return fmt.Sprintf("%q", *p)
}

// dtErrFields are the parts of a SyntaxError that must match CPython's.
// Offsets are CPython's: 1-based, in characters. End fields are compared
// only when CPython sets them.
type dtErrFields struct {
	Type      string
	Msg       string
	Lineno    int
	Offset    int
	EndLineno int
	EndOffset int
}

// dtCompareError compares our error with the exception CPython raised.
func dtCompareError(t *testing.T, want *dtPyErr, gotErr error, src []byte) {
	t.Helper()
	if !want.Syntax {
		// ValueError for NUL bytes and the like: any error will do.
		t.Logf("CPython raised %s: %s; we: %v", want.Type, want.Msg, gotErr)
		return
	}
	var se *parser.SyntaxError
	if !errors.As(gotErr, &se) {
		t.Fatalf("got a %T, not a *parser.SyntaxError: %v\nCPython: %s", gotErr, gotErr, want.describe())
	}
	w, g := dtErrFieldsOf(want, se)
	if diff := cmp.Diff(w, g); diff != "" {
		t.Errorf("SyntaxError differs (-CPython +ours):\n%s\nCPython: %s\nours:    %s",
			diff, want.describe(), dtDescribeErr(se))
	}
}

// dtErrFieldsOf returns CPython's and our error details, side by side.
func dtErrFieldsOf(want *dtPyErr, se *parser.SyntaxError) (w, g dtErrFields) {
	w = dtErrFields{Type: want.Type, Msg: want.Msg}
	g = dtErrFields{Type: se.Type, Msg: se.Msg, Lineno: int(se.Pos.Line)}
	if want.Lineno != nil {
		w.Lineno = *want.Lineno
	}
	if want.Offset != nil {
		w.Offset = *want.Offset
		g.Offset = dtSafe(se.Offset)
	}
	if want.EndLineno != nil {
		w.EndLineno = *want.EndLineno
		g.EndLineno = int(se.End.Line)
		if want.EndOffset != nil {
			w.EndOffset = *want.EndOffset
			g.EndOffset = dtSafe(se.EndOffset)
		}
	}
	return w, g
}

// dtSafe calls f, turning a panic into a value CPython never reports.
func dtSafe(f func() int) (n int) {
	defer func() {
		if recover() != nil {
			n = -1 << 30
		}
	}()
	return f()
}

func dtDescribeErr(e *parser.SyntaxError) string {
	return fmt.Sprintf("%s: %s (Pos=%v End=%v Offset()=%d EndOffset()=%d Text=%q)",
		e.Type, e.Msg, e.Pos, e.End, dtSafe(e.Offset), dtSafe(e.EndOffset), e.Text)
}

// dtFocusedDiff shows where two long one-line dumps first differ: ±200
// bytes around the first difference, split after ", " so that cmp.Diff
// lines up the fields.
func dtFocusedDiff(want, got string) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	lo := max(i-200, 0)
	for lo > 0 && !utf8.RuneStart(want[lo]) {
		lo--
	}
	cut := func(s string) string {
		hi := min(i+200, len(s))
		for hi < len(s) && !utf8.RuneStart(s[hi]) {
			hi++
		}
		return s[lo:hi]
	}
	w, g := cut(want), cut(got)
	diff := cmp.Diff(strings.SplitAfter(w, ", "), strings.SplitAfter(g, ", "))
	return fmt.Sprintf("first difference at byte %d (CPython's dump is %d bytes, ours %d); -CPython +ours:\n%s",
		i, len(want), len(got), diff)
}

// dtRunFilter returns, when -test.run names subtests of test, a predicate
// telling which subtest names it can select, so that CPython dumps only
// those files; nil means all. It mirrors the testing package's matching:
// the pattern is split at top-level '|' into alternatives and each at '/'
// (outside brackets and parentheses) into one regexp per name element.
func dtRunFilter(test string) func(name string) bool {
	f := flag.Lookup("test.run")
	if f == nil || f.Value.String() == "" {
		return nil
	}
	var alts [][]*regexp.Regexp
	for _, alt := range dtSplitTop(f.Value.String(), '|') {
		var res []*regexp.Regexp
		for _, p := range dtSplitTop(alt, '/') {
			re, err := regexp.Compile(p)
			if err != nil {
				return nil
			}
			res = append(res, re)
		}
		if len(res) < 2 && (len(res) == 0 || res[0].MatchString(test)) {
			return nil // selects the whole test
		}
		alts = append(alts, res)
	}
	return func(name string) bool {
		elems := strings.Split(test+"/"+name, "/")
	alt:
		for _, res := range alts {
			for i, e := range elems {
				if i >= len(res) {
					break
				}
				if !res[i].MatchString(e) {
					continue alt
				}
			}
			return true
		}
		return false
	}
}

// dtSplitTop splits s at sep where it is outside [...] and (...).
func dtSplitTop(s string, sep byte) []string {
	var parts []string
	depth, inClass, start := 0, false, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\':
			i++
		case inClass:
			if c == ']' {
				inClass = false
			}
		case c == '[':
			inClass = true
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == sep && depth == 0:
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}
