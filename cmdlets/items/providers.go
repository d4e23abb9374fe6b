package items

import (
	"os"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/format"
	"cspsh/pipeline/object"
)

// providerFacts are what ProviderInfo tells of each provider of a
// Windows PowerShell 5.1 session, in the order Get-PSProvider lists
// them (the Core snap-in's providers, then the Security snap-in's).
var providerFacts = []struct {
	name, capabilities, snapIn, class, driveDescription string
}{
	{"Alias", "ShouldProcess", "Microsoft.PowerShell.Core", "Microsoft.PowerShell.Commands.AliasProvider",
		"Drive that contains a view of the aliases stored in a session state"},
	{"Environment", "ShouldProcess", "Microsoft.PowerShell.Core", "Microsoft.PowerShell.Commands.EnvironmentProvider",
		"Drive that contains a view of the environment variables for the process"},
	{"FileSystem", "Filter, ShouldProcess, Credentials", "Microsoft.PowerShell.Core", "Microsoft.PowerShell.Commands.FileSystemProvider", ""},
	{"Function", "ShouldProcess", "Microsoft.PowerShell.Core", "Microsoft.PowerShell.Commands.FunctionProvider",
		"Drive that contains a view of the functions stored in a session state"},
	{"Variable", "ShouldProcess", "Microsoft.PowerShell.Core", "Microsoft.PowerShell.Commands.VariableProvider",
		"Drive that contains a view of those variables stored in a session state"},
	{"Certificate", "ShouldProcess", "Microsoft.PowerShell.Security", "Microsoft.PowerShell.Commands.CertificateProvider",
		"X509 Certificate Provider"},
}

// providerInfo is the ProviderInfo of a provider: it shows as its
// PSSnapIn-qualified name (Microsoft.PowerShell.Core\FileSystem) where
// a string is wanted, as PSDriveInfo.Provider does in Format-List.
func providerInfo(name string, drives []string) *object.PSObject {
	o := object.NewObject("System.Management.Automation.ProviderInfo", "System.Object")
	capabilities, snapIn, class := "ShouldProcess", "", ""
	for _, f := range providerFacts {
		if strings.EqualFold(f.name, name) {
			capabilities, snapIn, class = f.capabilities, f.snapIn, f.class
		}
	}
	home := ""
	if name == "FileSystem" {
		home, _ = os.UserHomeDir()
	}
	ds := make([]any, len(drives))
	for i, d := range drives {
		ds[i] = d
	}
	o.SetProp("ImplementingType", class)
	o.SetProp("HelpFile", "System.Management.Automation.dll-Help.xml")
	o.SetProp("Name", name)
	o.SetProp("PSSnapIn", snapIn)
	o.SetProp("ModuleName", snapIn)
	o.SetProp("Module", nil)
	o.SetProp("Description", "")
	o.SetProp("Capabilities", capabilities)
	o.SetProp("Home", home)
	o.SetProp("Drives", ds)
	full := snapIn + `\` + name
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return full, nil }})
	return o
}

// providerOrder lists the session's providers as Get-PSProvider does,
// each with its drives.
func providerOrder(c *pipeline.Call) []*object.PSObject {
	byProv := map[string][]string{}
	for _, d := range drives(c) {
		n, _ := d.Prop("Name")
		byProv[providerName(d)] = append(byProv[providerName(d)], n.(string))
	}
	var out []*object.PSObject
	seen := map[string]bool{}
	for _, f := range providerFacts {
		if ds, ok := byProv[f.name]; ok || f.name == "FileSystem" {
			out = append(out, providerInfo(f.name, ds))
			seen[f.name] = true
		}
	}
	for _, p := range pipeline.Providers() {
		if !seen[p.Name()] {
			out = append(out, providerInfo(p.Name(), byProv[p.Name()]))
		}
	}
	return out
}

// providerName is the name of a PSDriveInfo's provider.
func providerName(d *object.PSObject) string {
	p, _ := d.Prop("Provider")
	if o, ok := p.(*object.PSObject); ok {
		n, _ := o.Prop("Name")
		s, _ := n.(string)
		return s
	}
	s, _ := p.(string)
	return s
}

// registerProviderViews adds PowerShellCore.format.ps1xml's views of
// ProviderInfo (a table of Name, Capabilities and Drives; a list for
// Format-List) and PSDriveInfo's list view.
func registerProviderViews() {
	format.RegisterView("System.Management.Automation.ProviderInfo", &format.View{Name: "provider", Kind: format.TableKind, Columns: []format.Column{
		{Label: "Name", Property: "Name", Width: 20},
		{Label: "Capabilities", Property: "Capabilities"},
		{Label: "Drives", Property: "Drives"},
	}})
	format.RegisterView("System.Management.Automation.ProviderInfo", &format.View{Name: "provider", Kind: format.ListKind, Columns: []format.Column{
		{Property: "Name"}, {Property: "Drives"}, {Property: "Path"}, {Property: "Home"}, {Property: "Description"},
		{Property: "Capabilities"}, {Property: "ImplementingType"}, {Property: "AssemblyInfo"},
	}})
	format.RegisterView("System.Management.Automation.PSDriveInfo", &format.View{Name: "System.Management.Automation.PSDriveInfo", Kind: format.ListKind, Columns: []format.Column{
		{Property: "Name"}, {Property: "Description"}, {Property: "Provider"}, {Property: "Root"}, {Property: "CurrentLocation"},
	}})
}
