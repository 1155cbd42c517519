package parser_test

// A table of invalid inputs whose SyntaxErrors must match CPython's. The
// expectations are not written down here: python3 runs ast.parse on every
// input in one batch (testdata/astdump.py) and the test compares Type, Msg,
// the line, Offset() and, where CPython sets them, end_lineno and
// EndOffset() with ours.
//
// Only errors that ast.parse raises belong here: errors of the symbol table
// and the compiler ("duplicate argument", "'return' outside function",
// "'await' outside function", "starred assignment target must be in a list
// or tuple", "default 'except:' must be last", ...) are not the parser's.
// The test fails if CPython accepts an entry.
//
// The inputs are given to CPython as UTF-8 bytes, as ParseFile gets them.

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

type syntaxErrorCase struct {
	name string
	src  string
}

var syntaxErrorCases = []syntaxErrorCase{
	{"unterminated_single", "x = 'abc\n"},
	{"unterminated_double", "x = \"abc\n"},
	{"unterminated_triple", "x = '''abc\n\ny = 1\n"},
	{"unterminated_triple_dq", "def f():\n    \"\"\"doc\n    pass\n"},
	{"unterminated_at_eof", "x = 'abc"},
	{"unterminated_bytes", "x = b'abc\n"},
	{"bad_number_underscore", "x = 1_\n"},
	{"bad_number_double_underscore", "x = 1__0\n"},
	{"bad_decimal_suffix", "x = 1abc\n"},
	{"bad_hex", "x = 0x\n"},
	{"bad_hex_digit", "x = 0xg\n"},
	{"bad_octal_digit", "x = 0o8\n"},
	{"bad_binary_digit", "x = 0b2\n"},
	{"bad_exponent", "x = 1e\n"},
	{"bad_imaginary", "x = 1.5jx\n"},
	{"leading_zeros", "x = 0777\n"},
	{"unexpected_indent", "x = 1\n    y = 2\n"},
	{"unindent_mismatch", "if x:\n    a = 1\n  b = 2\n"},
	{"expected_indented_if", "if x:\npass\n"},
	{"expected_indented_def", "def f():\nreturn 1\n"},
	{"expected_indented_for", "for x in y:\nprint(x)\n"},
	{"expected_indented_eof", "while True:\n"},
	{"tab_error", "if x:\n\tpass\n        pass\n"},
	{"unmatched_paren", "x = 1)\n"},
	{"unmatched_bracket", "x = ]\n"},
	{"mismatched_paren", "x = (1, 2]\n"},
	{"mismatched_multiline", "x = [1,\n  2)\n"},
	{"never_closed_paren", "x = (1,\n"},
	{"never_closed_bracket", "foo(a, [b, c\n"},
	{"never_closed_brace", "d = {'a': 1,\n 'b': 2\n"},
	{"invalid_character_euro", "x = 1 €\n"},
	{"invalid_character_dollar", "x = $y\n"},
	{"invalid_character_question", "x = a ? b : c\n"},
	{"invalid_noncharacter", "x = \u00a0 1\n"},
	{"backslash_not_at_eol", "x = 1 \\ 2\n"},
	{"backslash_at_eof", "x = 1 + \\"},
	{"invalid_syntax", "x = = 1\n"},
	{"invalid_syntax_keyword", "if = 1\n"},
	{"expected_colon_if", "if x\n    pass\n"},
	{"expected_colon_def", "def f()\n    pass\n"},
	{"expected_colon_class", "class A\n    pass\n"},
	{"forgot_comma", "x = [1 2]\n"},
	{"forgot_comma_call", "f(a b)\n"},
	{"assign_to_literal", "1 = x\n"},
	{"assign_to_literal_in_tuple", "x, 1 = y\n"},
	{"assign_to_call_here", "f() = 1\n"},
	{"assign_to_call_aug", "f() += 1\n"},
	{"assign_to_literal_for", "for 1 in x: pass\n"},
	{"kwarg_assignment_expr", "f(a.b=1)\n"},
	{"kwarg_is_literal", "f(1=2)\n"},
	{"keyword_repeated_equals", "f(x==1=2)\n"},
	{"positional_after_keyword", "f(a=1, b)\n"},
	{"unpacking_after_kwunpacking", "f(**k, *a)\n"},
	{"nondefault_after_default", "def f(a=1, b): pass\n"},
	{"nondefault_after_default_lambda", "lambda a=1, b: 0\n"},
	{"maybe_meant_eq", "if x = 1:\n    pass\n"},
	{"maybe_meant_eq_while", "while x = 1: pass\n"},
	{"fstring_expecting_brace", "f'{x'\n"},
	{"fstring_single_close", "f'}'\n"},
	{"fstring_empty_expr", "f'{}'\n"},
	{"fstring_backslash", "f'{\"\\n\".join(x)}'\n"},
	{"fstring_unmatched_paren", "f'{x)}'\n"},
	{"fstring_invalid_conversion", "f'{x!z}'\n"},
	{"fstring_comment", "f'{x#}'\n"},
	{"fstring_lambda", "f'{lambda x:1}'\n"},
	{"fstring_nested_too_deep", "f'{x:{y:{z}}}'\n"},
	{"trailing_comma_import", "from a import b,\n"},
	{"unexpected_eof", "x = (1 +\n"},
	{"eof_in_multiline_statement", "if x:\n    y = [1,\n"},
	{"bytes_non_ascii", "x = b'café'\n"},
	{"unicode_error_escape", "x = '\\N{NO SUCH NAME}'\n"},
	{"unicode_error_truncated", "x = '\\x4'\n"},
	{"unicode_error_truncated_u", "x = '\\u12'\n"},
	{"print_statement", "print 'hello'\n"},
	{"exec_statement", "exec 'x = 1'\n"},
	{"lambda_default_bad", "lambda x=: 0\n"},
	{"assign_to_yield", "yield = 1\n"},
	{"assign_to_lambda", "lambda: 1 = 1\n"},
	{"assign_to_comparison", "a < b = 1\n"},
	{"assign_to_await", "await x = 1\n"},
	{"assign_to_ellipsis", "... = 1\n"},
	{"assign_to_keyword_true", "True = 1\n"},
	{"assign_to_none_kwarg", "f(None=1)\n"},
	{"del_call", "del f()\n"},
	{"del_literal", "del 1\n"},
	{"except_multi_unparenthesized", "try:\n    pass\nexcept A, B:\n    pass\n"},
	{"except_star_bare", "try:\n    pass\nexcept*:\n    pass\n"},
	{"try_without_except", "try:\n    pass\nx = 1\n"},
	{"generator_unparenthesized", "f(x for x in y, 1)\n"},
	{"dict_missing_value", "{1: 2, 3}\n"},
	{"dict_star", "{*a: 1}\n"},
	{"walrus_attr", "(a.b := 1)\n"},
	{"walrus_top_level", "x := 1\n"},
	{"async_lambda", "async lambda: 1\n"},
	{"nonlocal_syntax", "nonlocal\n"},
	{"else_without_if", "else:\n    pass\n"},
	{"elif_after_else", "if x:\n    pass\nelse:\n    pass\nelif y:\n    pass\n"},
	{"match_no_case", "match x:\n    pass\n"},
	{"case_pattern_bad", "match x:\n    case 1 + :\n        pass\n"},
	{"with_missing_colon", "with open(x) as f\n    pass\n"},
	{"return_annotation_bad", "def f() -> : pass\n"},
	{"import_star_parenthesized", "from a import (*)\n"},
	{"relative_import_bare", "import .a\n"},
	{"comprehension_unpacking", "[*x for x in y]\n"},
	{"dict_comprehension_unpacking", "{**x for x in y}\n"},
	{"decorator_bad", "@\ndef f(): pass\n"},
	{"class_keyword_only", "class\n"},
	{"semicolon_only", ";\n"},
	{"triple_star", "f(***a)\n"},
	{"global_with_value", "global x = 1\n"},
	{"raise_from_missing", "raise X from\n"},
	{"assert_tuple_ok_but_eq", "assert x = 1\n"},
	{"bare_star_args", "def f(*): pass\n"},
	{"double_star_default", "def f(**k=1): pass\n"},
	{"duplicate_star", "def f(*a, *b): pass\n"},
	{"positional_only_after_star", "def f(*a, /): pass\n"},
	{"nul_byte_in_source", "x = 1\u0000\n"},
	{"invalid_non_ascii_name_start", "x = ²\n"},
	{"nonascii_then_syntax_error", "s = 'é' $\n"},
	{"nonascii_forgot_comma", "x = ('éé', 1 2)\n"},
	{"crlf_invalid_syntax", "x = 1\r\ny = = 2\r\n"},
	{"form_feed_indent", "if x:\n\f    pass\n  y\n"},
	{"empty_parens_assign", "() = 1 + \n"},
	{"ellipsis_call_kw", "f(...=1)\n"},
	{"continuation_in_string_eof", "x = 'abc\\\n"},
	{"del_starred", "del *a\n"},
	{"from_import_reversed", "import a from b\n"},
	{"starred_in_parens_assign", "(*a) = 1\n"},
	{"starred_in_parens_value", "x = (*a)\n"},
	{"starred_with_item", "with (*a): pass\n"},
	{"fstring_starred", "f'{*a}'\n"},
	{"augassign_starred", "*a += 1\n"},
	{"augassign_tuple", "a, *b += 1\n"},
	{"augassign_lambda", "lambda: 1 += 1\n"},
	{"lambda_bare_star", "lambda *: 1\n"},
	{"lambda_kwarg_assign", "f(lambda: 1 = 2)\n"},
	{"print_statement_tuple", "print \"x\", y\n"},
	{"ifexp_missing_else", "a = 1 if b\n"},
	{"ifexp_else_missing_value", "a = 1 if b else\n"},
	{"binop_eof", "x = 1 +"},
	{"bad_binary_empty", "x = 0b\n"},
	{"bad_octal_empty", "x = 0o\n"},
	{"bad_float_exponent", "x = 1.e\n"},
	{"leading_zeros_underscore", "x = 0_7\n"},
	{"attribute_number", "a.1\n"},
	{"class_genexp_base", "class A(x for x in y): pass\n"},
	{"too_many_nested_parens", "x = " + strings.Repeat("(", 201) + strings.Repeat(")", 201) + "\n"},
	// invalid_for_target: a comprehension target not followed by 'in' is
	// parsed again as expressions, with invalid_expression's hints.
	{"async_comp_missing_in", "async def main():\n    results = [item async for item async_iterator]\n"},
	{"comp_missing_in", "[x for x y]\n"},
	{"comp_missing_in_second", "[x for x in y for z w]\n"},
	{"genexp_missing_in", "f(x for x y)\n"},
	{"dictcomp_missing_in", "{x: 1 for x y}\n"},
	{"comp_tuple_target_missing_in", "[x for x, y z]\n"},
	{"comp_target_two_names_then_in", "[x for x y in z]\n"},
	{"comp_target_not", "[x for x not y]\n"},
	{"comp_target_name_string", "[x for x 'a']\n"},
	{"comp_target_soft_keyword", "[x for match y]\n"},
	{"comp_target_ifexp", "[x for x if y]\n"},
	{"comp_target_starred", "[x for *x y]\n"},
	{"comp_target_alone", "[x for x]\n"},
	{"for_stmt_missing_in", "for x y in z: pass\n"},
	// invalid_legacy_expression applies in any expression.
	{"legacy_print_in_list", "[print x]\n"},
	{"legacy_print_in_call", "f(print x)\n"},
	{"legacy_print_assigned", "x = print x\n"},
	{"legacy_print_comp_target", "y = [x for print y]\n"},
	{"legacy_print_tuple", "(print x, y)\n"},
	{"legacy_exec_string_in_list", "[exec \"x\"]\n"},
}

