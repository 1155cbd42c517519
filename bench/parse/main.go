// Command parse compares the speed of py2goasync's parser with CPython's
// ast.parse on the same files, by default every .py file of the installed
// CPython's Lib/asyncio. Both sides read the files into memory first, warm
// up, and report the best of -n timed runs over all files.
//
//	go run ./bench/parse [-n 10] [-python python3] [-dir DIR]
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/py2goasync/py2goasync/parser"
)

// pyBench is the CPython half: it prints {"best": seconds, "version": ...}.
const pyBench = `
import ast, json, platform, sys, time
n = int(sys.argv[1])
srcs = []
for p in sys.argv[2:]:
    with open(p, "rb") as f:
        srcs.append((p, f.read()))
def once():
    for p, src in srcs:
        ast.parse(src, p)
once()
best = float("inf")
for _ in range(n):
    t0 = time.perf_counter()
    once()
    best = min(best, time.perf_counter() - t0)
print(json.dumps({"best": best, "version": platform.python_version()}))
`

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "bench/parse: %v\n", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 10, "timed runs per side (the best one counts)")
	python := fs.String("python", "python3", "the CPython 3.11 interpreter to compare with")
	dir := fs.String("dir", "", "directory of .py files to parse (default: the interpreter's Lib/asyncio)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *n < 1 {
		return errors.New("-n must be at least 1")
	}
	if *dir == "" {
		out, err := exec.Command(*python, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
		if err != nil {
			return fmt.Errorf("asking %s for its stdlib: %v", *python, err)
		}
		*dir = filepath.Join(strings.TrimSpace(string(out)), "asyncio")
	}
	paths, err := filepath.Glob(filepath.Join(*dir, "*.py"))
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("no .py files in %s", *dir)
	}

	// Go.
	srcs := make([][]byte, len(paths))
	var total int
	for i, p := range paths {
		if srcs[i], err = os.ReadFile(p); err != nil {
			return err
		}
		total += len(srcs[i])
	}
	once := func() error {
		for i, p := range paths {
			if _, err := parser.ParseFile(p, srcs[i]); err != nil {
				return err
			}
		}
		return nil
	}
	if err := once(); err != nil { // warm-up; also checks every file parses
		return err
	}
	goBest := time.Duration(1<<63 - 1)
	for range *n {
		start := time.Now()
		once()
		goBest = min(goBest, time.Since(start))
	}

	// CPython.
	cmd := exec.Command(*python, append([]string{"-c", pyBench, fmt.Sprint(*n)}, paths...)...)
	cmd.Stderr = stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("%s: %v", *python, err)
	}
	var res struct {
		Best    float64 `json:"best"`
		Version string  `json:"version"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		return fmt.Errorf("%s printed %q: %v", *python, out, err)
	}
	pyBest := time.Duration(res.Best * float64(time.Second))

	mb := float64(total) / 1e6
	fmt.Fprintf(stdout, "files:       %d in %s (%.2f MB)\n", len(paths), *dir, mb)
	fmt.Fprintf(stdout, "runs:        best of %d after a warm-up\n", *n)
	fmt.Fprintf(stdout, "py2goasync:  %10v  %7.1f MB/s\n", goBest.Round(time.Microsecond), mb/goBest.Seconds())
	fmt.Fprintf(stdout, "CPython %s: %10v  %7.1f MB/s  (ast.parse)\n", res.Version, pyBest.Round(time.Microsecond), mb/pyBest.Seconds())
	fmt.Fprintf(stdout, "ratio:       %.2fx CPython's time (below 1 is faster)\n", goBest.Seconds()/pyBest.Seconds())
	return nil
}
