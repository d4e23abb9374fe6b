package xmldom

import (
	"strconv"
)

// xexpr is a compiled XPath expression.
type xexpr interface {
	eval(c *xctx) any // []*Node, string, float64 or bool
}

// xctx is the evaluation context: the node, its position and the size
// of its node-set, and the namespace bindings.
type xctx struct {
	node      *Node
	pos, size int
	ns        map[string]string
}

// XPath is a compiled expression.
type XPath struct {
	src  string
	expr xexpr
}

// CompileXPath parses an XPath 1.0 expression.
func CompileXPath(src string) (*XPath, error) {
	toks, err := lexXPath(src)
	if err != nil {
		return nil, err
	}
	p := &xparser{toks: toks, src: src}
	if len(toks) == 0 {
		return nil, &XPathError{Msg: "Expression must evaluate to a node-set."}
	}
	e, err := p.orExpr()
	if err != nil {
		return nil, err
	}
	if p.peek().kind != tEOF {
		return nil, invalidToken(src)
	}
	return &XPath{src: src, expr: e}, nil
}

// Select evaluates the expression as a node-set from ctx, with prefixes
// resolved through ns (nil: none bound).
func (x *XPath) Select(ctx *Node, ns map[string]string) (nodes []*Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			if xe, ok := r.(*XPathError); ok {
				err = xe
				return
			}
			panic(r)
		}
	}()
	v := x.expr.eval(&xctx{node: ctx, pos: 1, size: 1, ns: ns})
	ns2, ok := v.([]*Node)
	if !ok {
		return nil, &XPathError{Msg: "Expression must evaluate to a node-set."}
	}
	return ns2, nil
}

// Select compiles and evaluates path from n.
func (n *Node) Select(path string, ns map[string]string) ([]*Node, error) {
	x, err := CompileXPath(path)
	if err != nil {
		return nil, err
	}
	return x.Select(n, ns)
}

type xparser struct {
	toks []xtok
	i    int
	src  string
}

func (p *xparser) peek() xtok {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return xtok{kind: tEOF}
}

func (p *xparser) peekAt(k int) xtok {
	if p.i+k < len(p.toks) {
		return p.toks[p.i+k]
	}
	return xtok{kind: tEOF}
}

func (p *xparser) isOp(s string) bool { t := p.peek(); return t.kind == tOp && t.s == s }

func (p *xparser) bad() error { return invalidToken(p.src) }

type binExpr struct {
	op   string
	l, r xexpr
}

func (p *xparser) binLevel(ops []string, next func() (xexpr, error)) (xexpr, error) {
	l, err := next()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		found := false
		for _, o := range ops {
			if t.kind == tOp && t.s == o {
				found = true
			}
		}
		if !found {
			return l, nil
		}
		p.i++
		r, err := next()
		if err != nil {
			return nil, err
		}
		l = &binExpr{t.s, l, r}
	}
}

func (p *xparser) orExpr() (xexpr, error) { return p.binLevel([]string{"or"}, p.andExpr) }
func (p *xparser) andExpr() (xexpr, error) {
	return p.binLevel([]string{"and"}, p.eqExpr)
}
func (p *xparser) eqExpr() (xexpr, error) { return p.binLevel([]string{"=", "!="}, p.relExpr) }
func (p *xparser) relExpr() (xexpr, error) {
	return p.binLevel([]string{"<", "<=", ">", ">="}, p.addExpr)
}
func (p *xparser) addExpr() (xexpr, error) { return p.binLevel([]string{"+", "-"}, p.mulExpr) }
func (p *xparser) mulExpr() (xexpr, error) {
	return p.binLevel([]string{"mul", "div", "mod"}, p.unaryExpr)
}

type negExpr struct{ e xexpr }

func (p *xparser) unaryExpr() (xexpr, error) {
	if p.isOp("-") {
		p.i++
		e, err := p.unaryExpr()
		if err != nil {
			return nil, err
		}
		return &negExpr{e}, nil
	}
	return p.binLevel([]string{"|"}, p.pathExpr)
}

type literal struct{ v any }

type funcCall struct {
	name string
	args []xexpr
}

// filterExpr is a primary expression with predicates and an optional
// path after it.
type filterExpr struct {
	prim  xexpr
	preds []xexpr
}

type pathExpr struct {
	start xexpr // nil: from the context node
	root  bool  // starts at the document
	steps []*xstep
}

type xstep struct {
	axis  string
	test  string // "*", "p:*", "name", "p:name", "node()", "text()", "comment()", "processing-instruction()"
	preds []xexpr
}

