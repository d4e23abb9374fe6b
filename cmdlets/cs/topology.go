package cs

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/wildcard"
	"cspsh/store"
)

// Output types of the topology cmdlets.
const (
	siteType     = "Microsoft.Rtc.Management.Deploy.Internal.Site"
	poolType     = "Microsoft.Rtc.Management.Deploy.Internal.Cluster"
	computerType = "Microsoft.Rtc.Management.Deploy.Internal.Machine"
)

// fqdnObject is a topology object that prints as its FQDN (the items of
// a pool's Computers and a site's Pools).
func fqdnObject(typ, fqdn string, props ...any) *object.PSObject {
	o := object.NewObject(typ, "System.Object")
	for i := 0; i+1 < len(props); i += 2 {
		o.Add(&object.Member{Name: props[i].(string), Kind: object.Property, Value: props[i+1]})
	}
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return fqdn, nil }})
	return o
}

func computerObject(c store.Computer) *object.PSObject {
	return fqdnObject(computerType, c.FQDN, "Identity", c.FQDN, "Pool", c.Pool, "Fqdn", c.FQDN)
}

// serviceIDs are a pool's services as the topology names them
// ("Registrar:atl-cs-001.litwareinc.com").
func serviceIDs(p store.Pool) []any {
	out := make([]any, 0, len(p.Services))
	for _, s := range p.Services {
		out = append(out, s+":"+p.FQDN)
	}
	return out
}

// filterMatch applies -Filter (a wildcard) or -Identity (exact, any case).
func filterMatch(c *pipeline.Call, name string) (bool, error) {
	if f := c.String("Filter"); f != "" {
		return wildcard.Match(f, name, false)
	}
	if id := c.String("Identity"); id != "" {
		return strings.EqualFold(id, name), nil
	}
	return true, nil
}

func identityOrFilter(help string) []*pipeline.ParamDecl {
	return []*pipeline.ParamDecl{
		pipeline.NewParam("Identity", "string").Shown("XdsGlobalRelativeIdentity").At("Identity", 2).Describe(help),
		pipeline.NewParam("Filter", "string").At("Filter", -1).Describe("A wildcard pattern for the identities to return, e.g. \"*.litwareinc.com\"."),
	}
}

func getCsComputer() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Get-CsComputer", Module: module, DefaultSet: "Identity",
		Synopsis:    "Lists the computers of the lab topology that run Skype for Business Server services.",
		Description: "Returns each server's identity, pool and FQDN. -Pool narrows to one pool, -Local to the computer the shell acts on.",
		Outputs:     computerType,
		Params: append(identityOrFilter("The FQDN of one computer, e.g. atl-cs-001.litwareinc.com."),
			pipeline.NewParam("Pool", "string").Describe("Only the computers of this pool."),
			pipeline.NewParam("Local", "switch").Describe("Only the local computer.")),
		Examples: []pipeline.Example{
			{Title: "Example 1", Code: "Get-CsComputer", Remarks: "Every computer of the topology."},
			{Title: "Example 2", Code: `Get-CsComputer -Pool "atl-cs-001.litwareinc.com"`, Remarks: "The front ends of the pool."},
		},
		Process: func(c *pipeline.Call) error {
			lab, err := OpenLab(c)
			if err != nil {
				return err
			}
			var list []store.Computer
			if err := lab.View(func(tx *store.Tx) error { list, err = tx.Computers(); return err }); err != nil {
				return err
			}
			found := false
			for _, comp := range list {
				ok, err := filterMatch(c, comp.FQDN)
				if err != nil {
					return err
				}
				if !ok || c.Has("Pool") && !strings.EqualFold(c.String("Pool"), comp.Pool) ||
					c.Switch("Local") && !strings.EqualFold(Computer(c), comp.FQDN) {
					continue
				}
				found = true
				if err := c.Out(computerObject(comp)); err != nil {
					return err
				}
			}
			if !found && c.String("Identity") != "" {
				return c.WriteError(notFound(c, "Computer", c.String("Identity")))
			}
			return nil
		},
	}
}

