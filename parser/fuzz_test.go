package parser_test

// FuzzParse checks that ParseFile is total: on any input it returns, in
// bounded time and without panicking, either a *Module that Dump can print
// or a *SyntaxError positioned within the input. Its seed corpus (every
// corpus/ file, Lib/asyncio, the syntax error table and the snippets below)
// runs in ordinary "go test"; fuzz with
//
//	go test ./parser -run '^$' -fuzz FuzzParse -fuzztime 1m

import (
	"bytes"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/py2goasync/py2goasync/parser"
)

// fuzzSnippets are small inputs, valid and invalid, that reach corners of
// the tokenizer and the parser.
var fuzzSnippets = []string{
	"",
	"\n",
	"# only a comment",
	"pass",
	"x = 1\r\ny = 2\r\n",
	"x = 1\ry = 2\r",
	"\ufeffx = 1\n",
	"# -*- coding: latin-1 -*-\nx = '\xe9'\n",
	"# coding: utf-8\nx = 'é'\n",
	"# coding: no-such-codec\n",
	"\xff\xfe",
	"x = '\xff'\n",
	"if x:\n\tpass\n",
	"if x:\n        pass\n\tpass\n",
	"\f\nx = 1\n",
	"x = 1 + \\\n    2\n",
	"async def f():\n    async with a as b, c:\n        async for x in y:\n            await z\n",
	"async def f():\n    return [x async for x in y if await x]\n",
	"await x\n",
	"match p:\n    case [1, *rest] if rest: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0) | None: pass\n    case _: pass\n",
	"match = case = _ = 1\n",
	"f'{x!r:>{width}.{prec}} {y=} {{}}'\n",
	"f'''{\n1 +\n2}'''\n",
	"rb'\\x00' br'\\n' Rb'' u'x' 'a' 'b'\n",
	"x = 0x_ff + 0o17 + 0b1_0 + 1_000.5e-3j + .5 + 5.\n",
	"@a.b(c)\n@d\nclass C(B, metaclass=M):\n    x: int = 1\n    def f(self, /, a, *args, b=1, **kw) -> int: ...\n",
	"lambda *a, b=1, **c: (a, b, c)\n",
	"(y := 1); [z := 2, 3]; f(w := 4)\n",
	"try:\n    pass\nexcept* (A, B) as e:\n    raise\nelse:\n    pass\nfinally:\n    pass\n",
	"global a, b\ndef f():\n    nonlocal c\n",
	"del a, b[0], c.d\n",
	"x[1:2, ::3, ...]\n",
	"a if b else c if d else e\n",
	"not a < b <= c is not d not in e\n",
	"ñame = 'ünïcode'\n",
	"x = (" + strings.Repeat("(", 150) + strings.Repeat(")", 150) + ")\n",
	strings.Repeat("if x:\n", 1) + strings.Repeat(" ", 1) + strings.Repeat("[", 100) + strings.Repeat("]", 100) + "\n",
	"-" + strings.Repeat("-", 500) + "x\n",
	strings.Repeat("x = 1\n", 2000),
	"x = ",
	"def f(:\n",
	"class\n",
	"'''",
	"f'{",
	"f'{x!}'",
	"((((",
	"))))",
	"\\",
	"\x00",
	"\t\t\n  \t x\n",
	"if 1:\n  if 2:\n    x\n y\n",
	"print 'hello'\n",
	"0777 + 1__0 + 0b2 + 1e\n",
	"x = 'é' $\n",
	"€",
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSnippets {
		f.Add([]byte(s))
	}
	for _, c := range syntaxErrorCases {
		f.Add([]byte(c.src))
	}
	addDir := func(dir string, recursive bool) {
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() {
				if path != dir && !recursive {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasSuffix(path, ".py") {
				if data, err := os.ReadFile(path); err == nil {
					f.Add(data)
				}
			}
			return nil
		})
	}
	addDir(filepath.Join(dtRepoRoot(f), "corpus"), true)
	py := dtFindPython(f)
	addDir(filepath.Join(py.Stdlib, "asyncio"), false)

	f.Fuzz(func(t *testing.T, src []byte) {
		r := dtParse("fuzz.py", src, 5*time.Second)
		switch {
		case r.TimedOut:
			t.Fatalf("ParseFile did not return within 5s on %q", fuzzAbbrev(src))
		case r.Panic != nil:
			t.Fatalf("ParseFile panicked on %q: %v\n%s", fuzzAbbrev(src), r.Panic, r.Stack)
		}
		if r.Err != nil {
			if r.Mod != nil {
				t.Errorf("ParseFile returned both a *Module and an error: %v", r.Err)
			}
			se, ok := r.Err.(*parser.SyntaxError)
			if !ok {
				t.Fatalf("ParseFile returned a %T, not a *parser.SyntaxError: %v", r.Err, r.Err)
			}
			fuzzCheckErrorPos(t, se, src)
			dtSafeString(t, "Error", se.Error)
			dtSafeString(t, "Traceback", se.Traceback)
			return
		}
		if r.Mod == nil {
			t.Fatalf("ParseFile returned neither a *Module nor an error")
		}
		for _, attrs := range []bool{false, true} {
			s, err := dtDump(r.Mod, attrs)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(s, "Module(") {
				t.Errorf("Dump(attrs=%v) = %q..., want Module(...)", attrs, fuzzAbbrev([]byte(s)))
			}
		}
	})
}

