package xmldom

import (
	"strings"
	"testing"
)

const book = `<?xml version="1.0" encoding="utf-8"?>
<Book>
  <projects>
    <project name="Book1" date="2009-01-20">
      <editions>
        <edition language="English">En.Book1.com</edition>
        <edition language="German">Ge.Book1.Com</edition>
        <edition language="French">Fr.Book1.com</edition>
        <edition language="Polish">Pl.Book1.com</edition>
      </editions>
    </project>
  </projects>
</Book>`

// XPath 1.0 location paths and predicates over the Select-Xml example
// document (Select-Xml, example 4).
func TestSelect(t *testing.T) {
	doc, err := Parse(book, false)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ path, want string }{
		{"//edition", "En.Book1.com|Ge.Book1.Com|Fr.Book1.com|Pl.Book1.com"},
		{"/Book/projects/project/@name", "Book1"},
		{"//edition[@language='German']", "Ge.Book1.Com"},
		{"//edition[2]", "Ge.Book1.Com"},
		{"//edition[last()]", "Pl.Book1.com"},
		{"//edition[position() > 2]/@language", "French|Polish"},
		{"//edition[starts-with(., 'Fr')]", "Fr.Book1.com"},
		{"//editions/edition[@language!='English'][1]", "Ge.Book1.Com"},
		{"//project[editions/edition='Pl.Book1.com']/@date", "2009-01-20"},
		{"count(//edition)", "error"},
		{"//edition[1]/following-sibling::*[1]", "Ge.Book1.Com"},
		{"//edition/text()", "En.Book1.com|Ge.Book1.Com|Fr.Book1.com|Pl.Book1.com"},
		{"//edition[1]/../../@name", "Book1"},
		{"//@language[.='French'] | //@date", "2009-01-20|French"},
		{"//edition[", "error"},
	}
	for _, c := range cases {
		got, err := doc.Select(c.path, nil)
		var parts []string
		for _, n := range got {
			parts = append(parts, n.InnerText())
		}
		s := strings.Join(parts, "|")
		if err != nil {
			s = "error"
		}
		if s != c.want {
			t.Errorf("%s = %q, want %q", c.path, s, c.want)
		}
	}
}

// Namespaced names need a bound prefix (Select-Xml, -Namespace).
func TestSelectNamespace(t *testing.T) {
	doc, err := Parse(`<r xmlns="urn:a" xmlns:b="urn:b"><x>1</x><b:y>2</b:y></r>`, false)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := doc.Select("//x", nil); len(got) != 0 {
		t.Errorf("//x in the default namespace matched %d", len(got))
	}
	got, err := doc.Select("//s:x | //t:y", map[string]string{"s": "urn:a", "t": "urn:b"})
	if err != nil || len(got) != 2 {
		t.Fatalf("got %d, %v", len(got), err)
	}
	if _, err := doc.Select("//b:y", nil); err != NamespaceError {
		t.Errorf("unbound prefix: %v", err)
	}
}

// OuterXml and the indented form Save writes.
func TestWrite(t *testing.T) {
	cases := []struct{ src, outer, indented string }{
		{`<a x="1 &amp; 2"><b>t&lt;</b><c/></a>`, `<a x="1 &amp; 2"><b>t&lt;</b><c /></a>`,
			"<a x=\"1 &amp; 2\">\n  <b>t&lt;</b>\n  <c />\n</a>"},
		{"<?xml version=\"1.0\"?>\n<a>x<b>y</b></a>", `<?xml version="1.0"?><a>x<b>y</b></a>`,
			"<?xml version=\"1.0\"?>\n<a>x<b>y</b></a>"},
		{"<a><!-- c --><b/></a>", `<a><!-- c --><b /></a>`, "<a>\n  <!-- c -->\n  <b />\n</a>"},
		{"<a><![CDATA[x<y]]></a>", `<a><![CDATA[x<y]]></a>`, "<a><![CDATA[x<y]]></a>"},
		{"<?xml version=\"1.0\" encoding=\"utf-16\"?><a/>", `<?xml version="1.0" encoding="utf-16"?><a />`, "<?xml version=\"1.0\" encoding=\"utf-16\"?>\n<a />"},
		{"<a><b></b><c> </c></a>", `<a><b></b><c></c></a>`, "<a>\n  <b></b>\n  <c></c>\n</a>"},
	}
	for _, c := range cases {
		doc, err := Parse(c.src, false)
		if err != nil {
			t.Fatal(err)
		}
		if got := doc.OuterXML(); got != c.outer {
			t.Errorf("OuterXml %q, want %q", got, c.outer)
		}
		if got := doc.Indented(); got != c.indented {
			t.Errorf("Indented %q, want %q", got, c.indented)
		}
	}
}

