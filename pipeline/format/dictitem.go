package format

import (
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// dictItem is what a dictionary enumerates to for display: a Hashtable's
// DictionaryEntry (shown as Name/Value by its view), a generic
// Dictionary's KeyValuePair (no view: a Key/Value table).
func dictItem(h *object.Hashtable, k, v any) any {
	if h.Dict != nil {
		return object.NewKeyValuePair(h.Dict, k, v, dotnet.ToString)
	}
	return DictionaryEntry(k, v)
}
