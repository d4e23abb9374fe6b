package items

import (
	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/wildcard"
)

// providerMatches writes every item of a session drive whose name matches
// the wildcard rest (Get-Item Env:\Foo*), as PowerShell's globber expands
// a provider path before the provider sees it.
func providerMatches(c *pipeline.Call, prov pipeline.Provider, rest string) error {
	items, err := prov.ChildItems(c, rest, false)
	if err != nil {
		return c.WriteError(asRecord(c, err, rest))
	}
	for _, it := range items {
		if err := c.Out(it); err != nil {
			return err
		}
	}
	return nil
}

// providerRemove is Remove-Item on a session drive. A wildcard path is
// expanded to the matching names first, and each removal is confirmed
// with the provider's own path: SessionStateProviderBase's
// RemoveItemResourceTemplate is "Item: {0}" with the item's name (Item:
// Foo), not the drive-qualified path the user typed.
func providerRemove(c *pipeline.Call, prov pipeline.Provider, rest, given string, literal bool) error {
	sp, ok := prov.(*sessionProvider)
	if !ok {
		// Other providers (Cert:) confirm and report in their own words.
		if rm, ok := prov.(confirmingRemover); ok {
			if err := rm.RemoveItemConfirmed(c, rest, c.Switch("Recurse")); err != nil {
				return c.WriteError(asRecord(c, err, given))
			}
			return nil
		}
		if !c.ShouldProcess("Item: "+given, "Remove Item") {
			return nil
		}
		if err := prov.RemoveItem(c, rest, c.Switch("Recurse")); err != nil {
			return c.WriteError(asRecord(c, err, given))
		}
		return nil
	}
	names := []string{rest}
	if !literal && wildcard.HasWildcard(rest) {
		items, err := prov.ChildItems(c, rest, false)
		if err != nil {
			return c.WriteError(asRecord(c, err, given))
		}
		names = names[:0]
		for _, it := range items {
			if o, ok := it.(*object.PSObject); ok {
				if n, ok := o.Prop("Name"); ok {
					if s, ok := n.(string); ok {
						names = append(names, s)
					}
				}
			}
		}
	}
	if len(names) == 1 && names[0] == rest {
		// A path without a wildcard must exist before anything is
		// confirmed: the globber reports it as not found first, named by
		// the drive's path (Variable:\nope) as the provider reports it.
		if _, rec := providerItem(c, prov, rest, sp.drive+":\\"+rest); rec != nil {
			return c.WriteError(rec)
		}
	}
	for _, n := range names {
		if !c.ShouldProcess("Item: "+n, "Remove Item") {
			continue
		}
		if err := prov.RemoveItem(c, n, c.Switch("Recurse")); err != nil {
			if werr := c.WriteError(asRecord(c, err, given)); werr != nil {
				return werr
			}
		}
	}
	return nil
}
