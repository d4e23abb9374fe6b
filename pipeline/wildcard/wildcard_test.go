package wildcard

import "testing"

func TestMatch(t *testing.T) {
	tests := []struct {
		pattern, s string
		cs, want   bool
	}{
		{"*shell", "PowerShell", false, true},
		{"Power?hell", "PowerShell", false, true},
		{"Power[p-w]hell", "PowerShell", false, true},
		{"*.pfx", "ServerToServerAuth.PFX", false, true},
		{"*.pfx", "ServerToServerAuth.PFX", true, false},
		{"a`*", "a*", false, true},
		{"a`*", "ab", false, false},
		{"*-CsCert*", "Get-CsCertificate", false, true},
		{"", "", false, true},
		{"*", "", false, true},
		{"a*b*c", "aXXbYYc", false, true},
		{"a*b*c", "aXXbYY", false, false},
	}
	for _, tt := range tests {
		got, err := Match(tt.pattern, tt.s, tt.cs)
		if err != nil || got != tt.want {
			t.Errorf("Match(%q, %q, %v) = %v, %v; want %v", tt.pattern, tt.s, tt.cs, got, err, tt.want)
		}
	}
	if _, err := Compile("[abc", false); err == nil {
		t.Error("unterminated set: want an error")
	}
	if !HasWildcard("C:\\x\\*.pfx") || HasWildcard("plain`*") {
		t.Error("HasWildcard")
	}
}
