package pipeline

import "testing"

// TestParamHelpText: a function without comment-based help describes a
// parameter with its HelpMessage; written help and cmdlets keep theirs.
func TestParamHelpText(t *testing.T) {
	p := func(help string) *ParamDecl {
		return &ParamDecl{Name: "Name", Help: help, Sets: sets(SetBinding{Set: AllSets, Position: -1, Mandatory: true, HelpMessage: "Enter a name."})}
	}
	for _, tt := range []struct {
		name string
		ci   *CommandInfo
		p    *ParamDecl
		want string
	}{
		{"function without help", &CommandInfo{Name: "f", Kind: KindFunction}, p(""), "Enter a name."},
		{"function with comment help", &CommandInfo{Name: "f", Kind: KindFunction, Help: &CommentHelp{}}, p(""), ""},
		{"parameter help wins", &CommandInfo{Name: "f", Kind: KindFunction}, p("Written."), "Written."},
		{"cmdlet", &CommandInfo{Name: "Get-X", Kind: KindCmdlet}, p(""), ""},
	} {
		if got := paramHelpText(tt.ci, tt.p); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
