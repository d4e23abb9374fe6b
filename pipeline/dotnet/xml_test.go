package dotnet

import (
	"testing"

	"cspsh/pipeline/object"
)

// The XML adapter as about_Types / the [xml] examples in the docs show it.
func TestXML(t *testing.T) {
	src := `<?xml version="1.0" encoding="utf-8"?>
<config env="lab">
  <server name="fe01">Front end</server>
  <server name="fe02">Front end 2</server>
  <port>443</port>
  <empty/>
</config>`
	v, err := Convert(src, "xml")
	if err != nil {
		t.Fatal(err)
	}
	doc := v.(*object.PSObject)
	if TypeName(doc) != "System.Xml.XmlDocument" {
		t.Errorf("type %s", TypeName(doc))
	}
	if x, _ := doc.Prop("xml"); x != `version="1.0" encoding="utf-8"` {
		t.Errorf("xml = %q", x)
	}
	cv, _ := doc.Prop("config")
	cfg := cv.(*object.PSObject)
	if e, _ := cfg.Prop("env"); e != "lab" {
		t.Errorf("env = %v", e)
	}
	if p, _ := cfg.Prop("port"); p != "443" {
		t.Errorf("port = %v", p)
	}
	if p, _ := cfg.Prop("empty"); p != "" {
		t.Errorf("empty = %#v", p)
	}
	sv, _ := cfg.Prop("server")
	servers, ok := sv.([]any)
	if !ok || len(servers) != 2 {
		t.Fatalf("server = %#v", sv)
	}
	s1 := servers[1].(*object.PSObject)
	if n, _ := s1.Prop("name"); n != "fe02" {
		t.Errorf("name = %v", n)
	}
	if tx, _ := s1.Prop("#text"); tx != "Front end 2" {
		t.Errorf("#text = %v", tx)
	}
	if ToString(cfg) != "config" {
		t.Errorf("ToString(element) = %q", ToString(cfg))
	}
	sel := doc.Member("SelectNodes")
	r, err := sel.Call([]any{"//server[@name='fe02']"})
	if nodes := r.([]any); err != nil || len(nodes) != 1 {
		t.Fatalf("SelectNodes = %#v, %v", r, err)
	}
	r, _ = sel.Call([]any{"/config/server/@name"})
	if nodes := r.([]any); len(nodes) != 2 || ToString(nodes[1].(*object.PSObject).Member("#text").GetValue()) != "fe02" {
		t.Errorf("@name = %#v", r)
	}
	one, _ := doc.Member("SelectSingleNode").Call([]any{"config/port"})
	if one == nil || ToString(one) != "port" {
		t.Errorf("SelectSingleNode = %#v", one)
	}
	r, _ = cfg.Member("SelectNodes").Call([]any{"server[2]"})
	if nodes := r.([]any); len(nodes) != 1 {
		t.Errorf("server[2] = %#v", r)
	} else if n, _ := nodes[0].(*object.PSObject).Prop("name"); n != "fe02" {
		t.Errorf("server[2] name = %v", n)
	}
	bad := []struct{ in, want string }{
		{"x", `Cannot convert value "x" to type "System.Xml.XmlDocument". Error: "Data at the root level is invalid. Line 1, position 1."`},
		{"<ab>", `Cannot convert value "<ab>" to type "System.Xml.XmlDocument". Error: "Unexpected end of file has occurred. The following elements are not closed: ab. Line 1, position 5."`},
	}
	for _, tt := range bad {
		_, err := Convert(tt.in, "xml")
		if err == nil || err.Error() != tt.want {
			t.Errorf("[xml]%q: %v", tt.in, err)
		}
	}
}
