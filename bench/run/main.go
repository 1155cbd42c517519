// Command run times the programs of bench/programs side by side with
// CPython: it builds each one once with the py2goasync command, then runs
// the binary and `python3 FILE.py` alternately -count times, checks that
// every run of both prints the same stdout (and exit status), and prints
// the median wall times, the ratio CPython/py2goasync (above 1 is faster)
// and the geometric mean of the ratios per group. The ratio of the CPU
// times (user+sys of the child process) is printed next to it: on a shared
// machine it is steadier than wall time.
//
//	go run ./bench/run [-count 3] [-filter RE] [-python python3] [-bindir DIR]
//
// Groups come from the file name: sched_* are scheduler-bound (target
// ≥10× CPython), compute_* are pure-Python compute inside coroutines
// (target ≥30×), anything else is mixed. Build time is excluded: it is
// reported on its own.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"time"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "bench/run: %v\n", err)
		os.Exit(1)
	}
}

// errMismatch is returned when some program's output differs from
// CPython's, after the whole table is printed.
var errMismatch = errors.New("MISMATCH: some programs print something other than CPython (see the table)")

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	count := fs.Int("count", 3, "timed runs per side and program (the median counts)")
	filter := fs.String("filter", "", "run only the programs whose file name matches this regular expression")
	python := fs.String("python", "python3", "the CPython 3.11 interpreter to compare with")
	dir := fs.String("dir", "", "directory of benchmark programs (default: bench/programs of this module)")
	bindir := fs.String("bindir", "", "keep the built binaries (and the py2goasync command) in this directory (default: a temporary one, removed)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *count < 1 {
		return errors.New("-count must be at least 1")
	}
	var re *regexp.Regexp
	if *filter != "" {
		var err error
		if re, err = regexp.Compile(*filter); err != nil {
			return fmt.Errorf("-filter: %v", err)
		}
	}
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	if *dir == "" {
		*dir = filepath.Join(root, "bench", "programs")
	}
	progs, err := listPrograms(*dir, re)
	if err != nil {
		return err
	}
	if *bindir == "" {
		tmp, err := os.MkdirTemp("", "py2goasync-bench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		*bindir = tmp
	} else if err := os.MkdirAll(*bindir, 0o755); err != nil {
		return err
	}

	env, err := describeEnv(*python)
	if err != nil {
		return err
	}
	fmt.Fprint(stdout, env)
	fmt.Fprintf(stdout, "runs:    median of %d per side, python3 and the binary alternately, after one untimed check run each; build time excluded\n", *count)
	fmt.Fprintf(stdout, "ratio:   CPython's time / py2goasync's (above 1: py2goasync is faster); wall = os/exec start to exit, CPU = user+sys\n\n")

	start := time.Now()
	cli, err := buildCLI(root, *bindir)
	if err != nil {
		return err
	}
	for _, p := range progs {
		if p.exe, err = buildProgram(cli, p.path, *bindir); err != nil {
			return err
		}
	}
	fmt.Fprintf(stdout, "built:   py2goasync and %d programs in %v\n\n", len(progs), time.Since(start).Round(100*time.Millisecond))

	fmt.Fprintln(stdout, "| group | program | CPython wall | py2goasync wall | ratio (wall) | ratio (CPU) | output |")
	fmt.Fprintln(stdout, "|---|---|---:|---:|---:|---:|---|")
	mismatch := false
	for _, p := range progs {
		if err := measure(p, *python, *count); err != nil {
			return err
		}
		status := "same"
		if p.mismatch != "" {
			status = "**MISMATCH**"
			mismatch = true
		}
		fmt.Fprintf(stdout, "| %s | %s | %s | %s | %.2fx | %.2fx | %s |\n", p.group, p.name,
			fmtDur(p.py), fmtDur(p.ours), p.ratio(), p.cpuRatio(), status)
	}
	fmt.Fprintln(stdout)
	for _, g := range []struct{ name, target string }{
		{"scheduler", "≥10x"}, {"compute", "≥30x"}, {"mixed", ""},
	} {
		var rs, cs []float64
		bad := 0
		for _, p := range progs {
			if p.group == g.name {
				rs = append(rs, p.ratio())
				cs = append(cs, p.cpuRatio())
				if p.mismatch != "" {
					bad++
				}
			}
		}
		if len(rs) == 0 {
			continue
		}
		target := ""
		if g.target != "" {
			target = "  (target " + g.target + ")"
		}
		if bad > 0 {
			target += fmt.Sprintf("  (includes %d MISMATCH)", bad)
		}
		fmt.Fprintf(stdout, "geomean %-10s %6.2fx wall, %6.2fx CPU, over %d programs%s\n", g.name+":", geomean(rs), geomean(cs), len(rs), target)
	}
	for _, p := range progs {
		if p.mismatch != "" {
			fmt.Fprintf(stdout, "\nMISMATCH %s:\n%s", p.name, p.mismatch)
		}
	}
	if mismatch {
		return errMismatch
	}
	return nil
}

