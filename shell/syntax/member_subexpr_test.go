package syntax

import "testing"

// TestMemberNameSubexpression: a member name may be a subexpression,
// $To.$($p.Name) (Add-Member reference, Example 6), read or assigned.
func TestMemberNameSubexpression(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"$From.$($p.Name)", "$From.$($p.Name)"},
		{"$To.$($p.Name) = 1", "($To.$($p.Name) = 1:int32)"},
		{"'a'.$('ToUpper')()", "\"a\".$(\"ToUpper\")()"},
	} {
		sb, err := Parse(NewFile("", tc.in))
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		if got := sexpr(sb); got != tc.want {
			t.Errorf("%q:\n got  %s\n want %s", tc.in, got, tc.want)
		}
	}
}
