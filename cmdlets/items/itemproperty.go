package items

import (
	"os"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/wildcard"
)

// getItemProperty is Get-ItemProperty over the FileSystem provider:
// without -Name, the item itself (FileSystemProvider.GetProperty returns
// the whole FileInfo or DirectoryInfo); with -Name, an object holding
// just those properties followed by the item's PSPath, PSParentPath,
// PSChildName, PSDrive and PSProvider. A name the item lacks is the
// provider's PropertyNotFound error.
func getItemProperty(c *pipeline.Call) error {
	given, literal := pathArgs(c, "")
	names := c.Strings("Name")
	for _, g := range given {
		if _, _, ok := splitDrive(g); ok {
			if err := noItemProperties(c); err != nil {
				return err
			}
			continue
		}
		targets, err := expandFiltered(c, g, literal)
		if err != nil {
			return err
		}
		if len(targets) == 0 && !wildcard.HasWildcard(g) {
			if err := c.WriteError(notFound(c, g)); err != nil {
				return err
			}
		}
		for _, t := range targets {
			fi, err := os.Stat(t.host)
			if err != nil {
				if werr := c.WriteError(notFound(c, t.given)); werr != nil {
					return werr
				}
				continue
			}
			item := itemObject(c.Rt.Session(), t.host, fi)
			if len(names) == 0 {
				if err := c.Out(item); err != nil {
					return err
				}
				continue
			}
			out := object.NewObject(object.PSCustomObjectType, "System.Object")
			for _, n := range names {
				m := item.Member(n)
				if m == nil || m.Kind == object.Method || strings.HasPrefix(m.Name, "__") {
					ex := object.NewException("System.IO.IOException", "The property %s does not exist or was not found.", n)
					if err := c.WriteError(object.NewError(ex, "GetValueError,"+commandClass(c), "ReadError", n)); err != nil {
						return err
					}
					continue
				}
				v := m.Value
				if m.Get != nil {
					v = m.Get()
				}
				out.SetProp(m.Name, v)
			}
			if len(out.Members()) == 0 {
				continue
			}
			for _, k := range []string{"PSPath", "PSParentPath", "PSChildName", "PSDrive", "PSProvider"} {
				v, _ := item.Prop(k)
				out.SetProp(k, v)
			}
			if err := c.Out(out); err != nil {
				return err
			}
		}
	}
	return nil
}

// itemPropertyCmdlet declares Get-ItemProperty.
func itemPropertyCmdlet() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Get-ItemProperty", Module: management, DefaultSet: "Path",
		Synopsis:    "Gets the properties of an item.",
		Description: "Returns the file or folder itself, or, with -Name, an object with just the properties named (and the item's PSPath, PSParentPath, PSChildName, PSDrive and PSProvider).",
		Examples:    []pipeline.Example{{Code: `Get-ItemProperty C:\Certificates\ServerToServerAuth.pfx -Name Length`, Remarks: "Shows the size of the documentation's PFX file."}},
		Params: append([]*pipeline.ParamDecl{
			pipeline.NewParam("Path", "string[]").Must("Path", 0).FromPipeline(true, true).Describe("The items; wildcards allowed."),
			pipeline.NewParam("LiteralPath", "string[]").Must("LiteralPath", -1).FromPipeline(false, true).Alias("PSPath", "LP").Describe("The items, taken literally."),
			pipeline.NewParam("Name", "string[]").At(pipeline.AllSets, 1).Alias("PSProperty").Describe("The properties to get."),
		}, filterParams()...),
		Process: getItemProperty,
	}
}

// noItemProperties writes the error for a path on a drive whose provider
// has no item properties: Env:, Variable:, Alias:, Function: and Cert:
// (SessionStateStrings).
func noItemProperties(c *pipeline.Call) error {
	ex := object.NewException("System.Management.Automation.PSNotSupportedException",
		"Cannot use interface. The IPropertyCmdletProvider interface is not supported by this provider.")
	return c.WriteError(object.NewError(ex, "NotSupported,"+commandClass(c), "NotImplemented", nil))
}