// program is one benchmark program and its measurements.
type program struct {
	name, path, group string
	exe               string
	py, ours          time.Duration // median wall times
	pyCPU, oursCPU    time.Duration // median CPU times (user+sys)
	mismatch          string        // a description of the first difference, if any
}

func (p *program) ratio() float64    { return p.py.Seconds() / p.ours.Seconds() }
func (p *program) cpuRatio() float64 { return p.pyCPU.Seconds() / p.oursCPU.Seconds() }

func groupOf(name string) string {
	switch {
	case strings.HasPrefix(name, "sched_"):
		return "scheduler"
	case strings.HasPrefix(name, "compute_"):
		return "compute"
	}
	return "mixed"
}

// listPrograms returns the .py files of dir, sorted by group then name.
func listPrograms(dir string, re *regexp.Regexp) ([]*program, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil {
		return nil, err
	}
	var progs []*program
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		if re != nil && !re.MatchString(filepath.Base(path)) {
			continue
		}
		abs, err := filepath.Abs(path)
		if err != nil {
			return nil, err
		}
		progs = append(progs, &program{name: name, path: abs, group: groupOf(name)})
	}
	if len(progs) == 0 {
		return nil, fmt.Errorf("no programs in %s", dir)
	}
	order := map[string]int{"scheduler": 0, "compute": 1, "mixed": 2}
	slices.SortStableFunc(progs, func(a, b *program) int {
		if d := order[a.group] - order[b.group]; d != 0 {
			return d
		}
		return strings.Compare(a.name, b.name)
	})
	return progs, nil
}

// moduleRoot is the directory of this module's go.mod.
func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %v", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", errors.New("not inside the py2goasync module (go env GOMOD is empty)")
	}
	return filepath.Dir(gomod), nil
}

// buildCLI builds the py2goasync command of this module into dir.
func buildCLI(root, dir string) (string, error) {
	exe := filepath.Join(dir, "py2goasync")
	cmd := exec.Command("go", "build", "-o", exe, "./cmd/py2goasync")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building the py2goasync command: %v\n%s", err, out)
	}
	return exe, nil
}

// buildProgram builds one program with `py2goasync build` into dir.
func buildProgram(cli, path, dir string) (string, error) {
	exe := filepath.Join(dir, strings.TrimSuffix(filepath.Base(path), ".py"))
	if out, err := exec.Command(cli, "build", path, "-o", exe).CombinedOutput(); err != nil {
		return "", fmt.Errorf("py2goasync build %s: %v\n%s", path, err, out)
	}
	return exe, nil
}

// result is what one run printed and how long it took.
type result struct {
	stdout, stderr []byte
	code           int
	wall           time.Duration
	cpu            time.Duration // user+sys of the process
}

// runOnce runs a command with no stdin and its working directory set to
// the program's, and times it from start to exit.
func runOnce(dir, name string, args ...string) (result, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	r := result{stdout: out.Bytes(), stderr: errb.Bytes(), wall: wall}
	if ps := cmd.ProcessState; ps != nil {
		r.cpu = ps.UserTime() + ps.SystemTime()
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		r.code = ee.ExitCode()
	} else if err != nil {
		return r, fmt.Errorf("%s: %v", name, err)
	}
	return r, nil
}

