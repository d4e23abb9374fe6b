package pipeline

import (
	"strconv"
	"strings"

	"cspsh/pipeline/wildcard"
)

// HelpOptions picks the Get-Help view.
type HelpOptions struct {
	Detailed bool
	Full     bool
	Examples bool
	// Parameter, when set, shows only the parameters matching these
	// names (wildcards allowed).
	Parameter []string
	// Aliases are the command's aliases, which help without content
	// lists under ALIASES.
	Aliases []string
	// Width, when set, wraps the text at word boundaries to fit a
	// console of that width, keeping each line's indentation.
	Width int
}

// hasHelpContent reports whether the command has written help; PowerShell
// shows a command without any (a plain function) in a shorter form.
func hasHelpContent(ci *CommandInfo) bool {
	if ci.Synopsis != "" || ci.Description != "" || len(ci.Examples) > 0 {
		return true
	}
	for _, p := range ci.Params {
		if p.Help != "" {
			return true
		}
	}
	return false
}

// noContentHelp is Get-Help's view of a command without help content.
func noContentHelp(ci *CommandInfo, o HelpOptions) string {
	var b strings.Builder
	b.WriteString("\nNAME\n" + helpIndent + ci.Name + "\n" + helpIndent + "\n")
	b.WriteString("SYNTAX\n")
	for _, l := range HelpSyntaxLines(ci) {
		b.WriteString(helpIndent + l + "\n" + helpIndent + "\n")
	}
	b.WriteString("\nALIASES\n")
	if len(o.Aliases) == 0 {
		b.WriteString(helpIndent + "None\n")
	}
	for _, a := range o.Aliases {
		b.WriteString(helpIndent + a + "\n")
	}
	b.WriteString(helpIndent + "\n\nREMARKS\n" + helpIndent + "None\n\n")
	return b.String()
}

const helpIndent = "    "

// HelpText renders a command's help as Windows PowerShell's Get-Help
// formats it, from the command's declaration.
func HelpText(ci *CommandInfo, o HelpOptions) string {
	text := helpText(ci, o)
	if o.Width > 0 {
		text = wrapLines(text, o.Width-1)
	}
	return text
}

