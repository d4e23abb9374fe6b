package core

import (
	"strings"
	"testing"

	"cspsh/cmdlets/core/cmdtest"
	"cspsh/pipeline"
)

// TestCulture: -Culture names whose sort order cspsh has are honoured; any
// other culture is refused with CultureNotFoundException instead of being
// silently compared as en-US.
func TestCulture(t *testing.T) {
	tests := []struct {
		culture string
		want    string // "" for success, else part of the message
	}{
		{"", ""},
		{"en-US", ""},
		{"EN-gb", ""},
		{"en", ""},
		{"sv-SE", "sv-SE is a culture cspsh cannot compare strings in"},
		{"tr-TR", "tr-TR is a culture cspsh cannot compare strings in"},
		{"x_1", "Culture is not supported.\r\nParameter name: name\r\nx_1 is an invalid culture identifier."},
	}
	for _, tt := range tests {
		t.Run(tt.culture, func(t *testing.T) {
			for _, cmd := range []*pipeline.CommandInfo{sortObject(), groupObject(), selectString(), compareObject()} {
				ci := cmd.Name
				args := []any{P("Culture"), tt.culture}
				switch ci {
				case "Select-String":
					args = append(args, P("Pattern"), "b", P("SimpleMatch"))
				case "Compare-Object":
					args = append(args, P("ReferenceObject"), []any{"a"})
				}
				_, err := cmdtest.New().Run(cmd, []any{"b", "a"}, args...)
				switch {
				case tt.want == "" && err != nil:
					t.Errorf("%s: %v", ci, err)
				case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
					t.Errorf("%s: got %v, want %q", ci, err, tt.want)
				}
			}
		})
	}
	if _, err := cmdtest.New().Run(selectString(), []any{"b"}, P("Culture"), "Ordinal", P("Pattern"), "B", P("SimpleMatch")); err != nil {
		t.Errorf("Select-String -Culture Ordinal: %v", err)
	}
}
