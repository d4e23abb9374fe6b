package cs

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/store"
)

const oauthSettingsType = "Microsoft.Rtc.Management.WritableConfig.Settings.SSAuth.OAuthSettings"

// oauthFields are the on-premises OAuth settings in display order, with
// their defaults ("" = not set). Realm's default is filled in from the
// default SIP domain.
var oauthFields = []struct{ name, def string }{
	{"Realm", ""},
	{"ServiceName", "00000004-0000-0ff1-ce00-000000000000"},
	{"ClientAuthorizationOAuthServerIdentity", ""},
	{"ExchangeAutodiscoverUrl", ""},
	{"ExchangeAutodiscoverAllowedDomains", "*.outlook.com"},
	{"AlternateAudienceUrl", ""},
	{"ClientAdalAuthOverride", "NoOverride"},
}

func oauthSetting(tx *store.Tx, name, def string) (string, error) {
	v, err := tx.Setting("oauth." + name)
	if err != nil {
		return "", err
	}
	if v == "" {
		if name == "Realm" {
			doms, err := tx.SIPDomains()
			if err != nil || len(doms) == 0 {
				return "", err
			}
			return doms[0], nil
		}
		return def, nil
	}
	if v == "\x00" { // explicitly cleared
		return "", nil
	}
	return v, nil
}

func oauthObject(tx *store.Tx) (*object.PSObject, error) {
	o := object.NewObject(oauthSettingsType, "System.Object")
	add := func(n string, v any) { o.Add(&object.Member{Name: n, Kind: object.Property, Value: v}) }
	add("Identity", "Global")
	add("PartnerApplications", []any{})
	add("OAuthServers", []any{})
	for _, f := range oauthFields {
		v, err := oauthSetting(tx, f.name, f.def)
		if err != nil {
			return nil, err
		}
		var val any = v
		if v == "" {
			val = nil
		}
		add(f.name, val)
	}
	add("AdditionalAudienceUrls", []any{})
	return o, nil
}

func globalIdentityParam() *pipeline.ParamDecl {
	return pipeline.NewParam("Identity", "string").Shown("XdsIdentity").At("Identity", 2).
		Describe("Always the single global collection: \"global\".")
}

func checkGlobalIdentity(c *pipeline.Call) error {
	id := c.String("Identity")
	if id == "" || store.IsGlobal(id) {
		return nil
	}
	return c.Fail(object.NewException("System.Management.Automation.ItemNotFoundException",
		"Cannot get item \"%s\": only the global OAuth configuration exists.", id), "OAuthIdentityNotFound", "ObjectNotFound", id)
}

func getCsOAuthConfiguration() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Get-CsOAuthConfiguration", Module: module, DefaultSet: "Identity",
		Synopsis:    "Shows the server-to-server (OAuth) settings of the deployment.",
		Description: "There is one global collection. Realm defaults to the default SIP domain.",
		Outputs:     oauthSettingsType,
		Params: []*pipeline.ParamDecl{
			globalIdentityParam(),
			pipeline.NewParam("Filter", "string").At("Filter", -1).Describe("A wildcard for the identity (only Global exists)."),
			pipeline.NewParam("LocalStore", "switch").Describe("Read the local replica instead of the Central Management Store."),
			pipeline.NewParam("Tenant", "string").Describe("Skype for Business Online only; accepted and ignored."),
		},
		Examples: []pipeline.Example{{Title: "Example 1", Code: "Get-CsOAuthConfiguration", Remarks: "The global OAuth settings."}},
		Process: func(c *pipeline.Call) error {
			if err := checkGlobalIdentity(c); err != nil {
				return err
			}
			lab, err := OpenLab(c)
			if err != nil {
				return err
			}
			var o *object.PSObject
			if err := lab.View(func(tx *store.Tx) error { o, err = oauthObject(tx); return err }); err != nil {
				return err
			}
			return c.Out(o)
		},
	}
}

func setCsOAuthConfiguration() *pipeline.CommandInfo {
	params := []*pipeline.ParamDecl{globalIdentityParam()}
	for _, f := range oauthFields {
		params = append(params, pipeline.NewParam(f.name, "object").At("Identity", -1).Describe("Sets "+f.name+"."))
	}
	params = append(params,
		pipeline.NewParam("AdditionalAudienceUrls", "object").At("Identity", -1).Describe("Skype for Business Online only."),
		pipeline.NewParam("Instance", "psobject").At("Instance", -1).At("Identity", -1).FromPipeline(true, false).
			Describe("An OAuth settings object (from Get-CsOAuthConfiguration) whose values to save."),
		pipeline.NewParam("Tenant", "string").Describe("Skype for Business Online only; accepted and ignored."),
		forceParam("Suppresses non-fatal messages."),
		pipeline.NewParam("AsJob", "switch").At("Identity", -1).Describe("Skype for Business Online only; accepted and ignored."),
	)
	return &pipeline.CommandInfo{
		Name: "Set-CsOAuthConfiguration", Module: module, DefaultSet: "Identity", SupportsShouldProcess: true,
		Synopsis:    "Changes the global server-to-server (OAuth) settings.",
		Description: "Changes the single global collection; the change is replicated to every computer like any global change.",
		Params:      params,
		Examples:    []pipeline.Example{{Title: "Example 1", Code: `Set-CsOAuthConfiguration -Identity global -Realm "contoso.com"`, Remarks: "Sets the OAuth realm."}},
		Process: func(c *pipeline.Call) error {
			if err := checkGlobalIdentity(c); err != nil {
				return err
			}
			lab, err := OpenLab(c)
			if err != nil {
				return err
			}
			changes := map[string]string{}
			if inst, ok := c.Get("Instance").(*object.PSObject); ok {
				for _, f := range oauthFields {
					if v, ok := inst.Prop(f.name); ok {
						changes[f.name] = settingText(v)
					}
				}
			}
			for _, f := range oauthFields {
				if c.Has(f.name) {
					changes[f.name] = settingText(c.Get(f.name))
				}
			}
			if !c.ShouldProcess("Global", "Set OAuth configuration") || len(changes) == 0 {
				return nil
			}
			return lab.Update(func(tx *store.Tx) error {
				for _, f := range oauthFields {
					v, ok := changes[f.name]
					if !ok {
						continue
					}
					if v == "" {
						v = "\x00"
					}
					if err := tx.SetSetting("oauth."+f.name, v); err != nil {
						return err
					}
				}
				return tx.GlobalChanged()
			})
		},
	}
}

func settingText(v any) string {
	if items, ok := v.([]any); ok {
		parts := make([]string, 0, len(items))
		for _, it := range items {
			parts = append(parts, dotnet.ToString(it))
		}
		return strings.Join(parts, ",")
	}
	if v == nil {
		return ""
	}
	return dotnet.ToString(v)
}
