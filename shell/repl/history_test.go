package repl

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestIsSensitive(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{`Import-CsCertificate -Identity global -Type OAuthTokenIssuer -Path C:\Certificates\ServerToServerAuth.pfx  -Password "P@ssw0rd"`, true},
		{`Request-CsCertificate -New -Type Default -CA x\y -CaPassword abc`, true},
		{`Import-CsCertificate –Path C:\a.pfx –Password ‘x’`, true},
		{`$pw = ConvertTo-SecureString "P@ssw0rd" -AsPlainText -Force`, true},
		{`$password = "hunter2"`, true},
		{`$dbSecret = 'plain'`, true},
		{`$cred.Password = "x"`, true},
		{`Import-PfxCertificate -FilePath a.pfx -Password:"x"`, true},
		{`Import-PfxCertificate -FilePath a.pfx -Password ('x' + 'y')`, true},
		{`Connect-Thing -Token $t.Value`, true},
		// PSReadLine's safe forms: a variable or a command as the
		// argument, a switch, a pipeline or member access assigned.
		{`Import-CsCertificate -Path a.pfx -Password $pw`, false},
		{`Connect-Thing -Token (Get-Secret -Name t)`, false},
		{`Connect-Thing -UseDefaultPassword -Verbose`, false},
		{`Connect-Thing -SaveToken`, false},
		{`$dbSecret = Get-Content s.txt`, false},
		{`$token = Get-Secret -Name t | Select-Object -First 1`, false},
		{`$pw = $cred.Password`, false},
		{`$apiKey="x"`, true},
		{`$MyToken += "x"`, true},
		{`${env:GitHubToken} = "x"`, true},
		// Reading a property or comparing is not a secret (PSReadLine's false positives).
		{`$cred.Password`, false},
		{`$cred.GetNetworkCredential().Password.Length`, false},
		{`if ($password -eq $null) { "none" }`, false},
		{`Get-CsCertificate -Type OAuthTokenIssuer`, false},
		// Unlike PSReadLine, words merely containing the pattern stay.
		{`Get-Help Import-CsCertificate -Parameter Password`, false},
		{`Get-CsCertificate -Type OAuthTokenIssuer`, false},
		{`Write-Output "secret"`, false},
		{`Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint $x`, false},
	}
	for _, tt := range tests {
		if got := IsSensitive(tt.line); got != tt.want {
			t.Errorf("IsSensitive(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestHistoryFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.txt")
	h := LoadHistory(path, 100)
	for _, l := range []string{"Get-Date", "Get-Date", `Import-CsCertificate -Path a.pfx -Password "P@ssw0rd"`, "1..3 |\nForEach-Object { $_ }", "$x = 1"} {
		if err := h.Add(l); err != nil {
			t.Fatal(err)
		}
	}
	if got := len(h.Lines()); got != 4 {
		t.Errorf("in memory: %d lines, want 4 (one duplicate dropped, the secret kept)", got)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}
	data, _ := os.ReadFile(path)
	if strings.Contains(string(data), "P@ssw0rd") {
		t.Errorf("history file holds the password:\n%s", data)
	}
	again := LoadHistory(path, 100).Lines()
	want := []string{"Get-Date", "1..3 |\nForEach-Object { $_ }", "$x = 1"}
	if strings.Join(again, "|") != strings.Join(want, "|") {
		t.Errorf("reloaded %q, want %q", again, want)
	}
}
