package items

import (
	"os"
	"sort"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/format"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
	"cspsh/pipeline/wildcard"
)

// sessionProvider serves one of the session's own drives (Env:,
// Variable:, Alias:, Function:) from a list of named entries.
type sessionProvider struct {
	name, drive string
	list        func(c *pipeline.Call) []*object.PSObject
	remove      func(c *pipeline.Call, name string) error
	// set writes an item (New-Item, Set-Content, Rename-Item, Copy-Item).
	set setter
}

func (p *sessionProvider) Name() string     { return p.name }
func (p *sessionProvider) Drives() []string { return []string{p.drive} }

func (p *sessionProvider) ChildItems(c *pipeline.Call, path string, _ bool) ([]any, error) {
	var out []any
	for _, o := range p.list(c) {
		n, _ := o.Prop("Name")
		if path == "" || matchEntryName(path, n.(string)) {
			out = append(out, o)
		}
	}
	if path != "" && len(out) == 0 && !wildcard.HasWildcard(path) {
		return nil, itemNotFound(c, p.drive+":\\"+path)
	}
	return out, nil
}

func (p *sessionProvider) Item(c *pipeline.Call, path string) (any, bool, error) {
	if path == "" {
		// The drive's root is its whole table, as one collection
		// (SessionStateProviderBase.GetItem).
		items, _ := p.ChildItems(c, "", false)
		return items, true, nil
	}
	items, err := p.ChildItems(c, path, false)
	if err != nil || len(items) == 0 {
		return nil, false, nil
	}
	return items[0], true, nil
}

func (p *sessionProvider) RemoveItem(c *pipeline.Call, path string, _ bool) error {
	if _, ok, _ := p.Item(c, path); !ok {
		return itemNotFound(c, p.drive+":\\"+path)
	}
	return p.remove(c, path)
}

func matchEntryName(pattern, name string) bool {
	ok, _ := wildcard.Match(pattern, name, false)
	return ok
}

func itemNotFound(c *pipeline.Call, path string) *object.ErrorRecord {
	return notFound(c, path)
}

// entry is a Name/Value item (DictionaryEntry for Env:, PSVariable for
// Variable:).
func entry(typeName, name string, value any) *object.PSObject {
	o := object.NewObject(typeName, "System.Object")
	o.SetProp("Name", name)
	o.SetProp("Value", value)
	return o
}

func envItems(*pipeline.Call) []*object.PSObject {
	env := members.Environ()
	// By name without case, as SessionStateProviderBase lists a table.
	name := func(kv string) string { return strings.ToLower(strings.SplitN(kv, "=", 2)[0]) }
	sort.SliceStable(env, func(i, j int) bool { return name(env[i]) < name(env[j]) })
	var out []*object.PSObject
	for _, kv := range env {
		if i := strings.Index(kv, "="); i > 0 {
			out = append(out, entry("System.Collections.DictionaryEntry", kv[:i], kv[i+1:]))
		}
	}
	return out
}

func variableItems(c *pipeline.Call) []*object.PSObject {
	vars := c.Rt.Variables()
	sort.Slice(vars, func(i, j int) bool { return strings.ToLower(vars[i].Name) < strings.ToLower(vars[j].Name) })
	out := make([]*object.PSObject, 0, len(vars))
	for _, v := range vars {
		out = append(out, entry("System.Management.Automation.PSVariable", v.Name, v.Value))
	}
	return out
}

// aliasItems and functionItems list Alias: and Function:.
func aliasItems(c *pipeline.Call) []*object.PSObject { return commandItems(c, pipeline.KindAlias) }

func functionItems(c *pipeline.Call) []*object.PSObject {
	return commandItems(c, pipeline.KindFunction)
}

// commandItems lists aliases or functions as Alias: and Function: show them.
func commandItems(c *pipeline.Call, kind pipeline.CommandKind) []*object.PSObject {
	var out []*object.PSObject
	for _, ci := range c.Rt.Commands() {
		if ci.Kind != kind && !(kind == pipeline.KindFunction && ci.Kind == pipeline.KindFilter) {
			continue
		}
		tn := "System.Management.Automation.FunctionInfo"
		if kind == pipeline.KindAlias {
			tn = "System.Management.Automation.AliasInfo"
		}
		o := object.NewObject(tn, "System.Management.Automation.CommandInfo", "System.Object")
		o.SetProp("CommandType", ci.Kind.String())
		o.SetProp("Name", ci.Name)
		// DisplayName and Version feed the CommandInfo table
		// (CommandType, Name, Version, Source).
		display := ci.Name
		if kind == pipeline.KindAlias {
			display = ci.Name + " -> " + ci.Target
		}
		o.SetProp("DisplayName", display)
		o.SetProp("Version", ci.Version)
		def := ci.Target
		var body object.ScriptBlock
		if kind != pipeline.KindAlias {
			body = scriptOf(ci)
			if body != nil {
				def = body.String()
			}
		}
		o.SetProp("Definition", def)
		o.SetProp("Source", ci.Module)
		if body != nil {
			o.SetProp("ScriptBlock", body)
		}
		out = append(out, o)
	}
	sort.Slice(out, func(i, j int) bool {
		a, _ := out[i].Prop("Name")
		b, _ := out[j].Prop("Name")
		return strings.ToLower(a.(string)) < strings.ToLower(b.(string))
	})
	return out
}

