package grammar

import (
	"fmt"

	"github.com/asyncgen/asyncgen/grammar/ast"
)

// exprName names an expression in error messages as CPython's
// _PyPegen_get_expr_name does.
func exprName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Attribute:
		return "attribute"
	case *ast.Subscript:
		return "subscript"
	case *ast.Starred:
		return "starred"
	case *ast.Name:
		return "name"
	case *ast.List:
		return "list"
	case *ast.Tuple:
		return "tuple"
	case *ast.Lambda:
		return "lambda"
	case *ast.Call:
		return "function call"
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp:
		return "expression"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.Await:
		return "await expression"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "f-string expression"
	case *ast.Constant:
		switch v := e.Value.(type) {
		case ast.None:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case ast.Ellipsis:
			return "ellipsis"
		}
		return "literal"
	case *ast.Compare:
		return "comparison"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.NamedExpr:
		return "named expression"
	}
	return "expression"
}

// setStore turns e into an assignment target (ctx Store), or reports
// CPython's "cannot assign to ..." error. how is "assign" for '=' targets.
func (p *parser) setStore(e ast.Expr, how string) {
	switch e := e.(type) {
	case *ast.Name:
		e.Ctx = ast.Store
	case *ast.Attribute:
		e.Ctx = ast.Store
	case *ast.Subscript:
		e.Ctx = ast.Store
	case *ast.Starred:
		e.Ctx = ast.Store
		p.setStore(e.Value, how)
	case *ast.Tuple:
		e.Ctx = ast.Store
		for _, x := range e.Elts {
			p.setStore(x, how)
		}
	case *ast.List:
		e.Ctx = ast.Store
		for _, x := range e.Elts {
			p.setStore(x, how)
		}
	default:
		msg := fmt.Sprintf("cannot assign to %s", exprName(e))
		if how == "assign" {
			switch e.(type) {
			case *ast.Call, *ast.Constant, *ast.Compare, *ast.BinOp, *ast.BoolOp, *ast.UnaryOp, *ast.JoinedStr, *ast.Await, *ast.IfExp, *ast.Lambda:
				msg += " here. Maybe you meant '==' instead of '='?"
			}
		}
		p.failNode(e, msg)
	}
}

// setDel turns e into a del target (ctx Del).
func (p *parser) setDel(e ast.Expr) {
	switch e := e.(type) {
	case *ast.Name:
		e.Ctx = ast.Del
	case *ast.Attribute:
		e.Ctx = ast.Del
	case *ast.Subscript:
		e.Ctx = ast.Del
	case *ast.Tuple:
		e.Ctx = ast.Del
		for _, x := range e.Elts {
			p.setDel(x)
		}
	case *ast.List:
		e.Ctx = ast.Del
		for _, x := range e.Elts {
			p.setDel(x)
		}
	default:
		p.failNode(e, "cannot delete "+exprName(e))
	}
}
