package grammar

import (
	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// This file is Python 3.11's grammar as a participle v2 grammar: one Go
// struct per production, the production in the struct tags. It follows
// CPython's Grammar/python.gram, statements first, then expressions,
// restructured where a PEG rule would need unbounded backtracking in
// participle, and where participle's cost per production mattered:
//
//   - assignment targets, del targets and "for" targets are parsed as
//     expressions (star_expressions, bitwise_or) and checked when the tree
//     is converted, with the hand-written parser's CPython messages; so are
//     the target of ':=', the name of a keyword argument and the operand
//     of a star;
//   - tuples, lists, sets, dicts and their comprehensions share one bracket
//     body production each, told apart during conversion;
//   - the binary-operator levels from disjunction down to term are one flat
//     sequence (pOps, pBitOr) that conversion rebuilds by precedence
//     climbing over CPython's levels; factor, power, await_primary and
//     primary are one production (pFactor);
//   - a class pattern is a dotted name with an optional argument list.
//
// Tokens come from the scanner (participleLexer): hard keywords have their
// own token type, so @NAME never captures a keyword, while the soft keywords
// "match", "case" and "_" stay NAMEs; operators come in classes (LOGIC,
// ARITH, SIGN, CONST, AUGASSIGN) that one token reference matches. Every
// captured lexer.Token and every Pos/EndPos field carries the token's index
// in the scanner's token slice in its Offset, which conversion uses to give
// nodes CPython's positions.

// pFile: statements ENDMARKER
type pFile struct {
	Body []*pStmt `parser:"@@*"`
}

// pSubExpr is the expression of an f-string replacement field, scanned as
// "(" + text + ")".
type pSubExpr struct {
	Exprs *pStarExprs `parser:"@@ NEWLINE?"`
}

// pStmt: simple_stmts | compound_stmt (simple statements first: they are
// the common case, and "match" only starts a match statement where no
// simple statement parses).
type pStmt struct {
	Simple   *pSimpleStmts `parser:"  @@"`
	Compound *pCompound    `parser:"| @@"`
}

// pCompound: the compound statements, chosen by their first token.
type pCompound struct {
	If        *pIf        `parser:"  @@"`
	Func      *pFuncDef   `parser:"| @@"`
	For       *pFor       `parser:"| @@"`
	Try       *pTry       `parser:"| @@"`
	With      *pWith      `parser:"| @@"`
	Class     *pClassDef  `parser:"| @@"`
	Decorated *pDecorated `parser:"| @@"`
	While     *pWhile     `parser:"| @@"`
	Async     *pAsync     `parser:"| @@"`
	Match     *pMatch     `parser:"| @@"`
}

// pBlock: NEWLINE INDENT statements DEDENT | simple_stmts
type pBlock struct {
	Stmts  []*pStmt      `parser:"  NEWLINE INDENT @@+ DEDENT"`
	Simple *pSimpleStmts `parser:"| @@"`
}

// pSimpleStmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
type pSimpleStmts struct {
	Stmts []*pSimpleStmt `parser:"@@ (';' @@)* ';'? NEWLINE"`
}

// pSimpleStmt: one simple statement.
type pSimpleStmt struct {
	Pos        lexer.Position
	EndPos     lexer.Position
	Expr       *pExprStmt      `parser:"  @@"`
	Keyword    string          `parser:"| @('pass' | 'break' | 'continue')"`
	Return     *pReturn        `parser:"| @@"`
	Raise      *pRaise         `parser:"| @@"`
	Import     []*pDottedAlias `parser:"| 'import' @@ (',' @@)*"`
	ImportFrom *pImportFrom    `parser:"| @@"`
	Global     []lexer.Token   `parser:"| 'global' @(NAME (',' NAME)*)"`
	Nonlocal   []lexer.Token   `parser:"| 'nonlocal' @(NAME (',' NAME)*)"`
	Del        []*pBitOr       `parser:"| 'del' @@ (',' @@)* ','?"`
	Assert     *pAssert        `parser:"| @@"`
}

// pReturn: 'return' [star_expressions]
type pReturn struct {
	Value *pStarExprs `parser:"'return' @@?"`
}

// pRaise: 'raise' expression ['from' expression] | 'raise'
type pRaise struct {
	Exc   *pExpr `parser:"'raise' (@@"`
	Cause *pExpr `parser:"('from' @@)?)?"`
}

// pAssert: 'assert' expression [',' expression]
type pAssert struct {
	Test *pExpr `parser:"'assert' @@"`
	Msg  *pExpr `parser:"(',' @@)?"`
}

// pDottedAlias: dotted_name ['as' NAME]
type pDottedAlias struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Name   []string `parser:"@NAME ('.' @NAME)*"`
	As     string   `parser:"('as' @NAME)?"`
}

