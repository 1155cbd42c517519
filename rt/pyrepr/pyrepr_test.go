package pyrepr

import (
	"math"
	"testing"
)

// The full comparison with python3's repr runs in the parser's tests
// (TestReprConstantPython); these are the layout rules at a glance.
func TestRepr(t *testing.T) {
	tests := []struct{ got, want string }{
		{Float(1e16), "1e+16"},
		{Float(1e15), "1000000000000000.0"},
		{Float(0.1), "0.1"},
		{Float(1.0), "1.0"},
		{Float(math.Copysign(0, -1)), "-0.0"},
		{Float(1e-05), "1e-05"},
		{Float(0.0001), "0.0001"},
		{Float(math.Inf(1)), "inf"},
		{Float(math.NaN()), "nan"},
		{Complex(1i), "1j"},
		{Complex(1 - 2i), "(1-2j)"},
		{Str("it's"), `"it's"`},
		{Str("a\nb"), `'a\nb'`},
		{Str("\xed\xb2\x80"), `'\udc80'`}, // a lone surrogate in WTF-8
		{Bytes([]byte("\x00a")), `b'\x00a'`},
		{Bytes([]byte("'")), `b"'"`},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %s, want %s", tt.got, tt.want)
		}
	}
}
