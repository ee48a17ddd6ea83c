package grammar

// Kind is the kind of a token.
type Kind uint8

// The token kinds. Every operator and delimiter has its own kind; keywords
// are NAME tokens (soft keywords must stay names).
const (
	EOF Kind = iota
	NEWLINE
	INDENT
	DEDENT
	NAME
	NUMBER
	STRING

	LPAR      // (
	RPAR      // )
	LSQB      // [
	RSQB      // ]
	LBRACE    // {
	RBRACE    // }
	COLON     // :
	COMMA     // ,
	SEMI      // ;
	PLUS      // +
	MINUS     // -
	STAR      // *
	SLASH     // /
	VBAR      // |
	AMPER     // &
	LESS      // <
	GREATER   // >
	EQUAL     // =
	DOT       // .
	PERCENT   // %
	EQEQUAL   // ==
	NOTEQUAL  // !=
	LESSEQUAL // <=
	GREATEREQUAL
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
	EXCLAMATION      // ! (only inside f-string replacement fields)
	errorToken       // a character CPython reports as "invalid syntax"
	numKinds
)

var kindText = [numKinds]string{
	EOF: "end of file", NEWLINE: "NEWLINE", INDENT: "INDENT", DEDENT: "DEDENT",
	NAME: "NAME", NUMBER: "NUMBER", STRING: "STRING",
	LPAR: "(", RPAR: ")", LSQB: "[", RSQB: "]", LBRACE: "{", RBRACE: "}",
	COLON: ":", COMMA: ",", SEMI: ";", PLUS: "+", MINUS: "-", STAR: "*",
	SLASH: "/", VBAR: "|", AMPER: "&", LESS: "<", GREATER: ">", EQUAL: "=",
	DOT: ".", PERCENT: "%", EQEQUAL: "==", NOTEQUAL: "!=", LESSEQUAL: "<=",
	GREATEREQUAL: ">=", TILDE: "~", CIRCUMFLEX: "^", LEFTSHIFT: "<<",
	RIGHTSHIFT: ">>", DOUBLESTAR: "**", PLUSEQUAL: "+=", MINEQUAL: "-=",
	STAREQUAL: "*=", SLASHEQUAL: "/=", PERCENTEQUAL: "%=", AMPEREQUAL: "&=",
	VBAREQUAL: "|=", CIRCUMFLEXEQUAL: "^=", LEFTSHIFTEQUAL: "<<=",
	RIGHTSHIFTEQUAL: ">>=", DOUBLESTAREQUAL: "**=", DOUBLESLASH: "//",
	DOUBLESLASHEQUAL: "//=", AT: "@", ATEQUAL: "@=", RARROW: "->",
	ELLIPSIS: "...", COLONEQUAL: ":=", EXCLAMATION: "!",
}

// String returns the operator text of k, or its name.
func (k Kind) String() string {
	if k < numKinds {
		return kindText[k]
	}
	return "<bad kind>"
}

// Token is one token with its source span: 1-based lines, 0-based UTF-8 byte
// columns, End just past the last byte.
type Token struct {
	Kind    Kind
	Text    string // source text for NAME, NUMBER and STRING (the whole literal, prefix and quotes included)
	Off     int    // byte offset of the first byte in the source
	Line    int
	Col     int
	EndLine int
	EndCol  int
}

// keywords are Python 3.11's hard keywords.
var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true,
	"assert": true, "async": true, "await": true, "break": true, "class": true,
	"continue": true, "def": true, "del": true, "elif": true, "else": true,
	"except": true, "finally": true, "for": true, "from": true, "global": true,
	"if": true, "import": true, "in": true, "is": true, "lambda": true,
	"nonlocal": true, "not": true, "or": true, "pass": true, "raise": true,
	"return": true, "try": true, "while": true, "with": true, "yield": true,
}

// IsKeyword reports whether name is a hard keyword of Python 3.11.
func IsKeyword(name string) bool { return keywords[name] }
