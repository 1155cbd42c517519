// Package corpus runs the corpus programs translated by py2goasync and
// compares their output with CPython's recorded goldens.
package corpus

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/py2goasync/py2goasync/internal/testdeps"
)

// corpora are the corpus directories: programs in corpus/NAME (listed in
// its MANIFEST.tsv, with its EXPECTED_FAIL), goldens in golden/NAME.
var corpora = []string{"seeds", "programs"}

// A program is one line of a corpus's MANIFEST.tsv.
type program struct {
	name string // file name, NAME.py
	mode string // script or interactive
	args []string
	note string
}

// interactiveFlag is the --interactive value for an interactive program:
// the note says what kind (docs/deterministic.md, "Interactive programs").
func (p program) interactiveFlag() string {
	switch {
	case p.mode != "interactive":
		return ""
	case strings.HasPrefix(p.note, "notebook cell:"):
		return "--interactive=asyncio"
	default:
		return "--interactive=repl"
	}
}

func readManifest(t *testing.T, corpus string) []program {
	b, err := os.ReadFile(filepath.Join(corpus, "MANIFEST.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	var out []program
	for i, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		if i == 0 || line == "" {
			continue // the header
		}
		f := strings.Split(line, "\t")
		if len(f) < 5 {
			t.Fatalf("%s/MANIFEST.tsv:%d: want 5 fields, have %d", corpus, i+1, len(f))
		}
		out = append(out, program{name: f[0], mode: f[2], args: strings.Fields(f[3]), note: f[4]})
	}
	return out
}

// readExpectedFail reads CORPUS/EXPECTED_FAIL: "NAME<TAB>reason" lines;
// # starts a comment.
func readExpectedFail(t *testing.T, corpus string) map[string]string {
	f, err := os.Open(filepath.Join(corpus, "EXPECTED_FAIL"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, "\t")
		out[strings.TrimSpace(name)] = strings.TrimSpace(reason)
	}
	return out
}

var hexRE = regexp.MustCompile(`0x[0-9a-fA-F]+`)

// compileErrorRE matches the last line of a compile error as CPython
// reports it (a program that does not compile).
var compileErrorRE = regexp.MustCompile(`(?m)^(SyntaxError|IndentationError|TabError)(: .*)?\s*\z`)

// pylibStandIn is the directory our runtime prints where CPython prints
// its library's (asyncio source locations in warnings and reprs).
const pylibStandIn = "/usr/lib/python3.11"

// mask applies the golden files' masks (docs/deterministic.md, "Golden
// files") to the Go program's output.
func mask(s, corpusDir string) string {
	s = strings.ReplaceAll(s, pylibStandIn, "<PYLIB>")
	s = strings.ReplaceAll(s, corpusDir, "<CORPUS>")
	return hexRE.ReplaceAllString(s, "0x…")
}

// format renders a run as a golden file.
func format(exit int, stderr, stdout string) string {
	last := ""
	for _, l := range strings.Split(stderr, "\n") {
		if strings.TrimSpace(l) != "" {
			last = l
		}
	}
	return fmt.Sprintf("exit: %d\nstderr: %s\n--- stdout\n%s", exit, last, stdout)
}

// TestCorpus translates, builds and runs every program of every corpus in
// deterministic mode and compares its output with golden/CORPUS/NAME.golden.
// Programs listed in CORPUS/EXPECTED_FAIL may fail (they are reported); one
// of them that passes fails the test, so that the list stays honest.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs every corpus program")
	}

	testdeps.ReadCompilerSources(t, "..")

	// One py2goasync binary for all; the runtime is compiled once by a
	// first build, before the parallel ones. Builds go to a cache of the
	// tests' own (kept between runs: unchanged programs are not rebuilt).
	cache := filepath.Join(os.TempDir(), "py2goasync-test-cache")
	t.Setenv("PY2GOASYNC_CACHE", cache)
	tmp := t.TempDir()
	cli := filepath.Join(tmp, "py2goasync")
	build := exec.Command("go", "build", "-o", cli, "github.com/py2goasync/py2goasync/cmd/py2goasync")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building py2goasync: %v\n%s", err, out)
	}
	warm := filepath.Join(tmp, "warm.py")
	os.WriteFile(warm, []byte("pass\n"), 0o644)
	warmOut, warmErr := exec.Command(cli, "build", warm, "-o", filepath.Join(tmp, "warm")).CombinedOutput()
	runtimeBroken := ""
	if warmErr != nil {
		runtimeBroken = string(warmOut)
	}
	for _, corpus := range corpora {
		bins := filepath.Join(tmp, corpus)
		if err := os.MkdirAll(bins, 0o755); err != nil {
			t.Fatal(err)
		}
		runCorpus(t, corpus, cli, bins, runtimeBroken)
	}
}

