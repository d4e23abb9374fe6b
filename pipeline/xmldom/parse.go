package xmldom

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// SyntaxError is an XmlException: .NET's message with the line and
// position it adds.
type SyntaxError struct {
	Msg       string
	Line, Pos int
}

func (e *SyntaxError) Error() string {
	if e.Line == 0 {
		return e.Msg
	}
	return fmt.Sprintf("%s Line %d, position %d.", e.Msg, e.Line, e.Pos)
}

// linePos converts a byte offset of src to .NET's 1-based line and
// position: a line ends at LF, CRLF or a lone CR, and the position
// counts UTF-16 code units, as the reader's character buffer does.
func linePos(src string, off int) (int, int) {
	if off > len(src) {
		off = len(src)
	}
	line, col := 1, 1
	for i := 0; i < off; {
		r, n := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == '\n', r == '\r' && (i+1 >= len(src) || src[i+1] != '\n'):
			line, col = line+1, 1
		case r == '\r':
		case r > 0xFFFF:
			col += 2
		default:
			col++
		}
		i += n
	}
	return line, col
}

// Parse reads a whole document, as XmlDocument.LoadXml does. White
// space between elements is dropped unless preserve is set.
func Parse(src string, preserve bool) (*Node, error) {
	doc := NewDocument()
	doc.PreserveWhitespace = preserve
	if err := parseInto(doc, doc, src, true); err != nil {
		return nil, err
	}
	if doc.DocumentElement() == nil {
		return nil, &SyntaxError{Msg: "Root element is missing."}
	}
	return doc, nil
}

// ParseFragment parses the content given to InnerXml into parent.
func ParseFragment(parent *Node, src string) error {
	// The fragment is read in the parent's namespace scope (its
	// elements take the default namespace in force there).
	tmp := &Node{Type: Element, Owner: parent.Doc(), Parent: parent}
	if err := parseInto(parent.Doc(), tmp, src, false); err != nil {
		return err
	}
	parent.RemoveChildren()
	for _, c := range append([]*Node(nil), tmp.Children...) {
		parent.InsertAt(-1, c)
	}
	return nil
}

// parseInto parses src into top; atDoc says top is the document, which
// takes one root element only and no text.
func parseInto(doc, top *Node, src string, atDoc bool) error {
	l := &lexer{src: strings.TrimPrefix(src, "\ufeff"), frag: !atDoc}
	stack := []*Node{top}
	for {
		tok, err := l.next()
		if err != nil {
			return err
		}
		p := stack[len(stack)-1]
		switch tok.kind {
		case tokEOF:
			return nil
		case tokDecl:
			p.InsertAt(-1, &Node{Type: XmlDeclaration, Value: tok.value, Owner: doc})
		case tokPI:
			p.InsertAt(-1, &Node{Type: ProcInst, Local: tok.local, Value: tok.value, Owner: doc})
		case tokDoctype:
			p.InsertAt(-1, &Node{Type: DocumentType, Local: "#doctype", Value: tok.value, Owner: doc})
		case tokComment:
			p.InsertAt(-1, &Node{Type: Comment, Value: tok.value, Owner: doc})
		case tokCDATA:
			p.InsertAt(-1, &Node{Type: CDATA, Value: tok.value, Owner: doc})
		case tokText:
			switch {
			case !tok.space:
				p.InsertAt(-1, &Node{Type: Text, Value: tok.value, Owner: doc})
			case doc.PreserveWhitespace:
				p.InsertAt(-1, &Node{Type: Whitespace, Value: tok.value, Owner: doc})
			}
		case tokStart:
			n, err := element(doc, p, l, tok)
			if err != nil {
				return err
			}
			if !tok.selfClose {
				stack = append(stack, n)
			}
		case tokEnd:
			stack = stack[:len(stack)-1]
		}
	}
}

// element adds the element of a start tag to parent, its names bound
// in its scope.
func element(doc, parent *Node, l *lexer, tok token) (*Node, error) {
	n := &Node{Type: Element, Prefix: tok.prefix, Local: tok.local, SelfClose: tok.selfClose, Owner: doc}
	for _, a := range tok.attrs {
		n.Attrs = append(n.Attrs, &Node{Type: Attribute, Prefix: a.prefix, Local: a.local, Value: a.value, Parent: n, Owner: doc})
	}
	parent.InsertAt(-1, n)
	n.NS = n.LookupNamespace(n.Prefix)
	for _, a := range n.Attrs {
		switch {
		case a.IsNamespaceDecl():
			a.NS = "http://www.w3.org/2000/xmlns/"
		case a.Prefix != "":
			a.NS = n.LookupNamespace(a.Prefix)
		}
	}
	// Two attributes are the same when their local names and
	// namespaces are, whatever prefixes name them; the reader reports
	// the later one.
	for i, a := range n.Attrs {
		for j := i + 1; j < len(n.Attrs); j++ {
			if b := n.Attrs[j]; b.Local == a.Local && b.NS == a.NS {
				_, err := l.fail(tok.attrs[j].off, fmt.Sprintf("'%s' is a duplicate attribute name.", b.Name()))
				return nil, err
			}
		}
	}
	return n, nil
}
