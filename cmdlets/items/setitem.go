package items

import (
	"os"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/wildcard"
)

// setItemCmdlet is Set-Item: the value of an item of a session drive
// (Env:, Variable:, Alias:, Function:), made when it does not exist. The
// FileSystem and Certificate providers have no item values to set.
func setItemCmdlet() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Set-Item", Module: management, SupportsShouldProcess: true, DefaultSet: "Path",
		Synopsis:    "Changes the value of an item.",
		Description: "Sets an environment variable, a variable, an alias or a function to the value given, creating it when it does not exist; without a value, an environment variable, alias or function is removed.",
		Examples: []pipeline.Example{
			{Code: `Set-Item -Path Env:CSPSH_ROLE -Value Administrator`, Remarks: "Sets an environment variable."},
			{Code: `Set-Item -Path Function:prompt -Value { 'PS> ' }`, Remarks: "Replaces the prompt function."},
		},
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("Path", "string[]").Must("Path", 0).FromPipeline(false, true).Describe("The items to set; wildcards name every matching item."),
			pipeline.NewParam("LiteralPath", "string[]").Must("LiteralPath", -1).FromPipeline(false, true).Alias("PSPath", "LP").Describe("The items, taken literally."),
			pipeline.NewParam("Value", "Object").At(pipeline.AllSets, 1).FromPipeline(true, true).Describe("The new value."),
			pipeline.NewParam("Force", "switch").Describe("Sets items that could not be changed otherwise."),
			pipeline.NewParam("PassThru", "switch").Describe("Returns the item that was set."),
			pipeline.NewParam("Filter", "string").Describe("A wildcard the names must match."),
			pipeline.NewParam("Include", "string[]").Describe("Wildcards of names to include."),
			pipeline.NewParam("Exclude", "string[]").Describe("Wildcards of names to leave out."),
			pipeline.NewParam("Credential", "pscredential").FromPipeline(false, true).Describe("Not supported by the providers of the session."),
		},
		Process: setItem,
	}
}

func setItem(c *pipeline.Call) error {
	given, literal := pathArgs(c, "")
	for _, g := range given {
		prov, rest, ok := splitDrive(g)
		if !ok {
			if err := setFileSystemItem(c, g, literal); err != nil {
				return err
			}
			continue
		}
		set, ok := providerSetter(prov)
		if !ok {
			if err := c.WriteError(notSupported(c)); err != nil {
				return err
			}
			continue
		}
		rest = strings.TrimRight(rest, `\`)
		if rest == "" {
			// SessionStateProviderBase.SetItem: a drive's root names no
			// item (SetItemNullName).
			ex := object.NewException("System.Management.Automation.PSArgumentException",
				`Cannot process argument because the value of argument "path" is not valid. Change the value of the "path" argument and run the operation again.`)
			if err := c.WriteError(object.NewError(ex, "SetItemNullName,"+commandClass(c), "InvalidArgument", "")); err != nil {
				return err
			}
			continue
		}
		names := []string{rest}
		if !literal && wildcard.HasWildcard(rest) {
			names = nil
			for _, full := range providerNames(c, g) {
				names = append(names, full)
			}
		}
		for _, name := range names {
			if err := setSessionItem(c, prov.(*sessionProvider), set, name); err != nil {
				return err
			}
		}
	}
	return nil
}

// providerNames are the names of the items a wildcard path on a session
// drive matches.
func providerNames(c *pipeline.Call, g string) []string {
	matches, _ := providerResolved(c, g, false)
	out := make([]string, 0, len(matches))
	for _, m := range matches {
		if i := strings.Index(m, `:\`); i >= 0 {
			out = append(out, m[i+2:])
		}
	}
	return out
}

// setSessionItem sets one item as SessionStateProviderBase.SetItem does:
// confirmation on "Item: n Value: v" (SessionStateProviderBaseStrings), then the provider's own setter; a
// $null value removes an environment variable, an alias or a function
// and sets a variable to $null.
func setSessionItem(c *pipeline.Call, prov *sessionProvider, set setter, name string) error {
	v := c.Get("Value")
	if pso, ok := v.(*object.PSObject); ok && pso.Base != nil && pso.TypeName() == "System.Management.Automation.PSObject" {
		v = pso.Base
	}
	shown := dotnet.ToString(v)
	if sb, ok := v.(object.ScriptBlock); ok {
		shown = sb.String()
	}
	if !c.ShouldProcess("Item: "+name+" Value: "+shown, "Set Item") {
		return nil
	}
	var err error
	switch {
	case v != nil:
		err = set(c, name, v)
	case prov.drive == "Variable":
		err = set(c, name, nil)
	default:
		if _, found, _ := prov.Item(c, name); found {
			err = prov.remove(c, name)
		}
	}
	if err != nil {
		return c.WriteError(asRecord(c, err, prov.drive+`:\`+name))
	}
	if c.Switch("PassThru") && v != nil {
		if item, found, _ := prov.Item(c, name); found {
			return c.Out(item)
		}
	}
	return nil
}

// setFileSystemItem is Set-Item on a file or folder: the path must exist
// (ItemNotFoundException), and the FileSystem provider cannot set an
// item's value.
func setFileSystemItem(c *pipeline.Call, g string, literal bool) error {
	targets, err := expand(c, g, literal)
	if err != nil {
		return c.WriteError(asRecord(c, err, g))
	}
	found := false
	for _, t := range targets {
		if _, err := os.Lstat(t.host); err == nil {
			found = true
			if err := c.WriteError(notSupported(c)); err != nil {
				return err
			}
		}
	}
	if !found && (literal || !wildcard.HasWildcard(g)) {
		return c.WriteError(notFound(c, g))
	}
	return nil
}

// notSupported is a provider's refusal of an operation it does not
// implement (SessionStateStrings.CmdletProvider_NotSupported).
func notSupported(c *pipeline.Call) *object.ErrorRecord {
	ex := object.NewException("System.Management.Automation.PSNotSupportedException",
		"Provider operation stopped because the provider does not support this operation.")
	return object.NewError(ex, "NotSupported,"+commandClass(c), "NotImplemented", nil)
}
