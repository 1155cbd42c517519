package parser

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// scanAll scans src to the end and returns its tokens (ending with
// ENDMARKER or ILLEGAL) and the scanner's error.
func scanAll(t testing.TB, src string) ([]Token, *SyntaxError) {
	t.Helper()
	s, err := newScanner("x.py", []byte(src))
	if err != nil {
		return nil, err.(*SyntaxError)
	}
	var toks []Token
	for {
		tok := s.next()
		toks = append(toks, tok)
		if tok.Kind == ENDMARKER || tok.Kind == ILLEGAL {
			break
		}
		if len(toks) > 10*len(src)+100 {
			t.Fatalf("%q: scanner does not stop", src)
		}
	}
	return toks, s.err()
}

// fmtTok formats a token as KIND@line:col-line:col[ "lit"].
func fmtTok(tok Token) string {
	s := fmt.Sprintf("%s@%d:%d-%d:%d", tok.Kind, tok.Start.Line, tok.Start.Col, tok.End.Line, tok.End.Col)
	if tok.Lit != "" {
		s += fmt.Sprintf(" %q", tok.Lit)
	}
	return s
}

func TestScannerTokens(t *testing.T) {
	tests := []struct {
		src  string
		want string // tokens separated by " | "
	}{
		{"x = 1\n", `NAME@1:0-1:1 "x" | =@1:2-1:3 | NUMBER@1:4-1:5 "1" | NEWLINE@1:5-1:5 | ENDMARKER@1:6-1:6`},
		{"x = 1", `NAME@1:0-1:1 "x" | =@1:2-1:3 | NUMBER@1:4-1:5 "1" | NEWLINE@1:5-1:5 | ENDMARKER@1:6-1:6`},
		{"", `ENDMARKER@1:1-1:1`},
		{"# only\n\n", `ENDMARKER@2:1-2:1`},
		{"x  # c\n", `NAME@1:0-1:1 "x" | NEWLINE@1:3-1:6 | ENDMARKER@1:7-1:7`},
		{"if x:\n    y\n\n  # c\n    z\nw\n",
			`if@1:0-1:2 | NAME@1:3-1:4 "x" | :@1:4-1:5 | NEWLINE@1:5-1:5 | INDENT@2:4-2:4 | NAME@2:4-2:5 "y" | NEWLINE@2:5-2:5 | ` +
				`NAME@5:4-5:5 "z" | NEWLINE@5:5-5:5 | DEDENT@6:0-6:0 | NAME@6:0-6:1 "w" | NEWLINE@6:1-6:1 | ENDMARKER@6:2-6:2`},
		{"def f():\n\tif x:\n\t\treturn\n",
			`def@1:0-1:3 | NAME@1:4-1:5 "f" | (@1:5-1:6 | )@1:6-1:7 | :@1:7-1:8 | NEWLINE@1:8-1:8 | INDENT@2:1-2:1 | if@2:1-2:3 | NAME@2:4-2:5 "x" | :@2:5-2:6 | NEWLINE@2:6-2:6 | ` +
				`INDENT@3:2-3:2 | return@3:2-3:8 | NEWLINE@3:8-3:8 | DEDENT@3:9-3:9 | DEDENT@3:9-3:9 | ENDMARKER@3:9-3:9`},
		{"x = (1,\n  2)\n", `NAME@1:0-1:1 "x" | =@1:2-1:3 | (@1:4-1:5 | NUMBER@1:5-1:6 "1" | ,@1:6-1:7 | NUMBER@2:2-2:3 "2" | )@2:3-2:4 | NEWLINE@2:4-2:4 | ENDMARKER@2:5-2:5`},
		{"x = 1 + \\\n  2\n", `NAME@1:0-1:1 "x" | =@1:2-1:3 | NUMBER@1:4-1:5 "1" | +@1:6-1:7 | NUMBER@2:2-2:3 "2" | NEWLINE@2:3-2:3 | ENDMARKER@2:4-2:4`},
		{"a\r\nb\rc", `NAME@1:0-1:1 "a" | NEWLINE@1:1-1:1 | NAME@2:0-2:1 "b" | NEWLINE@2:1-2:1 | NAME@3:0-3:1 "c" | NEWLINE@3:1-3:1 | ENDMARKER@3:2-3:2`},
		{"s = '''a\nb''' + rb'\\'' f\"x\"\n",
			`NAME@1:0-1:1 "s" | =@1:2-1:3 | STRING@1:4-2:4 "'''a\nb'''" | +@2:5-2:6 | STRING@2:7-2:13 "rb'\\''" | STRING@2:14-2:18 "f\"x\"" | NEWLINE@2:18-2:18 | ENDMARKER@2:19-2:19`},
		{"'a\\\nb' ''", `STRING@1:0-2:2 "'a\\\nb'" | STRING@2:3-2:5 "''" | NEWLINE@2:5-2:5 | ENDMARKER@2:6-2:6`},
		{"ub'x' Rb'' bR'' BR'' U'' Fr'' rF''", `NAME@1:0-1:2 "ub" | STRING@1:2-1:5 "'x'" | STRING@1:6-1:10 "Rb''" | STRING@1:11-1:15 "bR''" | STRING@1:16-1:20 "BR''" | STRING@1:21-1:24 "U''" | STRING@1:25-1:29 "Fr''" | STRING@1:30-1:34 "rF''" | NEWLINE@1:34-1:34 | ENDMARKER@1:35-1:35`},
		{"0 0x_fF 0o17 0B1_0 1_000 1.5 .5 1. 1e5 1E-5 1.5j 1J 00 0_0 00.5 0e0 09.5 007j",
			`NUMBER@1:0-1:1 "0" | NUMBER@1:2-1:7 "0x_fF" | NUMBER@1:8-1:12 "0o17" | NUMBER@1:13-1:18 "0B1_0" | NUMBER@1:19-1:24 "1_000" | NUMBER@1:25-1:28 "1.5" | NUMBER@1:29-1:31 ".5" | NUMBER@1:32-1:34 "1." | NUMBER@1:35-1:38 "1e5" | NUMBER@1:39-1:43 "1E-5" | NUMBER@1:44-1:48 "1.5j" | NUMBER@1:49-1:51 "1J" | NUMBER@1:52-1:54 "00" | NUMBER@1:55-1:58 "0_0" | NUMBER@1:59-1:63 "00.5" | NUMBER@1:64-1:67 "0e0" | NUMBER@1:68-1:72 "09.5" | NUMBER@1:73-1:77 "007j" | NEWLINE@1:77-1:77 | ENDMARKER@1:78-1:78`},
		{"1if 1else 2", `NUMBER@1:0-1:1 "1" | if@1:1-1:3 | NUMBER@1:4-1:5 "1" | else@1:5-1:9 | NUMBER@1:10-1:11 "2" | NEWLINE@1:11-1:11 | ENDMARKER@1:12-1:12`},
		{"1 .real ...x..", `NUMBER@1:0-1:1 "1" | .@1:2-1:3 | NAME@1:3-1:7 "real" | ...@1:8-1:11 | NAME@1:11-1:12 "x" | .@1:12-1:13 | .@1:13-1:14 | NEWLINE@1:14-1:14 | ENDMARKER@1:15-1:15`},
		{"a+=b-=c*=d/=e//=f%=g@=h&=i|=j^=k>>=l<<=m**=n:=o->p",
			`NAME@1:0-1:1 "a" | +=@1:1-1:3 | NAME@1:3-1:4 "b" | -=@1:4-1:6 | NAME@1:6-1:7 "c" | *=@1:7-1:9 | NAME@1:9-1:10 "d" | /=@1:10-1:12 | NAME@1:12-1:13 "e" | //=@1:13-1:16 | NAME@1:16-1:17 "f" | %=@1:17-1:19 | NAME@1:19-1:20 "g" | @=@1:20-1:22 | NAME@1:22-1:23 "h" | &=@1:23-1:25 | NAME@1:25-1:26 "i" | |=@1:26-1:28 | NAME@1:28-1:29 "j" | ^=@1:29-1:31 | NAME@1:31-1:32 "k" | >>=@1:32-1:35 | NAME@1:35-1:36 "l" | <<=@1:36-1:39 | NAME@1:39-1:40 "m" | **=@1:40-1:43 | NAME@1:43-1:44 "n" | :=@1:44-1:46 | NAME@1:46-1:47 "o" | ->@1:47-1:49 | NAME@1:49-1:50 "p" | NEWLINE@1:50-1:50 | ENDMARKER@1:51-1:51`},
		{"a<b>c==d!=e<=f>=g<<h>>i**j//k~l^m|n&o%p@q<>r!s$t?u`",
			`NAME@1:0-1:1 "a" | <@1:1-1:2 | NAME@1:2-1:3 "b" | >@1:3-1:4 | NAME@1:4-1:5 "c" | ==@1:5-1:7 | NAME@1:7-1:8 "d" | !=@1:8-1:10 | NAME@1:10-1:11 "e" | <=@1:11-1:13 | NAME@1:13-1:14 "f" | >=@1:14-1:16 | NAME@1:16-1:17 "g" | <<@1:17-1:19 | NAME@1:19-1:20 "h" | >>@1:20-1:22 | NAME@1:22-1:23 "i" | **@1:23-1:25 | NAME@1:25-1:26 "j" | //@1:26-1:28 | NAME@1:28-1:29 "k" | ~@1:29-1:30 | NAME@1:30-1:31 "l" | ^@1:31-1:32 | NAME@1:32-1:33 "m" | |@1:33-1:34 | NAME@1:34-1:35 "n" | &@1:35-1:36 | NAME@1:36-1:37 "o" | %@1:37-1:38 | NAME@1:38-1:39 "p" | @@1:39-1:40 | NAME@1:40-1:41 "q" | !=@1:41-1:43 "<>" | NAME@1:43-1:44 "r" | !@1:44-1:45 | NAME@1:45-1:46 "s" | OP@1:46-1:47 "$" | NAME@1:47-1:48 "t" | OP@1:48-1:49 "?" | NAME@1:49-1:50 "u" | OP@1:50-1:51 "` + "`" + `" | NEWLINE@1:51-1:51 | ENDMARKER@1:52-1:52`},
		{"async def f(): await x; None is not True and False",
			`async@1:0-1:5 | def@1:6-1:9 | NAME@1:10-1:11 "f" | (@1:11-1:12 | )@1:12-1:13 | :@1:13-1:14 | await@1:15-1:20 | NAME@1:21-1:22 "x" | ;@1:22-1:23 | None@1:24-1:28 | is@1:29-1:31 | not@1:32-1:35 | True@1:36-1:40 | and@1:41-1:44 | False@1:45-1:50 | NEWLINE@1:50-1:50 | ENDMARKER@1:51-1:51`},
		{"match _:\n case Ünïcode·x: ℌ", `NAME@1:0-1:5 "match" | NAME@1:6-1:7 "_" | :@1:7-1:8 | NEWLINE@1:8-1:8 | INDENT@2:1-2:1 | NAME@2:1-2:5 "case" | NAME@2:6-2:18 "Ünïcode·x" | :@2:18-2:19 | NAME@2:20-2:23 "ℌ" | NEWLINE@2:23-2:23 | DEDENT@2:24-2:24 | ENDMARKER@2:24-2:24`},
		{"\ufeffx", `NAME@1:0-1:1 "x" | NEWLINE@1:1-1:1 | ENDMARKER@1:2-1:2`},
		{"\fx\n  \f  y", `NAME@1:1-1:2 "x" | NEWLINE@1:2-1:2 | INDENT@2:5-2:5 | NAME@2:5-2:6 "y" | NEWLINE@2:6-2:6 | DEDENT@2:7-2:7 | ENDMARKER@2:7-2:7`},
		{"if x:\n  \\\n    y\n", `if@1:0-1:2 | NAME@1:3-1:4 "x" | :@1:4-1:5 | NEWLINE@1:5-1:5 | INDENT@3:4-3:4 | NAME@3:4-3:5 "y" | NEWLINE@3:5-3:5 | DEDENT@3:6-3:6 | ENDMARKER@3:6-3:6`},
	}
	for _, tt := range tests {
		toks, err := scanAll(t, tt.src)
		if err != nil {
			t.Errorf("%q: unexpected error %v", tt.src, err)
			continue
		}
		var got []string
		for _, tok := range toks {
			got = append(got, fmtTok(tok))
		}
		if g := strings.Join(got, " | "); g != tt.want {
			t.Errorf("%q:\ngot  %s\nwant %s", tt.src, g, tt.want)
		}
	}
}

