package xmldom

import "strings"

// escText escapes character data as XmlWriter does.
func escText(b *strings.Builder, s string) {
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		default:
			b.WriteRune(r)
		}
	}
}

// escAttr escapes an attribute value (double-quoted).
func escAttr(b *strings.Builder, s string) {
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '\n':
			b.WriteString("&#xA;")
		case '\r':
			b.WriteString("&#xD;")
		case '\t':
			b.WriteString("&#x9;")
		default:
			b.WriteRune(r)
		}
	}
}

// OuterXML is XmlNode.OuterXml: the node as markup, without added
// white space.
func (n *Node) OuterXML() string {
	var b strings.Builder
	n.write(&b, -1, 0, "", nil)
	return b.String()
}

// InnerXML is XmlNode.InnerXml: the children's markup (an attribute's
// is its escaped value).
func (n *Node) InnerXML() string {
	var b strings.Builder
	if n.Type == Attribute {
		escAttr(&b, n.Value)
		return b.String()
	}
	switch n.Type {
	case Text, CDATA, Comment, Whitespace, ProcInst, XmlDeclaration:
		return ""
	}
	for _, c := range n.Children {
		c.write(&b, -1, 0, "", nil)
	}
	return b.String()
}

// Indented is the document as Save writes it when white space is not
// preserved: one node a line, two spaces a level; an element holding
// text keeps its content on its line.
func (n *Node) Indented() string { return n.IndentedWith("  ") }

// IndentedWith is Indented with another indentation string (an
// XmlTextWriter's Indentation and IndentChar).
func (n *Node) IndentedWith(unit string) string {
	var b strings.Builder
	if n.Type == Document {
		for i, c := range n.Children {
			if i > 0 {
				b.WriteString("\n")
			}
			c.write(&b, 0, 0, unit, nil)
		}
		return b.String()
	}
	n.write(&b, 0, 0, unit, nil)
	return b.String()
}

// mixed reports content that holds text, which XmlWriter does not
// indent.
func (n *Node) mixed() bool {
	for _, c := range n.Children {
		if c.Type == Text || c.Type == CDATA {
			return true
		}
	}
	return false
}

// nsScope is the prefixes a writer has declared so far, innermost
// first.
type nsScope struct {
	prefix, uri string
	up          *nsScope
}

func (s *nsScope) lookup(prefix string) (string, bool) {
	for ; s != nil; s = s.up {
		if s.prefix == prefix {
			return s.uri, true
		}
	}
	return "", false
}

// declare adds what an XmlWriter adds when it writes n outside the
// element that declared its namespaces (OuterXml of a child, a node made
// by CreateElement with a namespace): an xmlns attribute for each prefix
// n or its attributes use that is not declared in scope. It returns
// the scope for n's children.
func (n *Node) declare(b *strings.Builder, scope *nsScope) *nsScope {
	for _, a := range n.Attrs {
		if a.IsNamespaceDecl() {
			p := a.Local
			if a.Prefix == "" {
				p = ""
			}
			scope = &nsScope{p, a.Value, scope}
		}
	}
	need := func(prefix, uri string) {
		if prefix == "xml" || prefix == "xmlns" {
			return
		}
		cur, ok := scope.lookup(prefix)
		if ok && cur == uri || !ok && uri == "" {
			return
		}
		scope = &nsScope{prefix, uri, scope}
		b.WriteString(" xmlns")
		if prefix != "" {
			b.WriteString(":" + prefix)
		}
		b.WriteString("=\"")
		escAttr(b, uri)
		b.WriteString("\"")
	}
	need(n.Prefix, n.NS)
	for _, a := range n.Attrs {
		if a.Prefix != "" && !a.IsNamespaceDecl() {
			need(a.Prefix, a.NS)
		}
	}
	return scope
}

// write renders n; indent < 0 means no indentation, else level is the
// depth.
func (n *Node) write(b *strings.Builder, indent, level int, unit string, scope *nsScope) {
	switch n.Type {
	case Document:
		for _, c := range n.Children {
			c.write(b, indent, level, unit, scope)
		}
	case XmlDeclaration:
		b.WriteString("<?xml " + n.Value + "?>")
	case ProcInst:
		b.WriteString("<?" + n.Local)
		if n.Value != "" {
			b.WriteString(" " + n.Value)
		}
		b.WriteString("?>")
	case DocumentType:
		b.WriteString("<!" + n.Value + ">")
	case Comment:
		b.WriteString("<!--" + n.Value + "-->")
	case Text:
		escText(b, n.Value)
	case Whitespace:
		b.WriteString(n.Value)
	case CDATA:
		b.WriteString("<![CDATA[" + n.Value + "]]>")
	case Attribute:
		b.WriteString(n.Name() + "=\"")
		escAttr(b, n.Value)
		b.WriteString("\"")
	case Element:
		b.WriteString("<" + n.Name())
		for _, a := range n.Attrs {
			b.WriteString(" ")
			a.write(b, -1, 0, "", nil)
		}
		inner := n.declare(b, scope)
		if len(n.Children) == 0 && n.SelfClose {
			b.WriteString(" />")
			return
		}
		if len(n.Children) == 0 {
			b.WriteString("></" + n.Name() + ">")
			return
		}
		b.WriteString(">")
		childIndent := indent
		if indent >= 0 && n.mixed() {
			childIndent = -1
		}
		for _, c := range n.Children {
			if childIndent >= 0 {
				b.WriteString("\n" + strings.Repeat(unit, level+1))
			}
			c.write(b, childIndent, level+1, unit, inner)
		}
		if childIndent >= 0 {
			b.WriteString("\n" + strings.Repeat(unit, level))
		}
		b.WriteString("</" + n.Name() + ">")
	}
}
