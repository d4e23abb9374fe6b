package session

import (
	"sort"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/wildcard"
)

// commandTypes is System.Management.Automation.CommandTypes.
var commandTypes = &pipeline.EnumType{
	FullName: "System.Management.Automation.CommandTypes",
	Values:   []string{"Alias", "Function", "Filter", "Cmdlet", "ExternalScript", "Application", "Script", "Workflow", "Configuration", "All"},
	Flags:    true,
}

func commandTypeParam() *pipeline.ParamDecl {
	p := pipeline.NewParam("CommandType", "System.Management.Automation.CommandTypes").At("AllCommandSet", -1).Alias("Type").FromPipeline(false, true).
		Describe("Gets only commands of these types: Alias, Function, Filter, Cmdlet, ExternalScript, Application, Script, All.")
	p.Enum = commandTypes
	return p
}

func getCommand() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Get-Command", Kind: pipeline.KindCmdlet, Module: modCore,
		TypeName:   "Microsoft.PowerShell.Commands.GetCommandCommand",
		DefaultSet: "CmdletSet",
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("Name", "string[]").At("AllCommandSet", 0).FromPipeline(true, true).Describe("The names of the commands to get (wildcards allowed).").Wild(),
			pipeline.NewParam("Verb", "string[]").At("CmdletSet", -1).FromPipeline(false, true).Describe("Gets the commands whose names begin with these verbs (wildcards allowed).").Wild(),
			pipeline.NewParam("Noun", "string[]").At("CmdletSet", -1).FromPipeline(false, true).Describe("Gets the commands whose names end with these nouns (wildcards allowed).").Wild(),
			named("Module", "string[]").Alias("PSSnapin").FromPipeline(false, true).Describe("Gets the commands of these modules (wildcards allowed).").Wild(),
			commandTypeParam(),
			named("TotalCount", "int").FromPipeline(false, true).Describe("Gets at most this many commands."),
			named("Syntax", "switch").FromPipeline(false, true).Describe("Gets the syntax of each command instead of the command object."),
			named("All", "switch").FromPipeline(false, true).Describe("Gets every command of a name, not only the one that runs."),
			pipeline.NewParam("ArgumentList", "object[]").At(pipeline.AllSets, 1).Alias("Args").Describe("Accepted for compatibility; dynamic parameters do not depend on it here."),
			named("ParameterName", "string[]").Describe("Gets the commands that have these parameters (wildcards allowed).").Wild(),
			named("ParameterType", "string[]").Describe("Gets the commands that have a parameter of one of these types."),
			named("ListImported", "switch").FromPipeline(false, true).Describe("Gets only the commands of the current session, which here are all of them."),
		},
		Synopsis:    "Gets all commands.",
		Description: "Gets the cmdlets, functions and aliases of the session, or those -Name, -Verb, -Noun, -Module and -CommandType select. With -Syntax it shows how each command is called, one line per parameter set.",
		Examples: []pipeline.Example{
			{Code: "Get-Command", Remarks: "Gets all the commands."},
			{Code: "Get-Command -Name *Certificate*", Remarks: "Gets the commands whose names contain Certificate."},
			{Code: "Get-Command Set-CsCertificate -Syntax", Remarks: "Shows the syntax of Set-CsCertificate."},
		},
		Outputs: commandInfoType,
		Process: runGetCommand,
	}
}

// kindRank orders command kinds as Get-Command lists them.
func kindRank(k pipeline.CommandKind) int {
	switch k {
	case pipeline.KindAlias:
		return 0
	case pipeline.KindFunction:
		return 1
	case pipeline.KindFilter:
		return 2
	case pipeline.KindCmdlet:
		return 3
	case pipeline.KindExternalScript:
		return 4
	}
	return 5
}

func sortCommands(cs []*pipeline.CommandInfo) {
	sort.SliceStable(cs, func(i, j int) bool {
		ri, rj := kindRank(cs[i].Kind), kindRank(cs[j].Kind)
		if ri != rj {
			return ri < rj
		}
		return strings.ToLower(cs[i].Name) < strings.ToLower(cs[j].Name)
	})
}

// typeAllowed applies -CommandType.
func typeAllowed(c *pipeline.Call, ci *pipeline.CommandInfo) bool {
	if !c.Has("CommandType") {
		return true
	}
	for _, t := range strings.Split(c.String("CommandType"), ",") {
		t = strings.TrimSpace(t)
		switch {
		case strings.EqualFold(t, "All"):
			return true
		case strings.EqualFold(t, ci.Kind.String()):
			return true
		case strings.EqualFold(t, "Script") && ci.Kind == pipeline.KindExternalScript:
			return true
		}
	}
	return false
}

