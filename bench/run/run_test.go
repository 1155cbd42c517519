package main

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/py2goasync/py2goasync/internal/testdeps"
)

// TestProgramsMatchCPython keeps the runner honest without timing
// anything: it builds every benchmark program with the py2goasync command,
// runs it and python3 once, and fails if stdout or the exit status differ.
// It takes ~20-40 s (the builds and the CPython runs); -short skips it.
func TestProgramsMatchCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs every benchmark program (~30 s); skipped with -short")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Fatalf("python3 (CPython 3.11) is needed to check the benchmark programs: %v", err)
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
		t.Run(p.name, func(t *testing.T) {
			exe, err := buildProgram(cli, p.path, dir)
			if err != nil {
				t.Fatal(err)
			}
			p.exe = exe
			py, _, diff, err := runPair(p, "python3")
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
	if m := median([]time.Duration{3, 1, 2}); m != 2 {
		t.Errorf("median(3, 1, 2) = %v, want 2", m)
	}
}
