package object

// plainKey is the key a Hashtable stores and looks up for k: a value
// wrapped with notes (a line from Get-Content, a string given members by
// Add-Member) is its base value, as PowerShell's indexer takes
// PSObject.Base of a dictionary key, so $h[$line] and $h['text'] are the
// same entry.
func plainKey(k any) any {
	for {
		o, ok := k.(*PSObject)
		if !ok || o.Base == nil {
			return k
		}
		k = o.Base
	}
}