// A python3 program that compiles each source (base64 in a JSON list on
// stdin) with ast.parse and prints what it raised.
const scannerPyCheck = `
import ast, base64, json, sys, warnings
warnings.simplefilter("ignore")
out = []
for b in json.load(sys.stdin):
    src = base64.b64decode(b)
    try:
        ast.parse(src, "x.py")
        out.append(None)
    except SyntaxError as e:
        text = e.text
        if text is not None and text.endswith("\n"):
            text = text[:-1]
        out.append([type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, text])
    except Exception as e:
        out.append([type(e).__name__, str(e), None, None, None, None, None])
json.dump(out, sys.stdout)
`

// pyErrors runs python3 over the sources and returns, for each, nil if
// CPython accepts it and otherwise its exception's type, msg, lineno,
// offset, end_lineno, end_offset and text (nil for None).
func pyErrors(t *testing.T, srcs []string) [][]any {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Fatalf("python3 is needed for this test: %v", err)
	}
	var in []string
	for _, s := range srcs {
		in = append(in, base64.StdEncoding.EncodeToString([]byte(s)))
	}
	inJSON, _ := json.Marshal(in)
	cmd := exec.Command(py, "-c", scannerPyCheck)
	cmd.Stdin = strings.NewReader(string(inJSON))
	cmd.Stderr = os.Stderr
	outJSON, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	var out [][]any
	if err := json.Unmarshal(outJSON, &out); err != nil {
		t.Fatalf("python3 output: %v", err)
	}
	if len(out) != len(srcs) {
		t.Fatalf("python3 gave %d results for %d sources", len(out), len(srcs))
	}
	return out
}