// wrapLines breaks lines longer than width at spaces; the continuation
// lines keep the indentation of the line they came from.
func wrapLines(text string, width int) string {
	lines := strings.Split(text, "\n")
	var out []string
	for _, l := range lines {
		for len([]rune(l)) > width {
			indent := l[:len(l)-len(strings.TrimLeft(l, " "))]
			cut := -1
			r := []rune(l)
			for i := width; i > len(indent); i-- {
				if r[i] == ' ' {
					cut = i
					break
				}
			}
			if cut < 0 {
				break
			}
			out = append(out, strings.TrimRight(string(r[:cut]), " "))
			l = indent + strings.TrimLeft(string(r[cut:]), " ")
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

func helpText(ci *CommandInfo, o HelpOptions) string {
	var b strings.Builder
	if len(o.Parameter) > 0 {
		for _, p := range helpParams(ci) {
			for _, pat := range o.Parameter {
				if ok, _ := wildcard.Match(pat, p.Name, false); ok {
					b.WriteString("\n")
					writeParamBlock(&b, ci, p, "")
					b.WriteString("\n")
					break
				}
			}
		}
		return b.String()
	}
	if !hasHelpContent(ci) && !o.Full && !o.Detailed && !o.Examples {
		return noContentHelp(ci, o)
	}
	b.WriteString("\nNAME\n")
	b.WriteString(helpIndent + ci.Name + "\n" + helpIndent + "\n")
	b.WriteString("SYNOPSIS\n")
	writeIndented(&b, helpSynopsis(ci), helpIndent)
	b.WriteString(helpIndent + "\n")
	if o.Examples {
		writeExamples(&b, ci)
		return b.String()
	}
	b.WriteString(helpIndent + "\n")
	b.WriteString("SYNTAX\n")
	for _, l := range HelpSyntaxLines(ci) {
		b.WriteString(helpIndent + l + "\n" + helpIndent + "\n")
	}
	b.WriteString(helpIndent + "\n")
	b.WriteString("DESCRIPTION\n")
	desc := ci.Description
	if desc == "" {
		desc = ci.Synopsis
	}
	writeIndented(&b, desc, helpIndent)
	b.WriteString(helpIndent + "\n")
	if o.Detailed || o.Full {
		b.WriteString("\nPARAMETERS\n")
		for _, p := range helpParams(ci) {
			if o.Full {
				writeParamBlock(&b, ci, p, helpIndent)
			} else {
				b.WriteString(helpIndent + "-" + p.Name + helpParamType(p) + "\n")
				writeIndented(&b, paramHelpText(ci, p), helpIndent+helpIndent)
				b.WriteString(helpIndent + helpIndent + "\n")
			}
		}
		if hasCommonParams(ci) {
			b.WriteString(helpIndent + "<CommonParameters>\n")
			writeIndented(&b, commonParamsHelp, helpIndent+helpIndent)
			b.WriteString(helpIndent + "\n")
		}
		if o.Full {
			b.WriteString("INPUTS\n" + helpIndent + inputTypes(ci) + "\n" + helpIndent + "\n" + helpIndent + "\n")
			out := ci.Outputs
			if out == "" {
				out = "System.Object"
			}
			b.WriteString("OUTPUTS\n" + helpIndent + out + "\n" + helpIndent + "\n" + helpIndent + "\n")
		}
		writeExamples(&b, ci)
		if o.Full {
			b.WriteString("RELATED LINKS\n\n")
			return b.String()
		}
	} else {
		b.WriteString("\nRELATED LINKS\n\n")
	}
	b.WriteString("REMARKS\n")
	n := ci.Name
	b.WriteString(helpIndent + "To see the examples, type: \"get-help " + n + " -examples\".\n")
	b.WriteString(helpIndent + "For more information, type: \"get-help " + n + " -detailed\".\n")
	b.WriteString(helpIndent + "For technical information, type: \"get-help " + n + " -full\".\n\n")
	return b.String()
}

// commonParamsHelp is the <CommonParameters> paragraph of Windows
// PowerShell 5.1 help.
const commonParamsHelp = "This cmdlet supports the common parameters: Verbose, Debug,\n" +
	"ErrorAction, ErrorVariable, WarningAction, WarningVariable,\n" +
	"OutBuffer, PipelineVariable, and OutVariable. For more information, see \n" +
	"about_CommonParameters (https:/go.microsoft.com/fwlink/?LinkID=113216). "

func helpSynopsis(ci *CommandInfo) string {
	if ci.Synopsis != "" {
		return ci.Synopsis
	}
	// Help without a written synopsis shows the syntax, as PowerShell
	// does for commands without help content.
	return strings.Join(HelpSyntaxLines(ci), "\n")
}

// helpParams lists the parameters help documents: declared ones in
// declaration order, then -WhatIf and -Confirm.
func helpParams(ci *CommandInfo) []*ParamDecl {
	var out []*ParamDecl
	for _, p := range ci.Params {
		if !p.DontShow {
			out = append(out, p)
		}
	}
	if ci.SupportsShouldProcess {
		out = append(out, ShouldProcessParams...)
	}
	return out
}

func helpParamType(p *ParamDecl) string {
	if p.IsSwitch() {
		return " [<SwitchParameter>]"
	}
	return " <" + shortTypeName(p) + ">"
}

// writeParamBlock writes one parameter as Get-Help -Full and -Parameter
// show it.
func writeParamBlock(b *strings.Builder, ci *CommandInfo, p *ParamDecl, indent string) {
	in2 := indent + helpIndent
	b.WriteString(indent + "-" + p.Name + helpParamType(p) + "\n")
	help := paramHelpText(ci, p)
	if help == "" {
		help = shouldProcessHelp(p.Name)
	}
	writeIndented(b, help, in2)
	b.WriteString(in2 + "\n")
	required, position, pipe := paramFacts(p)
	def := p.Default
	if def == "" {
		def = "None"
		if p.IsSwitch() {
			def = "False"
		}
	}
	b.WriteString(in2 + "Required?                    " + required + "\n")
	b.WriteString(in2 + "Position?                    " + position + "\n")
	b.WriteString(in2 + "Default value                " + def + "\n")
	b.WriteString(in2 + "Accept pipeline input?       " + pipe + "\n")
	wild := "false"
	if p.SupportsWildcards {
		wild = "true"
	}
	b.WriteString(in2 + "Accept wildcard characters?  " + wild + "\n")
	if len(p.Aliases) > 0 {
		b.WriteString(in2 + "Aliases                      " + strings.Join(p.Aliases, ", ") + "\n")
	}
	b.WriteString(in2 + "\n")
}

// shouldProcessHelp is the description Get-Help gives -WhatIf and
// -Confirm.
func shouldProcessHelp(name string) string {
	switch name {
	case "WhatIf":
		return "Shows what would happen if the cmdlet runs. The cmdlet is not run."
	case "Confirm":
		return "Prompts you for confirmation before running the cmdlet."
	}
	return ""
}

// paramFacts summarises a parameter over its sets for help: required in
// any set, its first position, and how it takes pipeline input.
func paramFacts(p *ParamDecl) (required, position, pipe string) {
	required, position = "false", "named"
	byValue, byName := false, false
	for _, s := range p.Sets {
		if s.Mandatory {
			required = "true"
		}
		if s.Position >= 0 && position == "named" {
			position = itoa(s.Position)
		}
		byValue = byValue || s.ValueFromPipeline
		byName = byName || s.ValueFromPipelineByPropertyName
	}
	switch {
	case byValue && byName:
		pipe = "True (ByValue, ByPropertyName)"
	case byValue:
		pipe = "True (ByValue)"
	case byName:
		pipe = "True (ByPropertyName)"
	default:
		pipe = "False"
	}
	return
}

// inputTypes lists the types the command takes from the pipeline.
func inputTypes(ci *CommandInfo) string {
	var out []string
	for _, p := range ci.Params {
		for _, s := range p.Sets {
			if s.ValueFromPipeline || s.ValueFromPipelineByPropertyName {
				t := paramTypeName(p)
				if !containsFold(out, t) {
					out = append(out, t)
				}
				break
			}
		}
	}
	if len(out) == 0 {
		return "None"
	}
	return strings.Join(out, "\n"+helpIndent)
}

func writeExamples(b *strings.Builder, ci *CommandInfo) {
	for i, ex := range ci.Examples {
		title := ex.Title
		if title == "" {
			title = "EXAMPLE " + itoa(i+1)
		}
		b.WriteString(helpIndent + "-------------------------- " + title + " --------------------------\n")
		b.WriteString(helpIndent + "\n")
		code := strings.Split(ex.Code, "\n")
		for j, l := range code {
			if j == 0 {
				l = "PS C:\\>" + l
			}
			b.WriteString(helpIndent + l + "\n")
		}
		b.WriteString(helpIndent + "\n")
		if ex.Remarks != "" {
			writeIndented(b, ex.Remarks, helpIndent)
		}
		b.WriteString(helpIndent + "\n" + helpIndent + "\n" + helpIndent + "\n")
	}
}

// writeIndented writes text line by line with an indent.
func writeIndented(b *strings.Builder, text, indent string) {
	if text == "" {
		return
	}
	for _, l := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		b.WriteString(indent + l + "\n")
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// paramHelpText is a parameter's description: its help text, or, for a
// function without comment-based help, its HelpMessage
// (about_Functions_Advanced_Parameters, "HelpMessage argument").
func paramHelpText(ci *CommandInfo, p *ParamDecl) string {
	if p.Help != "" || ci.Help != nil || (ci.Kind != KindFunction && ci.Kind != KindFilter && ci.Kind != KindExternalScript) {
		return p.Help
	}
	for _, s := range p.Sets {
		if s.HelpMessage != "" {
			return s.HelpMessage
		}
	}
	return ""
}
