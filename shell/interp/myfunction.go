package interp

import (
	"strings"

	"cspsh/pipeline/object"
)

// functionInfoProps adds to the FunctionInfo of $MyInvocation.MyCommand
// the properties a function's CommandInfo has besides its name and type
// (Definition, ScriptBlock, Module, …). Scripts read them, and under
// Set-StrictMode -Version 2 a property that is missing fails where
// PowerShell returns the value or $null.
func (f *callFrame) functionInfoProps(cmd *object.PSObject, name string) {
	def := ""
	var sb any
	if f.sb != nil {
		def = f.sb.String()
		sb = f.sb
	}
	verb, noun := "", ""
	if i := strings.Index(name, "-"); i > 0 {
		verb, noun = name[:i], name[i+1:]
	}
	cmd.SetProp("Definition", def)
	cmd.SetProp("ScriptBlock", sb)
	cmd.SetProp("Verb", verb)
	cmd.SetProp("Noun", noun)
	cmd.SetProp("HelpUri", "")
	cmd.SetProp("Source", "")
	cmd.SetProp("ModuleName", "")
	cmd.SetProp("Module", nil)
	cmd.SetProp("Visibility", "Public")
}

// scriptInfoProps adds the ExternalScriptInfo properties of a script
// file's $MyInvocation.MyCommand beyond its path: the script block and
// its text, and no module.
func (f *callFrame) scriptInfoProps(cmd *object.PSObject) {
	var sb any
	text := ""
	if f.sb != nil {
		sb, text = f.sb, f.sb.String()
	}
	cmd.SetProp("ScriptBlock", sb)
	cmd.SetProp("ScriptContents", text)
	cmd.SetProp("ModuleName", "")
	cmd.SetProp("Module", nil)
	cmd.SetProp("Visibility", "Public")
}
