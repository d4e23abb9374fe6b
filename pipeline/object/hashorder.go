package object

// EnumerationKeys returns the keys in the order Windows PowerShell 5.1
// enumerates them: an [ordered] dictionary in insertion order; a
// Hashtable by bucket, from the last to the first, as
// System.Collections.Hashtable does. 5.1 builds a @{} literal as
// new Hashtable(count, StringComparer.CurrentCultureIgnoreCase), and
// that order is what it displays, foreach walks, ConvertTo-Json writes
// and [pscustomobject]$hash makes properties in (about_Object_Creation:
// PSVersion, Name, System for keys given as Name, System, PSVersion).
// It is Keys, kept under this name for its callers.
func (h *Hashtable) EnumerationKeys() []any { return h.Keys() }

// orderCache holds a Hashtable's enumeration order between changes, so
// that walking a table with At(i), or enumerating it twice, computes the
// order once.
type orderCache struct {
	// changes counts the changes to the set of keys (not to values).
	changes uint64
	// at is changes+1 when pos was computed (0: never), for capacity cap.
	at  uint64
	cap int
	// pos lists the positions in keys in enumeration order; nil means
	// insertion order.
	pos []int
}

// HashOrdered reports whether the table enumerates in a modelled .NET
// bucket order, rather than in insertion order (an [ordered] or
// dictionary-backed table, one marked InsertionOrder, or one with a key
// the model cannot hash).
func (h *Hashtable) HashOrdered() bool { return h.positions() != nil }

// keysChanged invalidates the cached order.
func (h *Hashtable) keysChanged() { h.order.changes++ }

// positions returns the enumeration order as positions in h.keys, or
// nil for insertion order.
func (h *Hashtable) positions() []int {
	if h.Ordered || h.Dict != nil || h.InsertionOrder || len(h.keys) < 2 {
		return nil
	}
	c := &h.order
	if c.at != c.changes+1 || c.cap != h.Capacity {
		c.pos = hashPositions(h.keys, h.Capacity, h.Comparer, c.pos)
		c.at, c.cap = c.changes+1, h.Capacity
	}
	return c.pos
}

// The order is modelled from the keys in insertion order and the table's
// initial Capacity (a literal's key count, 0 for @{} filled later);
// a key removed earlier can leave 5.1's buckets elsewhere.
// The bucket follows from the key's hash code, which for a string is the
// .NET Framework hash of its Windows sort key (en-US, ignoring case) for
// a @{} literal, and another hash for the other comparers (Comparer,
// keycomparer.go).
// The model reproduces that order for the keys it can hash exactly:
// integers, booleans, characters and doubles under any comparer, and
// strings of printable ASCII other than ' and - (whose sort keys carry
// special weights) for a @{} literal's comparer, ASCII and Latin-1
// letters for OrdinalIgnoreCase, any string for CaseSensitive. For any
// other key the table keeps the insertion order.

// asciiSortWeight is the primary sort weight (script member, alphabetic
// weight) of the printable ASCII characters in Windows' default sorting
// table ("Windows 10 Sorting Weight Table", which lists the same weights
// for these characters as the older releases); upper- and lower-case
// letters share theirs, as the comparer ignores case. Zero marks a
// character whose sort key has special weights (' and -), which
// hashOrder does not model.
var asciiSortWeight = [0x7f - 0x20]uint16{
	0x0702, 0x071c, 0x071d, 0x071f, 0x0721, 0x0723, 0x0725, 0, // space ! " # $ % & '
	0x0727, 0x072a, 0x072d, 0x0803, 0x072f, 0, 0x0733, 0x0735, // ( ) * + , - . /
	0x0d03, 0x0d1a, 0x0d1c, 0x0d1e, 0x0d20, 0x0d22, 0x0d24, 0x0d26, // 0-7
	0x0d28, 0x0d2a, 0x0737, 0x073a, 0x080e, 0x0812, 0x0814, 0x073c, // 8 9 : ; < = > ?
	0x073e, 0x0e02, 0x0e09, 0x0e0a, 0x0e1a, 0x0e21, 0x0e23, 0x0e25, // @ A-G
	0x0e2c, 0x0e32, 0x0e35, 0x0e36, 0x0e48, 0x0e51, 0x0e70, 0x0e7c, // H-O
	0x0e7e, 0x0e89, 0x0e8a, 0x0e91, 0x0e99, 0x0e9f, 0x0ea2, 0x0ea4, // P-W
	0x0ea6, 0x0ea7, 0x0ea9, 0x073f, 0x0741, 0x0742, 0x0743, 0x0744, // X Y Z [ \ ] ^ _
	0x0748, 0x0e02, 0x0e09, 0x0e0a, 0x0e1a, 0x0e21, 0x0e23, 0x0e25, // ` a-g
	0x0e2c, 0x0e32, 0x0e35, 0x0e36, 0x0e48, 0x0e51, 0x0e70, 0x0e7c, // h-o
	0x0e7e, 0x0e89, 0x0e8a, 0x0e91, 0x0e99, 0x0e9f, 0x0ea2, 0x0ea4, // p-w
	0x0ea6, 0x0ea7, 0x0ea9, 0x074a, 0x074c, 0x074e, 0x0750, // x y z { | } ~
}

