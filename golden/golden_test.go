// Package golden holds CPython 3.11's recorded output for the corpus programs
// and the recorder that produces it.
//
//	go test ./golden -update   # (re)record golden/seeds/*.golden and golden/programs/*.golden
//	go test ./golden           # re-record in memory and compare
//
// Each corpus directory corpus/NAME (see corpora) has its goldens in
// golden/NAME.
//
// Programs run under golden/deterministic.py (docs/deterministic.md).
package golden

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "re-record the goldens in golden/seeds and golden/programs from CPython 3.11")

// corpora are the corpus directories under corpus/ whose goldens live in
// the directory of the same name under golden/.
var corpora = []string{"seeds", "programs"}

const (
	perProgramTimeout = 60 * time.Second
	parallel          = 2
	corpusPlaceholder = "<CORPUS>"
	pylibPlaceholder  = "<PYLIB>"
)

// entry is one line of a corpus's MANIFEST.tsv.
type entry struct {
	name, mode, args, note string
}

// kind is the deterministic.py mode flag for an entry.
func (e entry) flags() ([]string, error) {
	switch {
	case e.mode == "script":
		return nil, nil
	case e.mode == "interactive" && strings.HasPrefix(e.note, "transcript:"):
		return []string{"--interactive=repl"}, nil
	case e.mode == "interactive" && strings.HasPrefix(e.note, "notebook cell:"):
		return []string{"--interactive=asyncio"}, nil
	}
	return nil, fmt.Errorf("%s: mode %q with note %q: not script, transcript or notebook cell", e.name, e.mode, e.note)
}

func readManifest(path string) ([]entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []entry
	sc := bufio.NewScanner(f)
	first := true
	for sc.Scan() {
		line := sc.Text()
		if first {
			first = false
			continue
		}
		if line == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 5 {
			return nil, fmt.Errorf("%s: %d columns in %q", path, len(cols), line)
		}
		out = append(out, entry{name: cols[0], mode: cols[2], args: cols[3], note: cols[4]})
	}
	return out, sc.Err()
}

// python3 checks that python3 is CPython 3.11 and returns its library dir.
func python3(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("python3", "-c",
		"import platform, sys, sysconfig; print(platform.python_implementation(), '%d.%d' % sys.version_info[:2]); print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		t.Fatalf("golden: cannot run python3 (CPython 3.11 is required to record or check goldens): %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 2 || lines[0] != "CPython 3.11" {
		t.Fatalf("golden: python3 is %q; goldens are recorded only by CPython 3.11", lines[0])
	}
	return lines[1]
}

var hexRE = regexp.MustCompile(`0x[0-9a-fA-F]+`)

// mask applies the only masks: absolute paths of the corpus directory and
// of CPython's library, then memory addresses.
func mask(s, corpusDir, pylib string) string {
	s = strings.ReplaceAll(s, pylib, pylibPlaceholder)
	s = strings.ReplaceAll(s, corpusDir, corpusPlaceholder)
	return hexRE.ReplaceAllString(s, "0x…")
}

// format renders a golden file: see docs/deterministic.md, "Golden files".
func format(exit int, stderr, stdout string) string {
	last := ""
	for _, l := range strings.Split(stderr, "\n") {
		if strings.TrimSpace(l) != "" {
			last = l
		}
	}
	return fmt.Sprintf("exit: %d\nstderr: %s\n--- stdout\n%s", exit, last, stdout)
}

func record(e entry, corpusDir, pylib, runner string) (string, error) {
	flags, err := e.flags()
	if err != nil {
		return "", err
	}
	ctx, cancel := context.WithTimeout(context.Background(), perProgramTimeout)
	defer cancel()
	args := append([]string{runner}, flags...)
	args = append(args, filepath.Join(corpusDir, e.name))
	args = append(args, strings.Fields(e.args)...)
	cmd := exec.CommandContext(ctx, "python3", args...)
	cmd.Dir = corpusDir
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "TZ=UTC", "PYTHONIOENCODING=utf-8", "PYTHONDONTWRITEBYTECODE=1")
	cmd.Stdin = nil
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	if ctx.Err() != nil {
		return "", fmt.Errorf("%s: timed out after %v", e.name, perProgramTimeout)
	}
	exit := 0
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			return "", fmt.Errorf("%s: %v", e.name, err)
		}
		exit = ee.ExitCode()
	}
	return format(exit, mask(stderr.String(), corpusDir, pylib), mask(stdout.String(), corpusDir, pylib)), nil
}

func programPaths(dir string, entries []entry) []string {
	var out []string
	for _, e := range entries {
		out = append(out, filepath.Join(dir, e.name))
	}
	return out
}

func goldenName(program string) string {
	return strings.TrimSuffix(program, ".py") + ".golden"
}

func TestGoldens(t *testing.T) {
	pylib := python3(t)
	for _, corpus := range corpora {
		t.Run(corpus, func(t *testing.T) { checkCorpus(t, corpus, pylib) })
	}
}

// checkCorpus records every program of corpus/CORPUS with CPython and
// compares the result with golden/CORPUS/*.golden (or writes them, with
// -update).
func checkCorpus(t *testing.T, corpus, pylib string) {
	corpusDir, err := filepath.Abs(filepath.Join("..", "corpus", corpus))
	if err != nil {
		t.Fatal(err)
	}
	runner, err := filepath.Abs("deterministic.py")
	if err != nil {
		t.Fatal(err)
	}
	entries, err := readManifest(filepath.Join(corpusDir, "MANIFEST.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	// Read the inputs python3 reads, so that go test's cache is invalidated
	// when the runner or a program changes (files opened only by a
	// subprocess are not tracked).
	for _, f := range append([]string{runner}, programPaths(corpusDir, entries)...) {
		if _, err := os.ReadFile(f); err != nil {
			t.Fatal(err)
		}
	}
	results := make([]string, len(entries))
	errs := make([]error, len(entries))
	sem := make(chan struct{}, parallel)
	var wg sync.WaitGroup
	for i, e := range entries {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			results[i], errs[i] = record(e, corpusDir, pylib, runner)
		}()
	}
	wg.Wait()

	dir := corpus
	want := map[string]bool{}
	for i, e := range entries {
		name := goldenName(e.name)
		want[name] = true
		if errs[i] != nil {
			t.Error(errs[i])
			continue
		}
		path := filepath.Join(dir, name)
		if *update {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(results[i]), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		old, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%s: no golden (record it with go test ./golden -update): %v", e.name, err)
			continue
		}
		if diff := cmp.Diff(string(old), results[i]); diff != "" {
			t.Errorf("%s: CPython's output differs from %s (-golden +now):\n%s", e.name, path, diff)
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.golden"))
	sort.Strings(files)
	for _, f := range files {
		if !want[filepath.Base(f)] {
			if *update {
				os.Remove(f)
			} else {
				t.Errorf("%s: no program in corpus/%s/MANIFEST.tsv", f, corpus)
			}
		}
	}
}

func TestMask(t *testing.T) {
	got := mask("at 0x7f12ab /c/seeds/x.py /lib/py/asyncio/x.py", "/c/seeds", "/lib/py")
	want := "at 0x… <CORPUS>/x.py <PYLIB>/asyncio/x.py"
	if got != want {
		t.Errorf("mask: got %q, want %q", got, want)
	}
}
