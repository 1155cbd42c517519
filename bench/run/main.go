// Command run times the programs of bench/programs side by side with
// CPython and its peers: it builds each one once with the py2goasync
// command, then runs the binary, `python3 FILE.py`, the same interpreter
// with uvloop as the event loop, and PyPy 3, alternately -count times. It
// checks that every run prints the same stdout (and exit status) as
// CPython, and prints per program the median wall time of each side, the
// ratios CPython/py2goasync and uvloop/py2goasync (above 1: py2goasync is
// faster), the ratio of the CPU times (user+sys of the child process: on a
// shared machine it is steadier than wall time), the median peak RSS of
// each side, and the geometric means of the ratios per group.
//
//	go run ./bench/run [-count 3] [-filter RE] [-python EXE] [-uvloop=false] [-pypy EXE] [-bindir DIR]
//
// The peers: CPython is -python (default /usr/bin/python3 when it is
// CPython 3.11, Debian's PGO build, else python3). uvloop is the same
// interpreter running the program through a -c wrapper that calls
// uvloop.install() and then runs the file as __main__ with runpy; it is
// left out when the interpreter cannot import uvloop. PyPy is -pypy
// (default pypy3, left out when it does not run; "" leaves it out); it is
// Python 3.9, so a program it fails on is skipped with a note. Only a
// difference between py2goasync and CPython is a failure: a difference
// in uvloop's or PyPy's output is reported as a note.
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
	"syscall"
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

// The sides, in the order each round runs them.
const (
	sideCPython = iota
	sideUvloop
	sidePyPy
	sideOurs
	nSides
)

var sideNames = [nSides]string{"CPython", "uvloop", "PyPy", "py2goasync"}

// uvloopWrapper runs the file named by its first argument as __main__
// with uvloop's event loop policy installed, with sys.argv and sys.path[0]
// as `python FILE` would have them.
const uvloopWrapper = `import os, runpy, sys
import uvloop
uvloop.install()
del sys.argv[0]
sys.path[0] = os.path.dirname(os.path.realpath(sys.argv[0]))
runpy.run_path(sys.argv[0], run_name="__main__")
`

// peers says how to run each side; an empty entry leaves the side out.
type peers [nSides][]string

