package cs

import (
	"crypto/x509"
	"strings"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
	"cspsh/pki"
	"cspsh/store"
)

const (
	x509ChainType     = "System.Security.Cryptography.X509Certificates.X509Chain"
	chainStatusEnum   = "System.Security.Cryptography.X509Certificates.X509ChainStatusFlags"
	verifyFlagsEnum   = "System.Security.Cryptography.X509Certificates.X509VerificationFlags"
	revocationModeTyp = "System.Security.Cryptography.X509Certificates.X509RevocationMode"
	revocationFlagTyp = "System.Security.Cryptography.X509Certificates.X509RevocationFlag"
)

// X509ChainStatusFlags bits the lab's chain engine reports, and the
// X509VerificationFlags that let Build succeed in spite of them.
const (
	statusNotTimeValid     = 1
	statusNotValidForUsage = 16
	statusUntrustedRoot    = 32
	statusPartialChain     = 65536

	ignoreNotTimeValid = 1
	allowUnknownCA     = 16
	ignoreWrongUsage   = 32
)

// chainStatusText is the StatusInformation Windows gives a status.
func chainStatusText(flag int64) string {
	switch flag {
	case statusNotTimeValid:
		return "A required certificate is not within its validity period when verifying against the current system clock or the timestamp in the signed file."
	case statusNotValidForUsage:
		return "The certificate is not valid for the requested usage."
	case statusUntrustedRoot:
		return "A certificate chain processed, but terminated in a root certificate which is not trusted by the trust provider."
	case statusPartialChain:
		return "A certificate chain could not be built to a trusted root authority."
	}
	return ""
}

// enumOf is a value of the enum typeName (its zero value when the name
// is unknown).
func enumOf(typeName string, v int64) any {
	if t, ok := dotnet.LookupEnum(typeName); ok {
		return dotnet.Enum{Type: t, Value: v}
	}
	return v
}

// newX509Chain is the X509Chain constructor: () or (useMachineContext).
// Build checks a certificate's chain against the computer's stores on
// the lab clock. The lab CA publishes no revocation lists, so revocation
// is not checked, whatever RevocationMode says.
func newX509Chain(args []any) (any, error) {
	if len(args) > 1 {
		return nil, members.ErrNoOverload
	}
	o := object.NewObject(x509ChainType, "System.Object")
	policy := newChainPolicy()
	var elements []any
	var status []int64
	prop := func(name string, get func() any) {
		o.Add(&object.Member{Name: name, Kind: object.Property, Get: get})
	}
	prop("ChainContext", func() any { return object.IntPtr(0) })
	prop("ChainElements", func() any {
		return &object.List{TypeName: "System.Security.Cryptography.X509Certificates.X509ChainElementCollection", Items: append([]any{}, elements...)}
	})
	o.Add(&object.Member{Name: "ChainPolicy", Kind: object.Property, Get: func() any { return policy },
		Set: func(v any) error {
			p, ok := v.(*object.PSObject)
			if !ok {
				return object.NewException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: value")
			}
			policy = p
			return nil
		}})
	prop("ChainStatus", func() any { return statusArray(status) })
	reset := func(args []any) (any, error) {
		if len(args) != 0 {
			return nil, members.ErrNoOverload
		}
		elements, status = nil, nil
		return object.Null, nil
	}
	o.Add(&object.Member{Name: "Reset", Kind: object.Method, Call: reset})
	o.Add(&object.Member{Name: "Dispose", Kind: object.Method, Call: reset})
	o.Add(&object.Member{Name: "Build", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, members.ErrNoOverload
		}
		cert, ok := pki.CertOf(args[0])
		if !ok {
			return nil, object.NewException("System.ArgumentException", "Invalid certificate.\r\nParameter name: certificate")
		}
		var ok2 bool
		elements, status, ok2 = buildChain(cert, policy)
		return ok2, nil
	}})
	return o, nil
}

// newChainPolicy is X509ChainPolicy with its defaults: online revocation
// of the whole chain but the root, no verification flags, the time of
// its creation.
func newChainPolicy() *object.PSObject {
	p := object.NewObject("System.Security.Cryptography.X509Certificates.X509ChainPolicy", "System.Object")
	settable := func(name, typ string, v any) {
		val := v
		p.Add(&object.Member{Name: name, Kind: object.Property, Get: func() any { return val },
			Set: func(nv any) error {
				c, err := dotnet.Convert(nv, typ)
				if err != nil {
					return err
				}
				val = c
				return nil
			}})
	}
	p.Add(&object.Member{Name: "ApplicationPolicy", Kind: object.Property, Value: &object.List{TypeName: "System.Security.Cryptography.OidCollection", Items: []any{}}})
	p.Add(&object.Member{Name: "CertificatePolicy", Kind: object.Property, Value: &object.List{TypeName: "System.Security.Cryptography.OidCollection", Items: []any{}}})
	p.Add(&object.Member{Name: "ExtraStore", Kind: object.Property, Value: newCollectionOf(nil)})
	settable("RevocationMode", revocationModeTyp, enumOf(revocationModeTyp, 1))
	settable("RevocationFlag", revocationFlagTyp, enumOf(revocationFlagTyp, 2))
	settable("VerificationFlags", verifyFlagsEnum, enumOf(verifyFlagsEnum, 0))
	settable("VerificationTime", "System.DateTime", objectNow().Local())
	settable("UrlRetrievalTimeout", "System.TimeSpan", object.TimeSpan(0))
	return p
}

