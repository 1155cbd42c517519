package parser_test

// The mutation test: CPython 3.11 and ParseFile must agree on small
// corruptions of real code, the inputs a user's typo produces. Each mutant
// is one of Lib/asyncio's files with one edit (a character deleted or
// doubled, a token inserted, a line deleted), made by a seeded generator,
// so the run is the same every time.
//
// The verdict must agree on every mutant: if CPython accepts one, so must
// we, with the same tree; if it rejects one, so must we. The error itself
// (type, message, line, offset) must agree on at least minErrorAgreement
// of the rejected mutants: CPython's second-pass hints are many, and the
// remaining differences are listed in the log.

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/py2goasync/py2goasync/parser"
)

const (
	mutantCount       = 2000
	minErrorAgreement = 0.99
)

// mutationTokens are the insertions the generator chooses from.
var mutationTokens = []string{"(", ")", ":", ",", "=", " if ", "\"", "'''", "[", "lambda", "*", "**",
	"async ", "await ", "\\", ".", "{", "}", "f\"{", " x ", "1", " else ", ":=", "->", "@", "not ", "\t"}

// mutate returns src with one edit chosen by r.
func mutate(r *rand.Rand, src string) string {
	lines := strings.Split(src, "\n")
	i := r.IntN(len(lines))
	line := lines[i]
	switch r.IntN(4) {
	case 0: // delete a character
		if line != "" {
			j := r.IntN(len(line))
			line = line[:j] + line[j+1:]
		}
	case 1: // insert a token
		j := r.IntN(len(line) + 1)
		line = line[:j] + mutationTokens[r.IntN(len(mutationTokens))] + line[j:]
	case 2: // delete the line
		return strings.Join(append(lines[:i:i], lines[i+1:]...), "\n")
	case 3: // double a character
		if line != "" {
			j := r.IntN(len(line))
			line = line[:j] + line[j:j+1] + line[j:]
		}
	}
	lines[i] = line
	return strings.Join(lines, "\n")
}

func TestMutationsAgreeWithCPython(t *testing.T) {
	py := dtFindPython(t)
	files, err := filepath.Glob(filepath.Join(py.Stdlib, "asyncio", "*.py"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no Lib/asyncio files under %s: %v", py.Stdlib, err)
	}
	sort.Strings(files)
	var sources []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, string(data))
	}
	r := rand.New(rand.NewPCG(5, 7))
	dir := t.TempDir()
	var jobs []dtJob
	var mutants []string
	for i := 0; i < mutantCount; i++ {
		m := mutate(r, sources[r.IntN(len(sources))])
		path := filepath.Join(dir, fmt.Sprintf("mutant%04d.py", i))
		if err := os.WriteFile(path, []byte(m), 0o666); err != nil {
			t.Fatal(err)
		}
		mutants = append(mutants, m)
		jobs = append(jobs, dtJob{Name: filepath.Base(path), Path: path, Size: int64(len(m))})
	}
	outdir := dtRunCPython(t, py, jobs, 2)

	rejected, agreed := 0, 0
	var differences []string
	for i, m := range mutants {
		want, err := dtLoad(outdir, i)
		if err != nil {
			t.Fatal(err)
		}
		got := dtParse(jobs[i].Path, []byte(m), 5*time.Second)
		switch {
		case got.TimedOut:
			t.Errorf("%s: ParseFile did not return within 5s", jobs[i].Name)
			continue
		case got.Panic != nil:
			t.Errorf("%s: ParseFile panicked: %v\n%s", jobs[i].Name, got.Panic, got.Stack)
			continue
		}
		if want.Err == nil {
			if got.Err != nil {
				t.Errorf("%s: CPython accepts it, we reject it: %v", jobs[i].Name, got.Err)
			} else if d, _ := dtDump(got.Mod, true); d != want.Attrs {
				t.Errorf("%s: trees differ:\n%s", jobs[i].Name, dtFocusedDiff(want.Attrs, d))
			}
			continue
		}
		if !want.Err.Syntax {
			continue // NUL bytes and the like: not a SyntaxError in CPython
		}
		rejected++
		se, ok := got.Err.(*parser.SyntaxError)
		if !ok {
			t.Errorf("%s: CPython rejects it (%s), we accept it", jobs[i].Name, want.Err.describe())
			continue
		}
		w, g := dtErrFieldsOf(want.Err, se)
		w.EndLineno, w.EndOffset, g.EndLineno, g.EndOffset = 0, 0, 0, 0
		if w == g {
			agreed++
		} else {
			differences = append(differences, fmt.Sprintf("%s:\n\tCPython: %s\n\tours:    %s", jobs[i].Name, want.Err.describe(), dtDescribeErr(se)))
		}
	}
	if rejected == 0 {
		t.Fatal("no mutant was rejected: the generator is broken")
	}
	rate := float64(agreed) / float64(rejected)
	t.Logf("%d mutants, %d rejected by CPython; the same error for %d (%.2f%%)", mutantCount, rejected, agreed, 100*rate)
	for _, d := range differences {
		t.Log(d)
	}
	if rate < minErrorAgreement {
		t.Errorf("errors agree with CPython's for %.2f%% of the rejected mutants; want at least %.0f%%", 100*rate, 100*minErrorAgreement)
	}
}
