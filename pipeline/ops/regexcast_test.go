package ops

import (
	"testing"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

func TestConvertToRegex(t *testing.T) {
	tests := []struct {
		v       any
		typ     string
		wantErr string // "" when the conversion succeeds
	}{
		{"ok\\d+", "regex", ""},
		{"ok", "System.Text.RegularExpressions.Regex", ""},
		{"(?z)", "regex", `Cannot convert value "(?z)" to type "System.Text.RegularExpressions.Regex". Error: "parsing "(?z)" - Unrecognized grouping construct."`},
		{"[z-a]", "Regex", `Cannot convert value "[z-a]" to type "System.Text.RegularExpressions.Regex". Error: "parsing "[z-a]" - [x-y] range in reverse order."`},
		{"a(", "Text.RegularExpressions.Regex", `Cannot convert value "a(" to type "System.Text.RegularExpressions.Regex". Error: "parsing "a(" - Not enough )'s."`},
		{"(?z)", "string", ""},
	}
	for _, tt := range tests {
		_, err := ConvertTo(tt.v, tt.typ)
		got := ""
		if err != nil {
			got = err.Error()
			if ex, ok := err.(*object.Exception); ok {
				got = ex.Message
				if id := dotnet.ErrorID(err); id != "InvalidCastFromStringToRegex" {
					t.Errorf("ConvertTo(%q, %s) error id %q", tt.v, tt.typ, id)
				}
			}
		}
		if got != tt.wantErr {
			t.Errorf("ConvertTo(%q, %s) error = %q, want %q", tt.v, tt.typ, got, tt.wantErr)
		}
	}
	// A Regex object converts to itself without a second parse.
	r, err := ConvertTo("a+", "regex")
	if err != nil {
		t.Fatal(err)
	}
	if again, err := ConvertTo(r, "regex"); err != nil || again != r {
		t.Errorf("ConvertTo(regex object) = %v, %v", again, err)
	}
}