// filterCommand applies -Module, -CommandType, -Verb, -Noun and
// -ParameterName.
func filterCommand(c *pipeline.Call, ci *pipeline.CommandInfo) bool {
	if !typeAllowed(c, ci) {
		return false
	}
	if mods := stringsOf(c, "Module"); len(mods) > 0 && !matches(mods, ci.Module) {
		return false
	}
	if verbs, nouns := stringsOf(c, "Verb"), stringsOf(c, "Noun"); len(verbs) > 0 || len(nouns) > 0 {
		if ci.Kind == pipeline.KindAlias {
			return false
		}
		i := strings.Index(ci.Name, "-")
		if i <= 0 {
			return false
		}
		if len(verbs) > 0 && !matches(verbs, ci.Name[:i]) {
			return false
		}
		if len(nouns) > 0 && !matches(nouns, ci.Name[i+1:]) {
			return false
		}
	}
	if pt := stringsOf(c, "ParameterType"); len(pt) > 0 && !hasParameterType(ci, pt) {
		return false
	}
	if pn := stringsOf(c, "ParameterName"); len(pn) > 0 {
		found := false
		for _, p := range ci.Params {
			if matches(pn, p.Name) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func runGetCommand(c *pipeline.Call) error {
	var found []*pipeline.CommandInfo
	all := append([]*pipeline.CommandInfo(nil), c.Rt.Commands()...)
	sortCommands(all)
	names := stringsOf(c, "Name")
	if len(names) == 0 {
		for _, ci := range all {
			if filterCommand(c, ci) {
				found = append(found, ci)
			}
		}
	}
	for _, pat := range names {
		var hits []*pipeline.CommandInfo
		for _, ci := range all {
			if ok, _ := wildcard.Match(pat, ci.Name, false); ok && filterCommand(c, ci) {
				hits = append(hits, ci)
			}
		}
		if !wildcard.HasWildcard(pat) {
			if len(hits) == 0 {
				if ci, ok := c.Rt.Lookup(pat); ok && filterCommand(c, ci) {
					hits = append(hits, ci)
				}
			}
			if len(hits) > 1 && !c.Switch("All") {
				hits = hits[:1]
			}
			if len(hits) == 0 {
				if err := writeErr(c, exCommandMissing,
					"The term '"+pat+"' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
					"CommandNotFoundException", "ObjectNotFound", pat); err != nil {
					return err
				}
				continue
			}
		}
		found = append(found, hits...)
	}
	if c.Has("TotalCount") {
		if n, ok := c.Get("TotalCount").(int32); ok && n >= 0 && int(n) < len(found) {
			found = found[:n]
		}
	}
	for _, ci := range found {
		var out any
		if c.Switch("Syntax") {
			out = commandSyntax(c.Rt, ci)
		} else {
			out = commandObject(c.Rt, ci)
		}
		if err := c.Out(out); err != nil {
			return err
		}
	}
	return nil
}

// commandSyntax is Get-Command -Syntax's text: an alias shows its
// target's syntax.
func commandSyntax(rt pipeline.Runtime, ci *pipeline.CommandInfo) string {
	if ci.Kind == pipeline.KindAlias {
		if t, ok := rt.Lookup(ci.Target); ok && t.Kind != pipeline.KindAlias {
			return pipeline.Syntax(t)
		}
		return ci.Target
	}
	if ci.Kind == pipeline.KindApplication || ci.Kind == pipeline.KindExternalScript && len(ci.Params) == 0 {
		return ci.Path
	}
	return pipeline.Syntax(ci)
}

// hasParameterType reports whether one of ci's parameters has one of the
// types: a type given by its full name (System.String) or its short name
// (String, string) matches the parameter's type, with or without [].
func hasParameterType(ci *pipeline.CommandInfo, types []string) bool {
	short := func(t string) string {
		t = strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(t, "]"), "["))
		t = strings.TrimSuffix(t, "[]")
		if i := strings.LastIndexByte(t, '.'); i >= 0 {
			t = t[i+1:]
		}
		switch t {
		case "switch", "switchparameter":
			return "switchparameter"
		case "int", "int32":
			return "int32"
		case "long", "int64":
			return "int64"
		case "bool", "boolean":
			return "boolean"
		}
		return t
	}
	for _, p := range ci.Params {
		for _, t := range types {
			if short(p.Type) == short(t) {
				return true
			}
		}
	}
	return false
}
