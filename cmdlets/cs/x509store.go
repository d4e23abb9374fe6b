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
	storeNameEnum     = "System.Security.Cryptography.X509Certificates.StoreName"
	storeLocationEnum = "System.Security.Cryptography.X509Certificates.StoreLocation"
	openFlagsEnum     = "System.Security.Cryptography.X509Certificates.OpenFlags"
)

// MachineStoreNames are the stores of a Windows Server computer, in the
// order Cert:\LocalMachine lists them.
func MachineStoreNames() []string {
	return []string{"TrustedPublisher", "ClientAuthIssuer", "Remote Desktop", "Root", "TrustedDevices", "WebHosting",
		"CA", "REQUEST", "AuthRoot", "TrustedPeople", "My", "SmartCardRoot", "Trust", "Disallowed"}
}

// machineStoreName is a store name as the lab keeps it ("MY" is "My"),
// and whether the computer has that store.
func machineStoreName(name string) (string, bool) {
	for _, n := range MachineStoreNames() {
		if strings.EqualFold(n, name) {
			return n, true
		}
	}
	return name, false
}

// storeNameText is the store a StoreName value opens
// (CertificateAuthority is the CA store).
func storeNameText(e dotnet.Enum) string {
	if s := e.String(); s != "CertificateAuthority" {
		return s
	}
	return "CA"
}

// X509StoreObject is the X509Store the Certificate provider returns for
// Cert:\<location>\<name>: not yet open, as scripts call Open on it
// before Add (Get-Item Cert:\LocalMachine\Root).
func X509StoreObject(name, location string) *object.PSObject {
	return (&x509Store{name: name, location: location}).object()
}

// x509Store is the state behind an X509Store object.
type x509Store struct {
	name, location string
	open, writable bool
}

// newX509Store is the X509Store constructor: (), (storeName),
// (StoreLocation), (storeName, StoreLocation). A string is a store name,
// as .NET's overload for strings takes it.
func newX509Store(args []any) (any, error) {
	s := &x509Store{name: "MY", location: "CurrentUser"}
	if len(args) > 2 {
		return nil, members.ErrNoOverload
	}
	if len(args) >= 1 {
		switch v := args[0].(type) {
		case dotnet.Enum:
			switch {
			case v.Type != nil && strings.EqualFold(v.Type.FullName, storeLocationEnum) && len(args) == 1:
				s.location = v.String()
			case v.Type != nil && strings.EqualFold(v.Type.FullName, storeNameEnum):
				s.name = storeNameText(v)
			default:
				return nil, members.ErrNoOverload
			}
		case nil:
			return nil, members.ErrNoOverload
		default:
			s.name = dotnet.ToString(v)
		}
	}
	if len(args) == 2 {
		loc, err := dotnet.Convert(args[1], storeLocationEnum)
		if err != nil {
			return nil, err
		}
		s.location = dotnet.ToString(loc)
	}
	return s.object(), nil
}

// object is the X509Store as scripts see it: Name, Location,
// Certificates (empty until Open), and Open, Close, Add, Remove.
func (s *x509Store) object() *object.PSObject {
	o := object.NewObject(x509StoreType, "System.Object")
	prop := func(name string, get func() any) {
		o.Add(&object.Member{Name: name, Kind: object.Property, Get: get})
	}
	method := func(name string, f func(args []any) (any, error)) {
		o.Add(&object.Member{Name: name, Kind: object.Method, Call: f})
	}
	prop("Name", func() any { return s.name })
	prop("Location", func() any {
		v, _ := dotnet.Convert(s.location, storeLocationEnum)
		return v
	})
	prop("StoreHandle", func() any { return object.NewObject("System.IntPtr", "System.ValueType", "System.Object") })
	prop("Certificates", func() any {
		items, err := s.certificates()
		if err != nil {
			items = nil
		}
		return newCollectionOf(items)
	})
	method("Open", func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, members.ErrNoOverload
		}
		v, err := dotnet.Convert(args[0], openFlagsEnum)
		if err != nil {
			return nil, err
		}
		flags, _ := v.(dotnet.Enum)
		if _, known := machineStoreName(s.name); !known && flags.Value&4 != 0 {
			// OpenExistingOnly: Windows does not create the store.
			return nil, object.NewException(cryptoException, errFileNotFound)
		}
		s.open = true
		s.writable = flags.Value&3 != 0
		return object.Null, nil
	})
	closer := func(args []any) (any, error) {
		if len(args) != 0 {
			return nil, members.ErrNoOverload
		}
		s.open, s.writable = false, false
		return object.Null, nil
	}
	method("Close", closer)
	method("Dispose", closer)
	method("Add", func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, members.ErrNoOverload
		}
		return object.Null, s.change(args[0], true)
	})
	method("Remove", func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, members.ErrNoOverload
		}
		return object.Null, s.change(args[0], false)
	})
	// AddRange and RemoveRange take a collection (an
	// X509Certificate2Collection from Import, an array of certificates).
	rangeOf := func(add bool) func(args []any) (any, error) {
		return func(args []any) (any, error) {
			if len(args) != 1 {
				return nil, members.ErrNoOverload
			}
			items, ok := dotnet.Enumerate(args[0])
			if !ok {
				items = []any{args[0]}
			}
			for _, it := range items {
				if err := s.change(it, add); err != nil {
					return nil, err
				}
			}
			return object.Null, nil
		}
	}
	method("AddRange", rangeOf(true))
	method("RemoveRange", rangeOf(false))
	method("ToString", func([]any) (any, error) { return x509StoreType, nil })
	return o
}

