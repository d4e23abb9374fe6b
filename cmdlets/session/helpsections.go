package session

import (
	"os"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/wildcard"
)

// addHelpSections gives Get-Help's object the parts of a function's
// comment-based help beyond Synopsis and examples, shaped as the MAML
// help object is (ScriptHelp.Tests.ps1): alertSet.alert (.NOTES),
// relatedLinks.navigationLink (.LINK: a URI fills uri, other text
// linkText), inputTypes.inputType.type.name (.INPUTS),
// returnValues.returnValue.type.name (.OUTPUTS), Component, Role and
// Functionality. A function without comment help has its syntax as the
// synopsis, as 5.1 generates.
func addHelpSections(o *object.PSObject, ci *pipeline.CommandInfo) {
	h := ci.Help
	if h == nil {
		if ci.Kind == pipeline.KindFunction || ci.Kind == pipeline.KindFilter {
			o.SetProp("Synopsis", "\n"+strings.Join(pipeline.SyntaxLines(ci), "\n")+"\n")
		}
		return
	}
	if h.Notes != "" {
		alert := newObject([]string{"MamlParaTextItem", "System.Management.Automation.PSCustomObject", "System.Object"},
			prop{"Text", h.Notes})
		o.SetProp("alertSet", newObject(maml("MamlCommandAlertSet"), prop{"alert", []any{alert}}))
	}
	if len(h.Links) > 0 {
		var links []any
		for _, l := range h.Links {
			text, uri := l, ""
			if strings.Contains(l, "://") {
				text, uri = "", l
			}
			links = append(links, newObject(maml("MamlNavigationLink"), prop{"linkText", text}, prop{"uri", uri}))
		}
		var nav any = links
		if len(links) == 1 {
			nav = links[0]
		}
		o.SetProp("relatedLinks", newObject(maml("MamlRelatedLinks"), prop{"navigationLink", nav}))
	}
	if h.Inputs != "" {
		o.SetProp("inputTypes", typeSection("inputType", h.Inputs))
	}
	if h.Outputs != "" {
		o.SetProp("returnValues", typeSection("returnValue", h.Outputs))
	}
	for _, p := range []prop{{"Component", h.Component}, {"Role", h.Role}, {"Functionality", h.Functionality}} {
		if p.val != "" {
			o.SetProp(p.name, p.val)
		}
	}
}

// typeSection is inputTypes/returnValues: {kind = {type = {name = text}}}.
func typeSection(kind, text string) *object.PSObject {
	t := newObject(maml("MamlCommandType"), prop{"name", text})
	return newObject(maml("MamlCommand"+strings.ToUpper(kind[:1])+kind[1:]+"s"), prop{kind, newObject(maml("MamlCommand"+strings.ToUpper(kind[:1])+kind[1:]), prop{"type", t})})
}

// maml is the type names of one part of a MAML help object.
func maml(name string) []string {
	return []string{name, "System.Management.Automation.PSCustomObject", "System.Object"}
}

// helpFilterMatches applies Get-Help's -Component, -Role and
// -Functionality: each one given must match (wildcards, any case) the
// command's section of that name; a command without the section does
// not match, and Get-Help then reports HelpNotFound.
func helpFilterMatches(c *pipeline.Call, ci *pipeline.CommandInfo) bool {
	var h pipeline.CommentHelp
	if ci.Help != nil {
		h = *ci.Help
	}
	for _, f := range []struct{ param, value string }{
		{"Component", h.Component}, {"Role", h.Role}, {"Functionality", h.Functionality},
	} {
		if !c.Has(f.param) {
			continue
		}
		ok := false
		for _, pat := range stringsOf(c, f.param) {
			if m, _ := wildcard.Match(pat, f.value, false); m && f.value != "" {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// withScriptHelp gives a script file's command its comment-based help,
// read from the file when Get-Help asks (a copy: the lookup's command is
// not changed).
func withScriptHelp(ci *pipeline.CommandInfo) *pipeline.CommandInfo {
	if ci.Kind != pipeline.KindExternalScript || ci.Help != nil || ci.Path == "" {
		return ci
	}
	src, err := os.ReadFile(ci.Path)
	if err != nil {
		return ci
	}
	h, ok := pipeline.ScriptCommentHelp(string(src))
	if !ok {
		return ci
	}
	cp := *ci
	h.Apply(&cp)
	return &cp
}
