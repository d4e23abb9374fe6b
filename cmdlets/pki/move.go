package pki

import (
	"fmt"

	"cspsh/cmdlets/cs"
	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/store"
)

// moveError is the provider's InvalidOperation for a move it refuses,
// in CertificateProviderStrings' words.
func moveError(c *pipeline.Call, id, msg, _ string) error {
	return c.Fail(object.NewException("System.InvalidOperationException", "%s", msg), id, "InvalidOperation", nil)
}

// moveTarget checks a move as the provider does and returns the source
// and destination store, or the error id and message of a refusal.
func moveTarget(src, dst certPath) (certPath, certPath, string, string) {
	if src.Thumbprint == "" {
		return src, dst, "CannotMoveContainer", "You cannot move a certificate container. "
	}
	if dst.Thumbprint != "" {
		// A destination naming the same certificate stands for its store.
		if dst.Thumbprint != src.Thumbprint {
			return src, dst, "InvalidDestStore", "The destination is not a valid store. "
		}
		dst.Thumbprint = ""
	}
	if dst.Store == "" {
		return src, dst, "InvalidDestStore", "The destination is not a valid store. "
	}
	if src.Location != dst.Location {
		return src, dst, "CannotMoveCrossContext", "You cannot move a certificate from user store to or from machine. "
	}
	if src.Store == dst.Store {
		return src, dst, "CannotMoveToSameStore", "You cannot move a certificate to the same store. "
	}
	return src, dst, "", ""
}

// MoveItem moves a certificate to another store of the same location
// (Move-Item Cert:\LocalMachine\My\<thumbprint> Cert:\LocalMachine\WebHosting),
// with its private key association and friendly name.
func (p certProvider) MoveItem(c *pipeline.Call, path, destination string) (any, error) {
	src, dst, id, msg := moveTarget(parseCertPath(path), parseCertPath(destination))
	if id != "" {
		return nil, moveError(c, id, msg, path)
	}
	if _, found, err := p.Item(c, path); err != nil || !found {
		if err != nil {
			return nil, err
		}
		return nil, notFound(c, `Cert:\`+path)
	}
	if !containsName(storeNames(), dst.Store) || src.Location != "LocalMachine" {
		return nil, moveError(c, "InvalidDestStore", "The destination is not a valid store. ", destination)
	}
	from := src.Location + `\` + src.Store + `\` + src.Thumbprint
	to := dst.Location + `\` + dst.Store
	if !c.ShouldProcess(fmt.Sprintf("Item: %s Destination: %s ", from, to), "Move certificate") {
		return nil, nil
	}
	lab, err := cs.OpenLab(c)
	if err != nil {
		return nil, err
	}
	computer := machine(c)
	err = lab.Update(func(tx *store.Tx) error {
		m, err := tx.MachineCert(computer, src.Store, src.Thumbprint)
		if err != nil {
			return err
		}
		moved := *m
		moved.Store = dst.Store
		if err := tx.AddMachineCert(moved); err != nil {
			return err
		}
		_, err = tx.RemoveMachineCert(computer, src.Store, src.Thumbprint)
		return err
	})
	if err != nil {
		return nil, err
	}
	item, _, err := p.Item(c, to+`\`+src.Thumbprint)
	return item, err
}

// RemoveItemConfirmed is Remove-Item on a certificate: confirmed as the
// Certificate provider words it ("Remove certificate", or with
// -DeleteKey "Remove certificate and its private key."), on the
// provider's own path.
func (p certProvider) RemoveItemConfirmed(c *pipeline.Call, path string, recurse bool) error {
	cp := parseCertPath(path)
	if cp.Thumbprint == "" || cp.Location != "LocalMachine" {
		return p.RemoveItem(c, path, recurse)
	}
	if _, found, err := p.Item(c, path); err != nil || !found {
		if err != nil {
			return err
		}
		return notFound(c, `Cert:\`+path)
	}
	action := "Remove certificate"
	if c.Switch("DeleteKey") {
		action = "Remove certificate and its private key."
	}
	target := fmt.Sprintf("Item: %s ", cp.Location+`\`+cp.Store+`\`+cp.Thumbprint)
	if !c.ShouldProcess(target, action) {
		return nil
	}
	return p.RemoveItem(c, path, recurse)
}
