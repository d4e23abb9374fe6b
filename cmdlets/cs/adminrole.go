package cs

import (
	"sort"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

const adminRoleType = "Microsoft.Rtc.Management.WritableConfig.Policy.Rbac.Role"

// roles are the standard RBAC roles with the verbs and nouns of the
// lab's cmdlets each may run. Certificate assignment needs local
// administrator rights on the server, so no role holds Set-, Import-,
// Remove- or Request-CsCertificate.
var roles = []struct {
	name, sid, description string
	allow                  func(name string) bool
}{
	{"CsAdministrator", "S-1-5-21-1573807623-1597889489-1765977225-1145",
		"Can perform all administrative tasks and modify all settings, including the creation of roles and the assignment of users to those roles.",
		func(n string) bool { return !isLocalOnly(n) }},
	{"CsUserAdministrator", "S-1-5-21-1573807623-1597889489-1765977225-1146",
		"Can enable and disable users for Skype for Business Server, move users, and assign existing policies to users.",
		func(n string) bool {
			return n == "Get-CsAdminRole" || n == "Get-CsSite" || n == "Get-CsPool" || n == "Get-CsComputer"
		}},
	{"CsServerAdministrator", "S-1-5-21-1573807623-1597889489-1765977225-1148",
		"Can manage, monitor, and troubleshoot servers and services.",
		func(n string) bool { return !isLocalOnly(n) && !strings.HasPrefix(n, "Set-CsOAuth") }},
	{"CsViewOnlyAdministrator", "S-1-5-21-1573807623-1597889489-1765977225-1149",
		"Can view the deployment, including server and user information, in order to monitor deployment health.",
		func(n string) bool { return strings.HasPrefix(n, "Get-") && !isLocalOnly(n) }},
	{"CsHelpDesk", "S-1-5-21-1573807623-1597889489-1765977225-1150",
		"Can view the deployment, including user properties and policies, and can run specific troubleshooting tasks.",
		func(n string) bool {
			return strings.HasPrefix(n, "Get-") && !isLocalOnly(n) || strings.HasPrefix(n, "Test-")
		}},
}

// isLocalOnly reports the cmdlets only a local administrator runs.
func isLocalOnly(name string) bool {
	switch strings.ToLower(name) {
	case "get-cscertificate", "set-cscertificate", "import-cscertificate", "remove-cscertificate", "request-cscertificate",
		"test-cscertificateconfiguration":
		return true
	}
	return false
}

func getCsAdminRole(reg *pipeline.Registry) *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Get-CsAdminRole", Module: module, DefaultSet: "Identity",
		Synopsis:    "Lists the role-based access control (RBAC) roles and the cmdlets each may run.",
		Description: "The reference pages' \"who can run this cmdlet\" command filters these roles by their Cmdlets.",
		Outputs:     adminRoleType,
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("Identity", "string").At("Identity", 2).Describe("One role, e.g. CsAdministrator."),
			pipeline.NewParam("Filter", "string").At("Filter", -1).Describe("A wildcard for role names, e.g. \"*Admin*\"."),
			pipeline.NewParam("LocalStore", "switch").Describe("Read the local replica; the result is the same in the lab."),
		},
		Examples: []pipeline.Example{
			{Title: "Example 1", Code: "Get-CsAdminRole", Remarks: "Every role."},
			{Title: "Example 2", Code: `Get-CsAdminRole | Where-Object {$_.Cmdlets -match "Get-CsPool"}`, Remarks: "The roles that may run Get-CsPool."},
		},
		Process: func(c *pipeline.Call) error {
			var names []string
			for _, ci := range reg.All() {
				if ci.Module == module {
					names = append(names, ci.Name)
				}
			}
			sort.Strings(names)
			for _, r := range roles {
				ok, err := filterMatch(c, r.name)
				if err != nil {
					return err
				}
				if !ok {
					continue
				}
				var cmdlets []any
				for _, n := range names {
					if r.allow(n) {
						e := object.NewObject("Microsoft.Rtc.Management.WritableConfig.Policy.Rbac.CmdletElement", "System.Object")
						e.SetProp("Name", n)
						text := "Name=" + n
						e.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return text, nil }})
						cmdlets = append(cmdlets, e)
					}
				}
				o := object.NewObject(adminRoleType, "System.Object")
				for _, kv := range []struct {
					n string
					v any
				}{{"Identity", r.name}, {"SID", r.sid}, {"Cmdlets", cmdlets}, {"ScriptModules", []any{}},
					{"Description", r.description}, {"IsStandardRole", true}, {"ConfigScopes", []any{}}, {"UserScopes", []any{}}} {
					o.Add(&object.Member{Name: kv.n, Kind: object.Property, Value: kv.v})
				}
				if err := c.Out(o); err != nil {
					return err
				}
			}
			return nil
		},
	}
}
