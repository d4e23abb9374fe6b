package xmldom

import (
	"math"
	"sort"
)

// Evaluation: each expression kind gives a node-set, string, number or
// Boolean; location steps walk the axes in axis order and return
// document order.

func (l *literal) eval(*xctx) any { return l.v }

func (e *negExpr) eval(c *xctx) any { return -toNumber(e.e.eval(c)) }

func (e *binExpr) eval(c *xctx) any {
	switch e.op {
	case "or":
		return toBool(e.l.eval(c)) || toBool(e.r.eval(c))
	case "and":
		return toBool(e.l.eval(c)) && toBool(e.r.eval(c))
	case "|":
		l, ok1 := e.l.eval(c).([]*Node)
		r, ok2 := e.r.eval(c).([]*Node)
		if !ok1 || !ok2 {
			panic(&XPathError{Msg: "Expression must evaluate to a node-set."})
		}
		return docOrder(append(append([]*Node(nil), l...), r...))
	case "=", "!=", "<", "<=", ">", ">=":
		return compare(e.op, e.l.eval(c), e.r.eval(c))
	}
	a, b := toNumber(e.l.eval(c)), toNumber(e.r.eval(c))
	switch e.op {
	case "+":
		return a + b
	case "-":
		return a - b
	case "mul":
		return a * b
	case "div":
		return a / b
	}
	return math.Mod(a, b)
}

func (f *filterExpr) eval(c *xctx) any {
	v := f.prim.eval(c)
	nodes, ok := v.([]*Node)
	if !ok {
		panic(&XPathError{Msg: "Expression must evaluate to a node-set."})
	}
	for _, pr := range f.preds {
		nodes = filter(nodes, pr, c.ns)
	}
	return nodes
}

func (pe *pathExpr) eval(c *xctx) any {
	var cur []*Node
	switch {
	case pe.start != nil:
		v := pe.start.eval(c)
		n, ok := v.([]*Node)
		if !ok {
			panic(&XPathError{Msg: "Expression must evaluate to a node-set."})
		}
		cur = n
	case pe.root:
		r := c.node
		for r.Parent != nil {
			r = r.Parent
		}
		cur = []*Node{r}
	default:
		cur = []*Node{c.node}
	}
	for _, st := range pe.steps {
		var next []*Node
		// Overlapping axes (the descendants of a node and of its
		// child) would list a node many times: keep the first.
		var seen map[*Node]bool
		if len(cur) > 1 && st.axis != "child" && st.axis != "attribute" && st.axis != "self" {
			seen = map[*Node]bool{}
		}
		for _, n := range cur {
			sel := axisNodes(n, st.axis)
			if seen != nil && len(st.preds) == 0 {
				kept := sel[:0:0]
				for _, x := range sel {
					if !seen[x] {
						seen[x] = true
						kept = append(kept, x)
					}
				}
				sel = kept
			}
			var m []*Node
			for _, x := range sel {
				if st.matches(x, c.ns) {
					m = append(m, x)
				}
			}
			for _, pr := range st.preds {
				m = filter(m, pr, c.ns)
			}
			next = append(next, m...)
		}
		if len(cur) > 1 || st.axis != "child" && st.axis != "attribute" && st.axis != "self" {
			next = docOrder(next)
		}
		cur = next
	}
	return cur
}

// filter keeps the nodes (in axis order) for which pred holds; a
// number is a position test.
func filter(nodes []*Node, pred xexpr, ns map[string]string) []*Node {
	var out []*Node
	for i, n := range nodes {
		v := pred.eval(&xctx{node: n, pos: i + 1, size: len(nodes), ns: ns})
		if f, ok := v.(float64); ok {
			if f == float64(i+1) {
				out = append(out, n)
			}
			continue
		}
		if toBool(v) {
			out = append(out, n)
		}
	}
	return out
}

// axisNodes lists the nodes of an axis in axis order.
func axisNodes(n *Node, axis string) []*Node {
	switch axis {
	case "child":
		if n.Type == Attribute {
			return nil
		}
		return n.Children
	case "attribute":
		var out []*Node
		for _, a := range n.Attrs {
			if !a.IsNamespaceDecl() {
				out = append(out, a)
			}
		}
		return out
	case "self":
		return []*Node{n}
	case "parent":
		if n.Parent != nil {
			return []*Node{n.Parent}
		}
		return nil
	case "ancestor", "ancestor-or-self":
		var out []*Node
		if axis == "ancestor-or-self" {
			out = append(out, n)
		}
		for p := n.Parent; p != nil; p = p.Parent {
			out = append(out, p)
		}
		return out
	case "descendant", "descendant-or-self":
		var out []*Node
		if axis == "descendant-or-self" {
			out = append(out, n)
		}
		if n.Type != Attribute {
			n.walk(func(x *Node) { out = append(out, x) })
		}
		return out
	case "following-sibling", "preceding-sibling":
		if n.Parent == nil || n.Type == Attribute {
			return nil
		}
		i := n.Parent.IndexOf(n)
		if axis == "following-sibling" {
			return n.Parent.Children[i+1:]
		}
		var out []*Node
		for j := i - 1; j >= 0; j-- {
			out = append(out, n.Parent.Children[j])
		}
		return out
	case "following", "preceding":
		r := n
		for r.Parent != nil {
			r = r.Parent
		}
		var all []*Node
		r.walk(func(x *Node) { all = append(all, x) })
		var out []*Node
		seen := false
		for _, x := range all {
			if x == n {
				seen = true
				continue
			}
			if axis == "following" && seen && !n.Contains(x) {
				out = append(out, x)
			}
			if axis == "preceding" && !seen && !x.Contains(n) {
				out = append([]*Node{x}, out...)
			}
		}
		return out
	}
	return nil
}

// walk visits the descendants of n in document order.
func (n *Node) walk(f func(*Node)) {
	for _, c := range n.Children {
		f(c)
		c.walk(f)
	}
}

// matches applies the node test.
func (st *xstep) matches(x *Node, ns map[string]string) bool {
	principal := Element
	if st.axis == "attribute" {
		principal = Attribute
	}
	switch st.test {
	case "node()":
		return x.Type != XmlDeclaration && x.Type != DocumentType
	case "text()":
		return x.Type == Text || x.Type == CDATA || x.Type == Whitespace
	case "comment()":
		return x.Type == Comment
	case "processing-instruction()":
		return x.Type == ProcInst
	case "*":
		return x.Type == principal
	}
	if x.Type != principal {
		return false
	}
	prefix, local := splitName(st.test)
	uri := ""
	if prefix != "" {
		u, ok := ns[prefix]
		if !ok {
			panic(NamespaceError)
		}
		uri = u
	}
	if local == "*" {
		return x.NS == uri
	}
	return x.Local == local && x.NS == uri
}

// docOrder sorts nodes into document order without duplicates.
func docOrder(nodes []*Node) []*Node {
	if len(nodes) < 2 {
		return nodes
	}
	r := nodes[0]
	for r.Parent != nil {
		r = r.Parent
	}
	pos := map[*Node]int{r: 0}
	i := 1
	var number func(n *Node)
	number = func(n *Node) {
		for _, a := range n.Attrs {
			pos[a] = i
			i++
		}
		for _, c := range n.Children {
			pos[c] = i
			i++
			number(c)
		}
	}
	number(r)
	seen := map[*Node]bool{}
	out := nodes[:0:0]
	for _, n := range nodes {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return pos[out[a]] < pos[out[b]] })
	return out
}
