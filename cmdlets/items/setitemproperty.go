package items

import (
	"os"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
	"cspsh/pipeline/wildcard"
)

// Parameter sets of Set-ItemProperty, named as the cmdlet names them.
const (
	spValuePath    = "propertyValuePathSet"
	spObjectPath   = "propertyPSObjectPathSet"
	spValueLiteral = "propertyValueLiteralPathSet"
	spObjectLit    = "propertyPSObjectLiteralPathSet"
)

// setItemPropertyCmdlet declares Set-ItemProperty.
func setItemPropertyCmdlet() *pipeline.CommandInfo {
	value := pipeline.NewParam("Value", "Object").Must(spValuePath, 2).Must(spValueLiteral, 2).FromPipeline(false, true).Describe("The new value of the property.")
	value.AllowNull = true
	return &pipeline.CommandInfo{
		Name: "Set-ItemProperty", Module: management, SupportsShouldProcess: true, DefaultSet: spValuePath,
		Synopsis:    "Creates or changes the value of a property of an item.",
		Description: "Sets a property of a file or folder, such as IsReadOnly, Attributes, CreationTime, LastAccessTime or LastWriteTime, changing the file itself; -InputObject sets every property of an object. With -PassThru, writes an object holding the properties set.",
		Examples: []pipeline.Example{
			{Code: `Set-ItemProperty -Path C:\Certificates\ServerToServerAuth.pfx -Name IsReadOnly -Value $true`, Remarks: "Makes the documentation's PFX file read-only."},
			{Code: `Set-ItemProperty -Path .\report.txt -Name LastWriteTime -Value '1/1/2024 9:00'`, Remarks: "Changes a file's modification time."},
		},
		Params: append([]*pipeline.ParamDecl{
			pipeline.NewParam("Path", "string[]").Must(spValuePath, 0).Must(spObjectPath, 0).FromPipeline(false, true).Describe("The items; wildcards allowed."),
			pipeline.NewParam("LiteralPath", "string[]").Must(spValueLiteral, -1).Must(spObjectLit, -1).FromPipeline(false, true).Alias("PSPath", "LP").Describe("The items, taken literally."),
			pipeline.NewParam("Name", "string").Must(spValuePath, 1).Must(spValueLiteral, 1).FromPipeline(false, true).Alias("PSProperty").Describe("The property to set."),
			value,
			pipeline.NewParam("InputObject", "psobject").Must(spObjectPath, -1).Must(spObjectLit, -1).FromPipeline(true, true).Describe("An object whose properties are set on the item."),
			pipeline.NewParam("PassThru", "switch").Describe("Writes an object holding the properties set."),
			pipeline.NewParam("Force", "switch").Describe("Sets properties that could not be changed otherwise."),
			pipeline.NewParam("Credential", "pscredential").FromPipeline(false, true).Describe("Not supported by the providers of the session."),
		}, filterParams()...),
		Process: setItemProperty,
	}
}

// propToSet is one property name and value Set-ItemProperty assigns.
type propToSet struct {
	name  string
	value any
}

func setItemProperty(c *pipeline.Call) error {
	given, literal := pathArgs(c, "")
	props := []propToSet{{c.String("Name"), c.Get("Value")}}
	if c.Has("InputObject") {
		props = props[:0]
		for _, m := range members.Properties(c.Get("InputObject")) {
			props = append(props, propToSet{m.Name, m.GetValue()})
		}
	}
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
		if len(targets) == 0 && (literal || !wildcard.HasWildcard(g)) {
			if err := c.WriteError(notFound(c, g)); err != nil {
				return err
			}
		}
		for _, t := range targets {
			if err := setFileProperties(c, t, props); err != nil {
				return err
			}
		}
	}
	return nil
}

// setFileProperties assigns props on one file or folder as the
// FileSystem provider does: through the FileInfo's own setters, each
// behind ShouldProcess, a name the item lacks being an error of its own.
func setFileProperties(c *pipeline.Call, t target, props []propToSet) error {
	fi, err := os.Stat(t.host)
	if err != nil {
		return c.WriteError(notFound(c, t.given))
	}
	s := c.Rt.Session()
	item := itemObject(s, t.host, fi)
	full, _ := item.Prop("FullName")
	path := dotnet.ToString(full)
	action := "Set Property File"
	if fi.IsDir() {
		action = "Set Property Directory"
	}
	out := object.NewObject(object.PSCustomObjectType, "System.Object")
	for _, p := range props {
		if !c.ShouldProcess("Item: "+path+" Property: "+p.name+" Value: "+dotnet.ToString(p.value), action) {
			continue
		}
		m := item.Member(p.name)
		if m == nil || m.Kind == object.Method || strings.HasPrefix(m.Name, "__") {
			// FileSystemProviderStrings.PropertyNotFound names the
			// property as its note property prints (int Foo=1).
			ex := object.NewException("System.IO.IOException", "The property %s does not exist or was not found.", noteText(p))
			if err := c.WriteError(object.NewError(ex, "SetPropertyError,"+commandClass(c), "ReadError", noteText(p))); err != nil {
				return err
			}
			continue
		}
		if err := members.Set(item, m.Name, p.value); err != nil {
			rec := asRecord(c, err, path)
			if werr := c.WriteError(rec); werr != nil {
				return werr
			}
			continue
		}
		out.SetProp(p.name, p.value)
	}
	if !c.Switch("PassThru") || len(out.Members()) == 0 {
		return nil
	}
	for _, k := range []string{"PSPath", "PSParentPath", "PSChildName", "PSDrive", "PSProvider"} {
		v, _ := item.Prop(k)
		out.SetProp(k, v)
	}
	return c.Out(out)
}

// noteText is a PSNoteProperty's text: the value's type without its
// namespace (in Get-Member's short form for the common ones), the name,
// and the value.
func noteText(p propToSet) string {
	if p.value == nil {
		return "object " + p.name + "=null"
	}
	t := dotnet.TypeName(p.value)
	switch t {
	case "System.String":
		t = "string"
	case "System.Int32":
		t = "int"
	case "System.Int64":
		t = "long"
	case "System.Boolean":
		t = "bool"
	case "System.Double":
		t = "double"
	case "System.DateTime":
		t = "datetime"
	default:
		t = t[strings.LastIndexByte(t, '.')+1:]
	}
	return t + " " + p.name + "=" + dotnet.ToString(p.value)
}
