package object

import "testing"

// TestCloneShape checks that a clone's members are its own: changing one
// leaves the template and the other clones alone.
func TestCloneShape(t *testing.T) {
	tmpl := NewObject("System.String", "System.Object")
	tmpl.Base = "x"
	tmpl.Add(&Member{Name: "PSPath", Kind: NoteProperty, Value: "p"})
	tmpl.Add(&Member{Name: "ReadCount", Kind: NoteProperty, Value: int64(0)})
	a, b := tmpl.CloneShape(), tmpl.CloneShape()
	a.Members()[1].Value = int64(1)
	a.Base = "a"
	a.Add(&Member{Name: "Extra", Kind: NoteProperty, Value: 1})
	a.TypeNames[0] = "Changed"
	c := tmpl.CloneShape()
	c.Remove("PSPath")
	tmpl.Add(&Member{Name: "Later", Kind: NoteProperty, Value: 2})
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"a.ReadCount", a.Member("readcount").Value, int64(1)},
		{"b.ReadCount", b.Member("ReadCount").Value, int64(0)},
		{"template.ReadCount", tmpl.Member("ReadCount").Value, int64(0)},
		{"b.PSPath", b.Member("PSPath").Value, "p"},
		{"b.Base", b.Base, "x"},
		{"b has no Extra", b.Member("Extra") == nil, true},
		{"template has no Extra", tmpl.Member("Extra") == nil, true},
		{"template type", tmpl.TypeNames[0], "System.String"},
		{"c.ReadCount after Remove", c.Member("ReadCount").Value, int64(0)},
		{"c has no PSPath", c.Member("PSPath") == nil, true},
		{"b.ReadCount after c's Remove", b.Member("ReadCount").Value, int64(0)},
		{"template.Later", tmpl.Member("Later").Value, 2},
		{"b has no Later", b.Member("Later") == nil, true},
		{"a.Extra", a.Member("Extra").Value, 1},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}
