package pipeline

import (
	"strings"
	"testing"
)

// TestNullToEnumeratedValidation: ValidateSet, ValidateRange,
// ValidatePattern, ValidateLength and ValidateScript refuse a $null
// argument as an empty collection and a $null element as null (5.1's
// ValidateEnumeratedArgumentsAttribute); ValidateNotNullOrEmpty reports
// an empty string element with the scalar text.
func TestNullToEnumeratedValidation(t *testing.T) {
	const (
		nullColl = "The argument is null, empty, or an element of the argument collection contains a null value."
		null     = "The argument is null. Provide a valid value"
		empty    = "The argument is null or empty. Provide an argument that is not null or empty"
	)
	for _, tt := range []struct {
		name string
		p    *ParamDecl
		v    any
		want string
	}{
		{"set null", &ParamDecl{Name: "X", Type: "object", ValidateSet: []string{"a"}}, nil, nullColl},
		{"range null", &ParamDecl{Name: "X", Type: "object", ValidateRange: &Range{Min: 1, Max: 2}}, nil, nullColl},
		{"pattern null element", &ParamDecl{Name: "X", Type: "object", ValidatePattern: "a"}, []any{"a", nil}, null},
		{"length null", &ParamDecl{Name: "X", Type: "object", ValidateLength: &[2]int{1, 2}}, nil, nullColl},
		{"not null or empty element", &ParamDecl{Name: "X", Type: "object", ValidateNotNullOrEmpty: true}, []any{"a", ""}, empty},
		{"not null or empty null element", &ParamDecl{Name: "X", Type: "object", ValidateNotNullOrEmpty: true}, []any{"a", nil}, nullColl},
		{"set value passes", &ParamDecl{Name: "X", Type: "object", ValidateSet: []string{"a"}}, "A", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tt.p.Sets = sets(named0())
			ci := &CommandInfo{Name: "Test-It", Kind: KindFunction, CmdletBinding: true, Params: []*ParamDecl{tt.p}}
			_, err := Bind(ci, args(pnv("X", tt.v)), newFakeRT(), false)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("unexpected error %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
}