// pImportFrom: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
// | 'from' ('.' | '...')+ 'import' import_from_targets
type pImportFrom struct {
	Dots   []string    `parser:"'from' @('.' | '...')*"`
	Module []string    `parser:"(@NAME ('.' @NAME)*)?"`
	Star   lexer.Token `parser:"'import' ( @'*'"`
	Names  []*pAlias   `parser:"  | '(' @@ (',' @@)* ','? ')' | @@ (',' @@)* )"`
}

// pAlias: NAME ['as' NAME]
type pAlias struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Name   string `parser:"@NAME"`
	As     string `parser:"('as' @NAME)?"`
}

// pExprStmt: assignment | star_expressions
//
//	assignment: target ':' expression ['=' annotated_rhs]
//	          | (star_targets '=')+ (yield_expr | star_expressions)
//	          | single_target augassign (yield_expr | star_expressions)
type pExprStmt struct {
	First    *pRHS     `parser:"@@"`
	Ann      *pAnnRest `parser:"( ':' @@"`
	AugOp    string    `parser:"| @AUGASSIGN"`
	AugValue *pRHS     `parser:"  @@"`
	Assign   []*pRHS   `parser:"| ('=' @@)+ )?"`
}

// pAnnRest: expression ['=' annotated_rhs]
type pAnnRest struct {
	Annotation *pExpr `parser:"@@"`
	Value      *pRHS  `parser:"('=' @@)?"`
}

// pRHS: yield_expr | star_expressions
type pRHS struct {
	Exprs *pStarExprs `parser:"  @@"`
	Yield *pYield     `parser:"| @@"`
}

// pDecorated: decorators (class_def_raw | function_def_raw)
type pDecorated struct {
	Decorators []*pExpr   `parser:"('@' @@ NEWLINE)+"`
	Async      *pAsyncDef `parser:"(  @@"`
	Func       *pFuncDef  `parser:" | @@"`
	Class      *pClassDef `parser:" | @@ )"`
}

// pAsyncDef: 'async' function_def_raw
type pAsyncDef struct {
	EndPos lexer.Position
	Pos    lexer.Position
	Func   *pFuncDef `parser:"'async' @@"`
}

// pFuncDef: 'def' NAME '(' [params] ')' ['->' expression] ':' block
type pFuncDef struct {
	EndPos  lexer.Position
	Pos     lexer.Position
	Name    lexer.Token `parser:"'def' @NAME"`
	Params  []*pParam   `parser:"'(' (@@ (',' @@)* ','?)? ')'"`
	Returns *pExpr      `parser:"('->' @@)?"`
	Body    *pBlock     `parser:"':' @@"`
}

// pParam: one entry of a def's parameter list: '/', '*' [param], '**'
// param, or param ['=' default]. The order rules are checked during
// conversion.
type pParam struct {
	Pos     lexer.Position
	Slash   bool     `parser:"  @'/'"`
	DStar   *pArgDef `parser:"| '**' @@"`
	Star    bool     `parser:"| @'*'"`
	StarArg *pArgDef `parser:"  @@?"`
	Plain   *pArgDef `parser:"| @@"`
	Default *pExpr   `parser:"  ('=' @@)?"`
}

// pArgDef: NAME [':' expression] (star_expression for '*args' in 3.11).
type pArgDef struct {
	Pos        lexer.Position
	EndPos     lexer.Position
	Name       string     `parser:"@NAME"`
	Annotation *pStarExpr `parser:"(':' @@)?"`
}

// pClassDef: 'class' NAME ['(' [arguments] ')'] ':' block
type pClassDef struct {
	EndPos lexer.Position
	Pos    lexer.Position
	Name   lexer.Token `parser:"'class' @NAME"`
	Paren  bool        `parser:"( @'('"`
	Args   []*pArg     `parser:"  (@@ (',' @@)* ','?)? ')' )?"`
	Body   *pBlock     `parser:"':' @@"`
}

