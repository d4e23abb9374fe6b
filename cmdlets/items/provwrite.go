package items

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// setter writes one item of a session drive: an environment variable, a
// variable in the caller's scope, an alias, or a function.
type setter func(c *pipeline.Call, name string, v any) error

func setEnv(_ *pipeline.Call, name string, v any) error {
	return members.Setenv(name, dotnet.ToString(v))
}

func setVariable(c *pipeline.Call, name string, v any) error {
	return c.Rt.SetVar(name, v, "")
}

func setAlias(c *pipeline.Call, name string, v any) error {
	return c.Rt.SetAlias(name, dotnet.ToString(v), "")
}

// setFunction defines a function in the caller's scope from a script
// block or the text of one.
func setFunction(c *pipeline.Call, name string, v any) error {
	if strings.ContainsAny(name, "{}()\"'`; \t\r\n$") {
		return object.NewException("System.Management.Automation.PSArgumentException",
			"The function definition '%s' contained a scope qualifier but no function name.", name)
	}
	body := dotnet.ToString(v)
	if sb, ok := v.(object.ScriptBlock); ok {
		body = sb.String()
	}
	end := "}"
	if strings.Contains(body, "#") {
		end = "\n}" // a comment on the last line must not hide the brace
	}
	_, err := c.Rt.RunString("function " + name + " {" + body + end)
	return err
}

// providerSetter is the writer of a session drive, if p is one.
func providerSetter(p pipeline.Provider) (setter, bool) {
	if sp, ok := p.(*sessionProvider); ok && sp.set != nil {
		return sp.set, true
	}
	return nil, false
}

// itemValue is a session item's value (a variable's or environment
// variable's Value, an alias's Definition, a function's ScriptBlock).
func itemValue(item any) any {
	o, ok := item.(*object.PSObject)
	if !ok {
		return nil
	}
	for _, name := range []string{"Value", "ScriptBlock", "Definition"} {
		if v, ok := o.Prop(name); ok && v != nil {
			return v
		}
	}
	return nil
}

// providerNewItem is New-Item on a session drive: the item must not
// exist unless -Force (SessionStateStrings.NewItemAlreadyExists); the
// new item is the output.
func providerNewItem(c *pipeline.Call, prov pipeline.Provider, rest, given string) error {
	set, ok := providerSetter(prov)
	if !ok || rest == "" {
		return c.WriteError(asRecord(c, object.NewException("System.Management.Automation.PSNotSupportedException",
			"Provider operation stopped because the provider does not support this operation."), given))
	}
	if !c.Has("Value") || c.Get("Value") == nil {
		// SessionStateProviderBase.NewItem: NewItemValueNotSpecified.
		ex := object.NewException("System.Management.Automation.PSArgumentNullException",
			`Cannot process argument because the value of argument "value" is null. Change the value of argument "value" to a non-null value.`)
		rec := object.NewError(ex, "NewItemValueNotSpecified,"+commandClass(c), "InvalidArgument", rest)
		rec.TargetName, rec.TargetType = rest, "String"
		return c.WriteError(rec)
	}
	if _, found, _ := prov.Item(c, rest); found && !c.Switch("Force") {
		return c.WriteError(alreadyExists(c, rest))
	}
	if !c.ShouldProcess("Item: "+given, "New Item") {
		return nil
	}
	if err := set(c, rest, c.Get("Value")); err != nil {
		return c.WriteError(asRecord(c, err, given))
	}
	if item, found, _ := prov.Item(c, rest); found {
		return c.Out(item)
	}
	return nil
}

// providerSetContent is Set-Content on a session drive: the value is
// the content (one object as itself, several as an array; environment
// variables take its text).
func providerSetContent(c *pipeline.Call, prov pipeline.Provider, rest, given string, values []any) error {
	set, ok := providerSetter(prov)
	if !ok {
		return noContent(c)
	}
	if rest == "" {
		return c.WriteError(asRecord(c, object.NewException("System.Management.Automation.PSNotSupportedException",
			"Provider operation stopped because the provider does not support this operation."), given))
	}
	var v any
	switch len(values) {
	case 0:
	case 1:
		v = values[0]
	default:
		v = append([]any(nil), values...)
	}
	if !c.ShouldProcess("Path: "+given, "Set Content") {
		return nil
	}
	if err := set(c, rest, v); err != nil {
		return c.WriteError(asRecord(c, err, given))
	}
	return nil
}

// providerItem is the item at rest on a session drive, or the error
// record to write for it: PathNotFound when there is none, the
// provider's own error otherwise.
func providerItem(c *pipeline.Call, prov pipeline.Provider, rest, given string) (any, *object.ErrorRecord) {
	item, found, err := prov.Item(c, rest)
	if err == nil && !found {
		err = notFound(c, given)
	}
	if err != nil {
		return nil, asRecord(c, err, given)
	}
	return item, nil
}

