package members

import (
	"time"
	"unicode/utf16"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// hashCode is GetHashCode() for the value types whose .NET Framework
// hash is deterministic; reference types (whose hash is an identity)
// report false.
func hashCode(v any) (int32, bool) {
	switch x := v.(type) {
	case time.Time:
		t := dotnet.DateTicks(x)
		return int32(t) ^ int32(t>>32), true
	case string:
		return stringHash(x), true
	}
	return object.ValueHash(v)
}

// stringHash is the .NET Framework 64-bit String.GetHashCode (the
// non-randomized one Windows PowerShell runs with): two interleaved
// djb2-style accumulators over the UTF-16 code units.
func stringHash(s string) int32 {
	u := utf16.Encode([]rune(s))
	hash1, hash2 := int32(5381), int32(5381)
	for i := 0; i < len(u); i += 2 {
		hash1 = ((hash1 << 5) + hash1) ^ int32(u[i])
		if i+1 == len(u) {
			break
		}
		hash2 = ((hash2 << 5) + hash2) ^ int32(u[i+1])
	}
	return hash1 + hash2*1566083941
}
