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
// scope. New only marks it pending: parsing and compiling it costs a
// twentieth of a millisecond and fresh memory at start, which a script
// that never looks a function up should not pay; the first look-up,
// listing, definition or removal of a function defines it first
// (ensurePrompt), so nothing can tell it came late.
func (r *Runner) defineDefaultPrompt() {
	r.defineBuiltinFunction(defaultPromptSource)
	for _, src := range builtinFunctionSources {
		r.defineBuiltinFunction(src)
	}
}

// defineBuiltinFunction defines one function from its source in the
// global scope.
func (r *Runner) defineBuiltinFunction(src string) {
	f := syntax.NewFile("", src)
	b, err := syntax.Parse(f)
	if err != nil || b.End == nil || len(b.End.Stmts) != 1 {
		return
	}
	fd, ok := b.End.Stmts[0].(*syntax.FunctionDef)
	if !ok {
		return
	}
	// Run the definition itself, not a statement around it: it must not
	// touch $? or the error count of whatever statement triggered it.
	c := &compiler{file: f}
	saved := r.scope
	r.scope = r.global
	_ = c.functionDef(fd)(r, func(any) error { return nil })
	r.scope = saved
}

// ensurePrompt defines the default prompt function if New left it pending.
func (r *Runner) ensurePrompt() {
	if r.promptPending {
		r.promptPending = false
		r.defineDefaultPrompt()
	}
}

// ScriptBlock is a function's body as a script block, for the
// ScriptBlock property of its FunctionInfo ((Get-Command prompt).ScriptBlock).
func (f *funcCode) ScriptBlock() object.ScriptBlock { return f.sb }
