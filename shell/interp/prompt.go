package interp

import (
	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

// defaultPromptSource is Windows PowerShell's built-in prompt function
// (InitialSessionState.DefaultPromptFunctionText), so that `prompt`,
// Get-Command prompt and (Get-Item function:prompt).ScriptBlock work as
// about_Prompts shows, and a user's own prompt function replaces it.
const defaultPromptSource = `function prompt {
"PS $($executionContext.SessionState.Path.CurrentLocation)$('>' * ($nestedPromptLevel + 1)) ";
# .Link
# https://go.microsoft.com/fwlink/?LinkID=225750
# .ExternalHelp System.Management.Automation.dll-help.xml
}`

// defineDefaultPrompt defines the built-in prompt function in the global
// scope.
func (r *Runner) defineDefaultPrompt() {
	f := syntax.NewFile("", defaultPromptSource)
	b, err := syntax.Parse(f)
	if err != nil {
		return
	}
	c := &compiler{file: f}
	_ = r.invokeTo(c.scriptBlock(b), invokeOpts{}, func(any) error { return nil })
}

// ScriptBlock is a function's body as a script block, for the
// ScriptBlock property of its FunctionInfo ((Get-Command prompt).ScriptBlock).
func (f *funcCode) ScriptBlock() object.ScriptBlock { return f.sb }
