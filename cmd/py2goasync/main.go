// Command py2goasync transpiles async Python 3.11 programs to Go.
//
// Usage:
//
//	py2goasync FILE.py [-o OUT.go] [--interactive=repl|asyncio]
//	py2goasync <command> [arguments]
//
// The commands are:
//
//	transpile  translate a Python file to Go (the default command)
//	run        transpile, build and run a Python file
//	build      transpile and build a Python file into an executable
//	ast        print a Python file's syntax tree as CPython's ast.dump does
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/py2goasync/py2goasync/parser"
)

// Exit statuses: 1 is what python3 exits with on a SyntaxError; 2 is a
// usage error or an unreadable file.
const (
	exitOK     = 0
	exitSyntax = 1
	exitUsage  = 2
)

// A command is one subcommand of py2goasync. Adding one is one entry in
// commands.
type command struct {
	name    string
	summary string
	run     func(name string, args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"transpile", "translate a Python file to Go (the default command)", runTranspile},
		{"run", "transpile, build and run a Python file", runRun},
		{"build", "transpile and build a Python file into an executable", runBuild},
		{"ast", "print a Python file's syntax tree as CPython's ast.dump does", runAST},
	}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run runs py2goasync with the given arguments (without the program name)
// and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		usage(stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(c.name, args[1:], stdout, stderr)
		}
	}
	// py2goasync FILE.py [flags]: transpile.
	if strings.HasSuffix(args[0], ".py") || strings.HasPrefix(args[0], "-") {
		return runTranspile("transpile", args, stdout, stderr)
	}
	fmt.Fprintf(stderr, "py2goasync: unknown command %q\nRun 'py2goasync --help' for usage.\n", args[0])
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "py2goasync transpiles async Python 3.11 programs to Go.\n\n")
	fmt.Fprintf(w, "Usage:\n\n\tpy2goasync FILE.py [-o OUT.go] [--interactive=repl|asyncio]\n\tpy2goasync <command> [arguments]\n\nThe commands are:\n\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "\t%-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nUse \"py2goasync <command> --help\" for more about a command.\n")
}

// newFlagSet returns a flag set for a subcommand whose usage text is
// synopsis followed by the flags' descriptions.
func newFlagSet(name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: py2goasync %s\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args; it returns false and an exit status if the
// command should stop: after --help (usage on stdout, status 0) or a bad
// flag (message and usage on stderr, status 2).
func parseFlags(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (ok bool, status int) {
	var buf bytes.Buffer
	fs.SetOutput(&buf)
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		stdout.Write(buf.Bytes())
		return false, exitOK
	case err != nil:
		stderr.Write(buf.Bytes())
		return false, exitUsage
	}
	return true, exitOK
}

func runAST(name string, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet(name, "ast [--attrs] FILE.py\n\n"+
		"Ast prints the syntax tree of FILE.py followed by a newline, exactly as\n"+
		"python3 prints ast.dump(ast.parse(source_bytes, FILE.py)). On a syntax\n"+
		"error it prints the error as python3 FILE.py would and exits with 1.\n")
	attrs := fs.Bool("attrs", false, "include positions, as ast.dump(..., include_attributes=True)")
	if ok, status := parseFlags(fs, args, stdout, stderr); !ok {
		return status
	}
	if fs.NArg() != 1 {
		fmt.Fprintf(stderr, "py2goasync %s: want exactly one file, have %d arguments\n", name, fs.NArg())
		fs.SetOutput(stderr)
		fs.Usage()
		return exitUsage
	}
	path := fs.Arg(0)
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "py2goasync: %v\n", err)
		return exitUsage
	}
	// python3 FILE.py names the file by its absolute path in tracebacks.
	filename := path
	if abs, err := filepath.Abs(path); err == nil {
		filename = abs
	}
	mod, err := parser.ParseFile(filename, src)
	if err != nil {
		var se *parser.SyntaxError
		if errors.As(err, &se) {
			if se.Filename == "" {
				se.Filename = filename
			}
			io.WriteString(stderr, se.Traceback())
		} else {
			fmt.Fprintf(stderr, "py2goasync: %v\n", err)
		}
		return exitSyntax
	}
	var b strings.Builder
	b.WriteString(parser.Dump(mod, *attrs))
	b.WriteByte('\n')
	io.WriteString(stdout, b.String())
	return exitOK
}