// pIf: 'if' named_expression ':' block elif_stmt* [else_block]
type pIf struct {
	EndPos lexer.Position
	Pos    lexer.Position
	Test   *pExpr   `parser:"'if' @@"`
	Body   *pBlock  `parser:"':' @@"`
	Elifs  []*pElif `parser:"@@*"`
	Else   *pBlock  `parser:"('else' ':' @@)?"`
}

// pElif: 'elif' named_expression ':' block
type pElif struct {
	Pos  lexer.Position
	Test *pExpr  `parser:"'elif' @@"`
	Body *pBlock `parser:"':' @@"`
}

// pWhile: 'while' named_expression ':' block [else_block]
type pWhile struct {
	EndPos lexer.Position
	Pos    lexer.Position
	Test   *pExpr  `parser:"'while' @@"`
	Body   *pBlock `parser:"':' @@"`
	Else   *pBlock `parser:"('else' ':' @@)?"`
}

// pFor: 'for' star_targets 'in' star_expressions ':' block [else_block]
type pFor struct {
	EndPos lexer.Position
	Pos    lexer.Position
	Target *pStarTargets `parser:"'for' @@"`
	Iter   *pStarExprs   `parser:"'in' @@"`
	Body   *pBlock       `parser:"':' @@"`
	Else   *pBlock       `parser:"('else' ':' @@)?"`
}

// pWith: 'with' '(' ','.with_item+ ','? ')' ':' block
// | 'with' ','.with_item+ ':' block
type pWith struct {
	EndPos lexer.Position
	Pos    lexer.Position
	Items  []*pWithItem `parser:"'with' ( '(' @@ (',' @@)* ','? ')' (?= ':') | @@ (',' @@)* )"`
	Body   *pBlock      `parser:"':' @@"`
}

// pWithItem: expression ['as' star_target]
type pWithItem struct {
	Expr *pExpr       `parser:"@@"`
	As   *pStarTarget `parser:"('as' @@)?"`
}

// pTry: 'try' ':' block (except_block+ [else_block] [finally_block] |
// finally_block); except and except* blocks share pExcept.
type pTry struct {
	EndPos   lexer.Position
	Pos      lexer.Position
	Body     *pBlock    `parser:"'try' ':' @@"`
	Handlers []*pExcept `parser:"@@*"`
	Else     *pBlock    `parser:"('else' ':' @@)?"`
	Finally  *pBlock    `parser:"('finally' ':' @@)?"`
}

// pExcept: 'except' ['*'] [expression ['as' NAME]] ':' block
type pExcept struct {
	EndPos lexer.Position
	Pos    lexer.Position
	Star   bool    `parser:"'except' @'*'?"`
	Type   *pExpr  `parser:"(@@"`
	Name   string  `parser:"('as' @NAME)?)?"`
	Body   *pBlock `parser:"':' @@"`
}

// pAsync: 'async' (function_def_raw | for_stmt | with_stmt)
type pAsync struct {
	EndPos lexer.Position
	Pos    lexer.Position
	Func   *pFuncDef `parser:"'async' ( @@"`
	For    *pFor     `parser:"| @@"`
	With   *pWith    `parser:"| @@ )"`
}

// pMatch: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
type pMatch struct {
	EndPos  lexer.Position
	Pos     lexer.Position
	Subject *pStarNamedExprs `parser:"'match' @@ ':' NEWLINE INDENT"`
	Cases   []*pCase         `parser:"@@+ DEDENT"`
}

// pCase: "case" patterns guard? ':' block
type pCase struct {
	Pos      lexer.Position
	Patterns *pPatterns `parser:"'case' @@"`
	Guard    *pExpr     `parser:"('if' @@)?"`
	Body     *pBlock    `parser:"':' @@"`
}

// pPatterns: open_sequence_pattern | pattern
type pPatterns struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Items  []*pMaybeStarPattern `parser:"@@ (',' @@)*"`
	Comma  bool                 `parser:"@','?"`
}

// pMaybeStarPattern: '*' NAME | pattern
type pMaybeStarPattern struct {
	Pos     lexer.Position
	EndPos  lexer.Position
	Star    lexer.Token `parser:"  '*' @NAME"`
	Pattern *pPattern   `parser:"| @@"`
}

// pPattern: or_pattern ['as' NAME]; or_pattern: '|'.closed_pattern+
type pPattern struct {
	Or []*pClosedPattern `parser:"@@ ('|' @@)*"`
	As lexer.Token       `parser:"('as' @NAME)?"`
}

