package objutil

import (
	"testing"

	"cspsh/pipeline/object"
)

// TestCustomObjectsCompareEqual: ObjectCommandComparer falls back to
// PSObject.AsPSObject(baseObject).ToString(), and every [pscustomobject]
// shares one property-less base object, so any two compare equal
// (Get-Unique.md Example 4: without -AsString only the first object
// comes back). Objects with a value of their own still compare by it.
func TestCustomObjectsCompareEqual(t *testing.T) {
	a, b := object.NewObject(), object.NewObject()
	a.SetProp("ProcessName", "alg")
	b.SetProp("ProcessName", "svchost")
	if c := Compare(a, b, true); c != 0 {
		t.Errorf("custom objects: %d, want 0", c)
	}
	w1 := object.NewObject("System.String", "System.Object")
	w1.Base = "alg"
	w2 := object.NewObject("System.String", "System.Object")
	w2.Base = "svchost"
	if c := Compare(w1, w2, true); c >= 0 {
		t.Errorf("wrapped strings: %d, want < 0", c)
	}
	if c := Compare("x", a, true); c == 0 {
		t.Error(`"x" vs a custom object compares the object's text, not ""`)
	}
}
