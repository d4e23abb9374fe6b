package session

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/wildcard"
)

// Set-Variable, New-Variable, Remove-Variable and Clear-Variable.

func setVariable() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Set-Variable", Kind: pipeline.KindCmdlet, Module: modUtility,
		TypeName: "Microsoft.PowerShell.Commands.SetVariableCommand",
		Params: []*pipeline.ParamDecl{
			nameParam("string[]", "The names of the variables to set."),
			positional("Value", "object", 1).FromPipeline(true, true).Describe("The value to give the variables. Objects piped in become the value (several become an array)."),
			named("Include", "string[]").Describe("Only the variables whose names match these patterns.").Wild(),
			named("Exclude", "string[]").Describe("Leaves out the variables whose names match these patterns.").Wild(),
			named("Description", "string").Describe("A description of the variable."),
			optionParam(),
			visibilityParam(),
			named("Force", "switch").Describe("Allows replacing a read-only variable."),
			named("PassThru", "switch").Describe("Returns the variable object."),
			scopeParam(),
		},
		SupportsShouldProcess: true,
		Synopsis:              "Sets the value of a variable. Creates the variable if one with the requested name does not exist.",
		Description:           "Assigns a value to one or more variables, creating them when they do not exist, in the current scope or the scope -Scope names.",
		Examples: []pipeline.Example{
			{Code: "Set-Variable -Name desc -Value \"A description\"", Remarks: "Sets $desc."},
		},
		Process: runSetVariable,
		End:     endSetVariable,
	}
}

// pipedValues collects the values piped into Set-Variable.
type pipedValues struct{ items []any }

func runSetVariable(c *pipeline.Call) error {
	if c.HasInput {
		st, _ := c.State.(*pipedValues)
		if st == nil {
			st = &pipedValues{}
			c.State = st
		}
		st.items = append(st.items, c.Get("Value"))
		return nil
	}
	return setVariables(c, c.Get("Value"), c.Has("Value"))
}

func endSetVariable(c *pipeline.Call) error {
	st, _ := c.State.(*pipedValues)
	if st == nil {
		return nil
	}
	var v any
	if len(st.items) == 1 {
		v = st.items[0]
	} else {
		v = st.items
	}
	return setVariables(c, v, true)
}

