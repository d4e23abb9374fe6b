package members

import (
	"testing"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// TestEnumParse pins Enum.Parse's rules, which differ from a PowerShell
// cast: exact names unless ignoreCase, no prefixes, numbers unchecked.
func TestEnumParse(t *testing.T) {
	tv, ok := dotnet.ResolveType("System.DayOfWeek")
	if !ok {
		t.Fatal("no System.DayOfWeek")
	}
	tests := []struct {
		text       string
		ignoreCase bool
		want       int64
		err        string
	}{
		{"Monday", false, 1, ""},
		{"monday", true, 1, ""},
		{"monday", false, 0, "Requested value 'monday' was not found."},
		{"Mon", true, 0, "Requested value 'Mon' was not found."},
		{"42", false, 42, ""},
		{" ", false, 0, "Must specify valid information for parsing in the string."},
	}
	for _, tt := range tests {
		got, err := enumParse(tv, tt.text, tt.ignoreCase)
		if tt.err != "" {
			if ex, ok := err.(*object.Exception); !ok || ex.Message != tt.err {
				t.Errorf("Parse(%q) error = %v; want %q", tt.text, err, tt.err)
			}
			continue
		}
		if err != nil || got.(dotnet.Enum).Value != tt.want {
			t.Errorf("Parse(%q) = %v, %v; want %d", tt.text, got, err, tt.want)
		}
	}
	if n, err := enumGetName(tv, int32(9)); err != nil || n != nil {
		t.Errorf("GetName(9) = %v, %v; want nil", n, err)
	}
	if _, err := enumGetName(tv, "Monday"); err == nil {
		t.Error("GetName with a string: no error")
	}
}
