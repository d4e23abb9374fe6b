package interp_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReceivedLineTokens runs lines as the prompt receives them and
// checks $^ and $$: the first and last token of the line received before
// (about_Automatic_Variables), strings by value, and a line made of $^ or
// $$ alone not replacing what they show.
func TestReceivedLineTokens(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		want  string
	}{
		{"first line sees nothing", []string{`"[$^][$$]"`}, "[][]"},
		{"previous line", []string{`Write-Output -InputObject 'one two'`, `"[$^][$$]"`}, "one two\n[Write-Output][one two]"},
		{"reading keeps them", []string{`Get-Date -Format yyyy | Out-Null`, `$^`, `$$`, `"$^ $$"`}, "Get-Date\nOut-Null\nGet-Date Out-Null"},
		{"variable token", []string{`$n = 7`, `$^; $$`}, "$n\n7"},
		{"expandable string keeps its variables", []string{`$v = "x"; $w = "a $v b"`, `$$`}, "a $v b"},
		{"blank line changes nothing", []string{`$a = 1`, ``, `   # note`, `$^`}, "$a"},
		{"script block line", []string{`& { 'in' }`, `$^ + '|' + $$`}, "in\n&|}"},
		{"braced names are the same variables", []string{`Get-Location | Out-Null`, `${^}; ${$}`}, "Get-Location\nOut-Null"},
		{"a parse error is still a received line", []string{`Write-Output (1`, `$^`}, "Write-Output"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, out, _ := newRunner(t)
			for _, l := range tc.lines {
				r.RunInteractive(l)
			}
			if got := strings.TrimSpace(out.String()); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// TestScriptFileLinesAreNotReceived: the lines of a script file are not
// received by the session, so $^ and $$ inside it describe the line that
// started it.
func TestScriptFileLinesAreNotReceived(t *testing.T) {
	r, out, _ := newRunner(t)
	path := filepath.Join(t.TempDir(), "s.ps1")
	if err := os.WriteFile(path, []byte("Write-Output -InputObject first\n\"[$^][$$]\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r.RunInteractive(`$p = '` + path + `'`)
	r.RunInteractive(`& $p`)
	if got, want := strings.TrimSpace(out.String()), "first\n[$p]["+path+"]"; got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
