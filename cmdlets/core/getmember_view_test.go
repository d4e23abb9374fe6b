package core

import (
	"strings"
	"testing"

	"cspsh/cmdlets/core/cmdtest"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// TestGetMemberView: Get-Member.md Example 3, -View Extended lists only
// the members added by Add-Member or types.ps1xml; Adapted only the
// type's own; Example 6, -InputObject $array lists System.Object[]'s
// members.
func TestGetMemberView(t *testing.T) {
	o := object.NewObject()
	o.SetProp("A", int32(1))
	o.Add(&object.Member{Name: "Hello", Kind: object.ScriptMethod})
	names := func(out []any) string {
		var s []string
		for _, m := range out {
			s = append(s, dotnet.ToString(prop(t, m, "Name")))
		}
		return strings.Join(s, ",")
	}
	tests := []struct {
		in   any
		args []any
		want string
	}{
		{o, []any{P("View"), "Extended"}, "A,Hello"},
		{o, []any{P("View"), "Adapted"}, "Equals,GetHashCode,GetType,ToString"},
		{o, []any{P("View"), "All"}, "Equals,GetHashCode,GetType,ToString,A,Hello"},
		{o, nil, "Equals,GetHashCode,GetType,ToString,A,Hello"},
		{[]any{int32(1), "hello"}, []any{P("InputObject"), []any{int32(1), "hello"}, P("MemberType"), "ParameterizedProperty,AliasProperty"}, "Count,Item"},
	}
	for _, tt := range tests {
		rt := cmdtest.New()
		input := []any{tt.in}
		if len(tt.args) > 0 && tt.args[0] == P("InputObject") {
			input = nil
		}
		out, err := rt.Run(getMember(), input, tt.args...)
		if err != nil {
			t.Fatal(err)
		}
		if got := names(out); got != tt.want {
			t.Errorf("%v: got %s, want %s", tt.args, got, tt.want)
		}
	}
}