func TestSyntaxErrors(t *testing.T) {
	py := dtFindPython(t)
	dir := t.TempDir()
	seen := map[string]bool{}
	var jobs []dtJob
	for i, c := range syntaxErrorCases {
		if seen[c.name] {
			t.Fatalf("duplicate case name %q", c.name)
		}
		seen[c.name] = true
		path := filepath.Join(dir, fmt.Sprintf("case%03d.py", i))
		if err := os.WriteFile(path, []byte(c.src), 0o666); err != nil {
			t.Fatal(err)
		}
		jobs = append(jobs, dtJob{Name: c.name, Path: path, Size: int64(len(c.src))})
	}
	outdir := dtRunCPython(t, py, jobs, 1)
	for i, c := range syntaxErrorCases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			want, err := dtLoad(outdir, i)
			if err != nil {
				t.Fatal(err)
			}
			if want.Err == nil {
				t.Fatalf("CPython accepts %q; the table is for inputs ast.parse rejects", c.src)
			}
			r := dtParse(jobs[i].Path, []byte(c.src), 5*time.Second)
			switch {
			case r.TimedOut:
				t.Fatalf("ParseFile(%q) did not return within 5s", c.src)
			case r.Panic != nil:
				t.Fatalf("ParseFile(%q) panicked: %v\n%s", c.src, r.Panic, r.Stack)
			case r.Err == nil:
				t.Fatalf("ParseFile(%q) succeeded; CPython: %s", c.src, want.Err.describe())
			}
			dtCompareError(t, want.Err, r.Err, []byte(c.src))
		})
	}
}

// The table must stay big enough to cover the tokenizer and the parser.
func TestSyntaxErrorTableSize(t *testing.T) {
	if n := len(syntaxErrorCases); n < 70 {
		t.Errorf("only %d syntax error cases; want at least 70", n)
	}
	for _, c := range syntaxErrorCases {
		if strings.TrimSpace(c.name) == "" {
			t.Errorf("case %q has no name", c.src)
		}
	}
}
