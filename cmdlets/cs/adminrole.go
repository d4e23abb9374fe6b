package cs

import (
	"sort"
	"strings"

	"cspsh/internal/lazy"
	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

const adminRoleType = "Microsoft.Rtc.Management.WritableConfig.Policy.Rbac.Role"

// roles are the standard RBAC roles. Each allows cmdlets by name and by
// domain: "" for the lab's own cmdlets, or one of the product domains of
// productCmdlets. Certificate assignment needs local administrator rights
// on the server, so no role holds Set-, Import-, Remove- or
// Request-CsCertificate.
var roles = []struct {
	name, sid, description string
	allow                  func(name, domain string) bool
}{
	{"CsAdministrator", "S-1-5-21-1573807623-1597889489-1765977225-1145",
		"Can perform all administrative tasks and modify all settings, including the creation of roles and the assignment of users to those roles.",
		func(n, d string) bool { return !isLocalOnly(n) }},
	{"CsUserAdministrator", "S-1-5-21-1573807623-1597889489-1765977225-1146",
		"Can enable and disable users for Skype for Business Server, move users, and assign existing policies to users.",
		func(n, d string) bool { return isTopologyRead(n) || d == "user" }},
	{"CsVoiceAdministrator", "S-1-5-21-1573807623-1597889489-1765977225-1147",
		"Can create, configure, and manage voice-related settings and policies.",
		func(n, d string) bool { return isTopologyRead(n) || d == "voice" || n == "Get-CsUser" }},
	{"CsServerAdministrator", "S-1-5-21-1573807623-1597889489-1765977225-1148",
		"Can manage, monitor, and troubleshoot servers and services.",
		func(n, d string) bool { return d == "" && !isLocalOnly(n) && !strings.HasPrefix(n, "Set-CsOAuth") }},
	{"CsViewOnlyAdministrator", "S-1-5-21-1573807623-1597889489-1765977225-1149",
		"Can view the deployment, including server and user information, in order to monitor deployment health.",
		func(n, d string) bool { return strings.HasPrefix(n, "Get-") && !isLocalOnly(n) }},
	{"CsHelpDesk", "S-1-5-21-1573807623-1597889489-1765977225-1150",
		"Can view the deployment, including user properties and policies, and can run specific troubleshooting tasks.",
		func(n, d string) bool {
			return !isLocalOnly(n) && (strings.HasPrefix(n, "Get-") || d == "" && strings.HasPrefix(n, "Test-"))
		}},
	{"CsArchivingAdministrator", "S-1-5-21-1573807623-1597889489-1765977225-1151",
		"Can create, configure, and manage archiving-related settings and policies.",
		func(n, d string) bool { return isTopologyRead(n) || d == "archiving" || n == "Get-CsUser" }},
	{"CsResponseGroupAdministrator", "S-1-5-21-1573807623-1597889489-1765977225-1152",
		"Can manage the configuration of the Response Group application within a site.",
		func(n, d string) bool { return isTopologyRead(n) || d == "rgs" }},
	{"CsLocationAdministrator", "S-1-5-21-1573807623-1597889489-1765977225-1153",
		"Lowest level of rights for Enhanced 9-1-1 (E9-1-1) management, including creating E9-1-1 locations and network identifiers, and associating these with each other.",
		func(n, d string) bool { return isTopologyRead(n) || d == "location" }},
	{"CsResponseGroupManager", "S-1-5-21-1573807623-1597889489-1765977225-1154",
		"Can manage the configuration of specific response groups.",
		func(n, d string) bool {
			return d == "rgs" && (strings.HasPrefix(n, "Get-") || n == "Set-CsRgsQueue" || n == "Set-CsRgsAgentGroup")
		}},
	{"CsPersistentChatAdministrator", "S-1-5-21-1573807623-1597889489-1765977225-1155",
		"Can manage the Persistent Chat feature and specific Persistent Chat rooms.",
		func(n, d string) bool { return isTopologyRead(n) || d == "pchat" }},
}

// productCmdletsTable holds the cmdlets of the product the lab does not run, by
// domain, so that a role's Cmdlets list reads as the product's does
// (Get-CsAdminRole | Where-Object {$_.Cmdlets -match "Set-CsUser\b"}),
// built on first use rather than at start-up.
var productCmdletsTable = lazy.Value[map[string][]string]{Build: func() map[string][]string {
	return map[string][]string{
		"user": {"Get-CsUser", "Set-CsUser", "Enable-CsUser", "Disable-CsUser", "Move-CsUser",
			"Grant-CsClientPolicy", "Grant-CsConferencingPolicy", "Grant-CsExternalAccessPolicy"},
		"voice": {"Get-CsVoicePolicy", "New-CsVoicePolicy", "Set-CsVoicePolicy", "Remove-CsVoicePolicy", "Grant-CsVoicePolicy",
			"Get-CsDialPlan", "New-CsDialPlan", "Set-CsDialPlan", "Remove-CsDialPlan", "Grant-CsDialPlan",
			"Get-CsVoiceRoute", "New-CsVoiceRoute", "Set-CsVoiceRoute", "Remove-CsVoiceRoute"},
		"archiving": {"Get-CsArchivingPolicy", "New-CsArchivingPolicy", "Set-CsArchivingPolicy", "Remove-CsArchivingPolicy",
			"Grant-CsArchivingPolicy", "Get-CsArchivingConfiguration", "New-CsArchivingConfiguration",
			"Set-CsArchivingConfiguration", "Remove-CsArchivingConfiguration", "Export-CsArchivingData"},
		"rgs": {"Get-CsRgsWorkflow", "New-CsRgsWorkflow", "Set-CsRgsWorkflow", "Remove-CsRgsWorkflow",
			"Get-CsRgsQueue", "New-CsRgsQueue", "Set-CsRgsQueue", "Remove-CsRgsQueue",
			"Get-CsRgsAgentGroup", "New-CsRgsAgentGroup", "Set-CsRgsAgentGroup", "Remove-CsRgsAgentGroup"},
		"location": {"Get-CsLisLocation", "Set-CsLisLocation", "Remove-CsLisLocation", "Get-CsLisSubnet", "Set-CsLisSubnet",
			"Remove-CsLisSubnet", "Get-CsLocationPolicy", "Grant-CsLocationPolicy"},
		"pchat": {"Get-CsPersistentChatRoom", "New-CsPersistentChatRoom", "Set-CsPersistentChatRoom", "Remove-CsPersistentChatRoom",
			"Get-CsPersistentChatCategory", "New-CsPersistentChatCategory", "Set-CsPersistentChatCategory"},
	}
}}

func productCmdlets() map[string][]string { return productCmdletsTable.Get() }

// isTopologyRead reports the lab cmdlets every role may run to find its
// way around the deployment.
func isTopologyRead(name string) bool {
	switch name {
	case "Get-CsAdminRole", "Get-CsSite", "Get-CsPool", "Get-CsComputer":
		return true
	}
	return false
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
			domainOf := map[string]string{}
			for _, ci := range reg.All() {
				if ci.Module == module {
					domainOf[ci.Name] = ""
				}
			}
			for d, list := range productCmdlets() {
				for _, n := range list {
					if _, ok := domainOf[n]; !ok {
						domainOf[n] = d
					}
				}
			}
			names := make([]string, 0, len(domainOf))
			for n := range domainOf {
				names = append(names, n)
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
					if r.allow(n, domainOf[n]) {
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
