package lab

import (
	"crypto/x509"
	"errors"
	"strings"
	"time"

	"cspsh/pki"
	"cspsh/store"
)

// objective is one thing an exercise asks for, checked against the lab.
type objective struct {
	Text  string
	Hint  string
	Check func(x *exState) (bool, error)
}

// exercise is a task taken from a procedure page: a starting state, the
// task text, and its objectives.
type exercise struct {
	Name, Title, Source, Task string
	Setup                     func(tx *store.Tx) error
	Objectives                []objective
}

// exState is what a check sees: the lab, and what the exercise recorded
// when it started.
type exState struct {
	tx    *store.Tx
	start time.Time
	base  map[string]string
}

const local = store.LocalComputer

func (x *exState) thumb(scope, use string) string {
	a, err := x.tx.Assignment(scope, use)
	if err != nil {
		return ""
	}
	return a.Thumbprint
}

func (x *exState) assignment(scope, use string) *store.Assignment {
	a, err := x.tx.Assignment(scope, use)
	if err != nil {
		return nil
	}
	return a
}

// s2sThumb is the thumbprint of the default lab's ServerToServerAuth.pfx.
func s2sThumb() string {
	b, err := pki.ReadPFX(store.DefaultPFX(), "P@ssw0rd")
	if err != nil {
		return ""
	}
	return pki.Thumbprint(b.Leaf.Raw)
}

// importS2S puts the PFX's certificate, with an exportable key, into a
// computer's My store (a starting state).
func importS2S(tx *store.Tx, computer string) error {
	b, err := pki.ReadPFX(store.DefaultPFX(), "P@ssw0rd")
	if err != nil {
		return err
	}
	key, err := x509.MarshalPKCS8PrivateKey(b.Key)
	if err != nil {
		return err
	}
	return tx.AddMachineCert(store.MachineCert{Computer: computer, Store: "My", DER: b.Leaf.Raw, PrivateKey: key, Exportable: true})
}

// onAllFrontEnds reports whether every front end holds thumb with its key.
func onAllFrontEnds(x *exState, thumb string) (bool, error) {
	if thumb == "" {
		return false, nil
	}
	fes, err := x.tx.FrontEnds()
	if err != nil {
		return false, err
	}
	for _, fe := range fes {
		m, err := x.tx.MachineCert(fe, "My", thumb)
		if errors.Is(err, store.ErrNotFound) || err == nil && m.PrivateKey == nil {
			return false, nil
		}
		if err != nil {
			return false, err
		}
	}
	return true, nil
}

func issuedByLabCAAfterStart(x *exState, thumb string) bool {
	c, err := x.tx.Certificate(thumb)
	if err != nil {
		return false
	}
	return pki.FormatName(c.RawIssuer) == "CN=myca" && !c.NotBefore.Before(x.start.Add(-time.Hour))
}

