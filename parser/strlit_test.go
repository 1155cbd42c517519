package parser

import (
	"encoding/hex"
	"fmt"
	"math/rand"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplitStringLiteral(t *testing.T) {
	tests := []struct{ lit, prefix, quote, body string }{
		{`''`, "", `'`, ""},
		{`""`, "", `"`, ""},
		{`''''''`, "", `'''`, ""},
		{`""""""`, "", `"""`, ""},
		{`'abc'`, "", `'`, "abc"},
		{`rb"x\"y"`, "rb", `"`, `x\"y`},
		{`BR'''a'b'''`, "BR", `'''`, `a'b`},
		{`F"""{x}"""`, "F", `"""`, "{x}"},
		{`u'\''`, "u", `'`, `\'`},
		{"'''\n'''", "", `'''`, "\n"},
	}
	for _, tt := range tests {
		p, q, b := splitStringLiteral(tt.lit)
		if p != tt.prefix || q != tt.quote || b != tt.body {
			t.Errorf("splitStringLiteral(%q) = %q, %q, %q; want %q, %q, %q", tt.lit, p, q, b, tt.prefix, tt.quote, tt.body)
		}
	}
	for _, tt := range []struct {
		prefix                 string
		bytes, raw, fmt, unicd bool
	}{
		{"", false, false, false, false},
		{"rB", true, true, false, false},
		{"Fr", false, true, true, false},
		{"U", false, false, false, true},
	} {
		b, r, f, u := stringPrefixFlags(tt.prefix)
		if b != tt.bytes || r != tt.raw || f != tt.fmt || u != tt.unicd {
			t.Errorf("stringPrefixFlags(%q) = %v %v %v %v", tt.prefix, b, r, f, u)
		}
	}
}

func TestDecodeStringBody(t *testing.T) {
	const ue = "(unicode error) 'unicodeescape' codec can't decode bytes in position "
	tests := []struct {
		body         string
		bytes, raw   bool
		want, errMsg string
	}{
		{body: "abc", want: "abc"},
		{body: `a\nb\tc\\d\'e\"f`, want: "a\nb\tc\\d'e\"f"},
		{body: `\a\b\f\v\r`, want: "\a\b\f\v\r"},
		{body: "a\\\nb", want: "ab"},
		{body: `\0\07\101\1012\777\8\9`, want: "\x00\x07AA2\u01ff\\8\\9"},
		{body: `\x41\xe9\xFF`, want: "A\u00e9\u00ff"},
		{body: `\u00e9\u20AC\U0001F600`, want: "\u00e9\u20ac\U0001f600"},
		{body: `\ud800\udc00`, want: "\xed\xa0\x80\xed\xb0\x80"},
		{body: `\q\ \é`, want: `\q\ \é`},
		{body: `\`, want: `\`},
		{body: `\N{LATIN SMALL LETTER A}\N{latin small letter e with acute}`, want: "a\u00e9"},
		{body: `\N{NBSP}\N{bom}\N{LF}`, want: "\u00a0\ufeff\n"},
		{body: `\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE GGAG}\N{HANGUL SYLLABLE A}`, want: "\uac00\uae4d\uc544"},
		{body: `\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-2A6DF}`, want: "\u4e00\U0002a6df"},
		{body: `\x`, errMsg: ue + `0-1: truncated \xXX escape`},
		{body: `ab\x1g`, errMsg: ue + `2-4: truncated \xXX escape`},
		{body: `é\x`, errMsg: ue + `10-11: truncated \xXX escape`},
		{body: `\é\x`, errMsg: ue + `16-17: truncated \xXX escape`},
		{body: `\u12`, errMsg: ue + `0-3: truncated \uXXXX escape`},
		{body: `\U1234567`, errMsg: ue + `0-8: truncated \UXXXXXXXX escape`},
		{body: `\U00110000`, errMsg: ue + `0-9: illegal Unicode character`},
		{body: `\N`, errMsg: ue + `0-1: malformed \N character escape`},
		{body: `\N{}`, errMsg: ue + `0-2: malformed \N character escape`},
		{body: `\N{abc`, errMsg: ue + `0-5: malformed \N character escape`},
		{body: `\N{foo}`, errMsg: ue + `0-6: unknown Unicode character name`},
		{body: `\N{hangul syllable ga}`, errMsg: ue + `0-21: unknown Unicode character name`},
		{body: `\N{CJK UNIFIED IDEOGRAPH-4e00}`, errMsg: ue + `0-29: unknown Unicode character name`},
		{body: `\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}`, errMsg: ue + `0-47: unknown Unicode character name`},
		{body: `\x`, raw: true, want: `\x`},
		{body: `é\N{`, raw: true, want: `é\N{`},
		{body: `a\x41\101\n\q\N{DASH}\u0041`, bytes: true, want: "aAA\n\\q\\N{DASH}\\u0041"},
		{body: `\777\477`, bytes: true, want: "\xff?"},
		{body: `ab\x`, bytes: true, errMsg: `(value error) invalid \x escape at position 2`},
		{body: `\x1`, bytes: true, errMsg: `(value error) invalid \x escape at position 0`},
		{body: `\x1é`, bytes: true, errMsg: `bytes can only contain ASCII literal characters`},
		{body: `é`, bytes: true, raw: true, errMsg: `bytes can only contain ASCII literal characters`},
		{body: `\x`, bytes: true, raw: true, want: `\x`},
	}
	for _, tt := range tests {
		got, err := decodeStringBody(tt.body, tt.bytes, tt.raw)
		if tt.errMsg != "" {
			le, ok := err.(*literalError)
			if !ok || le.Msg != tt.errMsg {
				t.Errorf("decodeStringBody(%q, %v, %v) error = %v, want %s", tt.body, tt.bytes, tt.raw, err, tt.errMsg)
			} else if le.AtToken != strings.HasPrefix(tt.errMsg, "bytes can only") {
				t.Errorf("decodeStringBody(%q, %v, %v): AtToken = %v", tt.body, tt.bytes, tt.raw, le.AtToken)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("decodeStringBody(%q, %v, %v) = %q, %v; want %q", tt.body, tt.bytes, tt.raw, got, err, tt.want)
		}
	}
}

func TestLookupUnicodeName(t *testing.T) {
	tests := []struct {
		name string
		want rune // -1: not found
	}{
		{"LATIN SMALL LETTER A", 'a'},
		{"Latin Small Letter A", 'a'},
		{"SPACE", ' '},
		{"NULL", 0},
		{"nul", 0},
		{"BYTE ORDER MARK", 0xfeff},
		{"LATIN CAPITAL LETTER GHA", 0x1a2},
		{"VS256", 0xe01ef},
		{"GRINNING FACE", 0x1f600},
		{"CJK COMPATIBILITY IDEOGRAPH-F900", 0xf900},
		{"CJK UNIFIED IDEOGRAPH-3400", 0x3400},
		{"CJK UNIFIED IDEOGRAPH-04E00", 0x4e00},
		{"CJK UNIFIED IDEOGRAPH-3134A", 0x3134a},
		{"CJK UNIFIED IDEOGRAPH-3134B", -1},
		{"CJK UNIFIED IDEOGRAPH-A000", -1},
		{"CJK UNIFIED IDEOGRAPH-004E00", -1},
		{"HANGUL SYLLABLE GAG", 0xac01},
		{"HANGUL SYLLABLE HIH", 0xd7a3},
		{"HANGUL SYLLABLE GAGGG", -1},
		{"HANGUL SYLLABLE ", -1},
		{"HANGUL SYLLABLE G", -1},
		{"TANGUT IDEOGRAPH-17000", -1},
		{"LATIN SMALL LETTER A ", -1},
		{"LINE FEED (LF)", -1},
		{"", -1},
	}
	for _, tt := range tests {
		r, ok := lookupUnicodeName(tt.name)
		if !ok {
			r = -1
		}
		if r != tt.want {
			t.Errorf("lookupUnicodeName(%q) = %#x, %v; want %#x", tt.name, r, ok, tt.want)
		}
	}
}

// strlitDiffLiterals builds the literals of the differential test.
func strlitDiffLiterals() []string {
	lits := []string{
		`''`, `""`, `''''''`, `""""""`, `"it's"`, `'say "hi"'`, `"\""`, `'\''`, `"""a"b"c"""`, `'''a'b'c'''`,
		`"\x1"`, `"\x"`, `"ab\x1g"`, `"\u12"`, `"\U1234567"`, `"\U00110000"`, `"\Uffffffff"`, `"\U0010ffff"`,
		`"\N{foo}"`, `"\N"`, `"\N{"`, `"\N{}"`, `"\N{abc"`, `"\N}"`, `"\Nx{A}"`,
		`b"\x1"`, `b"ab\x"`, `b"é"`, `rb"é"`, `b"\x1é"`, `"\777"`, `b"\777"`, `b"\N{DASH}"`,
		`"ab\N{LATIN SMALL LETTER A}\x"`, `"é\x"`, `"\é\x"`, `"""a` + "\n" + `b\x"""`, "'a\\\nb\\x'", `"\ud800\x"`,
		`"\N{ LATIN SMALL LETTER A}"`, `"\N{LATIN SMALL  LETTER A}"`, `"\N{LATIN SMALL LETTER A }"`,
		`"\u\x"`, `"\x1\x2"`, `"日本\U0001F600\u"`, `"😀\N{日本}"`, `"\N{LATIN SMALL LETTER É}"`,
		`u"\u00e9"`, `U'x'`, `R"\x"`, `Rb'\x'`, `bR'\\'`, `BR"\q"`, `rB'''\''''`,
	}
	frags := []string{
		"a", "xyz", " ", "é", "日本", "😀", "e\u0301", "\u2028", "\u00a0", `"`, "\t",
		`\\`, `\'`, `\"`, `\a`, `\b`, `\f`, `\n`, `\r`, `\t`, `\v`, "\\\n", "\n",
		`\0`, `\7`, `\12`, `\123`, `\1234`, `\400`, `\777`, `\8`, `\9`, `\08`,
		`\x41`, `\xe9`, `\xFf`, `\x0`, `\xg0`, `\x`,
		`\u0041`, `\u00E9`, `\ud800`, `\udfff`, `\uffff`, `\u004`, `\u`,
		`\U00000041`, `\U0001f600`, `\U0010FFFF`, `\U00110000`, `\UFFFFFFFF`, `\U0000d83d`, `\U000`,
		`\N{LATIN SMALL LETTER A}`, `\N{latin small letter a}`, `\N{EM DASH}`, `\N{NBSP}`, `\N{zwj}`, `\N{BOM}`,
		`\N{VS17}`, `\N{LINE FEED}`, `\N{LINE FEED (LF)}`, `\N{CJK UNIFIED IDEOGRAPH-4E00}`, `\N{CJK UNIFIED IDEOGRAPH-20000}`,
		`\N{CJK UNIFIED IDEOGRAPH-2B739}`, `\N{CJK UNIFIED IDEOGRAPH-4e00}`, `\N{cjk unified ideograph-4E00}`,
		`\N{CJK COMPATIBILITY IDEOGRAPH-2F800}`, `\N{HANGUL SYLLABLE GAG}`, `\N{HANGUL SYLLABLE YEOLB}`, `\N{HANGUL SYLLABLE NYEO}`,
		`\N{HANGUL SYLLABLE GAGGG}`, `\N{hangul syllable ga}`, `\N{HANGUL SYLLABLE}`, `\N{GRINNING FACE}`,
		`\N{nonexistent name}`, `\N{}`, `\N{`, `\N`, `\Nx`, `\N{LATIN SMALL LETTER A WITH MACRON AND GRAVE}`,
		`\q`, `\ `, `\{`, `\é`, `\日`, `\😀`, `{`, `}`,
	}
	rng := rand.New(rand.NewSource(2))
	prefixes := []string{"", "", "", "u", "r", "R", "b", "b", "B", "rb", "Br", "bR"}
	for len(lits) < 900 {
		var body strings.Builder
		for j := rng.Intn(4); j >= 0; j-- {
			body.WriteString(frags[rng.Intn(len(frags))])
		}
		b := body.String()
		quote := `'`
		if strings.Contains(b, "\n") || rng.Intn(5) == 0 {
			quote = `'''`
		}
		lits = append(lits, prefixes[rng.Intn(len(prefixes))]+quote+b+quote)
	}
	return lits
}

// TestDecodeStringBodyPython compares decodeStringBody with what CPython
// 3.11 makes of each literal alone on a line: its value, or the
// SyntaxError's message, line and offset.
func TestDecodeStringBodyPython(t *testing.T) {
	lits := strlitDiffLiterals()
	var in strings.Builder
	for _, lit := range lits {
		in.WriteString(hex.EncodeToString([]byte(lit)))
		in.WriteByte('\n')
	}
	const script = `
import ast, sys, warnings
warnings.simplefilter('ignore')
for line in sys.stdin:
    src = bytes.fromhex(line).decode('utf-8')
    try:
        v = ast.parse(src + '\n').body[0].value.value
    except SyntaxError as e:
        print('ERR', e.lineno, e.offset, e.msg.encode('utf-8').hex())
        continue
    if isinstance(v, str):
        v = v.encode('utf-8', 'surrogatepass')
    print('OK', v.hex() or '-')
`
	out := strings.Split(strings.TrimSuffix(pythonRun(t, script, in.String()), "\n"), "\n")
	if len(out) != len(lits) {
		t.Fatalf("python3 printed %d lines for %d literals", len(out), len(lits))
	}
	nerr := 0
	for i, lit := range lits {
		f := strings.Fields(out[i])
		prefix, _, body := splitStringLiteral(lit)
		isBytes, isRaw, _, _ := stringPrefixFlags(prefix)
		got, err := decodeStringBody(body, isBytes, isRaw)
		if f[0] == "OK" {
			want := ""
			if f[1] != "-" {
				w, _ := hex.DecodeString(f[1])
				want = string(w)
			}
			if err != nil || got != want {
				t.Errorf("%s: got %q, %v; python3 says %q", lit, got, err, want)
			}
			continue
		}
		nerr++
		line, _ := strconv.Atoi(f[1])
		offset, _ := strconv.Atoi(f[2])
		msg, _ := hex.DecodeString(f[3])
		le, ok := err.(*literalError)
		if !ok {
			t.Errorf("%s: got %q, %v; python3 says error %s", lit, got, err, msg)
			continue
		}
		if le.Msg != string(msg) {
			t.Errorf("%s: error %s; python3 says %s", lit, le.Msg, msg)
		}
		// Where CPython puts the error: the literal's start, or the
		// NEWLINE token after it.
		wantLine, wantOffset := 1, 1
		if !le.AtToken {
			wantLine = 1 + strings.Count(lit, "\n")
			wantOffset = utf8.RuneCountInString(lit[strings.LastIndexByte(lit, '\n')+1:]) + 1
		}
		if line != wantLine || offset != wantOffset {
			t.Errorf("%s: python3 puts the error at %d:%d, AtToken=%v means %d:%d", lit, line, offset, le.AtToken, wantLine, wantOffset)
		}
	}
	t.Logf("%d literals compared, %d of them errors", len(lits), nerr)
}

func BenchmarkLookupUnicodeName(b *testing.B) {
	lookupUnicodeName("SPACE")
	for i := 0; i < b.N; i++ {
		lookupUnicodeName(fmt.Sprint("latin small letter ", string(rune('a'+i%26))))
	}
}

// TestUnicodeNamesPython checks the name table against CPython: every
// character name of unicodedata (the Hangul syllables included, the CJK
// unified ideographs sampled) must be found, in upper and lower case, and
// every name in the table must be one that unicodedata.lookup accepts for
// the same code point.
func TestUnicodeNamesPython(t *testing.T) {
	unicodeNamesOnce.Do(loadUnicodeNames)
	var in strings.Builder
	var tableNames []string
	for name := range unicodeNames {
		tableNames = append(tableNames, name)
		in.WriteString(name)
		in.WriteByte('\n')
	}
	const script = `
import sys, unicodedata
for cp in range(0x110000):
    n = unicodedata.name(chr(cp), None)
    if n is None or n.startswith('CJK UNIFIED IDEOGRAPH-') and cp % 97 != 0:
        continue
    print('N', cp, n)
for line in sys.stdin:
    try:
        v = unicodedata.lookup(line.rstrip('\n'))
    except KeyError:
        v = ''
    print('L', ord(v) if len(v) == 1 else -1)
`
	lines := strings.Split(strings.TrimSuffix(pythonRun(t, script, in.String()), "\n"), "\n")
	nNames, li := 0, 0
	for _, line := range lines {
		kind, rest, _ := strings.Cut(line, " ")
		switch kind {
		case "N":
			cpStr, name, _ := strings.Cut(rest, " ")
			cp, _ := strconv.Atoi(cpStr)
			nNames++
			if r, ok := lookupUnicodeName(name); !ok || r != rune(cp) {
				t.Errorf("lookupUnicodeName(%q) = %#x, %v; want %#x", name, r, ok, cp)
			}
			algo := strings.HasPrefix(name, "HANGUL SYLLABLE ") || strings.HasPrefix(name, "CJK UNIFIED IDEOGRAPH-")
			if r, ok := lookupUnicodeName(strings.ToLower(name)); ok == algo || ok && r != rune(cp) {
				t.Errorf("lookupUnicodeName(%q) = %#x, %v", strings.ToLower(name), r, ok)
			}
		case "L":
			cp, _ := strconv.Atoi(rest)
			if li >= len(tableNames) {
				t.Fatal("python3 printed too many lines")
			}
			if want := unicodeNames[tableNames[li]]; rune(cp) != want {
				t.Errorf("table maps %q to %#x, unicodedata.lookup to %#x", tableNames[li], want, cp)
			}
			li++
		}
	}
	if li != len(tableNames) || nNames < 40000 {
		t.Fatalf("python3 printed %d names and %d lookups, want >= 40000 and %d", nNames, li, len(tableNames))
	}
}
