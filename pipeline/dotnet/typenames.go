package dotnet

import "sort"

// TypeNames lists the names a type literal may use, for tab completion
// after "[": the built-in accelerators as PowerShell spells them, then
// every known full type name, sorted.
func TypeNames() []string {
	lookup("System.Object") // make sure the table is loaded
	out := append([]string(nil), accelOrder...)
	reg.mu.RLock()
	full := make([]string, 0, len(reg.types))
	for _, t := range reg.types {
		full = append(full, t.full)
	}
	reg.mu.RUnlock()
	sort.Strings(full)
	return append(out, full...)
}
