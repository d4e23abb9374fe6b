package members

import (
	"math"
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
	case int32:
		return x, true
	case uint32:
		return int32(x), true
	case int64:
		return int32(x) ^ int32(x>>32), true
	case uint64:
		return int32(x) ^ int32(x>>32), true
	case int16:
		return int32(uint16(x)) | int32(x)<<16, true
	case uint16:
		return int32(x), true
	case uint8:
		return int32(x), true
	case int8:
		return int32(x) ^ int32(x)<<8, true
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	case object.Char:
		return int32(x) | int32(x)<<16, true
	case float64:
		if x == 0 {
			return 0, true
		}
		b := int64(math.Float64bits(x))
		return int32(b) ^ int32(b>>32), true
	case float32:
		if x == 0 {
			return 0, true
		}
		return int32(math.Float32bits(x)), true
	case time.Time:
		t := dotnet.DateTicks(x)
		return int32(t) ^ int32(t>>32), true
	case object.TimeSpan:
		return int32(x) ^ int32(int64(x)>>32), true
	case string:
		return stringHash(x), true
	}
	return 0, false
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
