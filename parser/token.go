package parser

// TokenKind is the kind of a lexical token. Keywords have kinds of their
// own; soft keywords (match, case, _) are NAMEs, as in CPython.
type TokenKind uint8

// The token kinds. The names follow CPython's Lib/token.py.
const (
	ILLEGAL TokenKind = iota // a tokenizer error; the scanner's Err says which
	ENDMARKER
	NAME
	NUMBER
	STRING
	NEWLINE
	INDENT
	DEDENT

	// Operators and delimiters.
	LPAR             // (
	RPAR             // )
	LSQB             // [
	RSQB             // ]
	COLON            // :
	COMMA            // ,
	SEMI             // ;
	PLUS             // +
	MINUS            // -
	STAR             // *
	SLASH            // /
	VBAR             // |
	AMPER            // &
	LESS             // <
	GREATER          // >
	EQUAL            // =
	DOT              // .
	PERCENT          // %
	LBRACE           // {
	RBRACE           // }
	EQEQUAL          // ==
	NOTEQUAL         // != (and <> is an error, as in CPython without barry_as_FLUFL)
	LESSEQUAL        // <=
	GREATEREQUAL     // >=
	TILDE            // ~
	CIRCUMFLEX       // ^
	LEFTSHIFT        // <<
	RIGHTSHIFT       // >>
	DOUBLESTAR       // **
	PLUSEQUAL        // +=
	MINEQUAL         // -=
	STAREQUAL        // *=
	SLASHEQUAL       // /=
	PERCENTEQUAL     // %=
	AMPEREQUAL       // &=
	VBAREQUAL        // |=
	CIRCUMFLEXEQUAL  // ^=
	LEFTSHIFTEQUAL   // <<=
	RIGHTSHIFTEQUAL  // >>=
	DOUBLESTAREQUAL  // **=
	DOUBLESLASH      // //
	DOUBLESLASHEQUAL // //=
	AT               // @
	ATEQUAL          // @=
	RARROW           // ->
	ELLIPSIS         // ...
	COLONEQUAL       // :=
	EXCLAMATION      // ! (only valid inside f-string replacement fields)
	OP               // any other printable ASCII character ($ ? `): CPython's generic OP token, which its parser rejects; Lit is the character

	// Hard keywords, in the order of keyword.kwlist.
	keywordBeg
	FALSE    // False
	NONE     // None
	TRUE     // True
	AND      // and
	AS       // as
	ASSERT   // assert
	ASYNC    // async
	AWAIT    // await
	BREAK    // break
	CLASS    // class
	CONTINUE // continue
	DEF      // def
	DEL      // del
	ELIF     // elif
	ELSE     // else
	EXCEPT   // except
	FINALLY  // finally
	FOR      // for
	FROM     // from
	GLOBAL   // global
	IF       // if
	IMPORT   // import
	IN       // in
	IS       // is
	LAMBDA   // lambda
	NONLOCAL // nonlocal
	NOT      // not
	OR       // or
	PASS     // pass
	RAISE    // raise
	RETURN   // return
	TRY      // try
	WHILE    // while
	WITH     // with
	YIELD    // yield
	keywordEnd
)

var tokenStrings = [...]string{
	ILLEGAL:   "ILLEGAL",
	ENDMARKER: "ENDMARKER",
	NAME:      "NAME",
	NUMBER:    "NUMBER",
	STRING:    "STRING",
	NEWLINE:   "NEWLINE",
	INDENT:    "INDENT",
	DEDENT:    "DEDENT",

	LPAR:             "(",
	RPAR:             ")",
	LSQB:             "[",
	RSQB:             "]",
	COLON:            ":",
	COMMA:            ",",
	SEMI:             ";",
	PLUS:             "+",
	MINUS:            "-",
	STAR:             "*",
	SLASH:            "/",
	VBAR:             "|",
	AMPER:            "&",
	LESS:             "<",
	GREATER:          ">",
	EQUAL:            "=",
	DOT:              ".",
	PERCENT:          "%",
	LBRACE:           "{",
	RBRACE:           "}",
	EQEQUAL:          "==",
	NOTEQUAL:         "!=",
	LESSEQUAL:        "<=",
	GREATEREQUAL:     ">=",
	TILDE:            "~",
	CIRCUMFLEX:       "^",
	LEFTSHIFT:        "<<",
	RIGHTSHIFT:       ">>",
	DOUBLESTAR:       "**",
	PLUSEQUAL:        "+=",
	MINEQUAL:         "-=",
	STAREQUAL:        "*=",
	SLASHEQUAL:       "/=",
	PERCENTEQUAL:     "%=",
	AMPEREQUAL:       "&=",
	VBAREQUAL:        "|=",
	CIRCUMFLEXEQUAL:  "^=",
	LEFTSHIFTEQUAL:   "<<=",
	RIGHTSHIFTEQUAL:  ">>=",
	DOUBLESTAREQUAL:  "**=",
	DOUBLESLASH:      "//",
	DOUBLESLASHEQUAL: "//=",
	AT:               "@",
	ATEQUAL:          "@=",
	RARROW:           "->",
	ELLIPSIS:         "...",
	COLONEQUAL:       ":=",
	EXCLAMATION:      "!",
	OP:               "OP",

	FALSE:    "False",
	NONE:     "None",
	TRUE:     "True",
	AND:      "and",
	AS:       "as",
	ASSERT:   "assert",
	ASYNC:    "async",
	AWAIT:    "await",
	BREAK:    "break",
	CLASS:    "class",
	CONTINUE: "continue",
	DEF:      "def",
	DEL:      "del",
	ELIF:     "elif",
	ELSE:     "else",
	EXCEPT:   "except",
	FINALLY:  "finally",
	FOR:      "for",
	FROM:     "from",
	GLOBAL:   "global",
	IF:       "if",
	IMPORT:   "import",
	IN:       "in",
	IS:       "is",
	LAMBDA:   "lambda",
	NONLOCAL: "nonlocal",
	NOT:      "not",
	OR:       "or",
	PASS:     "pass",
	RAISE:    "raise",
	RETURN:   "return",
	TRY:      "try",
	WHILE:    "while",
	WITH:     "with",
	YIELD:    "yield",
}

// String returns the token's source spelling for operators and keywords and
// CPython's token name for the others.
func (k TokenKind) String() string {
	if int(k) < len(tokenStrings) && tokenStrings[k] != "" {
		return tokenStrings[k]
	}
	return "token(?)"
}

// IsKeyword reports whether k is a hard keyword.
func (k TokenKind) IsKeyword() bool { return keywordBeg < k && k < keywordEnd }

// keywords maps each hard keyword's spelling to its kind.
var keywords = func() map[string]TokenKind {
	m := make(map[string]TokenKind, keywordEnd-keywordBeg)
	for k := keywordBeg + 1; k < keywordEnd; k++ {
		m[tokenStrings[k]] = k
	}
	return m
}()

// Token is one lexical token.
//
// Start and End are the token's extent (End exclusive), in the units of Pos.
// Lit is the token's source text for NAME, NUMBER and STRING (a STRING's Lit
// is the whole literal: prefix, quotes and body, exactly as in the source,
// including any backslash-newlines inside it); for other kinds it is empty.
type Token struct {
	Kind  TokenKind
	Start Pos
	End   Pos
	Lit   string
}
