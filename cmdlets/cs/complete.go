package cs

import (
	"cspsh/pipeline"
	"cspsh/store"
)

// RegisterExtensions adds the tab completion of lab values: the REPL
// asks the argument-completer registry, so these know the lab and the
// REPL does not. It also makes New-Object build the .NET certificate
// classes (registerX509). cmdlets.Registry hands it to
// dotnet.AddExtensions.
func RegisterExtensions() {
	pipeline.RegisterCompleterSource(registerCompleters)
	registerX509()
}

// registerCompleters declares the value completers of this family's
// parameters.
func registerCompleters() {
	pipeline.RegisterArgumentCompleter("*", "Thumbprint", completeThumbprints)
	pipeline.RegisterArgumentCompleter("*", "ComputerName", completeComputers)
	pipeline.RegisterArgumentCompleter("*", "ReplicaFqdn", completeComputers)
	pipeline.RegisterArgumentCompleter("Request-CsCertificate", "CA", completeCA)
	for _, cmd := range []string{"Get-CsCertificate", "Set-CsCertificate", "Import-CsCertificate",
		"Remove-CsCertificate", "Request-CsCertificate", "Test-CsCertificateConfiguration"} {
		pipeline.RegisterArgumentCompleter(cmd, "Identity", completeScopes)
	}
	pipeline.RegisterArgumentCompleter("Get-CsComputer", "Identity", completeComputers)
	pipeline.RegisterArgumentCompleter("Get-CsPool", "Identity", completePools)
	pipeline.RegisterArgumentCompleter("Get-CsComputer", "Pool", completePools)
}

// labView opens the session's lab as the cmdlets do and reads it.
func labView(rt pipeline.Runtime, fn func(tx *store.Tx) error) {
	c := &pipeline.Call{Info: &pipeline.CommandInfo{Name: "TabExpansion2", Kind: pipeline.KindCmdlet}, Rt: rt}
	st, err := OpenLab(c)
	if err != nil {
		return
	}
	st.View(fn)
}

// completeThumbprints offers the certificates of the machine store of the
// computer the session acts on.
func completeThumbprints(rt pipeline.Runtime, _ string) []string {
	var out []string
	comp := rt.Session().Computer
	if comp == "" {
		comp = store.LocalComputer
	}
	labView(rt, func(tx *store.Tx) error {
		certs, err := tx.MachineCerts(comp, "My")
		for _, m := range certs {
			out = append(out, m.Thumbprint)
		}
		return err
	})
	return out
}

// completeComputers offers every computer FQDN of the topology.
func completeComputers(rt pipeline.Runtime, _ string) []string {
	var out []string
	labView(rt, func(tx *store.Tx) error {
		comps, err := tx.Computers()
		for _, c := range comps {
			out = append(out, c.FQDN)
		}
		return err
	})
	return out
}

// completeScopes offers the scopes a certificate assignment may have:
// global, then each computer.
func completeScopes(rt pipeline.Runtime, word string) []string {
	return append([]string{"global"}, completeComputers(rt, word)...)
}

// completePools offers every pool FQDN.
func completePools(rt pipeline.Runtime, _ string) []string {
	var out []string
	labView(rt, func(tx *store.Tx) error {
		pools, err := tx.Pools()
		for _, p := range pools {
			out = append(out, p.FQDN)
		}
		return err
	})
	return out
}

// completeCA offers the lab's certification authority.
func completeCA(pipeline.Runtime, string) []string { return []string{store.LabCA} }
