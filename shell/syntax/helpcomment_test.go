package syntax

import (
	"reflect"
	"testing"
)

func TestFunctionHelpComments(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"body block", "function f {\n<#\n.SYNOPSIS\nS.\n#>\n param() 1 }", []string{"\n.SYNOPSIS\nS.\n"}},
		{"body lines", "function f {\n  # .SYNOPSIS\n  # S.\n  1\n}", []string{"# .SYNOPSIS\n# S."}},
		{"before, one blank line", "<#\n.SYNOPSIS\nB.\n#>\n\nfunction f { 1 }", []string{"\n.SYNOPSIS\nB.\n"}},
		{"before, line comments", "# .SYNOPSIS\n# B.\nfunction f { 1 }", []string{"# .SYNOPSIS\n# B."}},
		{"too far before", "<# .SYNOPSIS #>\n\n\nfunction f { 1 }", nil},
		{"end of body", "function f {\n 1\n<# .SYNOPSIS\nE. #>\n}", []string{" .SYNOPSIS\nE. "}},
		{"none", "function f { 'a # not a comment' }", nil},
		{"before, CRLF block", "1\r\n<#\r\n.SYNOPSIS\r\nC.\r\n#>\r\nfunction f { 1 }", []string{"\n.SYNOPSIS\nC.\n"}},
		{"before, lines after code", "$x = 1\n  # .SYNOPSIS\n  # L.\n\nfunction f { 1 }", []string{"# .SYNOPSIS\n# L."}},
		{"code right before", "$x = 1\nfunction f { 1 }", nil},
		{"unmatched block end", "#>\nfunction f { 1 }", nil},
	}
	for _, tt := range tests {
		sb, err := Parse(NewFile("t.ps1", tt.src))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var fn *FunctionDef
		for _, s := range sb.End.Stmts {
			if d, ok := s.(*FunctionDef); ok {
				fn = d
			}
		}
		if fn == nil {
			t.Fatalf("%s: no function", tt.name)
		}
		if got := FunctionHelpComments(fn); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
