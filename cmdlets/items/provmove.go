package items

import (
	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// itemMover is a provider that moves its own items (the Certificate
// provider moves a certificate to another store of its location). It
// asks for confirmation itself and returns the moved item, or nil when
// nothing moved.
type itemMover interface {
	MoveItem(c *pipeline.Call, path, destination string) (any, error)
}

// confirmingRemover is a provider that asks for Remove-Item's
// confirmation in its own words (the Certificate provider's "Remove
// certificate" on "Item: LocalMachine\My\<thumbprint> ").
type confirmingRemover interface {
	RemoveItemConfirmed(c *pipeline.Call, path string, recurse bool) error
}

// providerMove is Move-Item for an item of such a provider.
func providerMove(c *pipeline.Call, mv itemMover, prov pipeline.Provider, rest, given, dest string) error {
	dprov, drest, ok := splitDrive(dest)
	if !ok || dprov != prov {
		// SessionStateStrings.CopyItemSourceAndDestinationNotSameProvider.
		ex := object.NewException("System.Management.Automation.PSArgumentException", "Source and destination path did not resolve to the same provider.")
		return c.WriteError(object.NewError(ex, "CopyItemSourceAndDestinationNotSameProvider,"+commandClass(c), "InvalidArgument", dest))
	}
	moved, err := mv.MoveItem(c, rest, drest)
	if err != nil {
		return c.WriteError(asRecord(c, err, given))
	}
	if moved != nil && c.Switch("PassThru") {
		return c.Out(moved)
	}
	return nil
}
