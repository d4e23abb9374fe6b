// Package pki holds the certificate cmdlets of Windows' PKI module
// (Import-/Export-PfxCertificate, Get-PfxData, …) and the Cert: drive over
// the lab's machine stores, so the manual export/import path of the
// documentation can be practised.
package pki

import (
	"cspsh/pipeline"
	"cspsh/pipeline/format"
)

// Register adds this family's cmdlets, the Certificate provider and the
// list views of store locations and stores (the certificate views are the
// format package's built-in ones).
func Register(r *pipeline.Registry) {
	if _, ok := pipeline.ProviderFor("Cert"); !ok {
		pipeline.RegisterProvider(certProvider{})
	}
	format.RegisterView("Microsoft.PowerShell.Commands.X509StoreLocation", &format.View{
		Name: "ThumbprintList", Kind: format.ListKind,
		Columns: []format.Column{{Property: "Location"}, {Property: "StoreNames"}},
	})
	format.RegisterView("System.Security.Cryptography.X509Certificates.X509Store", &format.View{
		Name: "ThumbprintList", Kind: format.ListKind,
		Columns: []format.Column{{Property: "Name"}},
	})
	for _, ci := range []*pipeline.CommandInfo{
		importPfxCertificate(), exportPfxCertificate(), getPfxData(), getPfxCertificate(),
		exportCertificate(), importCertificate(), newSelfSignedCertificate(), testCertificate(),
	} {
		r.Add(ci)
	}
}
