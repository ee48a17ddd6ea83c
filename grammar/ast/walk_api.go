package ast

// A Visitor's Visit method is called for each node met by Walk. If the
// returned visitor w is not nil, Walk visits each child of node with w, then
// calls w.Visit(nil).
type Visitor interface {
	Visit(node Node) (w Visitor)
}

// Walk traverses the tree rooted at node in depth-first order, visiting the
// children in CPython's field order. It calls v.Visit(node); if that returns
// a non-nil visitor w, Walk is called with w for every child node, followed
// by w.Visit(nil). The enumerations (Load, Add, ...) are not visited.
func Walk(v Visitor, node Node) {
	if v = v.Visit(node); v == nil {
		return
	}
	walkChildren(v, node)
	v.Visit(nil)
}

type inspector func(Node) bool

func (f inspector) Visit(node Node) Visitor {
	if f(node) {
		return f
	}
	return nil
}

// Inspect traverses the tree rooted at node in depth-first order: it calls
// f(node); if f returns true, Inspect visits each child of node, then calls
// f(nil).
func Inspect(node Node, f func(Node) bool) {
	Walk(inspector(f), node)
}