// policyValue reads a property of the chain policy.
func policyValue(p *object.PSObject, name string) any {
	if m := p.Member(name); m != nil {
		return m.GetValue()
	}
	return nil
}

// buildChain is X509Chain.Build: the chain elements with their statuses,
// the chain's status, and whether the policy accepts it.
func buildChain(cert *x509.Certificate, policy *object.PSObject) ([]any, []int64, bool) {
	var pool, roots []*x509.Certificate
	if st, err := objectLab(); err == nil {
		st.View(func(tx *store.Tx) error {
			if roots, err = tx.Roots(store.LocalComputer); err != nil {
				return err
			}
			for _, s := range []string{"CA", "Root"} {
				ms, err := tx.MachineCerts(store.LocalComputer, s)
				if err != nil {
					return err
				}
				for _, m := range ms {
					pool = append(pool, m.Cert)
				}
			}
			return nil
		})
	}
	if extra, ok := policyValue(policy, "ExtraStore").(*object.List); ok {
		for _, it := range extra.Items {
			if c, ok := pki.CertOf(it); ok {
				pool = append(pool, c)
			}
		}
	}
	when, _ := policyValue(policy, "VerificationTime").(time.Time)
	var usages []string
	if apps, ok := policyValue(policy, "ApplicationPolicy").(*object.List); ok {
		for _, a := range apps.Items {
			usages = append(usages, oidValue(a))
		}
	}
	chain, complete := pki.BuildChain(cert, pool)
	var elements []any
	var all int64
	var flags []int64
	for i, c := range chain {
		var st int64
		if !when.IsZero() && (when.Before(c.NotBefore) || when.After(c.NotAfter)) {
			st |= statusNotTimeValid
		}
		for _, u := range usages {
			if have := pki.EKUOIDs(c); len(have) > 0 && !containsString(have, u) {
				st |= statusNotValidForUsage
			}
		}
		if i == len(chain)-1 {
			switch {
			case !complete:
				st |= statusPartialChain
			case !pki.Trusted(c, roots):
				st |= statusUntrustedRoot
			}
		}
		all |= st
		el := object.NewObject("System.Security.Cryptography.X509Certificates.X509ChainElement", "System.Object")
		el.SetProp("Certificate", certObjectFor(c, nil, 0, x509Cert2Type))
		el.SetProp("ChainElementStatus", statusArray(splitFlags(st)))
		el.SetProp("Information", "")
		elements = append(elements, el)
	}
	flags = splitFlags(all)
	vf, _ := policyValue(policy, "VerificationFlags").(dotnet.Enum)
	ignored := int64(0)
	if vf.Value&ignoreNotTimeValid != 0 {
		ignored |= statusNotTimeValid
	}
	if vf.Value&allowUnknownCA != 0 {
		ignored |= statusUntrustedRoot | statusPartialChain
	}
	if vf.Value&ignoreWrongUsage != 0 {
		ignored |= statusNotValidForUsage
	}
	return elements, flags, all&^ignored == 0
}

// splitFlags lists the bits of a status in ascending order.
func splitFlags(st int64) []int64 {
	var out []int64
	for bit := int64(1); bit <= st && bit > 0; bit <<= 1 {
		if st&bit != 0 {
			out = append(out, bit)
		}
	}
	return out
}

// statusArray is an X509ChainStatus[]: one entry per status bit.
func statusArray(flags []int64) []any {
	out := make([]any, 0, len(flags))
	for _, f := range flags {
		s := object.NewObject("System.Security.Cryptography.X509Certificates.X509ChainStatus", "System.ValueType", "System.Object")
		s.SetProp("Status", enumOf(chainStatusEnum, f))
		s.SetProp("StatusInformation", chainStatusText(f))
		out = append(out, s)
	}
	dotnet.MarkArrayType(out, "System.Security.Cryptography.X509Certificates.X509ChainStatus")
	return out
}

// oidValue reads an application policy entry: an Oid object or its
// text (an identifier or Windows' friendly name).
func oidValue(v any) string {
	if o, ok := v.(*object.PSObject); ok {
		if m := o.Member("Value"); m != nil {
			return dotnet.ToString(m.GetValue())
		}
	}
	s := dotnet.ToString(v)
	if id, ok := pki.OIDByName(s); ok {
		return id
	}
	return strings.TrimSpace(s)
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
