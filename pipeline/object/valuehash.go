package object

import "math"

// ValueHash is .NET Framework's GetHashCode() for the value types whose
// hash is deterministic (numbers, Boolean, Char, TimeSpan): what a
// Hashtable buckets such a key by, and what $x.GetHashCode() prints.
// Strings (whose hash depends on the comparer), dates (which need their
// ticks) and reference types report false.
func ValueHash(v any) (int32, bool) {
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
	case Char:
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
	case TimeSpan:
		return int32(x) ^ int32(int64(x)>>32), true
	}
	return 0, false
}
