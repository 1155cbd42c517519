package parser

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"os/exec"
	"strings"
	"testing"
)

func TestReprConstantTable(t *testing.T) {
	bigInt := func(s string) *big.Int {
		n, ok := new(big.Int).SetString(s, 10)
		if !ok {
			t.Fatalf("bad int %q", s)
		}
		return n
	}
	tests := []struct {
		v    any
		want string
	}{
		{None, "None"},
		{Ellipsis, "Ellipsis"},
		{true, "True"},
		{false, "False"},
		{big.NewInt(0), "0"},
		{big.NewInt(-42), "-42"},
		{bigInt("123456789012345678901234567890"), "123456789012345678901234567890"},
		{1.0, "1.0"},
		{0.0, "0.0"},
		{math.Copysign(0, -1), "-0.0"},
		{1e16, "1e+16"},
		{1e15, "1000000000000000.0"},
		{9999999999999998.0, "9999999999999998.0"},
		{1e-5, "1e-05"},
		{1e-4, "0.0001"},
		{0.1, "0.1"},
		{1.5e300, "1.5e+300"},
		{1.5, "1.5"},
		{-2.5e-7, "-2.5e-07"},
		{123.456, "123.456"},
		{1e100, "1e+100"},
		{math.Inf(1), "inf"},
		{math.Inf(-1), "-inf"},
		{math.NaN(), "nan"},
		{5e-324, "5e-324"},
		{math.MaxFloat64, "1.7976931348623157e+308"},
		{0.30000000000000004, "0.30000000000000004"},
		{complex(0, 1), "1j"},
		{complex(0, 1.5), "1.5j"},
		{complex(0, 0), "0j"},
		{complex(0, math.Copysign(0, -1)), "-0j"},
		{complex(1, 2), "(1+2j)"},
		{complex(math.Copysign(0, -1), -1), "(-0-1j)"},
		{complex(0, math.Inf(1)), "infj"},
		{complex(0, math.NaN()), "nanj"},
		{complex(1, math.NaN()), "(1+nanj)"},
		{complex(math.Inf(-1), math.Inf(-1)), "(-inf-infj)"},
		{complex(0, 1e16), "1e+16j"},
		{complex(0, 1e-5), "1e-05j"},
		{complex(2.5, 1e100), "(2.5+1e+100j)"},
		{"", "''"},
		{"abc", "'abc'"},
		{"it's", `"it's"`},
		{`"'`, `'"\''`},
		{`say "hi"`, `'say "hi"'`},
		{"a\\b", `'a\\b'`},
		{"\t\n\r\x00\x1f\x7f", `'\t\n\r\x00\x1f\x7f'`},
		{"\u0080\u009f\u00a0\u00ad\u00e9", `'\x80\x9f\xa0\xad` + "\u00e9'"},
		{"\u2028\u200b\u3000\ufeff\uffff", `'\u2028\u200b\u3000\ufeff\uffff'`},
		{"\U0001F600\U000E0001\U0010FFFF", "'\U0001F600" + `\U000e0001\U0010ffff'`},
		{"e\u0301", "'e\u0301'"},
		{"\xed\xa0\x80", `'\ud800'`},
		{"\xed\xb2\x80x", `'\udc80x'`},
		{"\xed\xa0\xbd\xed\xb8\x80", `'\ud83d\ude00'`},
		{"\U0001E030", `'\U0001e030'`}, // new in Unicode 15: not printable in 3.11
		{"\U00031350", `'\U00031350'`}, // CJK Extension H (Unicode 15)
		{[]byte{}, "b''"},
		{[]byte("abc"), "b'abc'"},
		{[]byte("it's"), `b"it's"`},
		{[]byte(`'"`), `b'\'"'`},
		{[]byte("\t\n\r\\\x00\x7f\x80\xff"), `b'\t\n\r\\\x00\x7f\x80\xff'`},
	}
	for _, tt := range tests {
		if got := ReprConstant(tt.v); got != tt.want {
			t.Errorf("ReprConstant(%#v) = %s, want %s", tt.v, got, tt.want)
		}
	}
}

// pythonRun runs python3 with script, which reads stdin, and returns its
// standard output. A missing python3 fails the test.
func pythonRun(t *testing.T, script, stdin string) string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Fatalf("python3 is needed for the differential tests: %v", err)
	}
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = strings.NewReader(stdin)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.String())
	}
	return string(out)
}