// certificates reads the store's certificates from the lab: the
// computer's machine store; a user store is empty, as Cert:\CurrentUser.
func (s *x509Store) certificates() ([]any, error) {
	if !s.open || s.location != "LocalMachine" {
		return nil, nil
	}
	name, known := machineStoreName(s.name)
	if !known {
		return nil, nil
	}
	st, err := objectLab()
	if err != nil {
		return nil, err
	}
	var out []any
	err = st.View(func(tx *store.Tx) error {
		roots, err := tx.Roots(store.LocalComputer)
		if err != nil {
			return err
		}
		ms, err := tx.MachineCerts(store.LocalComputer, name)
		if err != nil {
			return err
		}
		for _, m := range ms {
			out = append(out, MachineCertObject(m, roots, objectNow))
		}
		return nil
	})
	return out, err
}

// change adds a certificate to the store or removes it from it.
func (s *x509Store) change(v any, add bool) error {
	cert, ok := pki.CertOf(v)
	if !ok {
		return object.NewException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: certificate")
	}
	if !s.open {
		return object.NewException(cryptoException, "The X509 certificate store has not been opened.")
	}
	if !s.writable || s.location != "LocalMachine" {
		return object.NewException(cryptoException, "Access is denied.")
	}
	name, _ := machineStoreName(s.name)
	st, err := objectLab()
	if err != nil {
		return err
	}
	return st.Update(func(tx *store.Tx) error {
		if !add {
			_, err := tx.RemoveMachineCert(store.LocalComputer, name, pki.Thumbprint(cert.Raw))
			return err
		}
		m := store.MachineCert{Computer: store.LocalComputer, Store: name, DER: cert.Raw}
		if key := pki.KeyOf(v); key != nil {
			if der, err := x509.MarshalPKCS8PrivateKey(key); err == nil {
				m.PrivateKey = der
				m.Exportable = pki.ExportableOf(v)
			}
		}
		return tx.AddMachineCert(m)
	})
}

// MachineCertObject is a certificate of a machine store as .NET shows
// it: with its private key (PKCS#8 in the lab), whether that key may be
// exported, and its friendly name; Verify() trusts roots on the clock now.
func MachineCertObject(m store.MachineCert, roots []*x509.Certificate, now func() time.Time) *object.PSObject {
	opts := pki.ObjectOptions{
		HasPrivateKey: m.PrivateKey != nil,
		Exportable:    m.Exportable,
		FriendlyName:  m.FriendlyName,
		Roots:         roots,
		Now:           now,
	}
	if m.PrivateKey != nil {
		if key, err := x509.ParsePKCS8PrivateKey(m.PrivateKey); err == nil {
			opts.PrivateKey = key
		}
	}
	opts.SetFriendlyName = func(name string) error {
		st, err := objectLab()
		if err != nil {
			return err
		}
		return st.Update(func(tx *store.Tx) error {
			return tx.AddMachineCert(store.MachineCert{Computer: m.Computer, Store: m.Store, DER: m.DER, FriendlyName: name})
		})
	}
	return pki.CertObject(m.Cert, opts)
}