var exercises = []exercise{
	{
		Name:   "OAuthFromPfx",
		Title:  "Assign an OAuthTokenIssuer certificate from a PFX file",
		Source: "Assign a server-to-server authentication certificate to Skype for Business Server",
		Task: "The deployment has no server-to-server (OAuthTokenIssuer) certificate. Import C:\\Certificates\\ServerToServerAuth.pfx " +
			"(password P@ssw0rd) as the global OAuthTokenIssuer certificate, once, and make sure every front end has received it.",
		Setup: func(tx *store.Tx) error { return nil },
		Objectives: []objective{
			{"A global OAuthTokenIssuer certificate is assigned.",
				"Get-CsCertificate -Type OAuthTokenIssuer returns nothing yet: Import-CsCertificate -Identity global -Type OAuthTokenIssuer -Path ... -Password ...",
				func(x *exState) (bool, error) { return x.thumb(store.GlobalScope, "OAuthTokenIssuer") != "", nil }},
			{"It is the certificate from ServerToServerAuth.pfx (CN=sip.litwareinc.com, O=Litware, C=US).",
				"Check (Get-CsCertificate -Type OAuthTokenIssuer).Subject; import the PFX file named in the task.",
				func(x *exState) (bool, error) {
					return x.thumb(store.GlobalScope, "OAuthTokenIssuer") == s2sThumb(), nil
				}},
			{"Every front end holds it: replication is up to date.",
				"Get-CsManagementStoreReplicationStatus shows who is behind; Invoke-CsManagementStoreReplication (or Move-LabClock -Minutes 2) lets them catch up.",
				func(x *exState) (bool, error) {
					return onAllFrontEnds(x, x.thumb(store.GlobalScope, "OAuthTokenIssuer"))
				}},
		},
	},
	{
		Name:   "DefaultAsOAuth",
		Title:  "Use the Default certificate as the OAuthTokenIssuer certificate",
		Source: "Assign a server-to-server authentication certificate to Skype for Business Server",
		Task: "Make the Default certificate of the front ends the global OAuthTokenIssuer certificate, taking its thumbprint " +
			"from Get-CsCertificate, and let it replicate to every front end.",
		Setup: func(tx *store.Tx) error { return nil },
		Objectives: []objective{
			{"The global OAuthTokenIssuer certificate is the Default certificate.",
				"$x = (Get-CsCertificate -Type Default).Thumbprint; Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint $x",
				func(x *exState) (bool, error) {
					t := x.thumb(store.GlobalScope, "OAuthTokenIssuer")
					return t != "" && t == x.thumb(local, "Default"), nil
				}},
			{"Every front end holds it: replication is up to date.",
				"Invoke-CsManagementStoreReplication, or wait (Move-LabClock -Minutes 2).",
				func(x *exState) (bool, error) {
					return onAllFrontEnds(x, x.thumb(store.GlobalScope, "OAuthTokenIssuer"))
				}},
		},
	},
	{
		Name:   "RollOAuth",
		Title:  "Stage a new OAuthTokenIssuer certificate with -Roll and remove the previous one",
		Source: "Stage AV and OAuth certificates using -Roll in Set-CsCertificate",
		Task: "The Default certificate is the OAuthTokenIssuer certificate. The certificate of ServerToServerAuth.pfx is already in " +
			"Cert:\\LocalMachine\\My. Stage it as the new OAuthTokenIssuer certificate with Set-CsCertificate -Roll and an " +
			"-EffectiveDate in the future; when the lab clock has passed that date, remove the previous certificate.",
		Setup: func(tx *store.Tx) error {
			a, err := tx.Assignment(local, "Default")
			if err != nil {
				return err
			}
			if err := tx.Assign(store.GlobalScope, "OAuthTokenIssuer", a.Thumbprint, store.AssignOptions{}); err != nil {
				return err
			}
			if _, err := tx.CatchUp(true); err != nil {
				return err
			}
			return importS2S(tx, local)
		},
		Objectives: []objective{
			{"The new certificate is staged as OAuthTokenIssuer with an effective date after the start of the exercise.",
				"Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint <new> -EffectiveDate <a future date> -Roll",
				func(x *exState) (bool, error) {
					a := x.assignment(store.GlobalScope, "OAuthTokenIssuer")
					return a != nil && a.Thumbprint == s2sThumb() && a.Effective.After(x.start), nil
				}},
			{"The lab clock has passed the effective date: the new certificate is in use.",
				"Get-LabClock shows the lab's time; Move-LabClock moves it past the effective date.",
				func(x *exState) (bool, error) {
					a := x.assignment(store.GlobalScope, "OAuthTokenIssuer")
					now, err := x.tx.Now()
					return a != nil && a.Thumbprint == s2sThumb() && !a.Effective.IsZero() && !now.Before(a.Effective), err
				}},
			{"The previous OAuthTokenIssuer certificate is removed.",
				"Remove-CsCertificate -Identity global -Type OAuthTokenIssuer -Previous",
				func(x *exState) (bool, error) {
					a := x.assignment(store.GlobalScope, "OAuthTokenIssuer")
					now, err := x.tx.Now()
					return a != nil && a.Thumbprint == s2sThumb() && a.Previous == "" && !now.Before(a.Effective), err
				}},
		},
	},
	{
		Name:   "ManualExportImport",
		Title:  "Copy the OAuthTokenIssuer certificate to every front end by hand",
		Source: "Assign a server-to-server authentication certificate to Skype for Business Server (the caution about exporting and importing)",
		Task: "Without replication: the certificate of ServerToServerAuth.pfx is in Cert:\\LocalMachine\\My of atl-cs-001 only. Export it " +
			"with its private key (Export-PfxCertificate), import it on atl-cs-002 and atl-cs-003 (Enter-PSSession or " +
			"Invoke-Command -ComputerName, then Import-PfxCertificate), and assign it as OAuthTokenIssuer on each front end " +
			"(Set-CsCertificate -Type OAuthTokenIssuer -Thumbprint ... without -Identity).",
		Setup: func(tx *store.Tx) error { return importS2S(tx, local) },
		Objectives: []objective{
			{"atl-cs-002 and atl-cs-003 hold the certificate with its private key.",
				"Export-PfxCertificate on atl-cs-001, then Import-PfxCertificate -CertStoreLocation Cert:\\LocalMachine\\My on the others.",
				func(x *exState) (bool, error) { return onAllFrontEnds(x, s2sThumb()) }},
			{"Each front end uses it as its own OAuthTokenIssuer certificate.",
				"On each front end: Set-CsCertificate -Type OAuthTokenIssuer -Thumbprint <thumbprint>",
				func(x *exState) (bool, error) {
					fes, err := x.tx.FrontEnds()
					if err != nil {
						return false, err
					}
					for _, fe := range fes {
						if x.thumb(fe, "OAuthTokenIssuer") != s2sThumb() {
							return false, nil
						}
					}
					return true, nil
				}},
			{"Nothing was assigned at global scope (this path is not replicated).",
				"Remove-CsCertificate -Identity global -Type OAuthTokenIssuer undoes a global assignment.",
				func(x *exState) (bool, error) { return x.thumb(store.GlobalScope, "OAuthTokenIssuer") == "", nil }},
		},
	},
	{
		Name:   "RequestDefaultOnline",
		Title:  "Request and assign a new Default certificate online from the lab CA",
		Source: "Request-CsCertificate and Set-CsCertificate reference pages",
		Task: "Request a new Default certificate for atl-cs-001 online from the enterprise CA atl-ca-001.litwareinc.com\\myca " +
			"(Request-CsCertificate -New -Type Default -CA ...) and assign it as the Default certificate of atl-cs-001.",
		Setup: func(tx *store.Tx) error { return nil },
		Objectives: []objective{
			{"A new certificate issued by CN=myca is in Cert:\\LocalMachine\\My on atl-cs-001.",
				`Request-CsCertificate -New -Type Default -CA "atl-ca-001.litwareinc.com\myca"`,
				func(x *exState) (bool, error) {
					ms, err := x.tx.MachineCerts(local, "My")
					if err != nil {
						return false, err
					}
					for _, m := range ms {
						if m.Thumbprint != x.base["Default"] && m.PrivateKey != nil && issuedByLabCAAfterStart(x, m.Thumbprint) {
							return true, nil
						}
					}
					return false, nil
				}},
			{"atl-cs-001's Default certificate is the new one.",
				"Set-CsCertificate -Type Default -Thumbprint <thumbprint of the new certificate>",
				func(x *exState) (bool, error) {
					t := x.thumb(local, "Default")
					return t != "" && t != x.base["Default"] && issuedByLabCAAfterStart(x, t), nil
				}},
		},
	},
	{
		Name:   "RenewWebExtOffline",
		Title:  "Renew the external web services certificate offline",
		Source: "Request-CsCertificate (offline request), Import-CsCertificate and Set-CsCertificate reference pages",
		Task: "Renew the WebServicesExternal certificate of atl-cs-001 the offline way: write a request file with " +
			"Request-CsCertificate -New -Type WebServicesExternal -Output C:\\Certificates\\WebServicesExternal.req, have the lab " +
			"CA answer it (Approve-LabCertificateRequest), import the answer (Import-CsCertificate) and assign the new certificate.",
		Setup: func(tx *store.Tx) error { return nil },
		Objectives: []objective{
			{"An offline request for WebServicesExternal was written.",
				"Request-CsCertificate -New -Type WebServicesExternal -Output C:\\Certificates\\WebServicesExternal.req",
				func(x *exState) (bool, error) {
					rs, err := x.tx.Requests(0)
					for _, r := range rs {
						if r.Output != "" && containsFold(r.Types, "WebServicesExternal") {
							return true, err
						}
					}
					return false, err
				}},
			{"The CA's answer is installed with the request's private key.",
				"Approve-LabCertificateRequest -Path <request> -OutFile C:\\Certificates\\WebServicesExternal.cer; Import-CsCertificate -Path C:\\Certificates\\WebServicesExternal.cer",
				func(x *exState) (bool, error) {
					rs, err := x.tx.Requests(0)
					for _, r := range rs {
						if r.Output != "" && r.Status == "Issued" && containsFold(r.Types, "WebServicesExternal") {
							return true, err
						}
					}
					return false, err
				}},
			{"atl-cs-001's WebServicesExternal certificate is the renewed one.",
				"Set-CsCertificate -Type WebServicesExternal -Thumbprint <thumbprint of the new certificate>",
				func(x *exState) (bool, error) {
					t := x.thumb(local, "WebServicesExternal")
					return t != "" && t != x.base["WebServicesExternal"] && issuedByLabCAAfterStart(x, t), nil
				}},
		},
	},
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
