package xmldom

import (
	"math"
	"sort"
	"strconv"
	"strings"
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

// ---- evaluation ----

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

// ---- conversions (XPath 1.0 section 4) ----

// StringValue is a node's XPath string-value.
func StringValue(n *Node) string { return n.InnerText() }

func toString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case bool:
		if x {
			return "true"
		}
		return "false"
	case float64:
		return numString(x)
	case []*Node:
		if len(x) == 0 {
			return ""
		}
		return StringValue(x[0])
	}
	return ""
}

func numString(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

func toNumber(v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case bool:
		if x {
			return 1
		}
		return 0
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(toString(v)), 64)
	if err != nil {
		return math.NaN()
	}
	return f
}

func toBool(v any) bool {
	switch x := v.(type) {
	case bool:
		return x
	case float64:
		return x != 0 && !math.IsNaN(x)
	case string:
		return x != ""
	case []*Node:
		return len(x) > 0
	}
	return false
}

func compare(op string, a, b any) bool {
	an, aSet := a.([]*Node)
	bn, bSet := b.([]*Node)
	switch {
	case aSet && bSet:
		for _, x := range an {
			for _, y := range bn {
				if compareAtoms(op, StringValue(x), StringValue(y)) {
					return true
				}
			}
		}
		return false
	case aSet:
		for _, x := range an {
			if compareAtoms(op, nodeAtom(x, b), b) {
				return true
			}
		}
		return false
	case bSet:
		for _, y := range bn {
			if compareAtoms(op, a, nodeAtom(y, a)) {
				return true
			}
		}
		return false
	}
	return compareAtoms(op, a, b)
}

// nodeAtom converts a node to the type of the other operand.
func nodeAtom(n *Node, other any) any {
	switch other.(type) {
	case float64:
		return toNumber(StringValue(n))
	case bool:
		return true
	}
	return StringValue(n)
}

func compareAtoms(op string, a, b any) bool {
	if op == "=" || op == "!=" {
		var eq bool
		_, ab := a.(bool)
		_, bb := b.(bool)
		_, af := a.(float64)
		_, bf := b.(float64)
		switch {
		case ab || bb:
			eq = toBool(a) == toBool(b)
		case af || bf:
			eq = toNumber(a) == toNumber(b)
		default:
			eq = toString(a) == toString(b)
		}
		return eq == (op == "=")
	}
	x, y := toNumber(a), toNumber(b)
	switch op {
	case "<":
		return x < y
	case "<=":
		return x <= y
	case ">":
		return x > y
	}
	return x >= y
}

func (f *funcCall) eval(c *xctx) any {
	arg := func(i int) any {
		if i < len(f.args) {
			return f.args[i].eval(c)
		}
		return []*Node{c.node}
	}
	str := func(i int) string { return toString(arg(i)) }
	switch f.name {
	case "last":
		return float64(c.size)
	case "position":
		return float64(c.pos)
	case "count":
		n, _ := arg(0).([]*Node)
		return float64(len(n))
	case "name", "local-name", "namespace-uri":
		n, _ := arg(0).([]*Node)
		if len(n) == 0 {
			return ""
		}
		switch f.name {
		case "name":
			if n[0].Type == Element || n[0].Type == Attribute || n[0].Type == ProcInst {
				return n[0].Name()
			}
			return ""
		case "local-name":
			if n[0].Type == Element || n[0].Type == Attribute || n[0].Type == ProcInst {
				return n[0].LocalName()
			}
			return ""
		}
		return n[0].NS
	case "string":
		return str(0)
	case "concat":
		var b strings.Builder
		for i := range f.args {
			b.WriteString(str(i))
		}
		return b.String()
	case "starts-with":
		return strings.HasPrefix(str(0), str(1))
	case "contains":
		return strings.Contains(str(0), str(1))
	case "substring-before":
		s, sep := str(0), str(1)
		if i := strings.Index(s, sep); i >= 0 {
			return s[:i]
		}
		return ""
	case "substring-after":
		s, sep := str(0), str(1)
		if i := strings.Index(s, sep); i >= 0 {
			return s[i+len(sep):]
		}
		return ""
	case "substring":
		r := []rune(str(0))
		start := math.Floor(toNumber(arg(1)) + 0.5)
		end := math.Inf(1)
		if len(f.args) > 2 {
			end = start + math.Floor(toNumber(arg(2))+0.5)
		}
		var b strings.Builder
		for i, ch := range r {
			p := float64(i + 1)
			if p >= start && p < end {
				b.WriteRune(ch)
			}
		}
		return b.String()
	case "string-length":
		return float64(len([]rune(str(0))))
	case "normalize-space":
		return strings.Join(strings.Fields(str(0)), " ")
	case "translate":
		from, to := []rune(str(1)), []rune(str(2))
		var b strings.Builder
		for _, ch := range str(0) {
			i := -1
			for j, x := range from {
				if x == ch {
					i = j
					break
				}
			}
			switch {
			case i < 0:
				b.WriteRune(ch)
			case i < len(to):
				b.WriteRune(to[i])
			}
		}
		return b.String()
	case "not":
		return !toBool(arg(0))
	case "true":
		return true
	case "false":
		return false
	case "boolean":
		return toBool(arg(0))
	case "number":
		return toNumber(arg(0))
	case "sum":
		n, _ := arg(0).([]*Node)
		s := 0.0
		for _, x := range n {
			s += toNumber(StringValue(x))
		}
		return s
	case "floor":
		return math.Floor(toNumber(arg(0)))
	case "ceiling":
		return math.Ceil(toNumber(arg(0)))
	case "round":
		return math.Floor(toNumber(arg(0)) + 0.5)
	}
	return false
}
