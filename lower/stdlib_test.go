package lower_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/ir"
	"github.com/py2goasync/py2goasync/lower"
	"github.com/py2goasync/py2goasync/parser"
)

// compileVerdicts asks python3 whether compile() accepts each file, and
// with which SyntaxError if not.
const compileScript = `
import json, sys, warnings
warnings.simplefilter("ignore")
for path in sys.stdin.read().split("\n"):
    if not path:
        continue
    r = {"path": path}
    try:
        with open(path, "rb") as f:
            compile(f.read(), path, "exec", dont_inherit=True)
    except SyntaxError as e:
        r["msg"] = e.msg
        r["lineno"] = e.lineno
        r["offset"] = e.offset
    except Exception as e:
        r["msg"] = type(e).__name__
    print(json.dumps(r))
`

type compileVerdict struct {
	Path   string `json:"path"`
	Msg    string `json:"msg"`
	Lineno int    `json:"lineno"`
	Offset int    `json:"offset"`
}

// TestLowerStdlib lowers corpus/ and CPython's whole standard library:
// Lower must never panic or fail internally on a program the parser
// accepts, must reject exactly the files CPython's compile() rejects
// (with the same message, line and offset), and may refuse others only as
// unsupported (tallied in the log).
func TestLowerStdlib(t *testing.T) {
	if testing.Short() {
		t.Skip("lowers the whole standard library")
	}
	files := stdlibFiles(t)
	type result struct {
		err error
	}
	results := map[string]result{}
	var parsed []string
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		mod, err := parser.ParseFile(path, src)
		if err != nil {
			continue
		}
		parsed = append(parsed, path)
		results[path] = result{err: lowerNoPanic(t, path, src, mod, false)}
		// Interactive mode: no verdict to compare, but no panic or
		// internal error either.
		if err := lowerNoPanic(t, path, src, mod, true); err != nil {
			var se *parser.SyntaxError
			var ue *ir.UnsupportedError
			if !errors.As(err, &se) && !errors.As(err, &ue) {
				t.Errorf("%s (interactive): %v", path, err)
			}
		}
	}

	cmd := exec.Command("python3", "-c", compileScript)
	cmd.Stdin = strings.NewReader(strings.Join(parsed, "\n"))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.Bytes())
	}
	verdicts := map[string]compileVerdict{}
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var v compileVerdict
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
		verdicts[v.Path] = v
	}

	unsupported := map[string]int{}
	for _, path := range parsed {
		err := results[path].err
		v, ok := verdicts[path]
		if !ok {
			t.Errorf("%s: no verdict from python3", path)
			continue
		}
		var se *parser.SyntaxError
		var ue *ir.UnsupportedError
		switch {
		case errors.As(err, &se):
			if v.Msg == "" {
				t.Errorf("%s: CPython compiles it; Lower: %v", path, err)
			} else if v.Msg != se.Msg || v.Lineno != int(se.Pos.Line) || v.Offset != se.Offset() {
				t.Errorf("%s: Lower: %v; CPython: %d:%d: %s", path, err, v.Lineno, v.Offset, v.Msg)
			}
		case errors.As(err, &ue):
			if v.Msg != "" {
				t.Errorf("%s: CPython rejects it (line %d: %s); Lower: %v", path, v.Lineno, v.Msg, err)
			}
			unsupported[ue.What]++
		case err != nil:
			t.Errorf("%s: %v", path, err)
		default:
			if v.Msg != "" {
				t.Errorf("%s: Lower accepts it; CPython: line %d: %s", path, v.Lineno, v.Msg)
			}
		}
	}
	var kinds []string
	for what, n := range unsupported {
		kinds = append(kinds, fmt.Sprintf("%s: %d", what, n))
	}
	sort.Strings(kinds)
	t.Logf("%d files lowered; unsupported: %s", len(parsed), strings.Join(kinds, ", "))
}

// lowerNoPanic lowers a module, failing the test on a panic.
func lowerNoPanic(t *testing.T, path string, src []byte, mod *parser.Module, interactive bool) (err error) {
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s: Lower panicked: %v", path, r)
			err = nil
		}
	}()
	_, err = lower.Lower(path, src, mod, lower.Options{Interactive: interactive})
	return err
}
