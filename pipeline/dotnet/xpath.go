package dotnet

import (
	"strconv"
	"strings"

	"cspsh/pipeline/object"
)

// xstep is one location step of the XPath subset SelectNodes supports:
// a name test (or *, @attr, text()), whether it searches descendants
// (//), and its predicates.
type xstep struct {
	name       string
	descendant bool
	preds      []string
}

// parseXPath splits a path such as "/config//server[@name='fe01']/@port"
// into steps; absolute reports a leading "/".
func parseXPath(p string) (steps []xstep, absolute bool, ok bool) {
	p = strings.TrimSpace(p)
	if p == "" {
		return nil, false, false
	}
	i := 0
	if strings.HasPrefix(p, "/") {
		absolute = true
	}
	for i < len(p) {
		st := xstep{}
		if strings.HasPrefix(p[i:], "//") {
			st.descendant = true
			i += 2
		} else if p[i] == '/' {
			i++
		}
		j := i
		for j < len(p) && p[j] != '/' && p[j] != '[' {
			j++
		}
		st.name = strings.TrimSpace(p[i:j])
		for j < len(p) && p[j] == '[' {
			depth, k := 0, j
			for ; k < len(p); k++ {
				if p[k] == '[' {
					depth++
				} else if p[k] == ']' {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			if k >= len(p) {
				return nil, false, false
			}
			st.preds = append(st.preds, strings.TrimSpace(p[j+1:k]))
			j = k + 1
		}
		if st.name == "" {
			return nil, false, false
		}
		steps = append(steps, st)
		i = j
	}
	return steps, absolute, true
}

// xresult is a node selected by a path: an element, or an attribute or
// text value.
type xresult struct {
	el   *xnode
	text string
	leaf bool
}

// selectXPath evaluates the steps from ctx (the document root's parent
// when absolute).
func selectXPath(root, ctx *xnode, path string) ([]xresult, bool) {
	steps, absolute, ok := parseXPath(path)
	if !ok {
		return nil, false
	}
	start := ctx
	if absolute {
		start = &xnode{children: []*xnode{root}}
	}
	cur := []xresult{{el: start}}
	for _, st := range steps {
		var next []xresult
		for _, c := range cur {
			if c.leaf {
				continue
			}
			var cands []*xnode
			if st.descendant {
				cands = descendants(c.el)
			} else {
				cands = c.el.children
			}
			switch {
			case st.name == ".":
				next = append(next, c)
			case strings.HasPrefix(st.name, "@"):
				for _, n := range append([]*xnode{c.el}, ifDesc(st.descendant, c.el)...) {
					for _, a := range n.attrs {
						if st.name == "@*" || qname(a.Name) == st.name[1:] {
							next = append(next, xresult{text: a.Value, leaf: true})
						}
					}
					if !st.descendant {
						break
					}
				}
			case st.name == "text()":
				if c.el.hasText {
					next = append(next, xresult{text: strings.TrimSpace(c.el.text.String()), leaf: true})
				}
			default:
				var matched []*xnode
				for _, n := range cands {
					if st.name == "*" || n.name == st.name {
						matched = append(matched, n)
					}
				}
				for _, p := range st.preds {
					matched = filterPred(matched, p)
				}
				for _, n := range matched {
					next = append(next, xresult{el: n})
				}
			}
		}
		cur = next
	}
	return cur, true
}

func ifDesc(d bool, n *xnode) []*xnode {
	if d {
		return descendants(n)
	}
	return nil
}

// descendants lists every element below n in document order.
func descendants(n *xnode) []*xnode {
	var out []*xnode
	for _, c := range n.children {
		out = append(out, c)
		out = append(out, descendants(c)...)
	}
	return out
}

// filterPred applies one predicate: a position ("2", "last()"), an
// attribute test ("@name", "@name='x'") or a child text test
// ("name='x'").
func filterPred(nodes []*xnode, p string) []*xnode {
	if n, err := strconv.Atoi(p); err == nil {
		if n >= 1 && n <= len(nodes) {
			return []*xnode{nodes[n-1]}
		}
		return nil
	}
	if p == "last()" {
		if len(nodes) == 0 {
			return nil
		}
		return nodes[len(nodes)-1:]
	}
	lhs, rhs, hasEq := strings.Cut(p, "=")
	lhs = strings.TrimSpace(lhs)
	rhs = strings.Trim(strings.TrimSpace(rhs), `'"`)
	var out []*xnode
	for _, n := range nodes {
		if strings.HasPrefix(lhs, "@") {
			for _, a := range n.attrs {
				if qname(a.Name) == lhs[1:] && (!hasEq || a.Value == rhs) {
					out = append(out, n)
					break
				}
			}
			continue
		}
		for _, c := range n.children {
			if c.name == lhs && (!hasEq || strings.TrimSpace(c.innerText()) == rhs) {
				out = append(out, n)
				break
			}
		}
	}
	return out
}

// addXPathMethods gives an element or document object SelectNodes and
// SelectSingleNode.
func addXPathMethods(o *object.PSObject, root, ctx *xnode) {
	sel := func(args []any) ([]xresult, error) {
		if len(args) < 1 {
			return nil, object.NewException("System.Management.Automation.MethodException", "Cannot find an overload for \"SelectNodes\" and the argument count: \"0\".")
		}
		path := ToString(args[0])
		r, ok := selectXPath(root, ctx, path)
		if !ok {
			return nil, object.NewException("System.Xml.XPath.XPathException", "'%s' has an invalid token.", path)
		}
		return r, nil
	}
	value := func(r xresult) any {
		if r.leaf {
			return r.text
		}
		return elementObject(r.el, root)
	}
	o.Add(&object.Member{Name: "SelectNodes", Kind: object.Method, Call: func(args []any) (any, error) {
		rs, err := sel(args)
		if err != nil {
			return nil, err
		}
		out := make([]any, len(rs))
		for i, r := range rs {
			out[i] = value(r)
		}
		return out, nil
	}})
	o.Add(&object.Member{Name: "SelectSingleNode", Kind: object.Method, Call: func(args []any) (any, error) {
		rs, err := sel(args)
		if err != nil || len(rs) == 0 {
			return nil, err
		}
		return value(rs[0]), nil
	}})
	// XmlNode's indexer: $x["doc"] is the first child element of that
	// name, as an element even when it holds only text (about_Operators,
	// Index operator).
	o.Add(&object.Member{Name: "Item", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, nil
		}
		want := ToString(args[0])
		for _, c := range ctx.children {
			if c.name == want {
				return elementObject(c, root), nil
			}
		}
		return nil, nil
	}})
	o.Add(&object.Member{Name: "GetElementsByTagName", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) != 1 {
			return []any{}, nil
		}
		return o.Member("SelectNodes").Call([]any{".//" + ToString(args[0])})
	}})
}
