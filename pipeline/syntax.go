package pipeline

import (
	"sort"
	"strings"

	"cspsh/internal/lazy"
)

// syntaxTypeNames are the type accelerators Get-Command -Syntax shows in
// place of .NET names (PowerShell's ToStringCodeMethods.Type), built on
// first use rather than at start-up.
var syntaxTypeNamesTable = lazy.Value[map[string]string]{Build: func() map[string]string {
	return map[string]string{
		"System.String":   "string",
		"System.Int32":    "int",
		"System.Int64":    "long",
		"System.UInt32":   "uint32",
		"System.UInt64":   "uint64",
		"System.Byte":     "byte",
		"System.Double":   "double",
		"System.Single":   "float",
		"System.Decimal":  "decimal",
		"System.Boolean":  "bool",
		"System.Char":     "char",
		"System.DateTime": "datetime",
		"System.TimeSpan": "timespan",
		"System.Management.Automation.ScriptBlock":     "scriptblock",
		"System.Management.Automation.SwitchParameter": "switch",
		"System.Management.Automation.PSCredential":    "pscredential",
		"System.Management.Automation.PSObject":        "psobject",
		"System.Collections.Hashtable":                 "hashtable",
		"System.Security.SecureString":                 "securestring",
		"System.Text.RegularExpressions.Regex":         "regex",
		"System.Version":                               "version",
		"System.Uri":                                   "uri",
		"System.Guid":                                  "guid",
		"System.Type":                                  "type",
		"System.Xml.XmlDocument":                       "xml",
	}
}}

func syntaxTypeNames() map[string]string { return syntaxTypeNamesTable.Get() }

// syntaxType is a parameter's type as Get-Command -Syntax prints it.
func syntaxType(p *ParamDecl) string {
	if p.DisplayType != "" {
		return "<" + p.DisplayType + ">"
	}
	full := paramTypeName(p)
	arr := strings.HasSuffix(full, "[]")
	full = strings.TrimSuffix(full, "[]")
	name, ok := syntaxTypeNames()[full]
	if !ok {
		name = full
		if i := strings.LastIndex(name, "."); i >= 0 {
			name = name[i+1:]
		}
	}
	if arr {
		name += "[]"
	}
	return "<" + name + ">"
}

// helpType is a parameter's type as Get-Help's SYNTAX prints it: the
// .NET short name, or the enum's or ValidateSet's values in braces.
func helpType(p *ParamDecl) string {
	if p.Enum != nil {
		return "{" + strings.Join(p.Enum.Values, " | ") + "}"
	}
	if len(p.ValidateSet) > 0 {
		return "{" + strings.Join(p.ValidateSet, " | ") + "}"
	}
	return "<" + shortTypeName(p) + ">"
}

// SetParam is a parameter as it appears in one set.
type SetParam struct {
	Param   *ParamDecl
	Binding *SetBinding
}

// SetParams lists the parameters of set s in PowerShell's display order:
// positional ones by position, then mandatory named ones, then the other
// named ones, each group in declaration order (common parameters left
// out; -WhatIf and -Confirm last when supported).
func SetParams(ci *CommandInfo, s string) []SetParam {
	var pos, mand, rest []SetParam
	for _, p := range ci.Params {
		if p.DontShow {
			continue
		}
		sb := setBinding(p, s)
		if sb == nil {
			continue
		}
		sp := SetParam{p, sb}
		switch {
		case sb.Position >= 0:
			pos = append(pos, sp)
		case sb.Mandatory:
			mand = append(mand, sp)
		default:
			rest = append(rest, sp)
		}
	}
	sort.SliceStable(pos, func(i, j int) bool { return pos[i].Binding.Position < pos[j].Binding.Position })
	out := append(append(pos, mand...), rest...)
	if ci.SupportsShouldProcess {
		for _, p := range ShouldProcessParams {
			out = append(out, SetParam{p, &allSetsBinding})
		}
	}
	return out
}

// DisplaySets lists the parameter sets as Get-Command and Get-Help show
// them: the default set first, then the others in declaration order.
func DisplaySets(ci *CommandInfo) []string {
	sets := setNames(ci)
	d := ci.DefaultSet
	if d == "" || !containsFold(sets, d) {
		return sets
	}
	out := []string{}
	for _, s := range sets {
		if strings.EqualFold(s, d) {
			out = append(out, s)
		}
	}
	for _, s := range sets {
		if !strings.EqualFold(s, d) {
			out = append(out, s)
		}
	}
	return out
}

// hasCommonParams reports whether the command takes the common
// parameters (cmdlets and advanced functions).
func hasCommonParams(ci *CommandInfo) bool {
	switch ci.Kind {
	case KindFunction, KindFilter, KindExternalScript:
		return ci.CmdletBinding
	}
	return true
}

// syntaxLine formats one set: "Name [[-Identity] <XdsIdentity>] [-Type
// <CertType[]>] [-Force] [<CommonParameters>]". typ picks the type
// display (Get-Command's or Get-Help's).
func syntaxLine(ci *CommandInfo, s string, typ func(*ParamDecl) string) string {
	var sb strings.Builder
	sb.WriteString(ci.Name)
	for _, sp := range SetParams(ci, s) {
		sb.WriteByte(' ')
		p, m, positional := sp.Param, sp.Binding.Mandatory, sp.Binding.Position >= 0
		switch {
		case p.IsSwitch() && m:
			sb.WriteString("-" + p.Name)
		case p.IsSwitch():
			sb.WriteString("[-" + p.Name + "]")
		case m && positional:
			sb.WriteString("[-" + p.Name + "] " + typ(p))
		case m:
			sb.WriteString("-" + p.Name + " " + typ(p))
		case positional:
			sb.WriteString("[[-" + p.Name + "] " + typ(p) + "]")
		default:
			sb.WriteString("[-" + p.Name + " " + typ(p) + "]")
		}
	}
	if hasCommonParams(ci) {
		sb.WriteString(" [<CommonParameters>]")
	}
	return sb.String()
}

// SyntaxLines returns one Get-Command -Syntax line per parameter set.
func SyntaxLines(ci *CommandInfo) []string {
	var out []string
	for _, s := range DisplaySets(ci) {
		out = append(out, syntaxLine(ci, s, syntaxType))
	}
	return out
}

// HelpSyntaxLines returns the SYNTAX lines of Get-Help.
func HelpSyntaxLines(ci *CommandInfo) []string {
	var out []string
	for _, s := range DisplaySets(ci) {
		out = append(out, syntaxLine(ci, s, helpType))
	}
	return out
}

// Syntax is CommandInfo.Definition/Syntax as Get-Command -Syntax prints
// it: each set's line preceded by an empty line.
func Syntax(ci *CommandInfo) string {
	var sb strings.Builder
	for _, l := range SyntaxLines(ci) {
		sb.WriteString("\n" + l + "\n")
	}
	return sb.String()
}