// runPair runs CPython and the binary once each and returns both results,
// and a description of how they differ ("" if they agree).
func runPair(p *program, python string) (py, ours result, diff string, err error) {
	dir := filepath.Dir(p.path)
	if py, err = runOnce(dir, python, p.path); err != nil {
		return
	}
	if ours, err = runOnce(dir, p.exe); err != nil {
		return
	}
	return py, ours, compare(py, ours), nil
}

func compare(py, ours result) string {
	var b strings.Builder
	if py.code != ours.code {
		fmt.Fprintf(&b, "exit status: CPython %d, py2goasync %d\n", py.code, ours.code)
	}
	if !bytes.Equal(py.stdout, ours.stdout) {
		fmt.Fprintf(&b, "stdout differs:\n--- CPython\n%s--- py2goasync\n%s", tail(py.stdout), tail(ours.stdout))
	}
	if b.Len() > 0 {
		if len(py.stderr) > 0 {
			fmt.Fprintf(&b, "--- CPython stderr\n%s", tail(py.stderr))
		}
		if len(ours.stderr) > 0 {
			fmt.Fprintf(&b, "--- py2goasync stderr\n%s", tail(ours.stderr))
		}
	}
	return b.String()
}

// tail is the last ~2 KB of a program's output, ending in a newline.
func tail(b []byte) string {
	const max = 2000
	s := string(b)
	if len(s) > max {
		s = "..." + s[len(s)-max:]
	}
	if !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	return s
}

// measure does one untimed run of each side (warming the page cache and
// CPython's .pyc files), then count timed pairs, alternating sides.
func measure(p *program, python string, count int) error {
	var pys, ourss, pyCPU, oursCPU []time.Duration
	for i := 0; i <= count; i++ {
		py, ours, diff, err := runPair(p, python)
		if err != nil {
			return err
		}
		if diff != "" && p.mismatch == "" {
			p.mismatch = diff
		}
		if i > 0 {
			pys = append(pys, py.wall)
			ourss = append(ourss, ours.wall)
			pyCPU = append(pyCPU, py.cpu)
			oursCPU = append(oursCPU, ours.cpu)
		}
	}
	p.py, p.ours = median(pys), median(ourss)
	p.pyCPU, p.oursCPU = median(pyCPU), median(oursCPU)
	return nil
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	if n := len(s); n%2 == 1 {
		return s[n/2]
	} else {
		return (s[n/2-1] + s[n/2]) / 2
	}
}

func geomean(xs []float64) float64 {
	var sum float64
	for _, x := range xs {
		sum += math.Log(x)
	}
	return math.Exp(sum / float64(len(xs)))
}

func fmtDur(d time.Duration) string { return fmt.Sprintf("%.3f s", d.Seconds()) }

// describeEnv names the date, machine, Go and CPython versions and the
// load when the run starts (the timings are wall times: load matters).
func describeEnv(python string) (string, error) {
	out, err := exec.Command(python, "-c", "import platform; print(platform.python_version())").Output()
	if err != nil {
		return "", fmt.Errorf("%s: %v", python, err)
	}
	pyv := strings.TrimSpace(string(out))
	gov := runtime.Version()
	if out, err := exec.Command("go", "env", "GOVERSION").Output(); err == nil {
		gov = strings.TrimSpace(string(out))
	}
	cpu := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = strings.TrimSpace(v)
				break
			}
		}
	}
	load := ""
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		f := strings.Fields(string(b))
		if len(f) >= 3 {
			load = fmt.Sprintf(", load average %s %s %s at start", f[0], f[1], f[2])
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "date:    %s\n", time.Now().UTC().Format("2006-01-02 15:04 MST"))
	fmt.Fprintf(&b, "machine: %s/%s, %d CPUs, %s%s\n", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), cpu, load)
	fmt.Fprintf(&b, "Go:      %s (building the programs)\n", gov)
	fmt.Fprintf(&b, "CPython: %s (%s)\n", pyv, python)
	return b.String(), nil
}