// .NET's XmlException texts.
func TestParseErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{"<a><b></a>", "The 'b' start tag on line 1 position 5 does not match the end tag of 'a'. Line 1, position 9."},
		{"<a/><b/>", "There are multiple root elements. Line 1, position 6."},
		{"", "Root element is missing."},
		{"<ab>", "Unexpected end of file has occurred. The following elements are not closed: ab. Line 1, position 5."},
		{"<a>&nbsp;</a>", "Reference to undeclared entity 'nbsp'. Line 1, position 5."},
		{`<a b="1" b="2"/>`, "'b' is a duplicate attribute name. Line 1, position 10."},
		{"<a><1/></a>", "Name cannot begin with the '1' character, hexadecimal value 0x31. Line 1, position 5."},
	}
	for _, c := range cases {
		_, err := Parse(c.src, false)
		if err == nil || err.Error() != c.want {
			t.Errorf("%q: %v, want %s", c.src, err, c.want)
		}
	}
}

// XmlElement.IsEmpty: a new element is written <x />; one that loses
// its last child keeps an end tag.
func TestSelfClose(t *testing.T) {
	doc, err := Parse("<r><a><b/></a></r>", false)
	if err != nil {
		t.Fatal(err)
	}
	a := doc.DocumentElement().Children[0]
	a.Children[0].Remove()
	n := doc.CreateElement("n", "")
	doc.DocumentElement().InsertAt(-1, n)
	if got := doc.OuterXML(); got != "<r><a></a><n /></r>" {
		t.Errorf("got %s", got)
	}
}

// Nodes moved into a document belong to it, descendants included.
func TestInsertAdopts(t *testing.T) {
	src, _ := Parse("<a><b><c/></b></a>", false)
	dst := NewDocument()
	dst.InsertAt(-1, src.DocumentElement())
	c := dst.DocumentElement().Children[0].Children[0]
	if c.Doc() != dst {
		t.Errorf("grandchild still owned by the old document")
	}
}

// A node written on its own carries the namespace declarations it
// needs, as XmlWriter adds them; a new element without a namespace
// inside a default namespace undeclares it.
func TestNamespaceFixup(t *testing.T) {
	doc, err := Parse(`<r xmlns="urn:x" xmlns:p="urn:p"><s a="1">1</s><p:t p:b="2"/></r>`, false)
	if err != nil {
		t.Fatal(err)
	}
	r := doc.DocumentElement()
	cases := []struct{ got, want string }{
		{r.Children[0].OuterXML(), `<s a="1" xmlns="urn:x">1</s>`},
		{r.Children[1].OuterXML(), `<p:t p:b="2" xmlns:p="urn:p" />`},
		{r.InnerXML(), `<s a="1" xmlns="urn:x">1</s><p:t p:b="2" xmlns:p="urn:p" />`},
		{doc.OuterXML(), `<r xmlns="urn:x" xmlns:p="urn:p"><s a="1">1</s><p:t p:b="2" /></r>`},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %s, want %s", c.got, c.want)
		}
	}
	r.InsertAt(-1, doc.CreateElement("plain", ""))
	r.InsertAt(-1, doc.CreateElement("z", "urn:x"))
	r.InsertAt(-1, doc.CreateElement("q:y", "urn:q"))
	want := `<r xmlns="urn:x" xmlns:p="urn:p"><s a="1">1</s><p:t p:b="2" /><plain xmlns="" /><z /><q:y xmlns:q="urn:q" /></r>`
	if got := doc.OuterXML(); got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

// InnerXml is parsed where it goes: its elements take the namespace in
// force there.
func TestFragmentScope(t *testing.T) {
	doc, _ := Parse(`<r xmlns="urn:x"><s/></r>`, false)
	s := doc.DocumentElement().Children[0]
	if err := ParseFragment(s, "<t>1</t>"); err != nil {
		t.Fatal(err)
	}
	if got := doc.OuterXML(); got != `<r xmlns="urn:x"><s><t>1</t></s></r>` {
		t.Errorf("got %s", got)
	}
}
