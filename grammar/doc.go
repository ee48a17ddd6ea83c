// Package grammar parses Python 3.11 source into CPython's abstract syntax
// tree (package ast): the same nodes, fields and positions as CPython's
// ast.parse, and CPython's SyntaxError messages for what it rejects.
//
// The hand-written scanner (scanner.go) produces CPython's tokens:
// NEWLINE, INDENT and DEDENT, whole string literals, numbers and operators,
// with CPython's tokenizer errors. Two parsers read them:
//
//   - a hand-written recursive-descent parser (parser.go, stmt.go, expr.go,
//     targets.go, pattern.go, args.go, fstring.go) that follows CPython's
//     PEG grammar rule for rule, invalid_* rules and their messages
//     included. ParseFile uses it.
//   - a participle v2 grammar (participle_grammar.go), driven by the same
//     scanner through a custom lexer.Definition, whose parse tree is
//     converted into the same AST (participle_convert.go).
//     ParseFileParticiple uses it, and "asyncgen parse --parser=participle"
//     selects it. Where the grammar rejects a file, the hand-written parser
//     parses it again for CPython's message.
//
// Both are checked against CPython itself (conformance_test.go) on the
// 1,790 .py files of its 3.11 standard library: each gives a dump
// identical to ast.dump for all 1,779 files CPython accepts, with and
// without positions, and rejects the 11 files CPython rejects. FuzzParse and
// FuzzParseParticiple check that no input panics or hangs, the latter also
// that both parsers agree on every input.
//
// Why ParseFile keeps the hand-written parser: on the concatenated asyncio
// package (14,045 lines; BenchmarkParseAsyncio and
// BenchmarkParseAsyncioParticiple) the hand-written parser reads about
// 1,200,000 lines per CPU second and allocates 900 B per line; the
// participle grammar about 31,000 lines per CPU second and 20 KB per line
// (3.06 million allocations per parse against 74,000), close to 40 times
// slower and far under the 100,000 lines per second the project asks of
// its parser. (Lines per CPU second, because the machine these figures come
// from is shared: at a load of 19 on its 2 cores the same runs took
// 290,000-610,000 and 6,300-7,300 lines per second of wall-clock time.)
// Profiles put participle's time in its reflection-driven machinery and
// the garbage collection it causes: a copied parse context for every
// alternative and repetition it tries, a deferred capture for every @, a
// reflect.New for every struct an operand passes through, a boxed Position
// for every Pos field. The grammar went from 14,000 lines per CPU second,
// written level by level as CPython's grammar is, to 31,000 by
// restructuring: disjunction down to term as one flat operator sequence
// rebuilt by precedence climbing over CPython's levels; factor, power,
// await_primary and primary as one production; named_expression folded
// into expression; operator classes as token types and binary operators
// as Parseable leaves instead of disjunctions of literals; the common
// alternatives first. Participle's options do not help further: its
// generated lexer replaces a lexer this package does not use, and
// UseLookahead only bounds how far a failed alternative may backtrack
// (UseLookahead(2) parses asyncio no faster, and breaks the parenthesised
// with-items form and "match" used as a name, which need unbounded
// lookahead). So the participle grammar is an executable specification,
// checked on every file the hand-written parser is, and the hand-written
// parser does the work.
package grammar
