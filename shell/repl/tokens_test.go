package repl

import (
	"strings"
	"testing"
)

// kinds renders the tokens of src as "text:kind" for comparison.
func kinds(src string) string {
	names := map[TokenKind]string{TokGeneric: "arg", TokCommand: "cmd", TokParameter: "param", TokString: "str",
		TokVariable: "var", TokOperator: "op", TokNumber: "num", TokComment: "comment", TokKeyword: "kw", TokType: "type", TokMember: "member"}
	r := []rune(src)
	var out []string
	for _, t := range Tokenize(r) {
		out = append(out, string(r[t.Start:t.End])+":"+names[t.Kind])
	}
	return strings.Join(out, " ")
}

func TestTokenize(t *testing.T) {
	tests := []struct{ src, want string }{
		{`Get-CsCertificate -Type OAuthTokenIssuer`, `Get-CsCertificate:cmd -Type:param OAuthTokenIssuer:arg`},
		{`Import-CsCertificate –Path C:\Certificates\a.pfx -Password "P@ssw0rd"`, `Import-CsCertificate:cmd –Path:param C:\Certificates\a.pfx:arg -Password:param "P@ssw0rd":str`},
		{`$x = (Get-CsCertificate -Type Default).Thumbprint`, `$x:var =:op (:op Get-CsCertificate:cmd -Type:param Default:arg ):op .:op Thumbprint:member`},
		{`Set-CsCertificate -EffectiveDate "7/1/2015" -Roll`, `Set-CsCertificate:cmd -EffectiveDate:param "7/1/2015":str -Roll:param`},
		{`1..3 | % { $_ * 2 } # double`, `1:num ..:op 3:num |:op %:cmd {:op $_:var *:op 2:num }:op # double:comment`},
		{`if ($a -eq 1) { 'y' }`, `if:kw (:op $a:var -eq:op 1:num ):op {:op 'y':str }:op`},
		{`[datetime]::Now`, `[datetime]:type :::op Now:member`},
		{`Get-Item -Path:C:\x 7/1/2015 10`, `Get-Item:cmd -Path::param C:\x:arg 7/1/2015:arg 10:num`},
		{`*-CsCert*`, `*-CsCert*:cmd`},
		{`'it''s' + "a ""b"""`, `'it''s':str +:op "a ""b""":str`},
		{`Write-Output 'unfinished`, `Write-Output:cmd 'unfinished:str`},
		{`$env:PATH; ${my var}`, `$env:PATH:var ${my var}:var`},
		{`. ./x.ps1; & "c:\a b\x.exe" -y`, `.:op ./x.ps1:cmd &:op "c:\a b\x.exe":str -y:param`},
	}
	for _, tt := range tests {
		if got := kinds(tt.src); got != tt.want {
			t.Errorf("Tokenize(%q)\n got  %s\n want %s", tt.src, got, tt.want)
		}
	}
}

// Every prefix of a line tokenizes without panicking and tokens stay in
// order inside the line.
func TestTokenizePrefixes(t *testing.T) {
	for _, src := range []string{`$x = @{ a = "b$(1+2)"; c = @(1,2) } | ConvertTo-Json -Depth 3 <# c #> ; [int[]]$y = 1,2`, "@'\nhere\n'@ | Out-Host"} {
		r := []rune(src)
		for i := 0; i <= len(r); i++ {
			at := 0
			for _, tok := range Tokenize(r[:i]) {
				if tok.Start < at || tok.End < tok.Start || tok.End > i {
					t.Fatalf("%q: bad token %+v", string(r[:i]), tok)
				}
				at = tok.End
			}
		}
	}
}

func TestHighlight(t *testing.T) {
	got := Highlight([]rune(`Get-CsCertificate -Type Default # x`))
	want := "\x1b[93mGet-CsCertificate\x1b[0m \x1b[90m-Type\x1b[0m Default \x1b[32m# x\x1b[0m"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	p := &Painter{}
	if got := string(p.Paint([]rune("ab"+string(keyComplete)), 3)); got != "ab " {
		t.Errorf("uncoloured paint %q", got)
	}
	// A recalled multi-line entry: the break is drawn as ↵ and the
	// second line is still coloured as a new statement.
	p.Color = true
	got = string(p.Paint([]rune(toEdited("$a = 1\nGet-Date")), 0))
	if want := "\x1b[92m$a\x1b[0m \x1b[90m=\x1b[0m \x1b[97m1\x1b[0m↵\x1b[93mGet-Date\x1b[0m"; got != want {
		t.Errorf("multi-line paint %q, want %q", got, want)
	}
	if fromEdited(toEdited("a\nb")) != "a\nb" {
		t.Error("line breaks do not survive editing")
	}
}
