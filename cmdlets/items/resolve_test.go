package items

import "testing"

// Resolve-Path -Relative (Resolve-Path reference, Example 3: ".\…"
// paths; a path on another drive stays as it is).
func TestRelativePath(t *testing.T) {
	tests := []struct{ loc, target, want string }{
		{`C:\Test`, `C:\Test\Logs`, `.\Logs`},
		{`C:\Test`, `C:\Test\Logs\a.log`, `.\Logs\a.log`},
		{`C:\Test\Logs`, `C:\Windows`, `..\..\Windows`},
		{`C:\`, `C:\Test`, `.\Test`},
		{`C:\test`, `C:\Test\a.txt`, `.\a.txt`},
		{`/tmp/ex`, `C:\Test`, `C:\Test`},
		{`/tmp/ex`, `/tmp/ex/a.txt`, `./a.txt`},
		{`/tmp/ex`, `/tmp/b`, `../b`},
	}
	for _, tt := range tests {
		if got := relativePath(tt.loc, tt.target); got != tt.want {
			t.Errorf("relativePath(%q, %q) = %q, want %q", tt.loc, tt.target, got, tt.want)
		}
	}
}
