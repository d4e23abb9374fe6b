package data

import (
	"strings"
	"testing"
	"time"

	"cspsh/pipeline/object"
)

// The serializer's escapes and xsd:duration, as [MS-PSRP] 2.2.5.1
// describes them.
func TestClixmlPrimitives(t *testing.T) {
	strs := []struct{ in, want string }{
		{"plain", "plain"},
		{"a\r\nb", "a_x000D__x000A_b"},
		{"_x0041_", "_x005F_x0041_"},
		{"tab\there", "tab\there"},
	}
	for _, c := range strs {
		if got := clixmlString(c.in); got != c.want {
			t.Errorf("clixmlString(%q) = %q, want %q", c.in, got, c.want)
		}
		if back := decodeClixmlString(c.want); back != c.in {
			t.Errorf("decode(%q) = %q", c.want, back)
		}
	}
	durs := []struct {
		ts   object.TimeSpan
		want string
	}{
		{0, "PT0S"},
		{object.TimeSpan(90 * time.Minute / 100), "PT1H30M"},
		{object.TimeSpan(36*time.Hour/100 + 5*time.Second/100), "P1DT12H5S"},
		{object.TimeSpan(15_000_000), "PT1.5S"},
		{-object.TimeSpan(600_000_000), "-PT1M"},
	}
	for _, c := range durs {
		if got := xmlDuration(c.ts); got != c.want {
			t.Errorf("xmlDuration(%d) = %q, want %q", c.ts, got, c.want)
		}
		if back := parseDuration(c.want); back != c.ts {
			t.Errorf("parseDuration(%q) = %d, want %d", c.want, back, c.ts)
		}
	}
	dbl := []struct {
		f    float64
		want string
	}{{0.5, "0.5"}, {1e20, "1E+20"}, {-2.5e-7, "-2.5E-07"}, {3, "3"}}
	for _, c := range dbl {
		if got := xmlDouble(c.f); got != c.want {
			t.Errorf("xmlDouble(%v) = %q, want %q", c.f, got, c.want)
		}
	}
}

// Values written by the serializer come back from the deserializer.
func TestClixmlRoundTrip(t *testing.T) {
	key := make([]byte, 32)
	h := object.NewHashtable(false)
	h.Set("k", int32(1))
	o := object.NewObject()
	o.SetProp("Name", "fe01")
	o.SetProp("Port", int64(443))
	o.SetProp("Tags", []any{"a", "b"})
	inputs := []any{"text", int32(5), true, 2.5, object.Char('x'), h, o, nil}
	w := newClixmlWriter(key)
	for _, v := range inputs {
		w.value(w.doc.DocumentElement(), "", v, 2)
	}
	text := w.text()
	if !strings.HasPrefix(text, `<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">`) {
		t.Fatalf("header: %s", text)
	}
	back, err := parseClixml(text, key)
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != len(inputs) {
		t.Fatalf("%d objects back, want %d", len(back), len(inputs))
	}
	for i := 0; i < 5; i++ {
		if back[i] != inputs[i] {
			t.Errorf("object %d = %#v, want %#v", i, back[i], inputs[i])
		}
	}
	if hb, ok := back[5].(*object.Hashtable); !ok || hb.Len() != 1 {
		t.Errorf("hashtable = %#v", back[5])
	}
	ob, ok := back[6].(*object.PSObject)
	if !ok || ob.TypeNames[0] != "Deserialized.System.Management.Automation.PSCustomObject" {
		t.Fatalf("object = %#v", back[6])
	}
	if p, _ := ob.Prop("Port"); p != int64(443) {
		t.Errorf("Port = %#v", p)
	}
	if tags, _ := ob.Prop("Tags"); len(tags.(*object.List).Items) != 2 {
		t.Errorf("Tags = %#v", tags)
	}
	if back[7] != nil {
		t.Errorf("nil came back as %#v", back[7])
	}
}

// Only adapted properties count against -Depth: a custom object's notes
// are written at its own depth, and an adapted property below the depth
// is its string.
func TestClixmlDepth(t *testing.T) {
	inner := object.NewObject()
	inner.SetProp("c", int32(1))
	mid := object.NewObject()
	mid.SetProp("b", inner)
	top := object.NewObject()
	top.SetProp("a", mid)
	w := newClixmlWriter(make([]byte, 32))
	w.value(w.doc.DocumentElement(), "", top, 1)
	if got := w.text(); !strings.Contains(got, `<I32 N="c">1</I32>`) {
		t.Errorf("nested custom objects were cut:\n%s", got)
	}

	leaf := object.NewObject("Sample.Leaf", "System.Object")
	leaf.Add(&object.Member{Name: "Value", Kind: object.Property, Value: int32(7)})
	leaf.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return "leaf!", nil }})
	outer := object.NewObject("Sample.Outer", "System.Object")
	outer.Add(&object.Member{Name: "Leaf", Kind: object.Property, Value: leaf})
	w = newClixmlWriter(make([]byte, 32))
	w.value(w.doc.DocumentElement(), "", outer, 1)
	if got := w.text(); !strings.Contains(got, `<S N="Leaf">leaf!</S>`) {
		t.Errorf("depth 1 did not cut the adapted property:\n%s", got)
	}
}

// <DT> keeps the DateTime's kind both ways.
func TestClixmlDateKinds(t *testing.T) {
	cases := []struct{ in, want string }{
		{"2015-07-01T10:00:00Z", "2015-07-01T10:00:00Z"},
		{"2015-07-01T10:00:00.5", "2015-07-01T10:00:00.5"},
		{"2015-07-01T10:00:00", "2015-07-01T10:00:00"},
	}
	for _, c := range cases {
		d, ok := parseXMLDate(c.in)
		if !ok {
			t.Fatalf("%s did not parse", c.in)
		}
		if got := xmlDate(d); got != c.want {
			t.Errorf("%s came back as %s", c.in, got)
		}
	}
}
