package pki

import (
	"crypto/x509"
	"strings"
	"time"

	"cspsh/cmdlets/cs"
	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pki"
	"cspsh/store"
)

// providerPrefix is how the Certificate provider qualifies its paths.
const providerPrefix = `Microsoft.PowerShell.Security\Certificate::`

// labClock returns a clock reading the lab clock, for Verify().
func labClock(lab *store.Store) func() time.Time {
	return func() time.Time {
		now := time.Now()
		lab.View(func(tx *store.Tx) error {
			t, err := tx.Now()
			if err == nil {
				now = t
			}
			return err
		})
		return now
	}
}

// storeCertObject is a certificate of a machine store as the Certificate
// provider shows it: the X509Certificate2 with PSPath and its friends.
func storeCertObject(lab *store.Store, roots []*x509.Certificate, m store.MachineCert, location string) *object.PSObject {
	o := cs.MachineCertObject(m, roots, labClock(lab))
	parent := location + `\` + m.Store
	addProviderMembers(o, parent, m.Thumbprint)
	return o
}

// addProviderMembers puts the provider's note properties first, as
// PowerShell adds them.
func addProviderMembers(o *object.PSObject, parent, child string) {
	rest := o.Members()
	members := append([]*object.Member(nil), rest...)
	for _, m := range members {
		o.Remove(m.Name)
	}
	note := func(n string, v any) { o.Add(&object.Member{Name: n, Kind: object.NoteProperty, Value: v}) }
	note("PSPath", providerPrefix+parent+`\`+child)
	note("PSParentPath", providerPrefix+parent)
	note("PSChildName", child)
	note("PSDrive", "Cert")
	note("PSProvider", `Microsoft.PowerShell.Security\Certificate`)
	note("PSIsContainer", false)
	for _, m := range members {
		o.Add(m)
	}
}

// certPath is a parsed Cert: path: a store location, a store, a thumbprint.
type certPath struct {
	Location, Store, Thumbprint string
}

// parseCertPath splits "LocalMachine\My\<thumb>" (no drive prefix) or
// "Cert:\LocalMachine\My"; location and store names are matched without
// case and returned in their canonical case.
func parseCertPath(p string) certPath {
	p = strings.TrimPrefix(p, providerPrefix)
	if len(p) >= 5 && strings.EqualFold(p[:5], "cert:") {
		p = p[5:]
	}
	parts := strings.FieldsFunc(p, func(r rune) bool { return r == '\\' || r == '/' })
	var cp certPath
	if len(parts) > 0 {
		cp.Location = canonical(parts[0], []string{"LocalMachine", "CurrentUser"})
	}
	if len(parts) > 1 {
		cp.Store = canonical(parts[1], storeNames())
	}
	if len(parts) > 2 {
		cp.Thumbprint = pki.NormalizeThumbprint(parts[2])
	}
	return cp
}

func canonical(s string, names []string) string {
	for _, n := range names {
		if strings.EqualFold(n, s) {
			return n
		}
	}
	return s
}

// storeNames are the LocalMachine stores Windows Server has.
func storeNames() []string { return cs.MachineStoreNames() }

// machine is the computer whose stores Cert:\LocalMachine shows.
func machine(c *pipeline.Call) string { return cs.Computer(c) }

// certOf unwraps a certificate object.
func certOf(o *object.PSObject) (*x509.Certificate, bool) { return pki.CertOf(o) }

// fileCertOptions are the options of a certificate read from a file:
// Verify() trusts what the session's computer trusts, on the lab clock.
func fileCertOptions(c *pipeline.Call, hasKey bool) pki.ObjectOptions {
	o := pki.ObjectOptions{HasPrivateKey: hasKey}
	lab, err := cs.OpenLab(c)
	if err != nil {
		return o
	}
	lab.View(func(tx *store.Tx) error {
		o.Roots, err = tx.Roots(machine(c))
		return err
	})
	o.Now = labClock(lab)
	return o
}
