package session

import (
	"sort"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/wildcard"
)

const psVariableType = "System.Management.Automation.PSVariable"

// scopedItemOptions is System.Management.Automation.ScopedItemOptions.
var scopedItemOptions = &pipeline.EnumType{
	FullName: "System.Management.Automation.ScopedItemOptions",
	Values:   []string{"None", "ReadOnly", "Constant", "Private", "AllScope", "Unspecified"},
	Flags:    true,
}

func optionParam() *pipeline.ParamDecl {
	p := named("Option", "System.Management.Automation.ScopedItemOptions").Describe("Sets the Options of the variable: None, ReadOnly, Constant, Private or AllScope.")
	p.Enum = scopedItemOptions
	return p
}

func nameParam(typ, help string) *pipeline.ParamDecl {
	return pipeline.NewParam("Name", typ).Must(pipeline.AllSets, 0).FromPipeline(false, true).Describe(help)
}

func scopeParam() *pipeline.ParamDecl {
	return named("Scope", "string").Describe("The scope: Global, Local, Script, or a number of levels up from the current scope (0 is the current scope).")
}

func getVariable() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Get-Variable", Kind: pipeline.KindCmdlet, Module: modUtility,
		TypeName: "Microsoft.PowerShell.Commands.GetVariableCommand",
		Params: []*pipeline.ParamDecl{
			positional("Name", "string[]", 0).FromPipeline(true, true).Describe("The names of the variables to get (wildcards allowed). Default: all.").Wild(),
			named("ValueOnly", "switch").Describe("Gets only the values, not the variable objects."),
			named("Include", "string[]").Describe("Only the variables whose names match these patterns.").Wild(),
			named("Exclude", "string[]").Describe("Leaves out the variables whose names match these patterns.").Wild(),
			scopeParam(),
		},
		Synopsis:    "Gets the variables in the current console.",
		Description: "Gets the PowerShell variables visible in the current scope (or in the scope -Scope names), sorted by name, as objects with Name and Value, or with -ValueOnly just their values.",
		Examples: []pipeline.Example{
			{Code: "Get-Variable m*", Remarks: "Gets the variables whose names begin with m."},
			{Code: "Get-Variable -Name PSVersionTable -ValueOnly", Remarks: "Gets the value of $PSVersionTable."},
		},
		Outputs: psVariableType,
		Process: runGetVariable,
	}
}

// variableObject is the PSVariable object Get-Variable returns.
func variableObject(v *pipeline.Variable) *object.PSObject {
	opts := v.Options
	if opts == "" {
		opts = "None"
	}
	o := object.NewObject(psVariableType, "System.Object")
	addNetProps(o,
		netProp{"Name", "string", false, v.Name},
		netProp{"Description", "string", true, v.Description},
		netProp{"Value", "System.Object", true, v.Value},
		netProp{"Visibility", visibilityType, true, "Public"},
		netProp{"Module", "psmoduleinfo", false, nil},
		netProp{"ModuleName", "string", false, ""},
		netProp{"Options", scopedItemOptionsType, true, opts},
		netProp{"Attributes", attributesType, false, attributesOf(v)})
	return o
}

// attributesOf is the variable's Collection[Attribute], empty for a
// plain variable.
func attributesOf(v *pipeline.Variable) *object.List {
	items := v.Attributes
	if items == nil {
		items = []any{}
	}
	return &object.List{TypeName: "System.Collections.ObjectModel.Collection`1[System.Attribute]", Items: items}
}

// variablesIn lists the variables of a scope, or all visible ones.
// Without a runtime that knows scopes it goes by Variable.Scope
// ("Global", "Local", or "" for the scopes between).
func variablesIn(c *pipeline.Call, scope string) ([]*pipeline.Variable, error) {
	if scope == "" {
		return c.Rt.Variables(), nil
	}
	if sv, ok := c.Rt.(pipeline.ScopedVariables); ok {
		vars, err := sv.VariablesIn(scope)
		if err != nil {
			return nil, scopeError(c, err)
		}
		return vars, nil
	}
	all := c.Rt.Variables()
	want := ""
	switch strings.ToLower(scope) {
	case "global":
		want = "Global"
	case "local", "0":
		want = "Local"
		hasLocal := false
		for _, v := range all {
			if v.Scope == "Local" {
				hasLocal = true
				break
			}
		}
		if !hasLocal {
			// At the top level the local scope is the global one.
			want = "Global"
		}
	default:
		return all, nil
	}
	var out []*pipeline.Variable
	for _, v := range all {
		if v.Scope == want {
			out = append(out, v)
		}
	}
	return out, nil
}

func sortedVariables(vs []*pipeline.Variable) []*pipeline.Variable {
	out := append([]*pipeline.Variable(nil), vs...)
	sort.SliceStable(out, func(i, j int) bool { return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name) })
	return out
}

func runGetVariable(c *pipeline.Call) error {
	vars, err := variablesIn(c, c.String("Scope"))
	if err != nil {
		return err
	}
	vars = sortedVariables(vars)
	names := stringsOf(c, "Name")
	if len(names) == 0 {
		names = []string{"*"}
	}
	include, exclude := stringsOf(c, "Include"), stringsOf(c, "Exclude")
	valueOnly := c.Switch("ValueOnly")
	for _, pat := range names {
		found := false
		for _, v := range vars {
			if ok, _ := wildcard.Match(pat, v.Name, false); !ok {
				continue
			}
			if !matches(include, v.Name) || excluded(exclude, v.Name) || visibilityOf(c, v.Name) == "Private" {
				continue
			}
			found = true
			var out any = variableObject(v)
			if valueOnly {
				out = v.Value
			}
			if err := c.Out(out); err != nil {
				return err
			}
		}
		if !found && !wildcard.HasWildcard(pat) {
			if err := variableNotFound(c, pat); err != nil {
				return err
			}
		}
	}
	return nil
}

func variableNotFound(c *pipeline.Call, name string) error {
	return writeErr(c, exItemNotFound, "Cannot find a variable with the name '"+name+"'.", "VariableNotFound", "ObjectNotFound", name)
}
