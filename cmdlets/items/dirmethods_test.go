package items

import "testing"

// The .NET search patterns of DirectoryInfo.GetFiles: * and ? only, no
// case, and "*.*" for every name (brackets are plain characters, unlike
// PowerShell's wildcards).
func TestDotnetPatternMatch(t *testing.T) {
	tests := []struct {
		pattern, name string
		want          bool
	}{
		{"*", "a.txt", true},
		{"*.*", "README", true},
		{"*.txt", "A.TXT", true},
		{"*.txt", "a.txt.bak", false},
		{"a?c", "abc", true},
		{"a?c", "ac", false},
		{"[ab].log", "[ab].log", true},
		{"[ab].log", "a.log", false},
		{"*o*", "log", true},
		{"", "x", false},
	}
	for _, tt := range tests {
		if got := dotnetPatternMatch(tt.pattern, tt.name); got != tt.want {
			t.Errorf("dotnetPatternMatch(%q, %q) = %v, want %v", tt.pattern, tt.name, got, tt.want)
		}
	}
}