func (p *xparser) pathExpr() (xexpr, error) {
	t := p.peek()
	isPrimary := false
	switch t.kind {
	case tString, tNumber, tVar:
		isPrimary = true
	case tOp:
		isPrimary = t.s == "("
	case tName:
		nt := p.peekAt(1)
		if nt.kind == tOp && nt.s == "(" {
			switch t.s {
			case "node", "text", "comment", "processing-instruction":
			default:
				isPrimary = true
			}
		}
	}
	if !isPrimary {
		return p.locationPath()
	}
	prim, err := p.primary()
	if err != nil {
		return nil, err
	}
	fe := &filterExpr{prim: prim}
	for p.isOp("[") {
		pr, err := p.predicate()
		if err != nil {
			return nil, err
		}
		fe.preds = append(fe.preds, pr)
	}
	if p.isOp("/") || p.isOp("//") {
		pe := &pathExpr{start: fe}
		if err := p.relPath(pe); err != nil {
			return nil, err
		}
		return pe, nil
	}
	if len(fe.preds) == 0 {
		return prim, nil
	}
	return fe, nil
}

func (p *xparser) primary() (xexpr, error) {
	t := p.peek()
	p.i++
	switch t.kind {
	case tString:
		return &literal{t.s}, nil
	case tNumber:
		f, err := strconv.ParseFloat(t.s, 64)
		if err != nil {
			return nil, p.bad()
		}
		return &literal{f}, nil
	case tVar:
		return nil, NamespaceError
	case tOp:
		e, err := p.orExpr()
		if err != nil {
			return nil, err
		}
		if !p.isOp(")") {
			return nil, p.bad()
		}
		p.i++
		return e, nil
	case tName:
		p.i++ // (
		fc := &funcCall{name: t.s}
		if !p.isOp(")") {
			for {
				a, err := p.orExpr()
				if err != nil {
					return nil, err
				}
				fc.args = append(fc.args, a)
				if p.isOp(",") {
					p.i++
					continue
				}
				break
			}
		}
		if !p.isOp(")") {
			return nil, p.bad()
		}
		p.i++
		if !knownFunc(fc.name) {
			return nil, NamespaceError
		}
		return fc, nil
	}
	return nil, p.bad()
}

func (p *xparser) predicate() (xexpr, error) {
	p.i++ // [
	e, err := p.orExpr()
	if err != nil {
		return nil, err
	}
	if !p.isOp("]") {
		return nil, p.bad()
	}
	p.i++
	return e, nil
}

func (p *xparser) locationPath() (xexpr, error) {
	pe := &pathExpr{}
	if p.isOp("/") {
		pe.root = true
		p.i++
		t := p.peek()
		if t.kind == tEOF || (t.kind == tOp && t.s != "@" && t.s != "." && t.s != "..") {
			return pe, nil
		}
	} else if p.isOp("//") {
		pe.root = true
		p.i++
		pe.steps = append(pe.steps, &xstep{axis: "descendant-or-self", test: "node()"})
	}
	if err := p.step(pe); err != nil {
		return nil, err
	}
	if err := p.relPath(pe); err != nil {
		return nil, err
	}
	return pe, nil
}

// relPath reads ("/" | "//") step ... after the first step.
func (p *xparser) relPath(pe *pathExpr) error {
	for {
		switch {
		case p.isOp("/"):
			p.i++
		case p.isOp("//"):
			p.i++
			pe.steps = append(pe.steps, &xstep{axis: "descendant-or-self", test: "node()"})
		default:
			return nil
		}
		if err := p.step(pe); err != nil {
			return err
		}
	}
}

func (p *xparser) step(pe *pathExpr) error {
	st := &xstep{axis: "child"}
	t := p.peek()
	switch {
	case t.kind == tOp && t.s == ".":
		p.i++
		pe.steps = append(pe.steps, &xstep{axis: "self", test: "node()"})
		return nil
	case t.kind == tOp && t.s == "..":
		p.i++
		pe.steps = append(pe.steps, &xstep{axis: "parent", test: "node()"})
		return nil
	case t.kind == tOp && t.s == "@":
		p.i++
		st.axis = "attribute"
	case t.kind == tName && p.peekAt(1).kind == tOp && p.peekAt(1).s == "::":
		switch t.s {
		case "child", "descendant", "descendant-or-self", "parent", "ancestor", "ancestor-or-self",
			"following-sibling", "preceding-sibling", "following", "preceding", "attribute", "self":
		default:
			return p.bad()
		}
		st.axis = t.s
		p.i += 2
	}
	t = p.peek()
	if t.kind != tName {
		return p.bad()
	}
	p.i++
	st.test = t.s
	switch t.s {
	case "node", "text", "comment", "processing-instruction":
		if p.isOp("(") {
			p.i++
			if p.peek().kind == tString {
				p.i++
			}
			if !p.isOp(")") {
				return p.bad()
			}
			p.i++
			st.test = t.s + "()"
		}
	}
	for p.isOp("[") {
		pr, err := p.predicate()
		if err != nil {
			return err
		}
		st.preds = append(st.preds, pr)
	}
	pe.steps = append(pe.steps, st)
	return nil
}

func knownFunc(name string) bool {
	switch name {
	case "last", "position", "count", "name", "local-name", "namespace-uri", "string", "concat",
		"starts-with", "contains", "substring-before", "substring-after", "substring", "string-length",
		"normalize-space", "translate", "not", "true", "false", "boolean", "number", "sum", "floor",
		"ceiling", "round", "lang":
		return true
	}
	return false
}
