package members

import (
	"testing"

	"cspsh/pipeline/object"
)

// TestTypeData checks that members added for a type reach every object
// of that type, after the object's own members, with the object as $this.
func TestTypeData(t *testing.T) {
	t.Cleanup(func() { RemoveTypeData("Test.TypeData") })
	add := func(m *TypeMember, force bool) error { return AddTypeMember("test.typedata", m, force) }
	if err := add(&TypeMember{Name: "Kind", Kind: object.NoteProperty, Value: "k"}, false); err != nil {
		t.Fatal(err)
	}
	if err := add(&TypeMember{Name: "Twice", Kind: object.ScriptProperty, Get: func(this any) any {
		v, _ := Get(this, "A")
		return v.(int32) * 2
	}}, false); err != nil {
		t.Fatal(err)
	}
	if err := add(&TypeMember{Name: "Plus", Kind: object.ScriptMethod, Call: func(this any, args []any) (any, error) {
		v, _ := Get(this, "A")
		return v.(int32) + args[0].(int32), nil
	}}, false); err != nil {
		t.Fatal(err)
	}
	if err := add(&TypeMember{Name: "kind", Kind: object.NoteProperty, Value: "again"}, false); err == nil {
		t.Error("a second member of the same name without -Force: no error")
	}
	o := object.NewObject("Test.TypeData", "System.Object")
	o.Add(&object.Member{Name: "A", Kind: object.Property, Value: int32(4)})
	own := object.NewObject("Test.TypeData", "System.Object")
	own.Add(&object.Member{Name: "Kind", Kind: object.NoteProperty, Value: "own"})
	other := object.NewObject("Other", "System.Object")

	tests := []struct {
		v    any
		name string
		want any
	}{
		{o, "Kind", "k"},
		{o, "twice", int32(8)},
		{own, "Kind", "own"}, // the object's own member wins
		{other, "Kind", nil},
	}
	for _, tt := range tests {
		if got, err := Get(tt.v, tt.name); err != nil || got != tt.want {
			t.Errorf("Get(%v, %q) = %v, %v; want %v", tt.v, tt.name, got, err, tt.want)
		}
	}
	if got, err := Call(o, "Plus", []any{int32(1)}); err != nil || got != int32(5) {
		t.Errorf("Plus(1) = %v, %v; want 5", got, err)
	}
	var names []string
	for _, m := range Properties(o) {
		names = append(names, m.Name)
	}
	if len(names) != 3 || names[0] != "Kind" || names[1] != "Twice" || names[2] != "A" {
		t.Errorf("Properties = %v; want the type's properties before the adapted ones", names)
	}
	if len(TypeMethods(o)) != 1 {
		t.Errorf("TypeMethods = %v; want Plus", TypeMethods(o))
	}
}
