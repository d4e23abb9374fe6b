package object

import "testing"

// TestShape checks that objects a Shape makes read as copies of the
// template with their own varying note, and that changing one (its
// notes, its members, its type names) leaves the template and the
// others alone.
func TestShape(t *testing.T) {
	tmpl := NewObject("System.String", "System.Object")
	tmpl.Add(&Member{Name: "PSPath", Kind: NoteProperty, Value: "p"})
	tmpl.Add(&Member{Name: "Run", Kind: Method, Call: func([]any) (any, error) { return nil, nil }})
	tmpl.Add(&Member{Name: "ReadCount", Kind: NoteProperty, Value: int64(0)})
	s := NewShape(tmpl, "readcount")
	a, b, c, d := s.New("a", int64(1)), s.New("b", int64(2)), s.New("c", int64(3)), s.New("d", int64(4))
	aPath, _ := a.Prop("pspath")
	aCount, _ := a.Prop("ReadCount")
	_, aRun := a.Prop("Run")
	_, aNone := a.Prop("Nope")
	aNoMember := a.Member("ToString") == nil
	aUnbuilt := a.shape != nil
	a.Member("PSPath").Value = "changed"
	b.Add(&Member{Name: "Extra", Kind: NoteProperty, Value: 1})
	c.Remove("PSPath")
	d.TypeNames = append(d.TypeNames, "More")
	e := s.New("e", int64(5))
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"a.Prop PSPath", aPath, "p"},
		{"a.Prop ReadCount", aCount, int64(1)},
		{"a.Prop of a method", aRun, false},
		{"a.Prop of nothing", aNone, false},
		{"a.Member of nothing", aNoMember, true},
		{"Prop and a missing Member build nothing", aUnbuilt, true},
		{"a.PSPath", a.Member("PSPath").Value, "changed"},
		{"b.PSPath", b.Member("PSPath").Value, "p"},
		{"e.PSPath", e.Member("pspath").Value, "p"},
		{"template.PSPath", tmpl.Member("PSPath").Value, "p"},
		{"b.ReadCount", b.Member("ReadCount").Value, int64(2)},
		{"template.ReadCount", tmpl.Member("ReadCount").Value, int64(0)},
		{"b.Extra", b.Member("Extra").Value, 1},
		{"e has no Extra", e.Member("Extra") == nil, true},
		{"template has no Extra", tmpl.Member("Extra") == nil, true},
		{"c has no PSPath", c.Member("PSPath") == nil, true},
		{"c.ReadCount after Remove", c.Member("ReadCount").Value, int64(3)},
		{"e.ReadCount after c's Remove", e.Member("ReadCount").Value, int64(5)},
		{"e members", len(e.Members()), 3},
		{"e properties", len(e.Properties()), 2},
		{"d type names", len(d.TypeNames), 3},
		{"e type names", len(e.TypeNames), 2},
		{"e.Base", e.Base, "e"},
		{"copy of a", a.Copy().Member("PSPath").Value, "changed"},
		{"clone of b", b.CloneShape().Member("ReadCount").Value, int64(2)},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}
