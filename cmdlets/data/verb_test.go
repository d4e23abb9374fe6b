package data

import (
	"strings"
	"testing"

	"cspsh/cmdlets/core/cmdtest"
	"cspsh/pipeline/object"
)

// verbsOf runs Get-Verb and returns "Verb Group" per object.
func verbsOf(t *testing.T, input []any, args ...any) []string {
	t.Helper()
	out, err := cmdtest.New().Run(getVerb(), input, args...)
	if err != nil {
		t.Fatalf("Get-Verb: %v", err)
	}
	var got []string
	for _, v := range out {
		o := v.(*object.PSObject)
		if o.TypeNames[0] != "Selected.Microsoft.PowerShell.Commands.MemberDefinition" {
			t.Fatalf("type %s", o.TypeNames[0])
		}
		if n := len(o.Members()); n < 2 {
			t.Fatalf("%d members", n)
		}
		verb, _ := o.Prop("Verb")
		group, _ := o.Prop("Group")
		got = append(got, verb.(string)+" "+group.(string))
	}
	return got
}

func TestGetVerb(t *testing.T) {
	tests := []struct {
		name  string
		input []any
		args  []any
		want  string
	}{
		// Get-Verb (5.1) Example 2.
		{"un*", nil, []any{"un*"}, "Undo Common,Unlock Common,Unpublish Data,Uninstall Lifecycle,Unregister Lifecycle,Unblock Security,Unprotect Security"},
		// Each pattern in turn, case-insensitively.
		{"list", nil, []any{[]any{"set", "g?t"}}, "Set Common,Get Common"},
		{"piped", []any{"SET", "get"}, nil, "Set Common,Get Common"},
		// Build and Deploy came with PowerShell 6.
		{"6.0 verbs", nil, []any{P("verb"), "Build"}, ""},
		{"no match", nil, []any{"Frobnicate"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.Join(verbsOf(t, tt.input, tt.args...), ","); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestGetVerbGroups(t *testing.T) {
	count := map[string]int{}
	order := []string{}
	for _, vg := range verbsOf(t, nil) {
		g := vg[strings.IndexByte(vg, ' ')+1:]
		if count[g] == 0 {
			order = append(order, g)
		}
		count[g]++
	}
	// The sizes of the groups on the "Approved Verbs for PowerShell
	// Commands" page, less Build and Deploy: 98 verbs in all.
	want := map[string]int{"Common": 34, "Data": 24, "Lifecycle": 20, "Diagnostic": 7, "Communications": 6, "Security": 6, "Other": 1}
	for g, n := range want {
		if count[g] != n {
			t.Errorf("%s: %d verbs, want %d", g, count[g], n)
		}
	}
	if got := strings.Join(order, ","); got != "Common,Data,Lifecycle,Diagnostic,Communications,Security,Other" {
		t.Errorf("group order %s", got)
	}
}