// reprDiffValues builds the values of the differential repr test.
func reprDiffValues() []any {
	rng := rand.New(rand.NewSource(1))
	var vals []any
	vals = append(vals, None, Ellipsis, true, false)
	for _, s := range []string{"0", "1", "-1", "99999999999999999999999999999999999", "-12345678901234567890"} {
		n, _ := new(big.Int).SetString(s, 10)
		vals = append(vals, n)
	}
	specials := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.5, 1e16, 1e15, 1e17,
		9999999999999998, 1e-4, 1e-5, 0.00012345, 1.2345e-5, 123456789012345680,
		math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64,
		2.2250738585072014e-308, 2.225073858507201e-308, 1e22, 1e23, 5e-324, 1.5e300,
		float64(1 << 53), float64(1<<53) + 2, 1.0 / 3, 2.0 / 3, 100, 1e21, 123.0, 0.001}
	vals = append(vals, anySlice(specials)...)
	for i := 0; i < 200; i++ {
		var f float64
		switch i % 4 {
		case 0: // any bit pattern
			f = math.Float64frombits(rng.Uint64())
		case 1: // moderate magnitudes around the notation switch
			f = rng.Float64() * math.Pow(10, float64(rng.Intn(30)-10))
		case 2: // subnormals
			f = math.Float64frombits(rng.Uint64() & (1<<52 - 1))
		case 3: // short decimals
			f = float64(rng.Intn(100000)) * math.Pow(10, float64(rng.Intn(44)-22))
		}
		if rng.Intn(2) == 0 {
			f = -f
		}
		vals = append(vals, f)
	}
	for i := 0; i+1 < len(specials); i += 2 {
		vals = append(vals, complex(specials[i], specials[i+1]), complex(0, specials[i]), complex(math.Copysign(0, -1), specials[i+1]))
	}
	for i := 0; i < 40; i++ {
		vals = append(vals, complex(math.Float64frombits(rng.Uint64()), math.Float64frombits(rng.Uint64())))
	}
	strs := []string{"", "a", "'", `"`, `'"`, "it's", `"x"`, "\\", "\x00\x01\a\b\t\n\v\f\r\x1b\x1f\x7f",
		"\u0080\u0085\u009f\u00a0\u00a7\u00ad\u00ff", "\u0100\u0300\u034f\u061c\u200b\u200d\u2028\u2029\u202e\u2060\u3000",
		"\ue000\uf8ff\ufeff\ufffd\ufffe\uffff", "\U0001F600\U0001F1FA\U0001F1F8\U0001F468\u200d\U0001F469",
		"e\u0301\u0308", "\u0915\u094d\u0937", "\U000E0001\U000E0100\U000F0000\U0010FFFF", "\U0001E030\U00031350\U0001F6DD",
		"\xed\xa0\x80", "\xed\xbf\xbf", "\xed\xa0\xbd\xed\xb8\x80", "a\xed\xb2\x80b", "日本語", "\u1680\u2000\u205f"}
	for cp := rune(0); cp < 0x3000; cp += 7 {
		strs = append(strs, string(appendWTF8(nil, cp)))
	}
	for i := 0; i < 100; i++ {
		var b []byte
		for j := rng.Intn(6); j >= 0; j-- {
			var cp rune
			switch rng.Intn(4) {
			case 0:
				cp = rune(rng.Intn(0x80))
			case 1:
				cp = rune(rng.Intn(0x800))
			case 2:
				cp = rune(rng.Intn(0x10000))
			case 3:
				cp = rune(rng.Intn(0x110000))
			}
			b = appendWTF8(b, cp)
		}
		strs = append(strs, string(b))
	}
	vals = append(vals, anySlice(strs)...)
	var all []byte
	for c := 0; c < 256; c++ {
		all = append(all, byte(c))
		vals = append(vals, []byte{byte(c)})
	}
	vals = append(vals, all, []byte("it's"), []byte(`'"`), []byte(`"`))
	return vals
}

func anySlice[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

// appendWTF8 appends the generalized UTF-8 encoding of cp (surrogates get
// their 3-byte encoding).
func appendWTF8(b []byte, cp rune) []byte {
	if cp >= 0xD800 && cp <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(cp>>6)&0x3F), byte(0x80|cp&0x3F))
	}
	return append(b, string(cp)...)
}

// pyValueExpr returns a Python expression for v that is exact.
func pyValueExpr(v any) string {
	f := func(x float64) string {
		var b [8]byte
		binary.LittleEndian.PutUint64(b[:], math.Float64bits(x))
		return fmt.Sprintf("F('%x')", b)
	}
	switch v := v.(type) {
	case NoneType:
		return "None"
	case EllipsisType:
		return "Ellipsis"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case *big.Int:
		return v.String()
	case float64:
		return f(v)
	case complex128:
		return "complex(" + f(real(v)) + "," + f(imag(v)) + ")"
	case string:
		return fmt.Sprintf("bytes.fromhex('%s').decode('utf-8','surrogatepass')", hex.EncodeToString([]byte(v)))
	case []byte:
		return fmt.Sprintf("bytes.fromhex('%s')", hex.EncodeToString(v))
	}
	panic(fmt.Sprintf("%T", v))
}

func TestReprConstantPython(t *testing.T) {
	vals := reprDiffValues()
	var in strings.Builder
	for _, v := range vals {
		in.WriteString(pyValueExpr(v))
		in.WriteByte('\n')
	}
	const script = `
import sys, struct
F = lambda h: struct.unpack('<d', bytes.fromhex(h))[0]
for line in sys.stdin:
    print(repr(eval(line)).encode('utf-8').hex())
`
	out := strings.Split(strings.TrimSuffix(pythonRun(t, script, in.String()), "\n"), "\n")
	if len(out) != len(vals) {
		t.Fatalf("python3 printed %d lines for %d values", len(out), len(vals))
	}
	for i, v := range vals {
		want, err := hex.DecodeString(out[i])
		if err != nil {
			t.Fatal(err)
		}
		if got := ReprConstant(v); got != string(want) {
			t.Errorf("ReprConstant(%s) = %s, python3 says %s", pyValueExpr(v), got, want)
		}
	}
	t.Logf("%d values compared", len(vals))
}
