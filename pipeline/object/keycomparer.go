package object

import "unicode/utf16"

// KeyComparer names the IEqualityComparer a Hashtable was made with. It
// decides whether string keys compare ignoring case and how they hash,
// so the order Windows PowerShell 5.1 enumerates the table in
// (hashorder.go). The zero value is a @{} literal's.
type KeyComparer uint8

const (
	// CultureIgnoreCase is StringComparer.CurrentCultureIgnoreCase, which
	// 5.1 gives a @{} literal and the result of + on two hashtables.
	CultureIgnoreCase KeyComparer = iota
	// OrdinalIgnoreCase is StringComparer.OrdinalIgnoreCase, which 5.1's
	// ConvertFrom-StringData builds its table with.
	OrdinalIgnoreCase
	// CaseSensitive is no comparer at all: Object.Equals and
	// String.GetHashCode, so "a" and "A" are two keys. A Hashtable made
	// by its own constructor has it: [hashtable]::new(), New-Object
	// Hashtable, and a [hashtable] cast of another dictionary, which 5.1
	// converts with new Hashtable(IDictionary).
	CaseSensitive
)

// stringHash is the hash code comparer c gives the string s; ok is false
// when the model cannot compute it.
func (c KeyComparer) stringHash(s string) (int32, bool) {
	switch c {
	case OrdinalIgnoreCase:
		return ordinalHash(s)
	case CaseSensitive:
		return defaultStringHash(s), true
	}
	return cultureHash(s)
}

// defaultStringHash is String.GetHashCode of the 64-bit .NET Framework 4
// (no randomized hashing, as Windows PowerShell runs): two djb2-style
// accumulators, fed the UTF-16 units alternately up to the first NUL,
// combined as hash1 + hash2*1566083941.
func defaultStringHash(s string) int32 {
	h1, h2 := int32(5381), int32(5381)
	units := utf16.Encode([]rune(s))
	for i := 0; i < len(units) && units[i] != 0; i += 2 {
		h1 = (h1<<5 + h1) ^ int32(units[i])
		if i+1 == len(units) || units[i+1] == 0 {
			break
		}
		h2 = (h2<<5 + h2) ^ int32(units[i+1])
	}
	return h1 + h2*1566083941
}