// scriptOf returns a function's body: the interpreter keeps its compiled
// function in CommandInfo.Script and exposes the script block through it.
func scriptOf(ci *pipeline.CommandInfo) object.ScriptBlock {
	switch f := ci.Script.(type) {
	case interface{ ScriptBlock() object.ScriptBlock }:
		return f.ScriptBlock()
	case object.ScriptBlock:
		return f
	}
	return nil
}

var (
	envProvider = &sessionProvider{name: "Environment", drive: "Env", list: envItems,
		remove: func(_ *pipeline.Call, name string) error { return members.Unsetenv(name) }, set: setEnv}
	variableProvider = &sessionProvider{name: "Variable", drive: "Variable", list: variableItems,
		remove: func(c *pipeline.Call, name string) error { return c.Rt.RemoveVar(name, "") }, set: setVariable}
	aliasProvider = &sessionProvider{name: "Alias", drive: "Alias", list: aliasItems,
		remove: removeAlias, set: setAlias}
	functionProvider = &sessionProvider{name: "Function", drive: "Function", list: functionItems,
		remove: removeFunction, set: setFunction}
)

// removeAlias and removeFunction forget a session alias or function
// through the runtime (Remove-Item function:f); a built-in command cannot
// be removed.
func removeAlias(c *pipeline.Call, name string) error {
	return removeCommand(c, name, pipeline.KindAlias, "Alias")
}

func removeFunction(c *pipeline.Call, name string) error {
	return removeCommand(c, name, pipeline.KindFunction, "Function")
}

func removeCommand(c *pipeline.Call, name string, kind pipeline.CommandKind, drive string) error {
	if r, ok := c.Rt.(pipeline.CommandRemover); ok && r.RemoveCommand(name, kind) {
		return nil
	}
	return itemNotFound(c, drive+":\\"+name)
}

// driveInfo is one PSDriveInfo as Get-PSDrive lists it.
func driveInfo(name, provider, root, current string) *object.PSObject {
	o := object.NewObject("System.Management.Automation.PSDriveInfo", "System.Object")
	o.SetProp("CurrentLocation", current)
	o.SetProp("Name", name)
	o.SetProp("Provider", providerInfo(provider, nil))
	o.SetProp("Root", root)
	desc := ""
	for _, f := range providerFacts {
		if f.name == provider {
			desc = f.driveDescription
		}
	}
	o.SetProp("Description", desc)
	// PSDriveInfo.ToString() is the drive's name (a Get-Content line's
	// PSDrive note shows as C).
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Hidden: true, Type: "string ToString()",
		Call: func([]any) (any, error) { return name, nil }})
	return o
}

