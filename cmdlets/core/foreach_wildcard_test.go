package core

import (
	"testing"

	"cspsh/cmdlets/core/cmdtest"
	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// TestForEachMemberWildcard: ForEach-Object.md (-MemberName) "Wildcard
// characters are permitted, but work only if the resulting string
// resolves to a unique value"; several matches are the
// AmbiguousPropertyOrMethodName error of InternalCommandStrings.resx.
func TestForEachMemberWildcard(t *testing.T) {
	o := object.NewObject()
	o.SetProp("ProcessName", "notepad")
	o.SetProp("Id", int32(7))
	o.SetProp("Name", "n")
	tests := []struct {
		pattern, want, err string
	}{
		{"Proc*", "notepad", ""},
		{"I?", "7", ""},
		{"*Name", "", `Input name "*Name" is ambiguous. It can be resolved to multiple matched members. Possible matches include: ProcessName Name.`},
		{"Zz*", "", ""},
	}
	for _, tt := range tests {
		rt := cmdtest.New()
		out, err := rt.Run(forEachObject(), []any{o}, tt.pattern)
		if err != nil {
			t.Fatalf("%s: %v", tt.pattern, err)
		}
		errs := rt.Streams[pipeline.ErrorStream]
		if tt.err != "" {
			if len(errs) != 1 || len(out) != 0 {
				t.Fatalf("%s: out %v errors %v", tt.pattern, out, errs)
			}
			rec := errs[0].(*object.ErrorRecord)
			if rec.Exception.Message != tt.err || rec.Category != "InvalidArgument" {
				t.Errorf("%s: %q %s", tt.pattern, rec.Exception.Message, rec.Category)
			}
			continue
		}
		if len(errs) != 0 || text(out) != tt.want {
			t.Errorf("%s: got %q (errors %v), want %q", tt.pattern, text(out), errs, tt.want)
		}
	}
}