// pClosedPattern: literal, capture, wildcard, value, group, sequence,
// mapping and class patterns.
type pClosedPattern struct {
	Pos        lexer.Position
	EndPos     lexer.Position
	Number     *pSignedNumber       `parser:"  @@"`
	Strings    []lexer.Token        `parser:"| @(STRING+)"`
	Const      string               `parser:"| @('None' | 'True' | 'False')"`
	Names      []lexer.Token        `parser:"| @(NAME ('.' NAME)*)"`
	Class      *pClassArgs          `parser:"  @@?"`
	Paren      bool                 `parser:"| @'('"`
	ParenItems []*pMaybeStarPattern `parser:"  (@@ (',' @@)*)?"`
	ParenComma bool                 `parser:"  @','? ')'"`
	List       bool                 `parser:"| @'['"`
	ListItems  []*pMaybeStarPattern `parser:"  (@@ (',' @@)*)?"`
	ListComma  bool                 `parser:"  @','? ']'"`
	Mapping    bool                 `parser:"| @'{'"`
	MapItems   []*pMappingItem      `parser:"  (@@ (',' @@)*)?"`
	MapComma   bool                 `parser:"  @','? '}'"`
}

// pSignedNumber: ['-'] NUMBER [('+' | '-') NUMBER]
type pSignedNumber struct {
	Minus lexer.Token `parser:"@'-'?"`
	Num   lexer.Token `parser:"@NUMBER"`
	Op    lexer.Token `parser:"(@('+' | '-')"`
	Imag  lexer.Token `parser:" @NUMBER)?"`
}

// pClassArgs: '(' [pattern_arguments ','?] ')'
type pClassArgs struct {
	Args []*pClassArg `parser:"'(' (@@ (',' @@)* ','?)? ')'"`
}

// pClassArg: NAME '=' pattern | pattern
type pClassArg struct {
	Keyword lexer.Token `parser:"( @NAME '='"`
	KwValue *pPattern   `parser:"  @@ )"`
	Pattern *pPattern   `parser:"| @@"`
}

// pMappingItem: '**' NAME | key ':' pattern
type pMappingItem struct {
	Rest    lexer.Token  `parser:"  '**' @NAME"`
	Key     *pPatternKey `parser:"| @@"`
	Pattern *pPattern    `parser:"  ':' @@"`
}

// pPatternKey: literal_expr | attr
type pPatternKey struct {
	Pos     lexer.Position
	EndPos  lexer.Position
	Number  *pSignedNumber `parser:"  @@"`
	Strings []lexer.Token  `parser:"| @(STRING+)"`
	Const   string         `parser:"| @('None' | 'True' | 'False')"`
	Names   []lexer.Token  `parser:"| @(NAME ('.' NAME)*)"`
}

// pStarExprs: star_expression (',' star_expression)* [',']
type pStarExprs struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Items  []*pStarExpr `parser:"@@ (',' @@)*"`
	Comma  bool         `parser:"@','?"`
}

// pStarExpr: '*' bitwise_or | expression
type pStarExpr struct {
	Pos  lexer.Position
	Expr *pExpr  `parser:"  @@"`
	Star *pBitOr `parser:"| '*' @@"`
}

// pStarNamedExprs: star_named_expression (',' star_named_expression)* [',']
type pStarNamedExprs struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Items  []*pStarNamedExpr `parser:"@@ (',' @@)*"`
	Comma  bool              `parser:"@','?"`
}

// pStarNamedExpr: '*' bitwise_or | named_expression
type pStarNamedExpr struct {
	Pos   lexer.Position
	Named *pExpr  `parser:"  @@"`
	Star  *pBitOr `parser:"| '*' @@"`
}

// pStarTargets: star_target (',' star_target)* [','], each target parsed
// at the bitwise_or level and checked during conversion.
type pStarTargets struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Items  []*pStarTarget `parser:"@@ (',' @@)*"`
	Comma  bool           `parser:"@','?"`
}

// pStarTarget: ['*'] bitwise_or
type pStarTarget struct {
	Pos   lexer.Position
	Star  bool    `parser:"@'*'?"`
	Value *pBitOr `parser:"@@"`
}

// pExpr: lambdef | disjunction ['if' disjunction 'else' expression],
// and named_expression (NAME ':=' expression) with it: the target of ':='
// is parsed as an expression and must turn out to be a lone NAME, and
// conversion accepts ':=' only where named_expression may stand.
type pExpr struct {
	Body   *pOps    `parser:"  @@"`
	Test   *pOps    `parser:"  ('if' @@"`
	Else   *pExpr   `parser:"   'else' @@)?"`
	Walrus *pExpr   `parser:"  (':=' @@)?"`
	Lambda *pLambda `parser:"| @@"`
}

