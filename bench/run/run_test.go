package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/py2goasync/py2goasync/internal/testdeps"
)

// TestProgramsMatchCPython keeps the runner honest without timing
// anything: it builds every benchmark program with the py2goasync command,
// runs it and CPython (the runner's default -python) once, and fails if
// stdout or the exit status differ. The programs run two at a time; it
// takes ~30-50 s (the builds and the CPython runs); -short skips it.
func TestProgramsMatchCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs every benchmark program (~40 s); skipped with -short")
	}
	python := defaultPython()
	if _, err := exec.LookPath(python); err != nil {
		t.Fatalf("%s (CPython 3.11) is needed to check the benchmark programs: %v", python, err)
	}
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	testdeps.ReadCompilerSources(t, root)
	progs, err := listPrograms(filepath.Join(root, "bench", "programs"), nil)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cli, err := buildCLI(root, dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range progs {
		// The program's source is an input of the test (go test caches
		// results by the files the test reads).
		if _, err := os.ReadFile(p.path); err != nil {
			t.Fatal(err)
		}
		t.Run(p.name, func(t *testing.T) {
			t.Parallel()
			exe, err := buildProgram(cli, p.path, dir)
			if err != nil {
				t.Fatal(err)
			}
			p.exe = exe
			py, _, diff, err := runPair(p, python)
			if err != nil {
				t.Fatal(err)
			}
			if diff != "" {
				t.Errorf("%s: py2goasync and CPython differ:\n%s", p.name, diff)
			}
			if py.code != 0 || len(py.stdout) == 0 {
				t.Errorf("%s: CPython exits %d with %d bytes of output; a benchmark program should print a result and exit 0\n%s",
					p.name, py.code, len(py.stdout), py.stderr)
			}
		})
	}
}

// TestUvloopWrapper checks that the uvloop side runs a file as `python
// FILE` would, with uvloop's loop: same sys.argv, __name__, __file__,
// sys.path[0] and exit status.
func TestUvloopWrapper(t *testing.T) {
	python := defaultPython()
	if err := exec.Command(python, "-c", "import uvloop").Run(); err != nil {
		t.Skipf("%s cannot import uvloop: %v", python, err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "probe.py")
	src := `import asyncio, os, sys
print(sys.argv, __name__, __file__ == sys.argv[0], sys.path[0] == os.path.dirname(os.path.realpath(__file__)))
async def main():
    return type(asyncio.get_running_loop()).__module__.startswith("uvloop")
print("uvloop" if asyncio.run(main()) else "asyncio")
sys.exit(3)
`
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var ps peers
	ps[sideCPython] = []string{python}
	ps[sideUvloop] = []string{python, "-c", uvloopWrapper}
	p := &program{name: "probe", path: path}
	py, err := runSide(p, &ps, sideCPython)
	if err != nil {
		t.Fatal(err)
	}
	uv, err := runSide(p, &ps, sideUvloop)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(string(py.stdout), "asyncio\n", "uvloop\n", 1)
	if string(uv.stdout) != want || uv.code != py.code || py.code != 3 {
		t.Errorf("python FILE prints (exit %d):\n%s\nthe uvloop wrapper (exit %d):\n%s%s\nwant:\n%s",
			py.code, py.stdout, uv.code, uv.stdout, uv.stderr, want)
	}
	if !strings.Contains(string(py.stdout), "True True") {
		t.Errorf("python FILE prints %q: want __file__ == sys.argv[0] and sys.path[0] the script's directory", py.stdout)
	}
}

// TestGroups checks that every program falls in a group the table
// reports and that the helpers compute what the table says.
func TestGroups(t *testing.T) {
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	progs, err := listPrograms(filepath.Join(root, "bench", "programs"), nil)
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, p := range progs {
		n[p.group]++
	}
	if n["scheduler"] < 3 || n["compute"] < 3 {
		t.Errorf("groups %v: want at least 3 scheduler-bound and 3 compute programs", n)
	}
	only, err := listPrograms(filepath.Join(root, "bench", "programs"), regexp.MustCompile(`^sched_`))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range only {
		if p.group != "scheduler" {
			t.Errorf("-filter ^sched_ let %s through", p.name)
		}
	}
	if g := geomean([]float64{2, 8}); g < 3.999 || g > 4.001 {
		t.Errorf("geomean(2, 8) = %v, want 4", g)
	}
	if m := median([]int64{4, 1, 2, 3}); m != 2 {
		t.Errorf("median(4, 1, 2, 3) = %v, want 2 (the mean of the middle two, truncated)", m)
	}
	if m := median([]time.Duration{3, 1, 2}); m != 2 {
		t.Errorf("median(3, 1, 2) = %v, want 2", m)
	}
}