// command is the command line that runs program p on side s.
func (ps *peers) command(s int, p *program) []string {
	if s == sideOurs {
		return []string{p.exe}
	}
	return append(slices.Clone(ps[s]), p.path)
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	count := fs.Int("count", 3, "timed runs per side and program (the median counts)")
	filter := fs.String("filter", "", "run only the programs whose file name matches this regular expression")
	python := fs.String("python", defaultPython(), "the CPython 3.11 interpreter to compare with")
	uvloop := fs.Bool("uvloop", true, "also run the programs with uvloop's event loop on the -python interpreter (when it can import uvloop)")
	pypy := fs.String("pypy", "pypy3", `the PyPy 3 interpreter to compare with, when it runs ("" to leave PyPy out)`)
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

	ps, env, err := findPeers(*python, *uvloop, *pypy)
	if err != nil {
		return err
	}
	fmt.Fprint(stdout, env)
	var order []string
	for s := range nSides {
		if ps.has(s) {
			order = append(order, sideNames[s])
		}
	}
	fmt.Fprintf(stdout, "runs:    median of %d per side, %s in turn, after one untimed check run each; build time excluded\n", *count, strings.Join(order, ", "))
	fmt.Fprintf(stdout, "ratio:   the peer's time / py2goasync's (above 1: py2goasync is faster); wall = os/exec start to exit, CPU = user+sys (CPython/py2goasync)\n")
	fmt.Fprintf(stdout, "RSS:     median peak RSS of the child (rusage maxrss); a child inherits the runner's own peak RSS through vfork, so %s is the floor\n\n", fmtRSS(rssFloor()))

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

	// The table's columns: the times of every side, the ratios against
	// the peers, the CPU ratio, the peak RSS of every side.
	head := []string{"group", "program"}
	align := []string{"---", "---"}
	for s := range nSides {
		if ps.has(s) {
			head = append(head, sideNames[s]+" wall")
			align = append(align, "---:")
		}
	}
	for _, s := range []int{sideCPython, sideUvloop, sidePyPy} {
		if ps.has(s) {
			head = append(head, sideNames[s]+"/ours wall")
			align = append(align, "---:")
		}
	}
	head = append(head, "CPython/ours CPU", "RSS ours", "RSS CPython")
	align = append(align, "---:", "---:", "---:")
	for _, s := range []int{sideUvloop, sidePyPy} {
		if ps.has(s) {
			head = append(head, "RSS "+sideNames[s])
			align = append(align, "---:")
		}
	}
	head = append(head, "output")
	align = append(align, "---")
	fmt.Fprintf(stdout, "| %s |\n|%s|\n", strings.Join(head, " | "), strings.Join(align, "|"))

	mismatch := false
	for _, p := range progs {
		if err := measure(p, &ps, *count); err != nil {
			return err
		}
		row := []string{p.group, p.name}
		for s := range nSides {
			if ps.has(s) {
				row = append(row, p.cell(s, fmtDur(p.wall[s])))
			}
		}
		for _, s := range []int{sideCPython, sideUvloop, sidePyPy} {
			if ps.has(s) {
				row = append(row, p.cell(s, fmt.Sprintf("%.2fx", p.ratio(s))))
			}
		}
		row = append(row, fmt.Sprintf("%.2fx", p.cpuRatio()), fmtRSS(p.rss[sideOurs]), fmtRSS(p.rss[sideCPython]))
		for _, s := range []int{sideUvloop, sidePyPy} {
			if ps.has(s) {
				row = append(row, p.cell(s, fmtRSS(p.rss[s])))
			}
		}
		status := "same"
		if p.mismatch != "" {
			status = "**MISMATCH**"
			mismatch = true
		} else if len(p.notes) > 0 {
			status = "same (note)"
		}
		row = append(row, status)
		fmt.Fprintf(stdout, "| %s |\n", strings.Join(row, " | "))
	}
	fmt.Fprintln(stdout)
	for _, g := range []struct{ name, target string }{
		{"scheduler", "≥10x"}, {"compute", "≥30x"}, {"mixed", ""},
	} {
		var rs [nSides][]float64
		var cs []float64
		n, bad := 0, 0
		for _, p := range progs {
			if p.group != g.name {
				continue
			}
			n++
			for _, s := range []int{sideCPython, sideUvloop, sidePyPy} {
				if ps.has(s) && p.skipped[s] == "" {
					rs[s] = append(rs[s], p.ratio(s))
				}
			}
			cs = append(cs, p.cpuRatio())
			if p.mismatch != "" {
				bad++
			}
		}
		if n == 0 {
			continue
		}
		line := fmt.Sprintf("geomean %-10s %6.2fx wall vs CPython", g.name+":", geomean(rs[sideCPython]))
		if ps.has(sideUvloop) {
			line += fmt.Sprintf(", %6.2fx vs uvloop", geomean(rs[sideUvloop]))
		}
		if ps.has(sidePyPy) && len(rs[sidePyPy]) > 0 {
			line += fmt.Sprintf(", %6.2fx vs PyPy", geomean(rs[sidePyPy]))
			if k := len(rs[sidePyPy]); k < n {
				line += fmt.Sprintf(" (%d of %d)", k, n)
			}
		}
		line += fmt.Sprintf(", %6.2fx CPU, over %d programs", geomean(cs), n)
		if g.target != "" {
			line += "  (target " + g.target + ")"
		}
		if bad > 0 {
			line += fmt.Sprintf("  (includes %d MISMATCH)", bad)
		}
		fmt.Fprintln(stdout, line)
	}
	for _, p := range progs {
		for _, n := range p.notes {
			fmt.Fprintf(stdout, "\nnote %s: %s", p.name, n)
		}
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

// has says whether side s is run.
func (ps *peers) has(s int) bool { return s == sideOurs || len(ps[s]) > 0 }

// program is one benchmark program and its measurements.
type program struct {
	name, path, group string
	exe               string
	wall, cpu         [nSides]time.Duration // median wall and CPU (user+sys) times
	rss               [nSides]int64         // median peak RSS, KiB
	skipped           [nSides]string        // why a peer was not timed ("" if it was)
	mismatch          string                // how py2goasync's output first differed from CPython's, if it did
	notes             []string              // differences of the peers' outputs, skipped peers
}

// ratio is side s's median wall time over ours.
func (p *program) ratio(s int) float64 { return p.wall[s].Seconds() / p.wall[sideOurs].Seconds() }
func (p *program) cpuRatio() float64 {
	return p.cpu[sideCPython].Seconds() / p.cpu[sideOurs].Seconds()
}

// cell is v, or "—" when side s was skipped for p.
func (p *program) cell(s int, v string) string {
	if p.skipped[s] != "" {
		return "—"
	}
	return v
}

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

// defaultPython is /usr/bin/python3 when it is CPython 3.11 (on Debian,
// the PGO build users would compare with), else python3 from PATH.
func defaultPython() string {
	const sys = "/usr/bin/python3"
	out, err := exec.Command(sys, "-c", "import platform; print(platform.python_implementation(), *platform.python_version_tuple()[:2])").Output()
	if err == nil && strings.TrimSpace(string(out)) == "CPython 3 11" {
		return sys
	}
	return "python3"
}

// result is what one run printed, how long it took and its peak RSS.
type result struct {
	stdout, stderr []byte
	code           int
	wall           time.Duration
	cpu            time.Duration // user+sys of the process
	rss            int64         // peak resident set size, KiB
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
		if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
			r.rss = int64(ru.Maxrss) // KiB on Linux
		}
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		r.code = ee.ExitCode()
	} else if err != nil {
		return r, fmt.Errorf("%s: %v", name, err)
	}
	return r, nil
}