// setVariables gives each named variable the value (or, without one,
// keeps its value and only changes description/options).
func setVariables(c *pipeline.Call, value any, hasValue bool) error {
	scope := c.String("Scope")
	include, exclude := stringsOf(c, "Include"), stringsOf(c, "Exclude")
	for _, name := range stringsOf(c, "Name") {
		targets := []string{name}
		if wildcard.HasWildcard(name) {
			targets = nil
			vars, err := variablesIn(c, scope)
			if err != nil {
				return err
			}
			for _, v := range vars {
				if ok, _ := wildcard.Match(name, v.Name, false); ok {
					targets = append(targets, v.Name)
				}
			}
		}
		for _, t := range targets {
			if !matches(include, t) || excluded(exclude, t) {
				continue
			}
			val := value
			if !hasValue {
				val, _ = c.Rt.GetVar(t)
			}
			if !c.ShouldProcess("Name: "+t+" Value: "+toStr(val), "Set variable") {
				continue
			}
			v := &pipeline.Variable{Name: t, Value: val, Description: c.String("Description"), Options: c.String("Option")}
			if err := defineVariable(c, v, scope); err != nil {
				if serr := scopeError(c, err); serr != err {
					return serr
				}
				if werr := writeRecord(c, err); werr != nil {
					return werr
				}
				continue
			}
			recordVisibility(c, t)
			if c.Switch("PassThru") {
				if err := c.Out(withVisibility(c, variableObject(v), t)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// defineVariable sets a variable with its options when the runtime
// supports them, otherwise just its value.
func defineVariable(c *pipeline.Call, v *pipeline.Variable, scope string) error {
	if sv, ok := c.Rt.(pipeline.ScopedVariables); ok && (v.Options != "" || v.Description != "" || c.Switch("Force")) {
		return sv.DefineVar(v, scope, c.Switch("Force"))
	}
	return c.Rt.SetVar(v.Name, v.Value, scope)
}

// writeRecord writes a runtime error as a non-terminating error of the
// cmdlet.
func writeRecord(c *pipeline.Call, err error) error {
	switch e := err.(type) {
	case *object.ErrorRecord:
		if e.Exception != nil && !strings.Contains(e.FullyQualifiedErrorID, ",") {
			// The session state's error, written by this cmdlet, is
			// named for it: VariableNotWritable,…SetVariableCommand.
			return c.WriteError(c.Fail(e.Exception, e.FullyQualifiedErrorID, e.Category, e.TargetObject))
		}
		return c.WriteError(e)
	case *object.Exception:
		return c.WriteError(c.Fail(e, shortType(e.Type), "WriteError", nil))
	}
	return err
}

func shortType(full string) string {
	if i := strings.LastIndex(full, "."); i >= 0 {
		return full[i+1:]
	}
	return full
}

func newVariable() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "New-Variable", Kind: pipeline.KindCmdlet, Module: modUtility,
		TypeName: "Microsoft.PowerShell.Commands.NewVariableCommand",
		Params: []*pipeline.ParamDecl{
			nameParam("string", "The name of the new variable."),
			positional("Value", "object", 1).FromPipeline(true, true).Describe("The initial value of the variable."),
			named("Description", "string").Describe("A description of the variable."),
			optionParam(),
			visibilityParam(),
			named("Force", "switch").Describe("Replaces a variable of the same name that already exists."),
			named("PassThru", "switch").Describe("Returns the new variable object."),
			scopeParam(),
		},
		SupportsShouldProcess: true,
		Synopsis:              "Creates a new variable.",
		Description:           "Creates a variable, optionally with a value, a description and options such as ReadOnly or Constant. It fails when a variable of that name already exists in the scope, unless -Force is used.",
		Examples: []pipeline.Example{
			{Code: "New-Variable -Name days -Value 7", Remarks: "Creates $days with the value 7."},
			{Code: "New-Variable -Name max -Value 256 -Option ReadOnly", Remarks: "Creates a read-only variable."},
		},
		Process: runNewVariable,
	}
}

func runNewVariable(c *pipeline.Call) error {
	name, scope := c.String("Name"), c.String("Scope")
	if !c.Switch("Force") && variableExists(c, name, scope) {
		return writeErr(c, exSessionState, "A variable with name '"+name+"' already exists.", "VariableAlreadyExists", "ResourceExists", name)
	}
	v := &pipeline.Variable{Name: name, Value: c.Get("Value"), Description: c.String("Description"), Options: c.String("Option")}
	if v.Options == "" && c.Switch("Force") {
		// -Force makes a new variable in place of the old one: its
		// options are the ones given (None), not the old ones.
		v.Options = "None"
	}
	if !c.ShouldProcess("Name: "+name+" Value: "+toStr(v.Value), "New variable") {
		return nil
	}
	if err := defineVariable(c, v, scope); err != nil {
		if serr := scopeError(c, err); serr != err {
			return serr
		}
		return writeRecord(c, err)
	}
	recordVisibility(c, name)
	if c.Switch("PassThru") {
		return c.Out(withVisibility(c, variableObject(v), name))
	}
	return nil
}

// variableExists reports whether name is defined in the target scope (or,
// when the runtime cannot tell scopes apart, visible at all).
func variableExists(c *pipeline.Call, name, scope string) bool {
	if sv, ok := c.Rt.(pipeline.ScopedVariables); ok {
		s := scope
		if s == "" {
			s = "local"
		}
		vars, err := sv.VariablesIn(s)
		if err == nil {
			for _, v := range vars {
				if strings.EqualFold(v.Name, name) {
					return true
				}
			}
			return false
		}
	}
	s := scope
	if s == "" {
		s = "local"
	}
	vars, _ := variablesIn(c, s)
	for _, v := range vars {
		if strings.EqualFold(v.Name, name) {
			return true
		}
	}
	return false
}

func removeVariable() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Remove-Variable", Kind: pipeline.KindCmdlet, Module: modUtility,
		TypeName: "Microsoft.PowerShell.Commands.RemoveVariableCommand",
		Params: []*pipeline.ParamDecl{
			nameParam("string[]", "The names of the variables to remove (wildcards allowed).").Wild(),
			named("Include", "string[]").Describe("Only the variables whose names match these patterns.").Wild(),
			named("Exclude", "string[]").Describe("Leaves out the variables whose names match these patterns.").Wild(),
			named("Force", "switch").Describe("Removes read-only variables too."),
			scopeParam(),
		},
		SupportsShouldProcess: true,
		Synopsis:              "Deletes a variable and its value.",
		Description:           "Deletes variables from the current scope or the scope -Scope names.",
		Examples:              []pipeline.Example{{Code: "Remove-Variable -Name Smp", Remarks: "Deletes $Smp."}},
		Process:               func(c *pipeline.Call) error { return eachVariable(c, "Remove variable", removeOne) },
	}
}

func removeOne(c *pipeline.Call, name, scope string) error {
	if vars, err := variablesIn(c, scope); err == nil {
		for _, v := range vars {
			if !strings.EqualFold(v.Name, name) {
				continue
			}
			// The nearest definition is the one removed: a constant one
			// never goes, a read-only one only with -Force
			// (SessionStateStrings VariableNotRemovable).
			opts := strings.ToLower(v.Options)
			if strings.Contains(opts, "constant") || strings.Contains(opts, "readonly") && !c.Switch("Force") {
				ex := object.NewException("System.Management.Automation.SessionStateUnauthorizedAccessException",
					"Cannot remove variable %s because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.", v.Name)
				return c.Fail(ex, "VariableNotRemovable", "WriteError", v.Name)
			}
			break
		}
	}
	if err := c.Rt.RemoveVar(name, scope); err != nil {
		return err
	}
	if t := visibilityTable(c); t != nil {
		delete(t, strings.ToLower(name))
	}
	return nil
}

func clearVariable() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Clear-Variable", Kind: pipeline.KindCmdlet, Module: modUtility,
		TypeName: "Microsoft.PowerShell.Commands.ClearVariableCommand",
		Params: []*pipeline.ParamDecl{
			nameParam("string[]", "The names of the variables to clear (wildcards allowed).").Wild(),
			named("Include", "string[]").Describe("Only the variables whose names match these patterns.").Wild(),
			named("Exclude", "string[]").Describe("Leaves out the variables whose names match these patterns.").Wild(),
			named("Force", "switch").Describe("Clears read-only variables too."),
			named("PassThru", "switch").Describe("Returns the cleared variable objects."),
			scopeParam(),
		},
		SupportsShouldProcess: true,
		Synopsis:              "Deletes the value of a variable.",
		Description:           "Sets the value of variables to $null; the variables remain defined.",
		Examples:              []pipeline.Example{{Code: "Clear-Variable my* -Scope Global", Remarks: "Clears the global variables whose names begin with my."}},
		Process:               func(c *pipeline.Call) error { return eachVariable(c, "Clear variable", clearOne) },
	}
}

