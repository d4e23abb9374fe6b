package format

import (
	"testing"

	"cspsh/pipeline/object"
)

// TestRegexGroupElementName: inside {…} a regex Group is named by its
// Name (it inherits ToString from Capture): "Groups : {0}" in
// Select-String Example 9; other objects keep their ToString.
func TestRegexGroupElementName(t *testing.T) {
	g := object.NewObject("System.Text.RegularExpressions.Group", "System.Text.RegularExpressions.Capture", "System.Object")
	g.SetProp("Name", "0")
	g.SetProp("Value", "PowerShell")
	g.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return "PowerShell", nil }})
	if got := displayString([]any{g}, 4); got != "{0}" {
		t.Errorf("group: %q, want {0}", got)
	}
	c := object.NewObject("System.Text.RegularExpressions.Capture", "System.Object")
	c.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return "ab", nil }})
	if got := displayString([]any{c}, 4); got != "{ab}" {
		t.Errorf("capture: %q, want {ab}", got)
	}
}