// pyFields returns an error's fields as CPython reports them.
func pyFields(e *SyntaxError) []any {
	var lineno, offset, endLineno, endOffset, text any
	switch {
	case e.Pos == Pos{}:
		// No position at all (NUL bytes).
	case e.Pos.Line == 0:
		lineno, offset = 0.0, float64(e.Offset())
	default:
		lineno, offset, text = float64(e.Pos.Line), float64(e.Offset()), e.Text
		if e.End.IsValid() {
			endLineno, endOffset = float64(e.End.Line), float64(e.EndOffset())
		}
	}
	return []any{e.Type, e.Msg, lineno, offset, endLineno, endOffset, text}
}

// scannerErrorCases are inputs whose error CPython's tokenizer finds (the
// parser does not fail before reaching it): the scanner must report the
// same error, at the same place.
var scannerErrorCases = []string{
	// Numbers.
	"1_", "1__0", "1_e5", "1e_5", "1e+_5", "1e+", "1e-x", "1.5_", "0x1_", "0x1__2", "0xg", "0x", "0o", "0b",
	"0b12", "0b1_2", "0o78", "0o7_8", "0o8", "0b2", "0_7", "007", "08", "01_2", "x = 012345",
	"1.__class__", "0xfj", "0b1j", "0o1j", "1e5e5", "1jj", "1e5x", "1.5x", "1abc", "1eand", "0x1fand 1",
	"0x€", "1_€", "x = 1.0e", "0_", "0__0", "0_x", "0b1and2", "x = 'a\r'",
	// Strings.
	"x = 'abc\n", "x = 'abc", "x = '''\r\n", "x = '''\nb\r\n", "x = '''\nb\r", "''']:e\r\n", "x = '''abc\n\ndef", "x = 1\ny = '''abc\n\ndef\n", "x = ('abc\n",
	"x = b'abc\\\n", "x = 'a' 'b\n", "x = \"\"\"a\\\"\"\"\n", "f(rb'''\n\n", "é = 'x\n", "x = ('''\n\n",
	"\"\"\"\"\"\"\"\n",
	// Brackets.
	"x = )", "x = (]", "x = (\n]", "x = {1:(2\n\n]", "x = ([{\n)]}", "if x:\n  y\n)\n", "x = é)",
	strings.Repeat("(", 201), strings.Repeat("(", 200), "x = (1,\n", "x = (1,", "x = [1,\n(2,\n", "x = (\\\n",
	"[\n\n", "{x: (\n1,\n",
	// Characters.
	"\x01", "x = 1\x7f", "x = 1 \u00a0", "x = \u200b", "x = a\u200b", "x = \u0341", "x = 😀", "x = \ud7ff",
	"x = 1\t\x0b", "€", "a€", "1€", "1²", "x·y = ¹", "\ufeff\ufeffx", "\u0300x = 1", "x = \u00b7",
	// Line continuation.
	"\\\\", "x=1\\\\", "x=1\\\\ y", "(\\\\", "x = 1 +\\\n", "x = 1 +\\", "\\\n", "if x:\n  \\\n",
	"x = 1 ; \\ \n", "x\n\ny = 1\\\n2\\x", "é = 1 +\\ x", "é\\\n  = 1 +\\ x", "\\é", "x = 1 +\\ é",
	"x = 1 +\\\n 2 +\\\n", "x = 1 +\\\n 2 +\\ 3\n", "x = '''\n''' + \\ 2\n",
	// Indentation.
	"if x:\n        a\n    b\n", "if x:\n        a\n    b", "if x:\n  a\n\tb\n", "if x:\n\ta\n        b\n",
	"if x:\n        a\n\tb\n", "if x:\n    a\n  \f  b\n", "if x:\n\ta\n  \tb\n",
	func() string {
		var b strings.Builder
		for i := 0; i < 101; i++ {
			b.WriteString(strings.Repeat(" ", i) + "if x:\n")
		}
		return b.String()
	}(),
	// Encodings.
	"\xff", "x = 1\n#\xe9\ny = \xe9", "ab\xe9cd = 1", "x = ab\xe9\xe9cd(1)", "\xc0\x80", "x=1\n\xe9 = 2",
	"# coding: foobar\n", "\xef\xbb\xbf# coding: latin-1\n", "\xef\xbb\xbf# coding: utf8\nx=1\n",
	"# coding=utf8\nx = '\xe9'\n", "#coding:u8\r\nx='\r\n\xe9\xe9'\n", "# coding: ascii\nx = '\xe9'\n",
	"# coding: ascii\n# \xe9\n", "# coding: cp1252\nx = '\x80\x81'\n", "# -*- coding: latin-1 -*-\nx = 'é' +\\ é\n",
	"# vim: set fileencoding=koi8_r :\n\xc1\xc2\xf7 = 1 +\\ 2\n", "#!/bin/python\n#coding:latin_1\n\xb5 \xb6\n",
	"# coding: iso-8859-3\nx = '\xa5'\n",
	// Without a BOM or coding declaration, offsets of parser-raised errors
	// count bytes.
	"\xc3\xa9 = 1 +\\\n", "\xc3\xa9 = 1 + \xc3\xa9 +\\\n", "\xef\xbb\xbf\xc3\xa9 = 1 + \xc3\xa9 +\\\n", "\xef\xbb\xbf\xc3\xa9 = 1 +\\ x",
	"\xc3\xa9 = (1,\n", "\xef\xbb\xbf\xc3\xa9 = (1,\n", "if x:\n        \xc3\xa9\n    \xc3\xa9\n", "\xc3\xa9 + ab\xe9cd", "\xc3\xa9 + \xe9",
	"\xc3\xa9 = 1 +\\\n 2 +\\\n", "\xc3\xa9 = 1 +\\\n \xc3\xa9 +\\ 3\n", "\xc3\xa9 = 0777", "x = '''\n'''\\\n2 +\\\n",
	"# coding: latin-1\n\xe9 = 0777", "\xef\xbb\xbf\xc3\xa9 = 0777 + \xc3\xa9",
	// NUL bytes.
	"x = 1\x00", "a\x00b",
}

