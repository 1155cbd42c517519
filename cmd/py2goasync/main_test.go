package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// python3 finds CPython 3.11; its absence is a failure, not a skip.
func python3(t *testing.T) string {
	t.Helper()
	exe, err := exec.LookPath("python3")
	if err != nil {
		t.Fatalf("python3 not found: %v", err)
	}
	out, err := exec.Command(exe, "-c", "import platform, sys; print(platform.python_version()); print(sys.executable)").Output()
	if err != nil {
		t.Fatalf("%s: %v", exe, err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if v := strings.TrimSpace(lines[0]); !strings.HasPrefix(v, "3.11.") {
		t.Fatalf("%s is Python %s, need 3.11", exe, v)
	}
	if len(lines) == 2 && lines[1] != "" {
		exe = lines[1] // the interpreter itself, not a (slow) pyenv shim
	}
	return exe
}

// runPy runs python3 and returns its stdout, stderr and exit status.
func runPy(t *testing.T, py string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(py, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return stdout.String(), stderr.String(), code
}

// runCLI runs the command in-process.
func runCLI(args ...string) (string, string, int) {
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return stdout.String(), stderr.String(), code
}

func writeFile(t *testing.T, name, src string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(src), 0o666); err != nil {
		t.Fatal(err)
	}
	return path
}

const validSrc = `import asyncio

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    task1 = asyncio.create_task(say_after(1, 'hello'))
    async with asyncio.timeout(10):
        results = [r async for r in agen() if r]
    print(f"started at {time.strftime('%X')!r:>10}")
    await task1

asyncio.run(main())
`

func TestASTMatchesPython(t *testing.T) {
	py := python3(t)
	path := writeFile(t, "valid.py", validSrc)
	const script = "import ast, sys\n" +
		"attrs = len(sys.argv) > 2\n" +
		"print(ast.dump(ast.parse(open(sys.argv[1], 'rb').read(), sys.argv[1]), include_attributes=attrs))\n"
	for _, attrs := range []bool{false, true} {
		pyArgs, args := []string{"-c", script, path}, []string{"ast", path}
		if attrs {
			pyArgs, args = append(pyArgs, "attrs"), []string{"ast", "--attrs", path}
		}
		want, pyErr, pyCode := runPy(t, py, pyArgs...)
		if pyCode != 0 {
			t.Fatalf("python3 failed: %s", pyErr)
		}
		got, stderr, code := runCLI(args...)
		if code != 0 || stderr != "" {
			t.Fatalf("py2goasync %s: exit %d, stderr %q", strings.Join(args, " "), code, stderr)
		}
		if got != want {
			t.Errorf("py2goasync %s differs from python3:\n%s", strings.Join(args, " "), focusedDiff(want, got))
		}
	}
}

// The syntax errors are reported as "python3 FILE.py" reports them.
func TestASTSyntaxError(t *testing.T) {
	py := python3(t)
	for _, tc := range []struct{ name, src string }{
		{"invalid_syntax", "def f():\n    x = = 1\n"},
		{"forgot_comma", "x = (1 +\n  2 3)\n"},
		{"never_closed", "x = (1,\n  2\n"},
		{"unterminated", "x = 'abc\n"},
		{"unexpected_indent", "x = 1\n  y = 2\n"},
		{"tab_error", "if x:\n\tpass\n        pass\n"},
		{"genexp_multichar_caret", "f(a for a in b, c)\n"},
		{"caret_clipped", "class A:\n  def f(self):\n    return 1 +\n"},
		{"print_statement", "print 'hello'\n"},
		{"mismatched", "a = (1,\n  2]\n"},
		{"crlf", "x = 1\r\ny = = 2\r\n"},
		{"multiline_end", "x = foo(1,\n 2) = 3\n"},
		{"fstring", "x = f'{}'\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			path := writeFile(t, tc.name+".py", tc.src)
			_, pyErr, pyCode := runPy(t, py, path)
			if pyCode == 0 {
				t.Fatalf("python3 accepts %q", tc.src)
			}
			stdout, stderr, code := runCLI("ast", path)
			if code != pyCode {
				t.Errorf("exit status %d, python3's is %d", code, pyCode)
			}
			if stdout != "" {
				t.Errorf("stdout %q, want nothing", stdout)
			}
			if got, want := lastLine(stderr), lastLine(pyErr); got != want {
				t.Errorf("last line of stderr:\n got %q\nwant %q", got, want)
			}
			if diff := cmp.Diff(strings.Split(pyErr, "\n"), strings.Split(stderr, "\n")); diff != "" {
				t.Errorf("stderr differs from python3's (-python3 +ours):\n%s", diff)
			}
		})
	}
}

func lastLine(s string) string {
	s = strings.TrimRight(s, "\n")
	return s[strings.LastIndexByte(s, '\n')+1:]
}

func TestMissingFile(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	stdout, stderr, code := runCLI("ast", "x.py")
	if code != 2 || stdout != "" || stderr != "py2goasync: open x.py: no such file or directory\n" {
		t.Errorf("ast x.py: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

func TestUsage(t *testing.T) {
	for _, tc := range []struct {
		args       []string
		code       int
		stdout     string // substring
		stderr     string // substring
		emptyOther bool
	}{
		{[]string{"--help"}, 0, "Usage:", "", true},
		{[]string{"-h"}, 0, "ast ", "", true},
		{[]string{"ast", "--help"}, 0, "usage: py2goasync ast [--attrs] FILE.py", "", true},
		{[]string{"ast", "-h"}, 0, "-attrs", "", true},
		{nil, 2, "", "Usage:", true},
		{[]string{"ast"}, 2, "", "want exactly one file", true},
		{[]string{"ast", "a.py", "b.py"}, 2, "", "want exactly one file", true},
		{[]string{"ast", "--bogus", "a.py"}, 2, "", "flag provided but not defined: -bogus", true},
		{[]string{"transpile", "a.py"}, 2, "", "py2goasync: open a.py: no such file or directory\n", true},
		{[]string{"a.py"}, 2, "", "py2goasync: open a.py: no such file or directory\n", true},
		{[]string{"run", "a.py"}, 2, "", "py2goasync: open a.py: no such file or directory\n", true},
		{[]string{"build"}, 2, "", "want exactly one file", true},
		{[]string{"build", "--help"}, 0, "usage: py2goasync build FILE.py -o BIN", "", true},
		{[]string{"run", "--help"}, 0, "usage: py2goasync run", "", true},
		{[]string{"transpile", "--help"}, 0, "-interactive", "", true},
		{[]string{"a.py", "--interactive=bogus"}, 2, "", "want repl or asyncio", true},
		{[]string{"frobnicate"}, 2, "", `unknown command "frobnicate"`, true},
	} {
		stdout, stderr, code := runCLI(tc.args...)
		if code != tc.code || !strings.Contains(stdout, tc.stdout) || !strings.Contains(stderr, tc.stderr) ||
			tc.stdout != "" && stderr != "" || tc.stderr != "" && stdout != "" {
			t.Errorf("py2goasync %q: exit %d, stdout %q, stderr %q; want exit %d, stdout containing %q, stderr containing %q",
				tc.args, code, stdout, stderr, tc.code, tc.stdout, tc.stderr)
		}
	}
}

// focusedDiff shows ±200 bytes around the first difference of two dumps,
// split after ", " so that cmp.Diff lines up the fields.
func focusedDiff(want, got string) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	lo := max(i-200, 0)
	w, g := want[lo:min(i+200, len(want))], got[lo:min(i+200, len(got))]
	return fmt.Sprintf("first difference at byte %d (-python3 +ours):\n%s",
		i, cmp.Diff(strings.SplitAfter(w, ", "), strings.SplitAfter(g, ", ")))
}