func clearOne(c *pipeline.Call, name, scope string) error {
	err := c.Rt.SetVar(name, nil, scope)
	if err != nil && c.Switch("Force") {
		err = forceClear(c, name, scope, err)
	}
	if err != nil {
		return err
	}
	if c.Switch("PassThru") {
		return c.Out(variableObject(&pipeline.Variable{Name: name}))
	}
	return nil
}

// eachVariable applies fn to every existing variable -Name selects,
// reporting names that match nothing.
func eachVariable(c *pipeline.Call, action string, fn func(c *pipeline.Call, name, scope string) error) error {
	scope := c.String("Scope")
	vars, err := variablesIn(c, scope)
	if err != nil {
		return err
	}
	include, exclude := stringsOf(c, "Include"), stringsOf(c, "Exclude")
	for _, pat := range stringsOf(c, "Name") {
		found := false
		for _, v := range sortedVariables(vars) {
			if ok, _ := wildcard.Match(pat, v.Name, false); !ok {
				continue
			}
			if !matches(include, v.Name) || excluded(exclude, v.Name) {
				continue
			}
			found = true
			if !c.ShouldProcess("Name: "+v.Name, action) {
				continue
			}
			if err := fn(c, v.Name, scope); err != nil {
				if werr := writeRecord(c, err); werr != nil {
					return werr
				}
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

// forceClear is Clear-Variable -Force on a read-only variable: the value
// goes, the options and description stay. Without -Scope the variable is
// cleared in the nearest of the local, script and global scopes that
// holds it.
func forceClear(c *pipeline.Call, name, scope string, err error) error {
	sv, ok := c.Rt.(pipeline.ScopedVariables)
	if !ok {
		return err
	}
	scopes := []string{scope}
	if scope == "" {
		scopes = []string{"Local", "Script", "Global"}
	}
	for _, at := range scopes {
		vars, verr := sv.VariablesIn(at)
		if verr != nil {
			continue
		}
		for _, v := range vars {
			if !strings.EqualFold(v.Name, name) {
				continue
			}
			if strings.Contains(strings.ToLower(v.Options), "constant") {
				return err
			}
			return sv.DefineVar(&pipeline.Variable{Name: v.Name, Description: v.Description, Options: v.Options}, at, true)
		}
	}
	return err
}
