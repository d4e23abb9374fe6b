package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEdgeTokens pins what $^ and $$ keep of a line: the first and the
// last token, strings by value (about_Automatic_Variables).
func TestEdgeTokens(t *testing.T) {
	for _, tc := range []struct {
		src, first, last string
		ok               bool
	}{
		{"", "", "", false},
		{"  # only a comment\n", "", "", false},
		{"Get-Process -Name pwsh", "Get-Process", "pwsh", true},
		{"Get-Date", "Get-Date", "Get-Date", true},
		{"$x = 5", "$x", "5", true},
		{"Write-Host 'it''s here'", "Write-Host", "it's here", true},
		{"'a b', 'c d' | Write-Host", "a b", "Write-Host", true},
		{"Write-Output \"a`tb $x\"", "Write-Output", "a\tb $x", true},
		{"Write-Output \"x $(1 + 2) y\"", "Write-Output", "x $(1 + 2) y", true},
		{"$p.Name", "$p", "Name", true},
		{"(Get-Date).Year", "(", "Year", true},
		{"$a[0]", "$a", "]", true},
		{"1 + 2 # sum\n\n", "1", "2", true},
		{"Get-Item C:\\Certificates\\a.pfx", "Get-Item", "C:\\Certificates\\a.pfx", true},
		{"Set-Thing -Enabled:$true", "Set-Thing", "$true", true},
		{"if ($x) { 'yes' }", "if", "}", true},
		{"Get-ChildItem `\n  -Recurse", "Get-ChildItem", "-Recurse", true},
		{"$$", "$$", "$$", true},
		{"${^}", "${^}", "${^}", true},
		{"Write-Host @'\nline one\n'@", "Write-Host", "line one", true},
		{"Get-Date; Get-Location;", "Get-Date", ";", true},
		{"$s.Trim()", "$s", ")", true},
		{"Get-Date;Get-Location", "Get-Date", "Get-Location", true},
		{"$a = @{ Name = 'x' }\n$a.Name\n", "$a", "Name", true},
	} {
		first, last, ok := EdgeTokens(tc.src)
		if first != tc.first || last != tc.last || ok != tc.ok {
			t.Errorf("EdgeTokens(%q) = %q, %q, %v; want %q, %q, %v", tc.src, first, last, ok, tc.first, tc.last, tc.ok)
		}
	}
}

// TestEdgeTokensNeverPanics runs EdgeTokens over every prefix (in steps)
// of the language cases' scripts: whatever a user types at the prompt,
// working out $^ and $$ must not take the shell down.
func TestEdgeTokensNeverPanics(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "lang", "*.txt"))
	if len(files) == 0 {
		t.Skip("no language cases")
	}
	for i, name := range files {
		if i%4 != 0 { // a quarter of them is plenty, and keeps the test quick
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		src := string(data)
		if k := strings.Index(src, "--- script\n"); k >= 0 {
			src = src[k+len("--- script\n"):]
		}
		if k := strings.Index(src, "\n--- "); k >= 0 {
			src = src[:k]
		}
		for cut := 0; cut <= len(src); cut += 7 {
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Fatalf("%s: EdgeTokens(%q) panicked: %v", filepath.Base(name), src[:cut], p)
					}
				}()
				EdgeTokens(src[:cut])
			}()
		}
	}
}
