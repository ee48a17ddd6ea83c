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
// BenchmarkParseAsyncioParticiple, on a shared 2-core machine, so in lines
// per CPU second) the hand-written parser reads about 1,000,000 lines per
// CPU second with 900 B allocated per line; the participle grammar about
// 33,000 lines per CPU second with 21 KB per line, 30 times slower and far
// under the 100,000 lines per second the project asks of its parser.
// Profiles put participle's time in its reflection-driven machinery: a
// backtracking branch (a parse-context copy) for every alternative and
// repetition it tries, a deferred capture for every @ and a reflect.New
// for every struct an operand passes through, and the garbage collection
// that follows. The grammar went from 14,000 lines per CPU second, written
// level by level as CPython's grammar is, to 33,000 by restructuring:
// disjunction down to term as one flat operator sequence rebuilt by
// precedence climbing over CPython's levels, factor/power/await_primary as
// one production, operator classes as token types (one token reference
// instead of a disjunction of literals), the common alternatives first.
// Participle's other options do not apply or do not help: its generated
// lexer replaces a lexer this package does not use, and UseLookahead only
// bounds how far a failed alternative may backtrack (the grammar needs
// unbounded lookahead for the parenthesised with-items form and for a
// "match" that turns out to be a name, and never backtracks far elsewhere).
// So the participle grammar is the executable specification, tested on
// every file the hand-written parser is, and the hand-written parser does
// the work.
package grammar
