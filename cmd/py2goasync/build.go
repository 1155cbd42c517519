package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"

	"github.com/py2goasync/py2goasync"
	"github.com/py2goasync/py2goasync/codegen"
)

// Builds happen in a cache directory:
//
//	$PY2GOASYNC_CACHE or os.UserCacheDir()/py2goasync/
//	  <runtime hash>/runtime/        the embedded runtime, module github.com/py2goasync/py2goasync
//	  <runtime hash>/prog/<hash>/    one generated program: main.go, go.mod, the executable
//
// so that the runtime is written once per py2goasync version, the Go
// build cache keeps its compiled packages, and running an unchanged
// program again skips the build. The program's go.mod requires the
// runtime through a replace directive; GOFLAGS=-mod=mod, GOPROXY=off and
// GOWORK=off make the build independent of the current directory and of
// the network.

func cacheRoot() string {
	if d := os.Getenv("PY2GOASYNC_CACHE"); d != "" {
		return d
	}
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "py2goasync")
	}
	return filepath.Join(os.TempDir(), "py2goasync-cache")
}

// runtimeDir writes the embedded runtime to the cache once and returns
// the directories of this runtime version and of its module.
func runtimeDir() (base, mod string, err error) {
	h, err := py2goasync.RuntimeHash()
	if err != nil {
		return "", "", err
	}
	base = filepath.Join(cacheRoot(), h)
	mod = filepath.Join(base, "runtime")
	if _, err := os.Stat(filepath.Join(mod, ".complete")); err == nil {
		return base, mod, nil
	}
	// Write to a fresh directory and rename it into place, so that
	// concurrent builds never see a half-written runtime.
	if err := os.MkdirAll(base, 0o755); err != nil {
		return "", "", err
	}
	tmp, err := os.MkdirTemp(base, "runtime-tmp-")
	if err != nil {
		return "", "", err
	}
	if err := py2goasync.WriteRuntime(tmp); err != nil {
		os.RemoveAll(tmp)
		return "", "", err
	}
	os.WriteFile(filepath.Join(tmp, ".complete"), nil, 0o644)
	if err := os.Rename(tmp, mod); err != nil {
		os.RemoveAll(tmp)
		if _, err2 := os.Stat(filepath.Join(mod, ".complete")); err2 != nil {
			return "", "", err
		}
	}
	return base, mod, nil
}

// buildFile translates and builds a Python file and returns the path of
// the executable (in the cache).
func buildFile(path string, mode codegen.Interactive, stderr io.Writer) (exe string, status int) {
	src, status := translate(path, mode, true, stderr)
	if status != exitOK {
		return "", status
	}
	exe, err := buildGo(src)
	if err != nil {
		var be *buildError
		if errors.As(err, &be) {
			fmt.Fprintf(stderr, "py2goasync: internal error: the Go code generated for %s does not compile.\n"+
				"This is a bug in py2goasync; please report it with the program.\n%s", path, be.out)
		} else {
			fmt.Fprintf(stderr, "py2goasync: cannot build %s: %v\n", path, err)
		}
		return "", exitInternal
	}
	return exe, exitOK
}

type buildError struct{ out []byte }

func (e *buildError) Error() string { return "go build failed:\n" + string(e.out) }

// buildGo builds a generated program and returns its executable.
func buildGo(src []byte) (string, error) {
	base, mod, err := runtimeDir()
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(src)
	dir := filepath.Join(base, "prog", hex.EncodeToString(sum[:])[:20])
	exe := filepath.Join(dir, "prog")
	if _, err := os.Stat(exe); err == nil {
		return exe, nil
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "build-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	gomod := fmt.Sprintf("module py2goasync.program\n\ngo 1.26.0\n\nrequire %s v0.0.0\n\nreplace %s => %s\n",
		py2goasync.RuntimeModule, py2goasync.RuntimeModule, mod)
	if err := os.WriteFile(filepath.Join(tmp, "go.mod"), []byte(gomod), 0o644); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(tmp, "main.go"), src, 0o644); err != nil {
		return "", err
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		return "", fmt.Errorf("the go command is needed to build programs: %v", err)
	}
	// -s -w leave out the symbol table and DWARF (half the binary): Go
	// stack traces still name the Python lines (//line directives live in
	// the pc-line table). A debug build is `py2goasync FILE.py -o main.go`
	// and go build.
	cmd := exec.Command(gobin, "build", "-ldflags=-s -w", "-o", "prog", ".")
	cmd.Dir = tmp
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off", "GO111MODULE=on")
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	if err := cmd.Run(); err != nil {
		return "", &buildError{out.Bytes()}
	}
	if err := os.Rename(tmp, dir); err != nil {
		// Another build of the same program won the race.
		if _, err2 := os.Stat(exe); err2 != nil {
			return "", err
		}
	}
	return exe, nil
}

// execProgram runs a built program with the standard streams passed
// through and returns its exit status.
func execProgram(exe string, args []string, stdout, stderr io.Writer) int {
	cmd := exec.Command(exe, args...)
	cmd.Stdin = os.Stdin
	cmd.Stdout = stdout
	cmd.Stderr = stderr
	// Ctrl-C goes to the whole process group: the program handles it
	// (KeyboardInterrupt) and we report its exit status, not die first.
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	defer signal.Stop(sig)
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ee):
		if ee.ExitCode() >= 0 {
			return ee.ExitCode()
		}
		return 1 // killed by a signal
	}
	fmt.Fprintf(stderr, "py2goasync: %v\n", err)
	return exitInternal
}

func copyFile(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o755)
}
