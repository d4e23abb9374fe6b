package xmldom

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
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

// linePos converts a byte offset of src to a 1-based line and position.
func linePos(src string, off int64) (int, int) {
	if off > int64(len(src)) {
		off = int64(len(src))
	}
	before := src[:off]
	line := strings.Count(before, "\n") + 1
	col := len([]rune(before[strings.LastIndexByte(before, '\n')+1:])) + 1
	return line, col
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
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
	src = strings.TrimPrefix(src, "\ufeff")
	d := xml.NewDecoder(strings.NewReader(src))
	d.Strict = true
	// The text is already decoded: a declared encoding (utf-16 from a
	// file Get-Content read) names how the bytes were, as LoadXml
	// ignores it for a string.
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	stack := []*Node{top}
	// starts holds where each open element's name begins, for the
	// tag mismatch message.
	// (byte offsets: the line and position are worked out only for an
	// error, as counting lines for every element would be quadratic).
	starts := []int64{0}
	var text strings.Builder
	flush := func() {
		if text.Len() == 0 {
			return
		}
		s := text.String()
		text.Reset()
		p := stack[len(stack)-1]
		if strings.TrimSpace(s) == "" {
			if !doc.PreserveWhitespace {
				return
			}
			p.InsertAt(-1, &Node{Type: Whitespace, Value: s, Owner: doc})
			return
		}
		p.InsertAt(-1, &Node{Type: Text, Value: s, Owner: doc})
	}
	for {
		before := d.InputOffset()
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			line, pos := linePos(src, d.InputOffset())
			if se, ok := err.(*xml.SyntaxError); ok {
				if e := dotnetSyntaxError(src, d.InputOffset(), se.Msg); e != nil {
					return e
				}
				return &SyntaxError{Msg: capitalize(se.Msg) + ".", Line: line, Pos: pos}
			}
			return &SyntaxError{Msg: err.Error(), Line: line, Pos: pos}
		}
		top := stack[len(stack)-1]
		if _, ok := tok.(xml.CharData); !ok {
			flush()
		}
		switch t := tok.(type) {
		case xml.ProcInst:
			if t.Target == "xml" {
				top.InsertAt(-1, &Node{Type: XmlDeclaration, Value: strings.TrimSpace(string(t.Inst)), Owner: doc})
			} else {
				top.InsertAt(-1, &Node{Type: ProcInst, Local: t.Target, Value: strings.TrimSpace(string(t.Inst)), Owner: doc})
			}
		case xml.Directive:
			top.InsertAt(-1, &Node{Type: DocumentType, Local: "#doctype", Value: string(t), Owner: doc})
		case xml.StartElement:
			if atDoc && len(stack) == 1 && doc.DocumentElement() != nil {
				line, pos := linePos(src, before)
				return &SyntaxError{Msg: "There are multiple root elements.", Line: line, Pos: pos + 1}
			}
			n := &Node{Type: Element, Prefix: t.Name.Space, Local: t.Name.Local, Owner: doc}
			if e := duplicateAttr(src, before, t.Attr); e != nil {
				return e
			}
			for _, a := range t.Attr {
				n.Attrs = append(n.Attrs, &Node{Type: Attribute, Prefix: a.Name.Space, Local: a.Name.Local, Value: a.Value, Parent: n, Owner: doc})
			}
			top.InsertAt(-1, n)
			// <a/> is read as a start and an end tag; the bytes say
			// which form it had.
			if off := d.InputOffset(); off >= 2 && src[off-2:off] == "/>" {
				n.SelfClose = true
			}
			n.NS = n.LookupNamespace(n.Prefix)
			for _, a := range n.Attrs {
				switch {
				case a.IsNamespaceDecl():
					a.NS = "http://www.w3.org/2000/xmlns/"
				case a.Prefix != "":
					a.NS = n.LookupNamespace(a.Prefix)
				}
			}
			stack = append(stack, n)
			starts = append(starts, before)
		case xml.EndElement:
			name := t.Name.Local
			if t.Name.Space != "" {
				name = t.Name.Space + ":" + name
			}
			if len(stack) == 1 || top.Name() != name {
				line, pos := linePos(src, before)
				if len(stack) == 1 {
					return &SyntaxError{Msg: "Unexpected end tag.", Line: line, Pos: pos + 2}
				}
				sl, sc := linePos(src, starts[len(starts)-1])
				st := [2]int{sl, sc + 1}
				return &SyntaxError{Msg: fmt.Sprintf("The '%s' start tag on line %d position %d does not match the end tag of '%s'.", top.Name(), st[0], st[1], name), Line: line, Pos: pos + 2}
			}
			stack = stack[:len(stack)-1]
			starts = starts[:len(starts)-1]
		case xml.Comment:
			top.InsertAt(-1, &Node{Type: Comment, Value: string(t), Owner: doc})
		case xml.CharData:
			if atDoc && len(stack) == 1 {
				if s := string(t); strings.TrimSpace(s) != "" {
					line, pos := linePos(src, before+int64(len(s)-len(strings.TrimLeft(s, " \t\r\n"))))
					return &SyntaxError{Msg: "Data at the root level is invalid.", Line: line, Pos: pos}
				}
				// White space between the prolog and the root
				// stays when white space is preserved.
				text.Write(t)
				continue
			}
			if strings.HasPrefix(src[before:], "<![CDATA[") {
				// A CDATA section is a node of its own (the decoder
				// reads it as character data).
				flush()
				stack[len(stack)-1].InsertAt(-1, &Node{Type: CDATA, Value: string(t), Owner: doc})
				continue
			}
			text.Write(t)
		}
	}
	flush()
	if len(stack) > 1 {
		names := make([]string, 0, len(stack)-1)
		for _, n := range stack[1:] {
			names = append(names, n.Name())
		}
		line, pos := linePos(src, int64(len(src)))
		return &SyntaxError{Msg: "Unexpected end of file has occurred. The following elements are not closed: " + strings.Join(names, ", ") + ".", Line: line, Pos: pos}
	}
	return nil
}

