package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/py2goasync/py2goasync/codegen"
	"github.com/py2goasync/py2goasync/ir"
	"github.com/py2goasync/py2goasync/lower"
	"github.com/py2goasync/py2goasync/parser"
)

// exitInternal is the status of a fault of py2goasync itself.
const exitInternal = 3

// interactiveFlag is --interactive=repl|asyncio.
type interactiveFlag struct{ mode codegen.Interactive }

func (f *interactiveFlag) String() string {
	switch f.mode {
	case codegen.REPL:
		return "repl"
	case codegen.AsyncioREPL:
		return "asyncio"
	}
	return ""
}

func (f *interactiveFlag) Set(s string) error {
	switch s {
	case "repl":
		f.mode = codegen.REPL
	case "asyncio":
		f.mode = codegen.AsyncioREPL
	case "", "none", "script":
		f.mode = codegen.Script
	default:
		return fmt.Errorf("want repl or asyncio, not %q", s)
	}
	return nil
}

const interactiveUsage = "treat FILE.py as interactive input; `MODE` is repl (a transcript typed at the python3 prompt) or asyncio (notebook cells, python3 -m asyncio)"

// translate reads, parses, lowers and generates a Python file. On failure
// it prints the error as the user should see it and returns the exit
// status: a SyntaxError as python3 prints it (1); an unreadable file or
// an unsupported construct on one line (2); a fault of ours (3).
//
// With abs set, the generated code names the file by its absolute path
// (//line directives and co_filename, as python3 FILE.py does): for a
// build here and now, not for Go source to keep.
func translate(path string, mode codegen.Interactive, abs bool, stderr io.Writer) (src []byte, status int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "py2goasync: internal error translating %s: %v\n%s", path, r, debug.Stack())
			src, status = nil, exitInternal
		}
	}()
	text, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "py2goasync: %v\n", err)
		return nil, exitUsage
	}
	// python3 FILE.py names the file by its absolute path in a
	// SyntaxError's traceback.
	absPath := path
	if abs, err := filepath.Abs(path); err == nil {
		absPath = abs
	}
	mod, err := parser.ParseFile(absPath, text)
	if err != nil {
		return nil, reportError(err, absPath, stderr)
	}
	m, err := lower.Lower(path, text, mod, lower.Options{Interactive: mode != codegen.Script})
	if err != nil {
		var se *parser.SyntaxError
		if errors.As(err, &se) && se.Filename == path {
			se.Filename = absPath // as python3 FILE.py names it
		}
		return nil, reportError(err, absPath, stderr)
	}
	opts := codegen.Options{Interactive: mode}
	if abs {
		opts.LineFile, opts.CodeFile = absPath, absPath
	}
	out, err := codegen.GenerateOptions(m, opts)
	if err != nil {
		return nil, reportError(err, absPath, stderr)
	}
	return out, exitOK
}

func reportError(err error, absPath string, stderr io.Writer) int {
	var se *parser.SyntaxError
	var ue *ir.UnsupportedError
	switch {
	case errors.As(err, &se):
		if se.Filename == "" {
			se.Filename = absPath
		}
		io.WriteString(stderr, se.Traceback())
		return exitSyntax
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "%v\n", err)
		return exitUsage
	}
	fmt.Fprintf(stderr, "py2goasync: internal error: %v\n", err)
	return exitInternal
}

// parseInterspersed parses flags that may come before or after the
// positional arguments (py2goasync app.py -o app.go).
func parseInterspersed(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (pos []string, ok bool, status int) {
	for {
		if ok, status := parseFlags(fs, args, stdout, stderr); !ok {
			return nil, false, status
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, true, exitOK
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), true, exitOK
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func runTranspile(name string, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet(name, "[transpile] FILE.py [-o OUT.go] [--interactive=repl|asyncio]\n\n"+
		"Transpile translates FILE.py to a Go program (package main, importing\n"+
		"the runtime github.com/py2goasync/py2goasync/rt) and writes it to OUT.go,\n"+
		"or to standard output.\n")
	out := fs.String("o", "", "write the Go source to `OUT.go` instead of standard output")
	file, mode, ok, status := parseOneFile(fs, name, args, stdout, stderr)
	if !ok {
		return status
	}
	src, status := translate(file, mode, false, stderr)
	if status != exitOK {
		return status
	}
	if *out == "" {
		stdout.Write(src)
		return exitOK
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		fmt.Fprintf(stderr, "py2goasync: %v\n", err)
		return exitUsage
	}
	return exitOK
}

// parseOneFile adds --interactive to fs and parses args, whose flags may
// follow the file, for transpile and build: it wants exactly one file.
func parseOneFile(fs *flag.FlagSet, name string, args []string, stdout, stderr io.Writer) (file string, mode codegen.Interactive, ok bool, status int) {
	var inter interactiveFlag
	fs.Var(&inter, "interactive", interactiveUsage)
	pos, ok, status := parseInterspersed(fs, args, stdout, stderr)
	if !ok {
		return "", inter.mode, false, status
	}
	if len(pos) != 1 {
		return "", inter.mode, false, wantOneFile(fs, name, len(pos), stderr)
	}
	return pos[0], inter.mode, true, exitOK
}

func wantOneFile(fs *flag.FlagSet, name string, n int, stderr io.Writer) int {
	fmt.Fprintf(stderr, "py2goasync %s: want exactly one file, have %d arguments\n", name, n)
	fs.SetOutput(stderr)
	fs.Usage()
	return exitUsage
}

func runBuild(name string, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet(name, "build FILE.py -o BIN [--interactive=repl|asyncio]\n\n"+
		"Build translates FILE.py and compiles it with the embedded runtime into\n"+
		"the executable BIN. It needs the go command; it works offline. The\n"+
		"executable has no DWARF debug information (Go stack traces still name\n"+
		"the Python lines); for a debug build, translate with -o and go build.\n")
	out := fs.String("o", "", "write the executable to `BIN` (default: FILE without .py)")
	file, mode, ok, status := parseOneFile(fs, name, args, stdout, stderr)
	if !ok {
		return status
	}
	bin := *out
	if bin == "" {
		bin = strings.TrimSuffix(filepath.Base(file), ".py")
	}
	exe, status := buildFile(file, mode, stderr)
	if status != exitOK {
		return status
	}
	if err := copyFile(exe, bin); err != nil {
		fmt.Fprintf(stderr, "py2goasync: %v\n", err)
		return exitUsage
	}
	return exitOK
}

func runRun(name string, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet(name, "run [--interactive=repl|asyncio] FILE.py [ARGS...]\n\n"+
		"Run translates FILE.py, builds it and runs it with ARGS; the program\n"+
		"sees sys.argv == [FILE.py, ARGS...]. The exit status is the program's.\n"+
		"Builds need the go command and work offline; they are cached in\n"+
		"$PY2GOASYNC_CACHE or the user cache directory (py2goasync/), so an\n"+
		"unchanged program runs again without a build.\n")
	var inter interactiveFlag
	fs.Var(&inter, "interactive", interactiveUsage)
	if ok, status := parseFlags(fs, args, stdout, stderr); !ok {
		return status
	}
	if fs.NArg() < 1 {
		return wantOneFile(fs, name, 0, stderr)
	}
	path := fs.Arg(0)
	exe, status := buildFile(path, inter.mode, stderr)
	if status != exitOK {
		return status
	}
	return execProgram(exe, fs.Args()[1:], stdout, stderr)
}
