package interp_test

import (
	"strings"
	"testing"
)

// TestGetPSCallStack checks the frames Get-PSCallStack returns, innermost
// first and ending with the <ScriptBlock> frame of the command line: the
// Command, Arguments and Location properties types.ps1xml gives a
// CallStackFrame, and its FunctionName, ScriptLineNumber and
// GetScriptLocation().
func TestGetPSCallStack(t *testing.T) {
	show := `| ForEach-Object { $_.Command + '|' + $_.Arguments + '|' + $_.Location + '|' + $_.FunctionName + '|' + $_.ScriptLineNumber }`
	for _, tc := range []struct {
		name, src, want string
	}{
		{"command line only", "Get-PSCallStack " + show, "<ScriptBlock>|{}|<No file>|<ScriptBlock>|1"},
		{"nested functions",
			"function Get-Inner { Get-PSCallStack }\nfunction Get-Outer { Get-Inner }\nGet-Outer " + show,
			"Get-Inner|{}|<No file>|Get-Inner|1\nGet-Outer|{}|<No file>|Get-Outer|2\n<ScriptBlock>|{}|<No file>|<ScriptBlock>|3"},
		{"bound and unbound arguments",
			"function f { param($Name, $Count) (Get-PSCallStack)[0].Arguments }\nf -Name web -Count 0 extra $null 7",
			"{Name=web, Count=, extra, $null, 7}"},
		{"script block invoked with &", "& { (Get-PSCallStack).Count; (Get-PSCallStack)[0].Command }", "2\n<ScriptBlock>"},
		{"GetScriptLocation and ToString", "function f { $s = (Get-PSCallStack)[0]; $s.GetScriptLocation(); \"$s\" }\nf", "<No file>\nat f, <No file>: line 1"},
		{"named blocks name their frames",
			"function f { begin { (Get-PSCallStack)[0].FunctionName } process { $s = (Get-PSCallStack)[0]; $s.FunctionName + ' ' + $s.Command } }\n1 | f\nfilter g { (Get-PSCallStack)[0].FunctionName }\n1 | g",
			"f<Begin>\nf<Process> f\ng"},
		{"position is the command running",
			"function f {\n  Get-PSCallStack -Verbose:$false\n}\n$p = (f)[0].Position\n$p.Text; $p.StartLineNumber; $p.StartColumnNumber",
			"Get-PSCallStack -Verbose:$false\n2\n3"},
		{"frame variables", "function f { param($a) $b = 2; $v = (Get-PSCallStack)[0].GetFrameVariables(); $v['a'].Value + $v['b'].Value }\nf 40", "42"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, out, errb := newRunner(t)
			r.RunString(tc.src, "")
			if got := strings.TrimSpace(out.String()); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s\nstderr: %s", got, tc.want, errb.String())
			}
		})
	}
}

// TestScriptStackTraceFrames: ErrorRecord.ScriptStackTrace lists the
// same frames as Get-PSCallStack, a written-out named block as
// name<Process>, and the command line's frame last, as "at <ScriptBlock>,
// <No file>: line N" (about_Try_Catch_Finally).
func TestScriptStackTraceFrames(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{
		{"command line", "try { NonsenseString }\ncatch { $_.ScriptStackTrace }", "at <ScriptBlock>, <No file>: line 1"},
		{"function in a process block",
			"function f { process { throw 'x' } }\ntry { 1 | f } catch { $_.ScriptStackTrace }",
			"at f<Process>, <No file>: line 1\nat <ScriptBlock>, <No file>: line 2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, out, errb := newRunner(t)
			r.RunString(tc.src, "")
			if got := strings.TrimSpace(out.String()); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s\nstderr: %s", got, tc.want, errb.String())
			}
		})
	}
}
