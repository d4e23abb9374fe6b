package xmldom

import "testing"

// Any text must parse or fail with an error, never panic; any
// expression must compile and select or fail with an XPathError.
func FuzzParseAndSelect(f *testing.F) {
	for _, s := range []string{"//a[@x='1']", "/r/a[2]/text()", "count(//a)", "//p:a", "a | b[", "..//@*[last()]", "substring('abc', 2)", "-1 div 0"} {
		f.Add("<r><a x='1'>t</a><a/></r>", s)
	}
	f.Add("<?xml version='1.0'?><!-- c --><r><![CDATA[x]]></r>", "//node()")
	f.Fuzz(func(t *testing.T, src, path string) {
		doc, err := Parse(src, false)
		if err != nil {
			doc, _ = Parse("<r><a x='1'>t</a><a/></r>", false)
		}
		_ = doc.OuterXML()
		_ = doc.Indented()
		if _, err := doc.Select(path, map[string]string{"p": "urn:p"}); err != nil {
			if _, ok := err.(*XPathError); !ok {
				t.Fatalf("%q: %T %v", path, err, err)
			}
		}
	})
}