// pYield: 'yield' 'from' expression | 'yield' [star_expressions]
type pYield struct {
	Pos    lexer.Position
	EndPos lexer.Position
	From   *pExpr      `parser:"'yield' ( 'from' @@"`
	Value  *pStarExprs `parser:"| @@ )?"`
}

// pLambda: 'lambda' [lambda_params] ':' expression
type pLambda struct {
	Pos    lexer.Position
	Params []*pLambdaParam `parser:"'lambda' (@@ (',' @@)* ','?)?"`
	Body   *pExpr          `parser:"':' @@"`
}

// pLambdaParam: '/', '*' [NAME], '**' NAME, or NAME ['=' default].
type pLambdaParam struct {
	Pos     lexer.Position
	Slash   bool        `parser:"  @'/'"`
	DStar   lexer.Token `parser:"| '**' @NAME"`
	Star    bool        `parser:"| @'*'"`
	StarArg lexer.Token `parser:"  @NAME?"`
	Plain   lexer.Token `parser:"| @NAME"`
	Default *pExpr      `parser:"  ('=' @@)?"`
}

// pOps is CPython's disjunction with every level below it down to term
// (conjunction, inversion, comparison, bitwise_or, bitwise_xor,
// bitwise_and, shift_expr, sum, term) as one flat sequence of operands and
// binary operators. Conversion rebuilds the tree by precedence climbing
// over CPython's precedence order (opPrec); a 'not' prefix is accepted only
// where inversion may stand. One flat level instead of ten nested ones is
// what makes the grammar usable: participle allocates a backtracking
// branch and a struct for every level an operand passes through.
type pOps struct {
	First *pFactor      `parser:"@@"`
	Rest  []*pOpOperand `parser:"@@*"`
}

// pOpOperand is a binary operator and its right operand. "not in" is
// captured as "notin"; the 'not' of "is not" is read as a 'not' prefix of
// the right operand, which conversion turns back into "is not". '~' is a
// SIGN but no binary operator: conversion rejects it.
type pOpOperand struct {
	Op    pBinOp   `parser:"@@"`
	Right *pFactor `parser:"@@"`
}

// pBinOp is a binary operator of the pOps levels: ARITH | SIGN | LOGIC |
// 'not' 'in'. It is a participle Parseable leaf rather than that
// disjunction, for speed: it is tried after every operand, and each
// alternative of a disjunction costs participle a backtracking branch.
type pBinOp string

// Parse consumes one binary operator, or reports participle.NextMatch.
func (o *pBinOp) Parse(lex *lexer.PeekingLexer) error {
	t := lex.Peek()
	switch t.Type {
	case logicType, arithType, signType:
		lex.Next()
		*o = pBinOp(t.Value)
		return nil
	case keywordType:
		if t.Value != "not" {
			break
		}
		cp := lex.MakeCheckpoint()
		lex.Next()
		if n := lex.Peek(); n.Type == logicType && n.Value == "in" {
			lex.Next()
			*o = "notin"
			return nil
		}
		lex.LoadCheckpoint(cp)
	}
	return participle.NextMatch
}

// pBitOr is bitwise_or down to term, flat like pOps: the level of
// assignment, del and for targets and of starred operands.
type pBitOr struct {
	First *pFactor    `parser:"@@"`
	Rest  []*pArithOp `parser:"@@*"`
}

// pArithOp is a binary operator of the bitwise_or..term levels and its
// right operand.
type pArithOp struct {
	Op    pArithTok `parser:"@@"`
	Right *pFactor  `parser:"@@"`
}

// pArithTok is an operator of the bitwise_or..term levels: ARITH | SIGN,
// as a Parseable leaf like pBinOp.
type pArithTok string

// Parse consumes one ARITH or SIGN token, or reports participle.NextMatch.
func (o *pArithTok) Parse(lex *lexer.PeekingLexer) error {
	if t := lex.Peek(); t.Type == arithType || t.Type == signType {
		lex.Next()
		*o = pArithTok(t.Value)
		return nil
	}
	return participle.NextMatch
}