// runCorpus runs the programs of corpus/CORPUS as parallel subtests
// CORPUS/NAME and prints one PASS/FAIL line per program and a summary.
func runCorpus(t *testing.T, corpus, cli, tmp, runtimeBroken string) {
	dir, err := filepath.Abs(corpus)
	if err != nil {
		t.Fatal(err)
	}
	expected := readExpectedFail(t, corpus)
	progs := readManifest(t, corpus)
	for name := range expected {
		found := false
		for _, p := range progs {
			found = found || strings.TrimSuffix(p.name, ".py") == name
		}
		if !found {
			t.Errorf("%s/EXPECTED_FAIL lists %s, which is not in %s/MANIFEST.tsv", corpus, name, corpus)
		}
	}

	results := make(chan string, len(progs))
	t.Run(corpus, func(t *testing.T) {
		for _, p := range progs {
			p := p
			name := strings.TrimSuffix(p.name, ".py")
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				got, err := runProgram(cli, dir, tmp, p)
				want, rerr := os.ReadFile(filepath.Join("..", "golden", corpus, name+".golden"))
				if rerr != nil {
					results <- "FAIL " + name + " (no golden)"
					t.Fatal(rerr)
				}
				var diff string
				switch {
				case runtimeBroken != "":
					diff = "the runtime does not build:\n" + runtimeBroken
				case err != nil:
					diff = err.Error()
				default:
					diff = cmp.Diff(string(want), got)
				}
				reason, isExpected := expected[name]
				switch {
				case diff == "" && isExpected:
					results <- "PASS " + name
					t.Errorf("%s passes: remove %s from corpus/%s/EXPECTED_FAIL", name, name, corpus)
				case diff == "":
					results <- "PASS " + name
				case isExpected:
					results <- "FAIL " + name + " (expected: " + reason + ")"
					t.Logf("FAIL %s (expected: %s) (-want +got):\n%s", name, reason, diff)
				default:
					results <- "FAIL " + name
					t.Errorf("FAIL %s (-want +got):\n%s", name, diff)
				}
			})
		}
	})
	close(results)
	pass := 0
	var lines []string
	for r := range results {
		lines = append(lines, r)
		if strings.HasPrefix(r, "PASS") {
			pass++
		}
	}
	if len(lines) == 0 {
		return // no program of this corpus was selected (go test -run)
	}
	for _, l := range sortedStrings(lines) {
		fmt.Printf("%s%s/%s\n", l[:5], corpus, l[5:])
	}
	fmt.Printf("corpus %s: %d of %d programs pass\n", corpus, pass, len(lines))
}

// runProgram builds and runs one program and returns its output as a
// golden file (masked).
func runProgram(cli, dir, tmp string, p program) (string, error) {
	name := strings.TrimSuffix(p.name, ".py")
	bin := filepath.Join(tmp, name)
	args := []string{"build"}
	if f := p.interactiveFlag(); f != "" {
		args = append(args, f)
	}
	args = append(args, p.name, "-o", bin)
	build := exec.Command(cli, args...)
	build.Dir = dir
	if out, err := build.CombinedOutput(); err != nil {
		// A program CPython refuses to compile: python3 prints the
		// SyntaxError and exits with 1; so must py2goasync.
		if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 1 && compileErrorRE.Match(out) {
			return format(1, mask(string(out), dir), ""), nil
		}
		return "", fmt.Errorf("py2goasync %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, p.args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PY2GOASYNC_DETERMINISTIC=1", "TZ=UTC", "PYTHONHASHSEED=0")
	devnull, err := os.Open(os.DevNull)
	if err != nil {
		return "", err
	}
	defer devnull.Close()
	cmd.Stdin = devnull
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		return "", err
	}
	if ctx.Err() != nil {
		return "", fmt.Errorf("timed out after 60 s; stderr:\n%s", stderr.String())
	}
	return format(code, mask(stderr.String(), dir), mask(stdout.String(), dir)), nil
}

func sortedStrings(s []string) []string {
	out := append([]string(nil), s...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j][5:] < out[j-1][5:]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