// cultureHash is CompareInfo.GetHashCode(s, IgnoreCase) of .NET
// Framework 4 for en-US: the sort key (the primary weights, then the four
// section separators 01 01 01 01 and the terminating 00; diacritic and
// case weights are all minimal here and so left out) hashed two bytes at
// a time (COMNlsHashProvider::HashSortKey).
func cultureHash(s string) (int32, bool) {
	if s == "" {
		return 0, true
	}
	h1, h2 := int32(5381), int32(5381)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || asciiSortWeight[c-0x20] == 0 {
			return 0, false
		}
		w := asciiSortWeight[c-0x20]
		h1 = (h1<<5 + h1) ^ int32(w>>8)
		h2 = (h2<<5 + h2) ^ int32(w&0xff)
	}
	for range 2 { // the separator pairs 01 01, 01 01
		h1 = (h1<<5 + h1) ^ 1
		h2 = (h2<<5 + h2) ^ 1
	}
	return h1 + h2*1566083941, true
}

// keyHash is the hash code comparer c gives a key: its string hash for
// strings, Object.GetHashCode for the others.
func keyHash(k any, c KeyComparer) (int32, bool) {
	if x, ok := k.(string); ok {
		return c.stringHash(x)
	}
	return ValueHash(k)
}

// ordinalHash is StringComparer.OrdinalIgnoreCase.GetHashCode of .NET
// Framework 4 (the invariant TextInfo's case-insensitive hash): from
// 5381, hash = hash*33 ^ c over the UTF-16 units of the upper-cased
// string, up to the first NUL. ASCII letters upper-case by clearing bit
// 5; other characters go through Windows' invariant upper-casing, which
// is modelled for Latin-1 letters only (any other character reports
// false).
func ordinalHash(s string) (int32, bool) {
	h := uint32(5381)
	for _, r := range s {
		c := uint32(r)
		switch {
		case c == 0:
			return int32(h), true
		case c >= 'a' && c <= 'z':
			c &^= 0x20
		case c < 0x80, c >= 0xc0 && c <= 0xdf, c == 0xf7, c == 0x178:
		case c >= 0xe0 && c <= 0xfe && c != 0xf7:
			c -= 0x20
		case c == 0xff:
			c = 0x178
		case c < 0xc0 && c != 0xb5:
		default:
			return 0, false
		}
		h = (h<<5 + h) ^ c
	}
	return int32(h), true
}

// hashPrimes are HashHelpers.primes, the bucket counts a Hashtable
// grows through; past the last one .NET searches for the next prime.
var hashPrimes = []int{3, 7, 11, 17, 23, 29, 37, 47, 59, 71, 89, 107, 131, 163, 197, 239, 293, 353, 431, 521, 631, 761, 919,
	1103, 1327, 1597, 1931, 2333, 2801, 3371, 4049, 4861, 5839, 7013, 8419, 10103, 12143, 14591, 17519,
	21023, 25229, 30293, 36353, 43627, 52361, 62851, 75431, 90523, 108631, 130363, 156437, 187751, 225307,
	270371, 324449, 389357, 467237, 560689, 672827, 807403, 968897, 1162687, 1395263, 1674319, 2009191,
	2411033, 2893249, 3471899, 4166287, 4999559, 5999471, 7199369}

// hashPrime is HashHelpers.GetPrime: the first size in the table that
// holds min, else the first odd prime from min on that is not 1 more
// than a multiple of the probe multiplier 101.
func hashPrime(min int) int {
	for _, p := range hashPrimes {
		if p >= min {
			return p
		}
	}
	for i := min | 1; ; i += 2 {
		if isPrime(i) && (i-1)%101 != 0 {
			return i
		}
	}
}

func isPrime(n int) bool {
	for d := 3; d*d <= n; d += 2 {
		if n%d == 0 {
			return false
		}
	}
	return n&1 != 0
}

// hashPositions returns the positions of keys in the order a Hashtable
// made with the given initial capacity enumerates them after they were
// added in this order, under comparer cmp (nil, insertion order, when a
// key cannot be hashed): keys go to the first free bucket of their probe sequence, the
// table grows to the next prime past twice its size when it holds 72% of
// its buckets, and enumeration walks the buckets from the last. buf is
// reused when large enough.
func hashPositions(keys []any, capacity int, cmp KeyComparer, buf []int) []int {
	hashes := make([]uint32, len(keys))
	for i, k := range keys {
		h, ok := keyHash(k, cmp)
		if !ok {
			return nil
		}
		hashes[i] = uint32(h) & 0x7fffffff
	}
	const loadFactor = float32(0.72)
	size := 3
	if raw := float32(capacity) / loadFactor; raw > 3 {
		size = hashPrime(int(raw))
	}
	// buckets hold 1+position of the key.
	buckets := make([]int, size)
	put := func(buckets []int, i int) {
		size := uint32(len(buckets))
		h := hashes[i]
		incr := 1 + (h*101)%(size-1)
		n := h % size
		for buckets[n] != 0 {
			n = uint32((uint64(n) + uint64(incr)) % uint64(size))
		}
		buckets[n] = i + 1
	}
	load := int(loadFactor * float32(size))
	for i := range hashes {
		if i >= load {
			grown := make([]int, hashPrime(2*len(buckets)))
			for _, b := range buckets {
				if b != 0 {
					put(grown, b-1)
				}
			}
			buckets, load = grown, int(loadFactor*float32(len(grown)))
		}
		put(buckets, i)
	}
	out := buf[:0]
	if cap(out) < len(keys) {
		out = make([]int, 0, len(keys))
	}
	for b := len(buckets) - 1; b >= 0; b-- {
		if buckets[b] != 0 {
			out = append(out, buckets[b]-1)
		}
	}
	return out
}