func getCsPool() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Get-CsPool", Module: module, DefaultSet: "Identity",
		Synopsis:    "Lists the pools of the lab topology with their services and computers.",
		Description: "A pool is one or more computers of a site running the same services. -Site narrows to the pools of one site.",
		Outputs:     poolType,
		Params: append(identityOrFilter("The FQDN of one pool, e.g. atl-cs-001.litwareinc.com."),
			pipeline.NewParam("Site", "string").Describe("Only the pools of this site (its display name, e.g. Redmond).")),
		Examples: []pipeline.Example{
			{Title: "Example 1", Code: "Get-CsPool", Remarks: "Every pool."},
			{Title: "Example 2", Code: "Get-CsPool | Select-Object -ExpandProperty Computers", Remarks: "The computers of every pool."},
			{Title: "Example 3", Code: `Get-CsPool -Site "Redmond"`, Remarks: "The pools of the Redmond site."},
		},
		Process: func(c *pipeline.Call) error {
			lab, err := OpenLab(c)
			if err != nil {
				return err
			}
			var pools []store.Pool
			var comps []store.Computer
			if err := lab.View(func(tx *store.Tx) error {
				if pools, err = tx.Pools(); err != nil {
					return err
				}
				comps, err = tx.Computers()
				return err
			}); err != nil {
				return err
			}
			found := false
			for _, p := range pools {
				ok, err := filterMatch(c, p.FQDN)
				if err != nil {
					return err
				}
				site := strings.TrimPrefix(c.String("Site"), "site:")
				if !ok || site != "" && !strings.EqualFold(site, p.Site) {
					continue
				}
				var members []any
				for _, comp := range comps {
					if strings.EqualFold(comp.Pool, p.FQDN) {
						members = append(members, computerObject(comp))
					}
				}
				o := object.NewObject(poolType, "System.Object")
				for _, kv := range []struct {
					n string
					v any
				}{{"Identity", p.FQDN}, {"Services", serviceIDs(p)}, {"Computers", members}, {"Fqdn", p.FQDN}, {"Site", "Site:" + p.Site}} {
					o.Add(&object.Member{Name: kv.n, Kind: object.Property, Value: kv.v})
				}
				found = true
				if err := c.Out(o); err != nil {
					return err
				}
			}
			if !found && c.String("Identity") != "" {
				return c.WriteError(notFound(c, "Pool", c.String("Identity")))
			}
			return nil
		},
	}
}

func getCsSite() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Get-CsSite", Module: module, DefaultSet: "Identity",
		Synopsis:    "Lists the sites of the lab topology.",
		Description: "Returns each site with its identity (site:Redmond), numeric SiteId, services, pools and display name.",
		Outputs:     siteType,
		Params:      identityOrFilter("The identity of one site, e.g. site:Redmond."),
		Examples: []pipeline.Example{
			{Title: "Example 1", Code: "Get-CsSite", Remarks: "Every site."},
			{Title: "Example 2", Code: "Get-CsSite -Identity site:Redmond", Remarks: "The Redmond site."},
		},
		Process: func(c *pipeline.Call) error {
			lab, err := OpenLab(c)
			if err != nil {
				return err
			}
			var sites []store.Site
			var pools []store.Pool
			if err := lab.View(func(tx *store.Tx) error {
				if sites, err = tx.Sites(); err != nil {
					return err
				}
				pools, err = tx.Pools()
				return err
			}); err != nil {
				return err
			}
			found := false
			for _, s := range sites {
				id := "Site:" + s.Name
				ok, err := filterMatch(c, id)
				if err != nil {
					return err
				}
				if !ok && c.String("Identity") != "" {
					ok, _ = filterMatch(c, s.Name)
				}
				if !ok {
					continue
				}
				var services, poolNames []any
				for _, p := range pools {
					if p.SiteID == s.ID {
						services = append(services, serviceIDs(p)...)
						poolNames = append(poolNames, p.FQDN)
					}
				}
				o := object.NewObject(siteType, "System.Object")
				for _, kv := range []struct {
					n string
					v any
				}{{"Identity", id}, {"SiteId", int32(s.ID)}, {"Services", services}, {"Pools", poolNames},
					{"FederationRoute", nil}, {"XmppFederationRoute", nil}, {"DefaultPersistentChatPool", nil},
					{"Description", s.Description}, {"DisplayName", s.Name}, {"SiteType", s.Kind}, {"ParentSite", nil}} {
					o.Add(&object.Member{Name: kv.n, Kind: object.Property, Value: kv.v})
				}
				found = true
				if err := c.Out(o); err != nil {
					return err
				}
			}
			if !found && c.String("Identity") != "" {
				return c.WriteError(notFound(c, "Site", c.String("Identity")))
			}
			return nil
		},
	}
}

// notFound is the record for an -Identity that names nothing.
func notFound(c *pipeline.Call, what, id string) *object.ErrorRecord {
	return c.Fail(object.NewException("System.Management.Automation.ItemNotFoundException",
		"%s \"%s\" not found in the topology.", what, id), what+"NotFound", "ObjectNotFound", id)
}
