package pipeline

import (
	"reflect"
	"testing"
)

func TestParseCommentHelp(t *testing.T) {
	text := `
    .SYNOPSIS
    Adds a file name extension to a supplied name.

    .DESCRIPTION
    Adds a file name extension to a supplied name.
    Takes any strings for the file name or extension.

    .PARAMETER Name
    Specifies the file name.

    .PARAMETER Extension
    Specifies the extension. "Txt" is the default.

    .EXAMPLE
    PS> extension -name "File"
    File.txt

    .LINK
    Set-Item
`
	h, ok := ParseCommentHelp(text)
	if !ok {
		t.Fatal("no help found")
	}
	if h.Synopsis != "Adds a file name extension to a supplied name." {
		t.Errorf("Synopsis = %q", h.Synopsis)
	}
	if h.Description != "Adds a file name extension to a supplied name.\nTakes any strings for the file name or extension." {
		t.Errorf("Description = %q", h.Description)
	}
	if h.Parameters["Extension"] != `Specifies the extension. "Txt" is the default.` {
		t.Errorf("Parameters = %v", h.Parameters)
	}
	want := []Example{{Title: "EXAMPLE 1", Code: `PS> extension -name "File"`, Remarks: "File.txt"}}
	if !reflect.DeepEqual(h.Examples, want) {
		t.Errorf("Examples = %#v", h.Examples)
	}
	if !reflect.DeepEqual(h.Links, []string{"Set-Item"}) {
		t.Errorf("Links = %v", h.Links)
	}
	ci := &CommandInfo{Name: "Add-Extension", Kind: KindFunction, Params: []*ParamDecl{{Name: "name"}, {Name: "extension"}}}
	h.Apply(ci)
	if ci.Synopsis != h.Synopsis || ci.Params[1].Help != h.Parameters["Extension"] {
		t.Errorf("Apply: %+v", ci)
	}
	// Line comments work too; a plain comment is not help.
	if h, ok := ParseCommentHelp("# .SYNOPSIS\n# Does it.\n"); !ok || h.Synopsis != "Does it." {
		t.Errorf("line comments: %+v %v", h, ok)
	}
	if _, ok := ParseCommentHelp(" just a note about .NET "); ok {
		t.Error("a plain comment was taken for help")
	}
}