// dotnetSyntaxError words the decoder's commonest complaints as
// XmlDocument does; nil leaves the decoder's text.
func dotnetSyntaxError(src string, off int64, msg string) *SyntaxError {
	if off > int64(len(src)) {
		off = int64(len(src))
	}
	before := src[:off]
	switch {
	case strings.HasPrefix(msg, "invalid character entity &"):
		name := strings.TrimSuffix(strings.TrimPrefix(msg, "invalid character entity &"), ";")
		i := strings.LastIndex(before, "&"+name)
		if i < 0 || strings.HasPrefix(name, "#") {
			return nil
		}
		line, pos := linePos(src, int64(i+1))
		return &SyntaxError{Msg: fmt.Sprintf("Reference to undeclared entity '%s'.", name), Line: line, Pos: pos}
	case strings.HasPrefix(msg, "invalid XML name: "):
		name := strings.TrimPrefix(msg, "invalid XML name: ")
		i := strings.LastIndex(before, name)
		if i < 0 || name == "" {
			return nil
		}
		r := []rune(name)[0]
		if isNameStart(r) || r == ':' {
			return nil
		}
		line, pos := linePos(src, int64(i))
		return &SyntaxError{Msg: fmt.Sprintf("Name cannot begin with the '%c' character, hexadecimal value 0x%02X.", r, r), Line: line, Pos: pos}
	case msg == "expected element name after <":
		i := strings.LastIndexByte(before, '<')
		if i < 0 || i+1 >= len(src) {
			return nil
		}
		r := []rune(src[i+1:])[0]
		line, pos := linePos(src, int64(i+1))
		return &SyntaxError{Msg: fmt.Sprintf("Name cannot begin with the '%c' character, hexadecimal value 0x%02X.", r, r), Line: line, Pos: pos}
	}
	return nil
}

// duplicateAttr reports an attribute given twice in one start tag, which
// the decoder lets through and XmlDocument refuses.
func duplicateAttr(src string, start int64, attrs []xml.Attr) *SyntaxError {
	for i, a := range attrs {
		for _, b := range attrs[:i] {
			if a.Name != b.Name {
				continue
			}
			name := a.Name.Local
			if a.Name.Space != "" {
				name = a.Name.Space + ":" + name
			}
			tag := src[start:]
			first := strings.Index(tag, " "+name)
			second := -1
			if first >= 0 {
				if k := strings.Index(tag[first+1:], " "+name); k >= 0 {
					second = first + 1 + k + 1
				}
			}
			line, pos := 0, 0
			if second >= 0 {
				line, pos = linePos(src, start+int64(second))
			}
			return &SyntaxError{Msg: fmt.Sprintf("'%s' is a duplicate attribute name.", name), Line: line, Pos: pos}
		}
	}
	return nil
}
