package rt_test

import (
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// upper/lower/casefold/title/capitalize/swapcase against python3 on
// special casings (ß, ligatures, ŉ, İ, digraphs, iota subscript), final
// sigma, Other_Uppercase/Other_Lowercase characters and astral letters.
func TestStrCaseVsCPython(t *testing.T) {
	inputs := []string{"ß", "straße", "ΑΣ", "ΟΔΟΣ ΟΔΟΣ.", "Σ", "aΣb", "ﬁre ﬂy", "ŉ", "İstanbul", "ǅ ǆ Ǆ", "ǰ", "ΐ",
		"µ", "ſ", "ẞ", "ᾳ", "hello world", "hELLO wORLD", "x'y abc-def", "ǉubljana", "ﬃ", "Ⅷ", "ⓐⓑ", "\u0345",
		"Σ\u0301", "aΣ\u0301", "Straße ÖL", "ﬀ ß ŉ", "123abc", "ᾼ", "ꭰ", "\U00010400\U00010428", "ǈ", "ΣΑΣ", "a'Σ'"}
	var cases []rttest.PyCase
	for _, in := range inputs {
		in := in
		cases = append(cases, rttest.PyCase{Py: "s = " + pyStrLit(in) + "\n(s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase())", Fn: func() (rt.Value, *rt.Exc) {
			var out []rt.Value
			for _, m := range []string{"upper", "lower", "casefold", "title", "capitalize", "swapcase"} {
				out = append(out, rttest.Must(rttest.Meth(rttest.S(in), m)))
			}
			return rttest.T(out...), nil
		}})
	}
	rttest.CheckCases(t, cases)
}