func TestScannerErrors(t *testing.T) {
	want := pyErrors(t, scannerErrorCases)
	for i, src := range scannerErrorCases {
		_, err := scanAll(t, src)
		if want[i] == nil {
			t.Errorf("%q: CPython accepts it (bad test case)", src)
			continue
		}
		if err == nil {
			t.Errorf("%q: no error; CPython: %v", src, want[i])
			continue
		}
		got := pyFields(err)
		if fmt.Sprint(got) != fmt.Sprint(want[i]) {
			t.Errorf("%q:\ngot  %q\nwant %q", src, got, want[i])
		}
	}
}

// TestScannerUnsupportedEncoding: a codec CPython has but the scanner does
// not (multi-byte ones) is an error of our own, never a silent misdecoding.
func TestScannerUnsupportedEncoding(t *testing.T) {
	_, err := scanAll(t, "# coding: utf-16\nx = 1\n")
	if err == nil || err.Msg != "encoding utf-16 is not supported by py2goasync" {
		t.Errorf("got %v", err)
	}
}

// scannerValidCases have no tokenizer error (CPython may still reject
// some of them in its parser).
var scannerValidCases = []string{
	"1if x else y", "0x1for x in y", "1 if 1else 2", "1and 2", "1or 2", "1in x", "1is x", "1not in x",
	"0b1and 1", "0o7or 1", "1.0and 1", "1jand 1", "[0x1for x in y]", "1e5if 1 else 2", "1.if 1 else 2",
	"0if 1 else 2", "00if 1 else 2", "0_0if 1 else 2", "0x_1", "0o_7", "0b_1", "000", "0_0", "00.5",
	"007e3", "007j", "0_7j", "09.5", "1 .real", "1e5j", "1J", ".5", ".5j", "x = 'a\\\nb'", "x·=1",
	"x = \uff21", "\u2160 = 1", "if x:\n  a\n\f  b\n", "if x:\n  a\n\fb\n", "x\r\ny\r\n",
	"# -*- coding: latin-1 -*-\nx = '\xe9'\n", "#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx = '\xa4'\n", "1ifx y",
	"\xef\xbb\xbf# coding: utf-8\nx=1\n", "\xef\xbb\xbf# coding: utf-8-sig\nx=1\n", "# coding: Latin_1\nx='\xe9'\n",
	"  # coding: latin-1\nx='\xe9'\n", "\n# coding: latin-1\nx='\xe9'\n", "# coding: latin-1\n# coding: ascii\nx='\xe9'\n",
	"#coding:latin-1", "#codin:latin-1\n", "# coding: ASCII\nx='a'\n", "# coding: koi8-r\nx = '\xc1'\n",
	"# coding: cp1252\nx = '\x80'\n", "x = 1 \f y", "x = # c\n", "$", "a = $b", "x = 1!", "1 <> 2",
	"# \xff comment\nx = 1\n", "# coding: mac-roman\nx = '\xff'\n", "# coding: cp437\nx = '\xff'\n", "f(**{'a': 1})", "x = [\n1,\n# c\n  2,\n]\n", "if x:\n\n  \n# c\n  y\n",
}

