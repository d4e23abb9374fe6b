package core

import (
	"testing"

	"cspsh/cmdlets/core/cmdtest"
	"cspsh/pipeline/object"
)

// TestNewObjectPropertyOnDotNet: New-Object.md (-Property) adds missing
// names as note properties only to a PSObject; for a .NET object the
// command ends with NewObjectStrings' MemberNotFound, and a read-only
// property with InvalidValue.
func TestNewObjectPropertyOnDotNet(t *testing.T) {
	prop := func(k string, v any) *object.Hashtable {
		h := object.NewHashtable(false)
		h.Set(k, v)
		return h
	}
	tests := []struct {
		typ  string
		args []any
		set  *object.Hashtable
		want string
	}{
		{"System.Version", []any{"1.2.3.4"}, prop("Nope", int32(1)), `The member "Nope" was not found for the specified .NET object.`},
		{"System.Version", []any{"1.2.3.4"}, prop("Major", int32(5)), "The value supplied is not valid, or the property is read-only. Change the value, and then try again."},
		{"PSObject", nil, prop("Nope", int32(1)), ""},
	}
	for _, tt := range tests {
		rt := cmdtest.New()
		callArgs := []any{P("TypeName"), tt.typ, P("Property"), tt.set}
		if tt.args != nil {
			callArgs = append(callArgs, P("ArgumentList"), tt.args)
		}
		out, err := rt.Run(newObject(), nil, callArgs...)
		if tt.want == "" {
			if err != nil || len(out) != 1 {
				t.Errorf("%s: %v %v", tt.typ, out, err)
			}
			continue
		}
		rec, ok := err.(*object.ErrorRecord)
		if !ok || rec.Exception.Message != tt.want {
			t.Errorf("%s %v: got %v", tt.typ, tt.set.Keys(), err)
		}
	}
}
