package session

import (
	"sort"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/wildcard"
)

func getAlias() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Get-Alias", Kind: pipeline.KindCmdlet, Module: modUtility,
		TypeName:   "Microsoft.PowerShell.Commands.GetAliasCommand",
		DefaultSet: "Default",
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("Name", "string[]").At("Default", 0).FromPipeline(true, true).Describe("The aliases to get (wildcards allowed). Default: all.").Wild(),
			named("Exclude", "string[]").Describe("Leaves out the aliases whose names match these patterns.").Wild(),
			scopeParam(),
			pipeline.NewParam("Definition", "string[]").At("Definition", -1).Describe("Gets the aliases of these commands (wildcards allowed).").Wild(),
		},
		Synopsis:    "Gets the aliases for the current session.",
		Description: "Gets the aliases defined in the session, sorted by name, or those named by -Name, or the aliases of the commands -Definition names.",
		Examples: []pipeline.Example{
			{Code: "Get-Alias", Remarks: "Gets all the aliases."},
			{Code: "Get-Alias -Definition Get-ChildItem", Remarks: "Gets the aliases of Get-ChildItem."},
		},
		Outputs: "System.Management.Automation.AliasInfo",
		Process: runGetAlias,
	}
}

// aliases lists the aliases of the session sorted by name.
func aliases(rt pipeline.Runtime) []*pipeline.CommandInfo {
	var out []*pipeline.CommandInfo
	for _, ci := range rt.Commands() {
		if ci.Kind == pipeline.KindAlias {
			out = append(out, ci)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name) })
	return out
}

func runGetAlias(c *pipeline.Call) error {
	all := aliases(c.Rt)
	exclude := stringsOf(c, "Exclude")
	if c.Has("Definition") {
		for _, pat := range stringsOf(c, "Definition") {
			found := false
			for _, a := range all {
				if ok, _ := wildcard.Match(pat, a.Target, false); ok && !excluded(exclude, a.Name) {
					found = true
					if err := c.Out(commandObject(c.Rt, a)); err != nil {
						return err
					}
				}
			}
			if !found && !wildcard.HasWildcard(pat) {
				if err := writeErr(c, exItemNotFound, "This command cannot find a matching alias because an alias with the definition '"+pat+"' does not exist.",
					"ItemNotFoundException", "ObjectNotFound", pat); err != nil {
					return err
				}
			}
		}
		return nil
	}
	names := stringsOf(c, "Name")
	if len(names) == 0 {
		names = []string{"*"}
	}
	for _, pat := range names {
		found := false
		for _, a := range all {
			if ok, _ := wildcard.Match(pat, a.Name, false); ok && !excluded(exclude, a.Name) {
				found = true
				if err := c.Out(commandObject(c.Rt, a)); err != nil {
					return err
				}
			}
		}
		if !found && !wildcard.HasWildcard(pat) {
			if err := writeErr(c, exItemNotFound, "This command cannot find a matching alias because an alias with the name '"+pat+"' does not exist.",
				"ItemNotFoundException", "ObjectNotFound", pat); err != nil {
				return err
			}
		}
	}
	return nil
}

func aliasParams() []*pipeline.ParamDecl {
	return []*pipeline.ParamDecl{
		pipeline.NewParam("Name", "string").Must(pipeline.AllSets, 0).FromPipeline(false, true).Describe("The name of the alias."),
		pipeline.NewParam("Value", "string").Must(pipeline.AllSets, 1).FromPipeline(false, true).Describe("The command the alias runs."),
		named("Description", "string").Describe("A description of the alias."),
		optionParam(),
		named("PassThru", "switch").Describe("Returns the alias object."),
		scopeParam(),
		named("Force", "switch").Describe("Replaces an alias that already exists."),
	}
}

func setAlias() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Set-Alias", Kind: pipeline.KindCmdlet, Module: modUtility,
		TypeName:              "Microsoft.PowerShell.Commands.SetAliasCommand",
		Params:                aliasParams(),
		SupportsShouldProcess: true,
		Synopsis:              "Creates or changes an alias for a cmdlet or other command in the current PowerShell session.",
		Description:           "Creates an alias, or points an existing one at another command, in the current scope or the scope -Scope names.",
		Examples:              []pipeline.Example{{Code: "Set-Alias -Name list -Value Get-ChildItem", Remarks: "Creates the alias list for Get-ChildItem."}},
		Process:               func(c *pipeline.Call) error { return defineAlias(c, "Set Alias", false) },
	}
}

func newAlias() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "New-Alias", Kind: pipeline.KindCmdlet, Module: modUtility,
		TypeName:              "Microsoft.PowerShell.Commands.NewAliasCommand",
		Params:                aliasParams(),
		SupportsShouldProcess: true,
		Synopsis:              "Creates a new alias.",
		Description:           "Creates an alias; it fails when an alias of that name already exists, unless -Force is used.",
		Examples:              []pipeline.Example{{Code: "New-Alias -Name list -Value Get-ChildItem", Remarks: "Creates the alias list for Get-ChildItem."}},
		Process:               func(c *pipeline.Call) error { return defineAlias(c, "New Alias", true) },
	}
}

func defineAlias(c *pipeline.Call, action string, isNew bool) error {
	name, target := c.String("Name"), c.String("Value")
	if isNew && !c.Switch("Force") {
		for _, a := range aliases(c.Rt) {
			if strings.EqualFold(a.Name, name) {
				return writeErr(c, exSessionState, "Alias not allowed because an alias with the name '"+name+"' already exists.",
					"AliasAlreadyExists", "ResourceExists", name)
			}
		}
	}
	table := aliasOptionTable(c)
	if ok, err := aliasWritable(c, table, name); !ok {
		return err
	}
	if !c.ShouldProcess("Name: "+name+" Value: "+target, action) {
		return nil
	}
	if err := c.Rt.SetAlias(name, target, c.String("Scope")); err != nil {
		return writeRecord(c, err)
	}
	if table != nil {
		// Recorded even without -Option: the alias is no longer the
		// built-in one of that name, whose options it must not show.
		opt := "None"
		if c.Has("Option") {
			opt = c.String("Option")
		}
		table[strings.ToLower(name)] = opt
	}
	if c.Has("Option") && hasOption(c.String("Option"), "Private") {
		// The interpreter's scopes decide who sees a private alias.
		if p, ok := c.Rt.(interface {
			SetAliasPrivate(name, scope string) error
		}); ok {
			if err := p.SetAliasPrivate(name, c.String("Scope")); err != nil {
				return writeRecord(c, err)
			}
		}
	}
	recordAliasMeta(c.Rt, name, c.String("Description"))
	if c.Switch("PassThru") {
		return c.Out(commandObject(c.Rt, &pipeline.CommandInfo{Name: name, Kind: pipeline.KindAlias, Target: target, Description: c.String("Description")}))
	}
	return nil
}
