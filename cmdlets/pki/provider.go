package pki

import (
	"crypto/x509"
	"strings"

	"cspsh/cmdlets/cs"
	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/wildcard"
	"cspsh/store"
)

// certProvider is the Certificate provider: the Cert: drive over the lab's
// machine stores. Cert:\LocalMachine is the machine store of the computer
// the session acts on (the local front end, or the one entered with
// Enter-PSSession); Cert:\CurrentUser is an empty user store.
type certProvider struct{}

// Name is the provider name Get-PSProvider shows.
func (certProvider) Name() string { return "Certificate" }

// Drives lists the drive the provider serves.
func (certProvider) Drives() []string { return []string{"Cert"} }

func locationObject(name string, stores []string) *object.PSObject {
	o := object.NewObject("Microsoft.PowerShell.Commands.X509StoreLocation", "System.Object")
	o.SetProp("PSPath", providerPrefix+name)
	o.SetProp("PSChildName", name)
	o.SetProp("PSIsContainer", true)
	o.SetProp("Location", name)
	names := make([]any, len(stores))
	for i, s := range stores {
		names[i] = s
	}
	o.SetProp("StoreNames", names)
	return o
}

// storeObject is a store as the provider lists it: a .NET X509Store
// (Open, Certificates, Add, …) with the provider's note properties.
func storeObject(location, name string) *object.PSObject {
	o := cs.X509StoreObject(name, location)
	members := append([]*object.Member(nil), o.Members()...)
	for _, m := range members {
		o.Remove(m.Name)
	}
	o.SetProp("PSPath", providerPrefix+location+`\`+name)
	o.SetProp("PSParentPath", providerPrefix+location)
	o.SetProp("PSChildName", name)
	o.SetProp("PSIsContainer", true)
	for _, m := range members {
		o.Add(m)
	}
	return o
}

// ChildItems lists store locations, stores, or a store's certificates.
func (p certProvider) ChildItems(c *pipeline.Call, path string, recurse bool) ([]any, error) {
	cp := parseCertPath(path)
	switch {
	case cp.Location == "":
		return []any{locationObject("CurrentUser", []string{"My", "Root", "CA"}), locationObject("LocalMachine", storeNames())}, nil
	case cp.Store == "" || wildcard.HasWildcard(cp.Store):
		if cp.Location != "LocalMachine" && cp.Location != "CurrentUser" {
			return nil, notFound(c, `Cert:\`+path)
		}
		var out []any
		for _, s := range storeNames() {
			if ok, _ := wildcard.Match(orStar(cp.Store), s, false); ok {
				out = append(out, storeObject(cp.Location, s))
				if recurse {
					certs, err := p.certs(c, cp.Location, s, "")
					if err != nil {
						return nil, err
					}
					out = append(out, certs...)
				}
			}
		}
		return out, nil
	}
	return p.certs(c, cp.Location, cp.Store, cp.Thumbprint)
}

func orStar(s string) string {
	if s == "" {
		return "*"
	}
	return s
}

// certs lists the certificates of one store (those matching thumb, a
// thumbprint or wildcard, when given).
func (certProvider) certs(c *pipeline.Call, location, storeName, thumb string) ([]any, error) {
	if location == "CurrentUser" {
		return nil, nil
	}
	if location != "LocalMachine" || !containsName(storeNames(), storeName) {
		return nil, notFound(c, `Cert:\`+location+`\`+storeName)
	}
	lab, err := cs.OpenLab(c)
	if err != nil {
		return nil, err
	}
	computer := machine(c)
	var out []any
	err = lab.View(func(tx *store.Tx) error {
		roots, err := tx.Roots(computer)
		if err != nil {
			return err
		}
		ms, err := tx.MachineCerts(computer, storeName)
		if err != nil {
			return err
		}
		for _, m := range ms {
			if thumb != "" {
				if ok, _ := wildcard.Match(thumb, m.Thumbprint, false); !ok {
					continue
				}
			}
			out = append(out, storeCertObject(lab, roots, m, location))
		}
		return nil
	})
	if err == nil && thumb != "" && !wildcard.HasWildcard(thumb) && len(out) == 0 {
		return nil, notFound(c, `Cert:\`+location+`\`+storeName+`\`+thumb)
	}
	return out, err
}

func containsName(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// Item returns the location, store or certificate at path.
func (p certProvider) Item(c *pipeline.Call, path string) (any, bool, error) {
	cp := parseCertPath(path)
	switch {
	case cp.Location == "":
		return locationObject("", nil), true, nil
	case cp.Store == "":
		if cp.Location != "LocalMachine" && cp.Location != "CurrentUser" {
			return nil, false, nil
		}
		return locationObject(cp.Location, storeNames()), true, nil
	case cp.Thumbprint == "":
		if !containsName(storeNames(), cp.Store) {
			return nil, false, nil
		}
		return storeObject(cp.Location, cp.Store), true, nil
	}
	items, err := p.certs(c, cp.Location, cp.Store, cp.Thumbprint)
	if err != nil || len(items) == 0 {
		return nil, false, nil
	}
	return items[0], true, nil
}

// RemoveItem deletes a certificate from the computer's store (Remove-Item
// Cert:\LocalMachine\My\<thumbprint>); assignments that use it stay.
func (certProvider) RemoveItem(c *pipeline.Call, path string, _ bool) error {
	cp := parseCertPath(path)
	if cp.Thumbprint == "" || cp.Location != "LocalMachine" {
		return c.Fail(object.NewException("System.NotSupportedException",
			"Only certificates can be removed: give a path such as Cert:\\LocalMachine\\My\\<thumbprint>."), "RemoveItemNotSupported", "InvalidOperation", path)
	}
	lab, err := cs.OpenLab(c)
	if err != nil {
		return err
	}
	computer := machine(c)
	return lab.Update(func(tx *store.Tx) error {
		ok, err := tx.RemoveMachineCert(computer, cp.Store, cp.Thumbprint)
		if err != nil {
			return err
		}
		if !ok {
			return notFound(c, `Cert:\`+path)
		}
		return nil
	})
}

// notFound is the provider's record for a path that does not exist.
func notFound(c *pipeline.Call, path string) *object.ErrorRecord {
	return c.Fail(object.NewException("System.Management.Automation.ItemNotFoundException",
		"Cannot find path '%s' because it does not exist.", path), "PathNotFound", "ObjectNotFound", path)
}

// certFromValue takes a certificate given to -Cert: a certificate object,
// or a Cert: path to one.
func certFromValue(c *pipeline.Call, v any) (*x509.Certificate, string, error) {
	if o, ok := v.(*object.PSObject); ok {
		if cert, ok := certOf(o); ok {
			return cert, "", nil
		}
	}
	s, ok := v.(string)
	if !ok {
		return nil, "", c.Fail(object.NewException("System.ArgumentException", "The value is not a certificate."), "NotACertificate", "InvalidArgument", v)
	}
	item, found, err := certProvider{}.Item(c, strings.TrimPrefix(strings.TrimPrefix(s, "Cert:"), "cert:"))
	if err != nil {
		return nil, "", err
	}
	if o, ok := item.(*object.PSObject); found && ok {
		if cert, ok := certOf(o); ok {
			return cert, s, nil
		}
	}
	return nil, "", notFound(c, s)
}
