package pipeline

import (
	"strings"
	"testing"
)

func TestSyntaxLines(t *testing.T) {
	getCert := &CommandInfo{
		Name: "Get-CsCertificate", Kind: KindCmdlet,
		Params: []*ParamDecl{
			{Name: "Identity", Type: "Microsoft.Rtc.Management.Xds.XdsIdentity", Sets: sets(SetBinding{Set: AllSets, Position: 0})},
			{Name: "Type", Type: "Microsoft.Rtc.Management.Deployment.CertType[]", Enum: certType},
		},
	}
	simple := &CommandInfo{Name: "f", Kind: KindFunction, Params: []*ParamDecl{
		{Name: "a", Sets: sets(SetBinding{Set: AllSets, Position: 0})},
		{Name: "b", Type: "int", Sets: sets(SetBinding{Set: AllSets, Position: 1})},
	}}
	tests := []struct {
		ci   *CommandInfo
		want []string
	}{
		{getCert, []string{"Get-CsCertificate [[-Identity] <XdsIdentity>] [-Type <CertType[]>] [<CommonParameters>]"}},
		{setCert(), []string{
			"Set-CsCertificate [[-Identity] <string>] -Type <CertType[]> -Thumbprint <string> [-EffectiveDate <datetime>] [-Roll] [-Count <int>] [-Mode <string>] [-WhatIf] [-Confirm] [<CommonParameters>]",
			"Set-CsCertificate [[-Identity] <string>] -Type <CertType[]> -Path <string> [-EffectiveDate <datetime>] [-Roll] [-Count <int>] [-Mode <string>] [-WhatIf] [-Confirm] [<CommonParameters>]",
		}},
		{getItem(), []string{
			"Get-Item [-Path] <string[]> [-Count <int>] [<CommonParameters>]",
			"Get-Item -LiteralPath <string[]> [-Count <int>] [<CommonParameters>]",
		}},
		{simple, []string{"f [[-a] <Object>] [[-b] <int>]"}},
	}
	for _, tt := range tests {
		got := SyntaxLines(tt.ci)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", tt.ci.Name, got, tt.want)
		}
	}
	if got, want := Syntax(getItem()), "\nGet-Item [-Path] <string[]> [-Count <int>] [<CommonParameters>]\n\nGet-Item -LiteralPath <string[]> [-Count <int>] [<CommonParameters>]\n"; got != want {
		t.Errorf("Syntax = %q, want %q", got, want)
	}
	// Get-Help's syntax spells enums out.
	if got, want := HelpSyntaxLines(getCert)[0], "Get-CsCertificate [[-Identity] <XdsIdentity>] [-Type {Default | WebServicesAll | WebServicesExternal | WebServicesInternal | OAuthTokenIssuer}] [<CommonParameters>]"; got != want {
		t.Errorf("help syntax\n got %q\nwant %q", got, want)
	}
}

func TestHelpText(t *testing.T) {
	ci := &CommandInfo{
		Name: "Get-Thing", Kind: KindCmdlet, Synopsis: "Gets things.", Description: "Gets the things.",
		Params: []*ParamDecl{
			{Name: "Name", Type: "string[]", Help: "The names.", SupportsWildcards: true,
				Sets: sets(SetBinding{Set: AllSets, Position: 0, ValueFromPipeline: true, ValueFromPipelineByPropertyName: true})},
			{Name: "Force", Type: "switch", Help: "Forces it."},
		},
		Examples: []Example{{Title: "Example 1", Code: "Get-Thing a", Remarks: "Gets a."}},
	}
	got := HelpText(ci, HelpOptions{})
	want := "\nNAME\n    Get-Thing\n    \nSYNOPSIS\n    Gets things.\n    \n    \nSYNTAX\n    Get-Thing [[-Name] <String[]>] [-Force] [<CommonParameters>]\n    \n    \n" +
		"DESCRIPTION\n    Gets the things.\n    \n\nRELATED LINKS\n\nREMARKS\n" +
		"    To see the examples, type: \"get-help Get-Thing -examples\".\n" +
		"    For more information, type: \"get-help Get-Thing -detailed\".\n" +
		"    For technical information, type: \"get-help Get-Thing -full\".\n\n"
	if got != want {
		t.Errorf("default view\n got %q\nwant %q", got, want)
	}
	param := HelpText(ci, HelpOptions{Parameter: []string{"na*"}})
	wantParam := "\n-Name <String[]>\n    The names.\n    \n" +
		"    Required?                    false\n" +
		"    Position?                    0\n" +
		"    Default value                None\n" +
		"    Accept pipeline input?       True (ByValue, ByPropertyName)\n" +
		"    Accept wildcard characters?  true\n    \n\n"
	if param != wantParam {
		t.Errorf("-Parameter\n got %q\nwant %q", param, wantParam)
	}
	full := HelpText(ci, HelpOptions{Full: true})
	for _, s := range []string{"PARAMETERS\n    -Name <String[]>", "    -Force [<SwitchParameter>]", "        Default value                False",
		"    <CommonParameters>\n        This cmdlet supports the common parameters: Verbose, Debug,",
		"INPUTS\n    System.String[]", "    -------------------------- Example 1 --------------------------\n    \n    PS C:\\>Get-Thing a\n    \n    Gets a.\n"} {
		if !strings.Contains(full, s) {
			t.Errorf("-Full lacks %q in\n%s", s, full)
		}
	}
	ex := HelpText(ci, HelpOptions{Examples: true})
	if strings.Contains(ex, "SYNTAX") || !strings.Contains(ex, "PS C:\\>Get-Thing a") {
		t.Errorf("-Examples view:\n%s", ex)
	}
}

func TestHelpWithoutContent(t *testing.T) {
	f := &CommandInfo{Name: "f", Kind: KindFunction, Params: []*ParamDecl{{Name: "a", Sets: sets(SetBinding{Set: AllSets, Position: 0})}}}
	got := HelpText(f, HelpOptions{})
	want := "\nNAME\n    f\n    \nSYNTAX\n    f [[-a] <Object>]\n    \n\nALIASES\n    None\n    \n\nREMARKS\n    None\n\n"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestWrapLines(t *testing.T) {
	got := wrapLines("    one two three four\nshort", 14)
	want := "    one two\n    three four\nshort"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