// pFactor is CPython's factor, power, await_primary and primary in one
// production, with inversion's 'not' prefixes: 'not'* ('+' | '-' | '~')*
// ['await'] atom ('.' NAME | '(' [arguments] ')' | '[' slices ']')*
// ['**' factor]. The signs apply to the power, as in factor: '-'
// factor | power; conversion accepts 'not' only where inversion may stand.
type pFactor struct {
	Pos      lexer.Position
	Nots     []string    `parser:"@'not'*"` // at consecutive tokens from Pos
	Signs    []string    `parser:"@SIGN*"`  // at the tokens after the nots
	Await    lexer.Token `parser:"@'await'?"`
	Atom     *pAtom      `parser:"@@"`
	Trailers []*pTrailer `parser:"@@*"`
	Exp      *pFactor    `parser:"('**' @@)?"`
}

// pTrailer: '.' NAME | '(' [arguments] ')' | '[' slices ']'
type pTrailer struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Attr   lexer.Token `parser:"  '.' @NAME"`
	Call   bool        `parser:"| @'('"`
	Args   []*pArg     `parser:"  (@@ (',' @@)* ','?)? ')'"`
	Index  *pSlices    `parser:"| '[' @@ ']'"`
}

// pArg: '*' expression | '**' expression | NAME '=' expression |
// named_expression [for_if_clauses]. A keyword's NAME is parsed as an
// expression and must turn out to be a lone NAME.
type pArg struct {
	Pos     lexer.Position
	EndPos  lexer.Position
	Value   *pExpr      `parser:"  @@"`
	KwValue *pExpr      `parser:"  ( '=' @@"`
	Comp    []*pCompFor `parser:"  | @@+ )?"`
	Star    *pExpr      `parser:"| '*' @@"`
	DStar   *pExpr      `parser:"| '**' @@"`
}

// pSlices: slice (',' slice)* [',']
type pSlices struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Items  []*pSlice `parser:"@@ (',' @@)*"`
	Comma  bool      `parser:"@','?"`
}

// pSlice: '*' expression | [named_expression] [':' [expression] [':' [expression]]]
type pSlice struct {
	Pos    lexer.Position
	EndPos lexer.Position
	Star   *pExpr `parser:"  '*' @@"`
	Lower  *pExpr `parser:"| ( @@?"`
	Colon  bool   `parser:"    ( @':'"`
	Upper  *pExpr `parser:"      @@?"`
	Colon2 bool   `parser:"      ( @':'"`
	Step   *pExpr `parser:"        @@? )? )? )!"`
}

// pAtom: NAME, True/False/None, '...', NUMBER, STRING+, and the bracketed
// forms (tuple, group, genexp, list, listcomp, dict, set, dictcomp,
// setcomp).
type pAtom struct {
	Pos     lexer.Position
	EndPos  lexer.Position
	Name    lexer.Token   `parser:"  @NAME"`
	Const   string        `parser:"| @CONST"`
	Number  lexer.Token   `parser:"| @NUMBER"`
	Strings []lexer.Token `parser:"| @(STRING+)"`
	Paren   bool          `parser:"| @'('"`
	Yield   *pYield       `parser:"  ( @@"`
	Tuple   *pListBody    `parser:"  | @@ )? ')'"`
	List    bool          `parser:"| @'['"`
	Elts    *pListBody    `parser:"  @@? ']'"`
	Brace   bool          `parser:"| @'{'"`
	Dict    *pDictBody    `parser:"  @@? '}'"`
}

// pListBody: star_named_expression (',' star_named_expression)* [','] for_if_clauses*
type pListBody struct {
	Items []*pStarNamedExpr `parser:"@@ (',' @@)*"`
	Comma bool              `parser:"@','?"`
	Comp  []*pCompFor       `parser:"@@*"`
}

// pDictBody: the body of a dict, set, dictcomp or setcomp display.
type pDictBody struct {
	Items []*pDictItem `parser:"@@ (',' @@)*"`
	Comma bool         `parser:"@','?"`
	Comp  []*pCompFor  `parser:"@@*"`
}

// pDictItem: '**' bitwise_or | star_named_expression [':' expression]
type pDictItem struct {
	DStar *pBitOr         `parser:"  '**' @@"`
	Key   *pStarNamedExpr `parser:"| @@"`
	Value *pExpr          `parser:"  (':' @@)?"`
}

// pCompFor: ['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*
type pCompFor struct {
	Async  bool          `parser:"@'async'?"`
	Target *pStarTargets `parser:"'for' @@"`
	Iter   *pOps         `parser:"'in' @@"`
	Ifs    []*pOps       `parser:"('if' @@)*"`
}