func TestScannerValid(t *testing.T) {
	for _, src := range scannerValidCases {
		if _, err := scanAll(t, src); err != nil {
			t.Errorf("%q: unexpected error %v", src, err)
		}
	}
	// CPython agrees that these have no tokenizer error: it accepts them or
	// reports a parser error ("invalid syntax" and the like).
	want := pyErrors(t, scannerValidCases)
	for i, src := range scannerValidCases {
		if w := want[i]; w != nil {
			msg, _ := w[1].(string)
			if !strings.HasPrefix(msg, "invalid syntax") && !strings.HasPrefix(msg, "(unicode error)") {
				t.Errorf("%q: CPython reports %v (bad test case)", src, w)
			}
		}
	}
}

// TestScannerStdlib scans CPython's library: no file that CPython compiles
// may give a tokenizer error, and every token must lie in the source in
// order.
func TestScannerStdlib(t *testing.T) {
	root := pyStdlibDir(t)
	var files []string
	asyncio, _ := filepath.Glob(filepath.Join(root, "asyncio", "*.py"))
	files = append(files, asyncio...)
	top, _ := filepath.Glob(filepath.Join(root, "*.py"))
	files = append(files, top...)
	for _, dir := range []string{"email", "json", "concurrent/futures", "importlib", "unittest", "http", "xml/dom", "xml/etree",
		"lib2to3/pgen2", "logging", "multiprocessing", "urllib", "collections", "ctypes", "sqlite3", "tomllib", "zoneinfo",
		"wsgiref", "dbm", "curses", "html", "idlelib", "encodings", "distutils", "pydoc_data", "venv", "ensurepip"} {
		more, _ := filepath.Glob(filepath.Join(root, dir, "*.py"))
		files = append(files, more...)
	}
	if len(files) < 300 {
		t.Fatalf("found only %d files under %s", len(files), root)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s, serr := newScanner(f, src)
		if serr != nil {
			t.Errorf("%s: %v", f, serr)
			continue
		}
		prev := Pos{1, 0}
		for {
			tok := s.next()
			if tok.Kind == ILLEGAL {
				t.Errorf("%s: %v", f, s.err())
				break
			}
			if tok.Start.Before(prev) || tok.End.Before(tok.Start) {
				t.Errorf("%s: token %s out of order (previous end %v)", f, fmtTok(tok), prev)
				break
			}
			if tok.Lit != "" && tok.Start.Line == tok.End.Line {
				if line := s.line(int(tok.Start.Line)); int(tok.End.Col) > len(line) || line[tok.Start.Col:tok.End.Col] != tok.Lit {
					t.Errorf("%s: token %s does not match its line %q", f, fmtTok(tok), line)
					break
				}
			}
			prev = tok.End
			if tok.Kind == ENDMARKER {
				break
			}
		}
	}
	t.Logf("scanned %d files", len(files))
}

// pyStdlibDir returns the directory of python3's standard library.
func pyStdlibDir(t testing.TB) string {
	t.Helper()
	out, err := exec.Command("python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		t.Fatalf("python3 is needed for this test: %v", err)
	}
	return strings.TrimSpace(string(out))
}

func BenchmarkScanner(b *testing.B) {
	root := pyStdlibDir(b)
	files, _ := filepath.Glob(filepath.Join(root, "asyncio", "*.py"))
	var srcs [][]byte
	size := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
		size += len(src)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, src := range srcs {
			s, err := newScanner("x.py", src)
			if err != nil {
				b.Fatal(err)
			}
			for tok := s.next(); tok.Kind != ENDMARKER; tok = s.next() {
				if tok.Kind == ILLEGAL {
					b.Fatal(s.err())
				}
			}
		}
	}
}
