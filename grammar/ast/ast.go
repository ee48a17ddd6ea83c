// Package ast declares the syntax tree of Python 3.11 programs, node for node
// and field for field as CPython's ast module defines it (Parser/Python.asdl).
//
// Every CPython node class is one Go struct with CPython's fields in CPython's
// order, named in Go case (decorator_list becomes DecoratorList). The ASDL sum
// types with several constructors are interfaces: ModNode, Stmt, Expr and
// Pattern. The field-less sums (expr_context, boolop, operator, unaryop,
// cmpop) are small integer enumerations. The expression statement, which
// CPython calls Expr, is ExprStmt here because Expr is the expression
// interface. Optional fields are nil when absent; optional identifiers and
// strings are *string.
//
// Nodes that carry positions in CPython embed Pos: 1-based lines and 0-based
// UTF-8 byte columns, as CPython reports them.
//
// nodes.go and walk.go are generated from the ast module of the running
// CPython by gen_nodes.py.
package ast

//go:generate python3 gen_nodes.py

// Node is any syntax tree node, including the enumerations.
type Node interface {
	// TypeName returns the CPython class name of the node, such as "Call".
	TypeName() string
}

// Pos is the source span of a node: CPython's lineno, col_offset, end_lineno
// and end_col_offset attributes.
type Pos struct {
	Lineno       int // first line, 1-based
	ColOffset    int // UTF-8 byte offset of the first byte in line Lineno, 0-based
	EndLineno    int // last line, 1-based
	EndColOffset int // UTF-8 byte offset just past the node in line EndLineno
}

// Span returns p itself, so that positioned nodes can be read and moved
// through the Positioned interface.
func (p *Pos) Span() *Pos { return p }

// Positioned is implemented by every node that carries a position.
type Positioned interface {
	Node
	Span() *Pos
}

// ModNode is CPython's ast.mod: a whole parsed unit. The parser produces
// *Module; the interface is named ModNode because Mod is an Operator.
type ModNode interface {
	Node
	modNode()
}

// Stmt is CPython's ast.stmt: every statement node.
type Stmt interface {
	Positioned
	stmtNode()
}

// Expr is CPython's ast.expr: every expression node.
type Expr interface {
	Positioned
	exprNode()
}

// Pattern is CPython's ast.pattern: every pattern of a match statement.
type Pattern interface {
	Positioned
	patternNode()
}

// None is the Go value of a Constant that holds Python's None.
type None struct{}

// Ellipsis is the Go value of a Constant that holds Python's Ellipsis (...).
type Ellipsis struct{}
