package core

import (
	"strings"
	"testing"

	"cspsh/cmdlets/core/cmdtest"
	"cspsh/pipeline/dotnet"
)

// Get-Member.md, -Static: the static members of the input's type (of
// the type itself for a type literal), methods before properties, by
// name; Definition as "static <type> Name {get;}" for a static field.
// The lists are the subset of System.String's and System.Math's statics
// that cspsh implements.
func TestGetMemberStatic(t *testing.T) {
	mathType, _ := dotnet.ResolveType("System.Math")
	cases := []struct {
		in   any
		args []any
		want string
	}{
		{"a", []any{P("Static")}, "Compare Method|Concat Method|Copy Method|Equals Method|Format Method|IsNullOrEmpty Method|IsNullOrWhiteSpace Method|Join Method|ReferenceEquals Method|Empty Property static string Empty {get;}"},
		{mathType, []any{P("Static"), P("MemberType"), "Property"}, "E Property static double E {get;}|PI Property static double PI {get;}"},
		{mathType, []any{P("Static"), P("Name"), "Sq*"}, "Sqrt Method static double Sqrt(double d)"},
	}
	for _, tc := range cases {
		rt := cmdtest.New()
		out, err := rt.Run(getMember(), []any{tc.in}, tc.args...)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range out {
			row := dotnet.ToString(prop(t, m, "Name")) + " " + dotnet.ToString(prop(t, m, "MemberType"))
			if d := dotnet.ToString(prop(t, m, "Definition")); !strings.Contains(tc.want, "|"+row+"|") && strings.Contains(tc.want, row+" ") {
				row += " " + d
			}
			got = append(got, row)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%v %v:\ngot  %s\nwant %s", tc.in, tc.args, g, tc.want)
		}
	}
}
