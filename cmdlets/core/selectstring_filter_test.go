package core

import (
	"testing"

	"cspsh/cmdlets/core/cmdtest"
	"cspsh/pipeline/dotnet"
)

// TestSelectStringFilterMode: a MatchInfo piped to Select-String is
// tested on its Line and passed on as it is, keeping its path and line
// number (the page's -Context: "the receiving command searches only the
// text in the matched line").
func TestSelectStringFilterMode(t *testing.T) {
	mi := newMatchInfo("Alias  cat -> Get-Content", 8, "/x/Alias.txt", "Get-", true, []any{}, nil)
	other := newMatchInfo("Alias  dir -> Get-ChildItem", 22, "/x/Alias.txt", "Get-", true, []any{}, nil)
	out, err := cmdtest.New().Run(selectString(), []any{mi, other}, P("Pattern"), "Content")
	if err != nil || len(out) != 1 {
		t.Fatalf("%v %v", out, err)
	}
	if out[0] != mi {
		t.Errorf("got a new object, want the MatchInfo itself")
	}
	if n := dotnet.ToString(prop(t, out[0], "LineNumber")); n != "8" {
		t.Errorf("LineNumber %s", n)
	}
}
