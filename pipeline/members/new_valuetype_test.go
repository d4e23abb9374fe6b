package members

import (
	"testing"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

func dotnetString(v any) string { return dotnet.ToString(v) }

// TestNewValueTypeDefault: a struct with no arguments is default(T)
// (New-Object.Tests.ps1 "New-Object with char should work").
func TestNewValueTypeDefault(t *testing.T) {
	tests := []struct {
		name string
		want any
	}{
		{"int", int32(0)},
		{"char", object.Char(0)},
		{"bool", false},
		{"long", int64(0)},
		{"timespan", object.TimeSpan(0)},
	}
	for _, tt := range tests {
		got, err := New(tt.name, nil)
		if err != nil || got != tt.want {
			t.Errorf("New(%q) = %#v, %v; want %#v", tt.name, got, err, tt.want)
		}
	}
	g, err := New("guid", nil)
	if err != nil || dotnetString(g) != "00000000-0000-0000-0000-000000000000" {
		t.Errorf("New(guid) = %v, %v", g, err)
	}
	if _, err := New("System.Version", []any{"x", "y", "z", "w", "v"}); err == nil {
		t.Errorf("New(System.Version, 5 args) succeeded")
	}
}
