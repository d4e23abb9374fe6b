package dotnet

import (
	"testing"

	"cspsh/pipeline/object"
	"cspsh/pipeline/xmldom"
)

// XmlNodeAdapter's GetNodeObject: which nodes read as text.
func TestXMLValue(t *testing.T) {
	cases := []struct {
		src, prop string
		isText    bool
		want      string
	}{
		{"<r><a>t</a></r>", "a", true, "t"},
		{"<r><a/></r>", "a", true, ""},
		{"<r><a></a></r>", "a", true, ""},
		{"<r><a x='1'>t</a></r>", "a", false, ""},
		{"<r><a><b/></a></r>", "a", false, ""},
		{"<r><a><![CDATA[c]]></a></r>", "a", false, ""},
		{"<r x='v'/>", "x", true, "v"},
		{"<r><!--c--></r>", "#comment", true, "c"},
	}
	for _, c := range cases {
		d, err := ParseXML(c.src)
		if err != nil {
			t.Fatal(err)
		}
		r, _ := d.Prop("r")
		ro, ok := r.(*object.PSObject)
		if !ok {
			t.Fatalf("%s: r = %#v", c.src, r)
		}
		v, _ := ro.Prop(c.prop)
		s, isText := v.(string)
		if isText != c.isText || isText && s != c.want {
			t.Errorf("%s .%s = %#v", c.src, c.prop, v)
		}
	}
}

// Assignments the adapter takes and the ids of those it refuses.
func TestXMLSet(t *testing.T) {
	cases := []struct {
		prop string
		val  any
		id   string
	}{
		{"port", "8443", ""},
		{"env", "prod", ""},
		{"port", int32(5), "XmlNodeSetShouldBeAString"},
		{"server", "x", "XmlNodeSetRestrictionsMoreThanOneNode"},
		{"pool", "x", "XmlNodeSetRestrictionsNodeWithAttributes"},
		{"site", "x", "XmlNodeSetRestrictionsUnknownNodeType"},
	}
	for _, c := range cases {
		d, _ := ParseXML(`<config env="lab"><port>443</port><server/><server/><pool a="1"/><site><x/></site></config>`)
		cv, _ := d.Prop("config")
		m := cv.(*object.PSObject).Member(c.prop)
		err := m.Set(c.val)
		switch {
		case c.id == "" && err != nil:
			t.Errorf("%s = %v: %v", c.prop, c.val, err)
		case c.id != "":
			rec, ok := err.(*object.ErrorRecord)
			if !ok || rec.FullyQualifiedErrorID != c.id {
				t.Errorf("%s = %v: %v, want %s", c.prop, c.val, err, c.id)
			}
		}
	}
}

// The "format this XML" writers.
func TestXMLWriters(t *testing.T) {
	d, _ := xmldom.Parse("<a><b>t</b></a>", false)
	sw := NewStringWriter()
	xw, ok, err := NewXMLTextWriter([]any{sw})
	if !ok || err != nil {
		t.Fatal(ok, err)
	}
	_ = xw.Member("Formatting").Set("Indented")
	_ = xw.Member("Indentation").Set(int32(1))
	_ = xw.Member("IndentChar").Set("\t")
	if !writeNodeTo(d, xw, true) {
		t.Fatal("not a writer")
	}
	got, _ := sw.Member("ToString").Call(nil)
	if got != "<a>\n\t<b>t</b>\n</a>" {
		t.Errorf("got %q", got)
	}
}

// CreateNode by type name, then appended where the document wants it.
func TestXMLCreateNode(t *testing.T) {
	d, _ := ParseXML("<configuration><appSettings/></configuration>")
	n, err := d.Member("CreateNode").Call([]any{"element", "add", ""})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := n.(*object.PSObject).Member("SetAttribute").Call([]any{"key", "k1"}); err != nil {
		t.Fatal(err)
	}
	app, _ := d.Member("SelectSingleNode").Call([]any{"//appSettings"})
	if _, err := app.(*object.PSObject).Member("AppendChild").Call([]any{n}); err != nil {
		t.Fatal(err)
	}
	if got, _ := d.Prop("OuterXml"); got != `<configuration><appSettings><add key="k1" /></appSettings></configuration>` {
		t.Errorf("got %v", got)
	}
	if _, err := d.Member("CreateNode").Call([]any{"bogus", "x", ""}); err == nil {
		t.Error("a bogus node type was accepted")
	}
}
