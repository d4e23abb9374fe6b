package pipeline

import (
	"errors"
	"strings"
	"testing"
)

// TestPositionalFallsPastValidation: a positional value that a string
// parameter's validation refuses goes to the next parameter at the same
// position (Add-Member.md: "Add-Member Status Done" binds
// -NotePropertyName, "Add-Member NoteProperty X 1" binds -MemberType).
func TestPositionalFallsPastValidation(t *testing.T) {
	mk := func(kinds *EnumType) *CommandInfo {
		return &CommandInfo{
			Name: "Add-Thing", Kind: KindCmdlet, DefaultSet: "Member",
			Params: []*ParamDecl{
				{Name: "MemberType", Type: "string", Enum: kinds, Sets: sets(SetBinding{Set: "Member", Position: 0, Mandatory: true})},
				{Name: "Name", Type: "string", Sets: sets(SetBinding{Set: "Member", Position: 1, Mandatory: true})},
				{Name: "NoteName", Type: "string", Sets: sets(SetBinding{Set: "Note", Position: 0, Mandatory: true}),
					Validate: func(v any) error {
						if strings.EqualFold(v.(string), "NoteProperty") {
							return errors.New("refused")
						}
						return nil
					}},
				{Name: "NoteValue", Type: "object", Sets: sets(SetBinding{Set: "Note", Position: 1, Mandatory: true})},
			},
		}
	}
	const kindsName = "Test.MemberKinds"
	ci := mk(&EnumType{FullName: kindsName, Values: []string{"NoteProperty", "ScriptMethod"}})
	tests := []struct {
		args  []Arg
		param string
		set   string
	}{
		{args(val("Status"), val("Done")), "NoteName", "Note"},
		{args(val("NoteProperty"), val("X")), "MemberType", "Member"},
	}
	for _, tt := range tests {
		b, err := Bind(ci, tt.args, newFakeRT(), false)
		if err != nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		if _, ok := b.Bound[tt.param]; !ok || b.SetName != tt.set {
			t.Errorf("%v: bound %v in set %s, want %s in %s", tt.args, b.Bound, b.SetName, tt.param, tt.set)
		}
	}
	// Refused by every candidate: the validation error stands.
	ci = mk(&EnumType{FullName: "Test.OtherKinds", Values: []string{"ScriptMethod"}})
	if b, err := Bind(ci, args(val("NoteProperty"), val("X")), newFakeRT(), false); err == nil || !isValidationError(err) {
		t.Errorf("want the validation error, got %v (%v)", err, b)
	}
}