// runSide runs program p once on side s.
func runSide(p *program, ps *peers, s int) (result, error) {
	argv := ps.command(s, p)
	return runOnce(filepath.Dir(p.path), argv[0], argv[1:]...)
}

// runPair runs CPython and the binary once each and returns both results,
// and a description of how they differ ("" if they agree).
func runPair(p *program, python string) (py, ours result, diff string, err error) {
	var ps peers
	ps[sideCPython] = []string{python}
	if py, err = runSide(p, &ps, sideCPython); err != nil {
		return
	}
	if ours, err = runSide(p, &ps, sideOurs); err != nil {
		return
	}
	return py, ours, compare(py, ours, "CPython", "py2goasync"), nil
}

// compare describes how b's run differs from a's ("" if it does not).
func compare(a, b result, aName, bName string) string {
	var w strings.Builder
	if a.code != b.code {
		fmt.Fprintf(&w, "exit status: %s %d, %s %d\n", aName, a.code, bName, b.code)
	}
	if !bytes.Equal(a.stdout, b.stdout) {
		fmt.Fprintf(&w, "stdout differs:\n--- %s\n%s--- %s\n%s", aName, tail(a.stdout), bName, tail(b.stdout))
	}
	if w.Len() > 0 {
		if len(a.stderr) > 0 {
			fmt.Fprintf(&w, "--- %s stderr\n%s", aName, tail(a.stderr))
		}
		if len(b.stderr) > 0 {
			fmt.Fprintf(&w, "--- %s stderr\n%s", bName, tail(b.stderr))
		}
	}
	return w.String()
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

// lastLine is the last non-empty line of b (the exception of a traceback).
func lastLine(b []byte) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

// measure does one untimed check run of each side (warming the page cache
// and CPython's .pyc files), then count timed rounds, each running every
// side once in turn. Every run's output is compared with CPython's run of
// the same round: a difference of ours is a mismatch, of a peer a note;
// PyPy is skipped after a check run that differs (it is Python 3.9).
func measure(p *program, ps *peers, count int) error {
	var walls, cpus [nSides][]time.Duration
	var rsss [nSides][]int64
	noted := [nSides]bool{}
	for i := 0; i <= count; i++ {
		var py result
		for s := range nSides {
			if !ps.has(s) || p.skipped[s] != "" {
				continue
			}
			r, err := runSide(p, ps, s)
			if err != nil {
				return err
			}
			if s == sideCPython {
				py = r
			} else if diff := compare(py, r, "CPython", sideNames[s]); diff != "" {
				switch {
				case s == sideOurs:
					if p.mismatch == "" {
						p.mismatch = diff
					}
				case s == sidePyPy && i == 0:
					why := fmt.Sprintf("exit status %d", r.code)
					if r.code != 0 && len(r.stderr) > 0 {
						why += ": " + lastLine(r.stderr)
					} else if r.code == py.code {
						why = "stdout differs"
					}
					p.skipped[s] = "skipped"
					p.notes = append(p.notes, fmt.Sprintf("PyPy skipped (%s)\n", why))
					continue
				case !noted[s]:
					noted[s] = true
					p.notes = append(p.notes, fmt.Sprintf("%s's output differs from CPython's (not counted as a mismatch):\n%s", sideNames[s], diff))
				}
			}
			if i > 0 {
				walls[s] = append(walls[s], r.wall)
				cpus[s] = append(cpus[s], r.cpu)
				rsss[s] = append(rsss[s], r.rss)
			}
		}
	}
	for s := range nSides {
		if len(walls[s]) > 0 {
			p.wall[s], p.cpu[s], p.rss[s] = median(walls[s]), median(cpus[s]), median(rsss[s])
		}
	}
	return nil
}

func median[T int64 | time.Duration](xs []T) T {
	s := slices.Clone(xs)
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

// fmtRSS formats a size in KiB as MiB.
func fmtRSS(kib int64) string { return fmt.Sprintf("%.1f MiB", float64(kib)/1024) }

// rssFloor is the peak RSS a trivial child reports: the runner's own peak
// RSS, which a child started with vfork (as os/exec does on Linux)
// inherits in its rusage maxrss at exec.
func rssFloor() int64 {
	r, err := runOnce("", "/bin/true")
	if err != nil {
		return 0
	}
	return r.rss
}

// findPeers works out how to run each peer and describes the date,
// machine, Go and the peers' versions and the load when the run starts
// (the timings are wall times: load matters).
func findPeers(python string, uvloop bool, pypy string) (peers, string, error) {
	var ps peers
	const probe = "import platform; print(platform.python_implementation(), platform.python_version())"
	out, err := exec.Command(python, "-c", probe).Output()
	if err != nil {
		return ps, "", fmt.Errorf("%s: %v", python, err)
	}
	pyv := strings.TrimSpace(string(out))
	ps[sideCPython] = []string{python}
	uv := "left out (-uvloop=false)"
	if uvloop {
		out, err := exec.Command(python, "-c", "import uvloop; print(uvloop.__version__)").Output()
		if err != nil {
			uv = fmt.Sprintf("left out (%s cannot import uvloop)", python)
		} else {
			ps[sideUvloop] = []string{python, "-c", uvloopWrapper}
			uv = fmt.Sprintf("%s (%s -c 'uvloop.install(); runpy.run_path(FILE)')", strings.TrimSpace(string(out)), python)
		}
	}
	pp := `left out (-pypy "")`
	if pypy != "" {
		out, err := exec.Command(pypy, "-c", "import sys; print('%d.%d.%d' % sys.pypy_version_info[:3], 'Python', '%d.%d.%d' % sys.version_info[:3])").Output()
		if err != nil {
			pp = fmt.Sprintf("left out (%s does not run: %v)", pypy, err)
		} else {
			ps[sidePyPy] = []string{pypy}
			pp = fmt.Sprintf("%s (%s)", strings.TrimSpace(string(out)), pypy)
		}
	}
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
	fmt.Fprintf(&b, "uvloop:  %s\n", uv)
	fmt.Fprintf(&b, "PyPy:    %s\n", pp)
	return ps, b.String(), nil
}