func drives(c *pipeline.Call) []*object.PSObject {
	home := paths.LabHome(c.Rt.Session())
	var out []*object.PSObject
	letters, _ := os.ReadDir(paths.DrivesDir(home))
	for _, l := range letters {
		if l.IsDir() && len(l.Name()) == 1 {
			out = append(out, driveInfo(strings.ToUpper(l.Name()), "FileSystem", strings.ToUpper(l.Name())+`:\`, ""))
		}
	}
	if len(out) == 0 {
		out = append(out, driveInfo("C", "FileSystem", `C:\`, ""))
	}
	out = append(out, driveInfo("/", "FileSystem", "/", ""))
	for _, p := range pipeline.Providers() {
		for _, d := range p.Drives() {
			// Only the certificate drive has a root (\); Env:, Variable:,
			// Alias: and Function: show none.
			root := ""
			if p.Name() == "Certificate" {
				root = `\`
			}
			out = append(out, driveInfo(d, p.Name(), root, ""))
		}
	}
	for _, d := range out {
		if providerName(d) == "FileSystem" {
			addSpace(d, home)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, _ := out[i].Prop("Name")
		b, _ := out[j].Prop("Name")
		return strings.ToLower(a.(string)) < strings.ToLower(b.(string))
	})
	loc := Location(c.Rt.Session())
	for _, d := range out {
		n, _ := d.Prop("Name")
		root, _ := d.Prop("Root")
		if r := root.(string); strings.HasPrefix(strings.ToLower(loc), strings.ToLower(n.(string))+":") || r == "/" && strings.HasPrefix(loc, "/") {
			d.SetProp("CurrentLocation", strings.TrimLeft(strings.TrimPrefix(loc, n.(string)+":"), `\/`))
		}
	}
	return out
}

func driveCmdlets() []*pipeline.CommandInfo {
	// PowerShellCore.format.ps1xml's drive view: the space columns are
	// "{0:###0.00}" -f ($_.Used / 1GB), shown when the drive reports any.
	gb := func(prop string) func(v any) (any, error) {
		return func(v any) (any, error) {
			o, ok := v.(*object.PSObject)
			if !ok {
				return nil, nil
			}
			used, _ := o.Prop("Used")
			free, _ := o.Prop("Free")
			if used == nil && free == nil {
				return nil, nil
			}
			n, _ := o.Prop(prop)
			b, _ := n.(int64)
			return dotnet.FormatOperator("{0:###0.00}", []any{float64(b) / (1 << 30)})
		}
	}
	format.RegisterView("System.Management.Automation.PSDriveInfo", &format.View{Name: "drive", Kind: format.TableKind, Columns: []format.Column{
		{Label: "Name", Property: "Name", Width: 10},
		{Label: "Used (GB)", Width: 13, Align: format.AlignRight, Expr: gb("Used")},
		{Label: "Free (GB)", Width: 13, Align: format.AlignRight, Expr: gb("Free")},
		{Label: "Provider", Width: 13, Expr: func(v any) (any, error) {
			if o, ok := v.(*object.PSObject); ok {
				return providerName(o), nil
			}
			return nil, nil
		}},
		{Label: "Root", Property: "Root", Width: 35},
		{Label: "CurrentLocation", Property: "CurrentLocation", Align: format.AlignRight},
	}})
	// The list views come after the table: the first view of a type is
	// the default one.
	registerProviderViews()
	return []*pipeline.CommandInfo{
		{
			Name: "Get-PSDrive", Module: management,
			Synopsis:    "Gets the drives of the session.",
			Description: "Lists the lab's simulated file-system drives, the host root, and the provider drives (Cert:, Env:, Variable:, Alias:, Function:).",
			Examples:    []pipeline.Example{{Code: "Get-PSDrive", Remarks: "Lists every drive."}},
			Params: []*pipeline.ParamDecl{
				pipeline.NewParam("Name", "string[]").At(pipeline.AllSets, 0).FromPipeline(false, true).Describe("Drive names; wildcards allowed."),
				pipeline.NewParam("PSProvider", "string[]").Describe("Only drives of these providers."),
			},
			Process: func(c *pipeline.Call) error {
				names := c.Strings("Name")
				all := drives(c)
				var keep []any
				for _, d := range all {
					n, _ := d.Prop("Name")
					if len(names) > 0 && !anyName(names, n.(string)) || c.Has("PSProvider") && !anyName(c.Strings("PSProvider"), providerName(d)) {
						continue
					}
					keep = append(keep, d)
				}
				// A name without wildcards that no drive has is an error
				// (GetPSDriveCommand: GetDriveNoMatchingDrive).
				for _, n := range names {
					if wildcard.HasWildcard(n) {
						continue
					}
					found := false
					for _, d := range keep {
						dn, _ := d.(*object.PSObject).Prop("Name")
						found = found || strings.EqualFold(dn.(string), n)
					}
					if !found {
						rec := driveNotFound(c, n)
						rec.FullyQualifiedErrorID = "GetDriveNoMatchingDrive," + commandClass(c)
						if err := c.WriteError(rec); err != nil {
							return err
						}
					}
				}
				return c.OutAll(keep)
			},
		},
		{
			Name: "Get-PSProvider", Module: management,
			Synopsis:    "Gets the providers of the session.",
			Description: "Lists FileSystem and the providers behind the other drives.",
			Examples:    []pipeline.Example{{Code: "Get-PSProvider", Remarks: "Lists every provider with its drives."}},
			Params: []*pipeline.ParamDecl{
				pipeline.NewParam("PSProvider", "string[]").At(pipeline.AllSets, 0).Describe("Provider names; wildcards allowed."),
			},
			Process: func(c *pipeline.Call) error {
				all := providerOrder(c)
				for _, o := range all {
					n, _ := o.Prop("Name")
					if c.Has("PSProvider") && !anyName(c.Strings("PSProvider"), n.(string)) {
						continue
					}
					if err := c.Out(o); err != nil {
						return err
					}
				}
				for _, want := range c.Strings("PSProvider") {
					if !wildcard.HasWildcard(want) && !providerExists(want) {
						// SessionStateStrings.ProviderNotFound.
						ex := object.NewException("System.Management.Automation.ProviderNotFoundException",
							"Cannot find a provider with the name '%s'.", want)
						rec := object.NewError(ex, "ProviderNotFound,"+commandClass(c), "ObjectNotFound", want)
						rec.TargetName, rec.TargetType = want, "String"
						if err := c.WriteError(rec); err != nil {
							return err
						}
					}
				}
				return nil
			},
		},
	}
}

func anyName(patterns []string, name string) bool {
	for _, p := range patterns {
		if matchEntryName(p, name) {
			return true
		}
	}
	return false
}