// fuzzCheckErrorPos checks that the error points into the input: a line
// that exists (or the one after the last, for errors at end of input, or
// 0, CPython's "no line"), a column within Text (one past its end at most;
// -1 and -2 encode CPython's offsets 0 and -1).
func fuzzCheckErrorPos(t *testing.T, se *parser.SyntaxError, src []byte) {
	t.Helper()
	lines := 1 + bytes.Count(src, []byte("\n")) + bytes.Count(src, []byte("\r")) - bytes.Count(src, []byte("\r\n"))
	check := func(what string, p parser.Pos, minCol int32) {
		if p.Line < 0 || int(p.Line) > lines+1 {
			t.Errorf("%s line %d outside the input (%d lines): %v", what, p.Line, lines, se)
		}
		if p.Col < minCol {
			t.Errorf("%s column %d < %d: %v", what, p.Col, minCol, se)
		}
	}
	check("error", se.Pos, -2)
	if se.Text != "" && int(se.Pos.Col) > len(se.Text)+1 {
		t.Errorf("error column %d beyond the end of its line %q: %v", se.Pos.Col, se.Text, se)
	}
	// Text is one line, or, as CPython's is, the lines joined by backslashes
	// up to the error; line endings are normalized to "\n".
	if strings.ContainsRune(se.Text, '\r') || strings.HasSuffix(se.Text, "\n") {
		t.Errorf("Text %q has a CR or a trailing line ending", se.Text)
	}
	if se.End.IsValid() {
		// An error in a multi-line f-string replacement field ends on a
		// later line with a column CPython shifts below zero
		// ("f'''{0\n0!'''" has end_offset -2): only a one-line end is
		// bounded.
		minCol := int32(-2)
		if se.End.Line > se.Pos.Line {
			minCol = math.MinInt32
		}
		check("end", se.End, minCol)
	}
	if se.Type != "SyntaxError" && se.Type != "IndentationError" && se.Type != "TabError" {
		t.Errorf("Type %q is not SyntaxError, IndentationError or TabError", se.Type)
	}
	if se.Msg == "" {
		t.Errorf("empty Msg: %v", se)
	}
}

// dtSafeString calls a string method, failing the test if it panics.
func dtSafeString(t *testing.T, name string, f func() string) {
	t.Helper()
	defer func() {
		if p := recover(); p != nil {
			t.Errorf("%s panicked: %v", name, p)
		}
	}()
	f()
}

func fuzzAbbrev(b []byte) string {
	if len(b) > 200 {
		return string(b[:200]) + "..."
	}
	return string(b)
}
