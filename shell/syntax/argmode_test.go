package syntax

import (
	"fmt"
	"strings"
	"testing"
)

// describeArg prints an argument with its node kind, so that tests can
// tell a bare word from a quoted string or a number.
func describeArg(x CommandElement) string {
	switch x := x.(type) {
	case *CommandParameter:
		s := fmt.Sprintf("param(%s text=%s", x.Name, x.Text)
		if x.Colon {
			s += " colon " + sexpr(x.Arg)
		}
		return s + ")"
	case *StringConst:
		kinds := []string{"bare", "sq", "dq", "sqhere", "dqhere"}
		return fmt.Sprintf("%s%q", kinds[x.Kind], x.Value)
	case *NumberLit:
		return fmt.Sprintf("num(%v %T)", x.Value, x.Value)
	}
	return sexpr(x)
}

// argTests are commands pasted from documentation and web pages: each
// argument as the binder receives it, byte for byte.
var argTests = []struct{ in, want string }{
	{`Import-CsCertificate -Identity global -Type OAuthTokenIssuer -Path C:\Certificates\ServerToServerAuth.pfx -Password "P@ssw0rd"`,
		`Import-CsCertificate: param(Identity text=-Identity) bare"global" param(Type text=-Type) bare"OAuthTokenIssuer" param(Path text=-Path) bare"C:\\Certificates\\ServerToServerAuth.pfx" param(Password text=-Password) dq"P@ssw0rd"`},
	// 7E37 is a number in PowerShell too (a thumbprint must be quoted).
	{`Set-CsCertificate -Type OAuthTokenIssuer -Thumbprint 7E37 -EffectiveDate 7/1/2015 -Roll`,
		`Set-CsCertificate: param(Type text=-Type) bare"OAuthTokenIssuer" param(Thumbprint text=-Thumbprint) num(7e+37 float64) param(EffectiveDate text=-EffectiveDate) bare"7/1/2015" param(Roll text=-Roll)`},
	{`Get-CsCertificate -Type Default, WebServicesInternal`, `Get-CsCertificate: param(Type text=-Type) (, Default WebServicesInternal)`},
	{"Get-CsCertificate \u2013Type Default", "Get-CsCertificate: param(Type text=\u2013Type) bare\"Default\""},
	{"Get-CsCertificate \u2014Type Default \u2015Identity global", "Get-CsCertificate: param(Type text=\u2014Type) bare\"Default\" param(Identity text=\u2015Identity) bare\"global\""},
	{"Import-CsCertificate -Password \u2018P@ssw0rd\u2019", `Import-CsCertificate: param(Password text=-Password) sq"P@ssw0rd"`},
	{"Import-CsCertificate -Password \u201cP@ssw0rd\u201d", `Import-CsCertificate: param(Password text=-Password) dq"P@ssw0rd"`},
	{"Import-CsCertificate -Password \u201eP@ssw0rd\u201c", `Import-CsCertificate: param(Password text=-Password) dq"P@ssw0rd"`},
	{"Import-CsCertificate -Password \u201dP@ss\u201d", `Import-CsCertificate: param(Password text=-Password) dq"P@ss"`},
	{"Get-CsCertificate\u00a0-Type\u00a0Default", `Get-CsCertificate: param(Type text=-Type) bare"Default"`},
	{"\ufeffGet-CsCertificate -Type Default\r\n", `Get-CsCertificate: param(Type text=-Type) bare"Default"`},
	{`Get-Item -Path:C:\x -Force:$false -Name: value`, `Get-Item: param(Path text=-Path colon C:\x) param(Force text=-Force colon $false) param(Name text=-Name colon value)`},
	{`Get-Item C:/Certificates/x.pfx .\x.pfx ./x.pfx /tmp/x.pfx ~\x \\server\share\x`, `Get-Item: bare"C:/Certificates/x.pfx" bare".\\x.pfx" bare"./x.pfx" bare"/tmp/x.pfx" bare"~\\x" bare"\\\\server\\share\\x"`},
	{`Write-Output 2015-07-01 10.0.0.1 1.5 2 -5 0x10 1kb 2+2 1e3`, `Write-Output: bare"2015-07-01" bare"10.0.0.1" num(1.5 float64) num(2 int32) num(-5 int32) num(16 int32) num(1024 int32) bare"2+2" num(1000 float64)`},
	{"Write-Output a`tb a` b x#y x #comment", `Write-Output: bare"a\tb" bare"a b" bare"x#y" bare"x"`},
	{`Write-Output - -- -x global:x`, `Write-Output: bare"-" bare"-x" bare"global:x"`},
	{`icacls X:\VMS --% /grant Dom\HVAdmin:(CI)(OI)F | Out-Null`, `icacls: bare"X:\\VMS" bare"--%" bare"/grant Dom\\HVAdmin:(CI)(OI)F"`},
	{`Write-Output "a b" 'c d' C:\Program Files`, `Write-Output: dq"a b" sq"c d" bare"C:\\Program" bare"Files"`},
	{`Write-Output $x.Thumbprint $x[0] @args $env:TEMP\x.pfx`, "Write-Output: $x.Thumbprint $x[0:int32] @args `{$env:TEMP}\\x.pfx`"},
	{`Write-Output [int] a=b @ 'it''s'`, `Write-Output: bare"[int]" bare"a=b" bare"@" sq"it's"`},
	{`Write-Output -$x !$y -(1) -hello +x`, `Write-Output: (- $x) (! $y) (- (1:int32)) param(hello text=-hello) bare"+x"`},
	{`Get-Foo -Credential (Get-Credential) -Filter {$_.Name}`, `Get-Foo: param(Credential text=-Credential) ((cmd Get-Credential)) param(Filter text=-Filter) {$_.Name}`},
}

func TestArgumentMode(t *testing.T) {
	for _, tc := range argTests {
		sb, err := Parse(NewFile("", tc.in))
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		pl := sb.End.Stmts[0].(*Pipeline)
		cmd := pl.Elements[0].(*Command)
		parts := []string{cmd.Name.(*StringConst).Value + ":"}
		for _, a := range cmd.Args {
			parts = append(parts, describeArg(a))
		}
		if got := strings.Join(parts, " "); got != tc.want {
			t.Errorf("%q:\n got  %s\n want %s", tc.in, got, tc.want)
		}
	}
}

// CRLF line ends separate statements; inside a string or a here-string
// they stay in the value as written (LineEndings.Tests.ps1), except the
// ones after a here-string's header and before its terminator.
func TestCRLF(t *testing.T) {
	src := "$a = 'x'\r\n$b = \"y\r\nz\"\r\nGet-Foo -A 1 `\r\n  -B 2\r\n@'\r\nh\r\n'@\r\n"
	sb, err := Parse(NewFile("", src))
	if err != nil {
		t.Fatal(err)
	}
	got := sexpr(sb)
	want := `($a = "x"); ($b = "y\r\nz"); (cmd Get-Foo -A 1:int32 -B 2:int32); "h"`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
