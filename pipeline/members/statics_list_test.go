package members

import (
	"strings"
	"testing"

	"cspsh/pipeline/object"
)

// TestStaticMembersImplemented keeps the Get-Member -Static catalogue
// honest: every listed property reads a value and every listed method
// is found by CallStatic (a wrong argument count is fine, "does not
// contain a method named" is not).
func TestStaticMembersImplemented(t *testing.T) {
	for name := range staticDefs() {
		tv := typ(name)
		list, ok := StaticMembers(tv)
		if !ok {
			t.Fatalf("%s: not catalogued", name)
		}
		for _, m := range list {
			switch m.Kind {
			case object.Property:
				if v, err := GetStatic(tv, m.Name); err != nil || v == nil {
					t.Errorf("[%s]::%s = %v, %v; want a value", name, m.Name, v, err)
				}
			case object.Method:
				if _, err := CallStatic(tv, m.Name, nil); err != nil && strings.Contains(err.Error(), "does not contain a method named") {
					t.Errorf("[%s]::%s(): %v", name, m.Name, err)
				}
			default:
				t.Errorf("[%s]::%s: kind %v", name, m.Name, m.Kind)
			}
		}
	}
	if _, ok := StaticMembers(typ("System.Linq.Enumerable")); ok {
		t.Error("System.Linq.Enumerable is not catalogued; StaticMembers must say so")
	}
}