// providerRename is Rename-Item on a session drive: the item's value
// under the new name, the old one removed.
func providerRename(c *pipeline.Call, prov pipeline.Provider, rest, given, newName string) error {
	set, ok := providerSetter(prov)
	item, rec := providerItem(c, prov, rest, given)
	if rec != nil {
		return c.WriteError(rec)
	}
	if !ok {
		return nil
	}
	if strings.EqualFold(rest, newName) {
		// The same name is no rename.
		if c.Switch("PassThru") {
			return c.Out(item)
		}
		return nil
	}
	if _, exists, _ := prov.Item(c, newName); exists && !c.Switch("Force") {
		return c.WriteError(alreadyExists(c, newName))
	}
	if !c.ShouldProcess("Item: "+given+" Destination: "+newName, "Rename Item") {
		return nil
	}
	if err := set(c, newName, itemValue(item)); err != nil {
		return c.WriteError(asRecord(c, err, given))
	}
	if err := prov.RemoveItem(c, rest, false); err != nil {
		return c.WriteError(asRecord(c, err, given))
	}
	if c.Switch("PassThru") {
		if it, found, _ := prov.Item(c, newName); found {
			return c.Out(it)
		}
	}
	return nil
}

// providerCopy is Copy-Item between two items of one session drive.
func providerCopy(c *pipeline.Call, prov pipeline.Provider, rest, given, dest string) error {
	set, ok := providerSetter(prov)
	item, rec := providerItem(c, prov, rest, given)
	if rec != nil {
		return c.WriteError(rec)
	}
	dprov, drest, dok := splitDrive(dest)
	if !ok || !dok || dprov != prov || drest == "" {
		// SessionStateStrings.CopyItemSourceAndDestinationNotSameProvider.
		ex := object.NewException("System.Management.Automation.PSArgumentException", "Source and destination path did not resolve to the same provider.")
		return c.WriteError(object.NewError(ex, "CopyItemSourceAndDestinationNotSameProvider,"+commandClass(c), "InvalidArgument", dest))
	}
	if !c.ShouldProcess("Item: "+given+" Destination: "+dest, "Copy Item") {
		return nil
	}
	if err := set(c, drest, itemValue(item)); err != nil {
		return c.WriteError(asRecord(c, err, given))
	}
	if c.Switch("PassThru") {
		if it, found, _ := prov.Item(c, drest); found {
			return c.Out(it)
		}
	}
	return nil
}

// seekNotSupported is Add-Content on a session drive: its content writer
// cannot seek to the end (SessionStateStrings.IContent_Seek_NotSupported),
// which the command reports as the provider's Seek failure
// (ProviderSeekError).
func seekNotSupported(c *pipeline.Call, prov pipeline.Provider, rest string) error {
	drive := prov.Drives()[0]
	ex := object.NewException("System.Management.Automation.ProviderInvocationException",
		"The invocation of Seek on the '%s' provider's content writer failed for path '%s:\\%s'. Cannot call method. The content Seek method is not supported by this provider.",
		prov.Name(), drive, rest)
	return c.WriteError(object.NewError(ex, "ProviderSeekError,"+commandClass(c), "NotSpecified", nil))
}

// noContent is the error of a content cmdlet on a drive whose provider
// has no content (the Certificate provider):
// SessionStateStrings.IContentCmdletProvider_NotSupported.
func noContent(c *pipeline.Call) error {
	ex := object.NewException("System.Management.Automation.PSNotSupportedException",
		"Cannot use interface. The IContentCmdletProvider interface is not implemented by this provider.")
	return c.WriteError(object.NewError(ex, "NotSupported,"+commandClass(c), "NotImplemented", nil))
}

// alreadyExists is SessionStateProviderBase's refusal to replace an item
// without -Force: SessionStateStrings.NewItemAlreadyExists, raised as a
// PSArgumentException.
func alreadyExists(c *pipeline.Call, name string) *object.ErrorRecord {
	ex := object.NewException("System.Management.Automation.PSArgumentException", "The item at path '%s' already exists.", name)
	return object.NewError(ex, "Argument,"+commandClass(c), "InvalidArgument", nil)
}

// clearNotSupported is Clear-Content on a session drive: its provider
// cannot clear content (SessionStateStrings.IContent_Clear_NotSupported).
func clearNotSupported(c *pipeline.Call) error {
	ex := object.NewException("System.Management.Automation.PSNotSupportedException",
		"Cannot perform the ClearContent operation. The ClearContent operation is not supported by this provider.")
	return c.WriteError(object.NewError(ex, "NotSupported,"+commandClass(c), "NotImplemented", nil))
}
