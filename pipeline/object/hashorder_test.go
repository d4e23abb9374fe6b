package object

import (
	"slices"
	"testing"
)

// hashOrder is hashPositions as keys, for a @{} literal's comparer.
func hashOrder(keys []any, capacity int) []any {
	return hashOrderBy(keys, capacity, CultureIgnoreCase)
}

// hashOrderBy is hashPositions as keys, for comparer c.
func hashOrderBy(keys []any, capacity int, c KeyComparer) []any {
	pos := hashPositions(keys, capacity, c, nil)
	if pos == nil {
		return keys
	}
	out := make([]any, len(pos))
	for i, p := range pos {
		out[i] = keys[p]
	}
	return out
}

// TestHashOrder checks the key order of Windows PowerShell 5.1's
// Hashtable against output printed by 5.1 in Microsoft's documentation.
func TestHashOrder(t *testing.T) {
	tests := []struct {
		source     string
		keys, want []any
	}{
		// ConvertTo-Json (reference/5.1) Example 2.
		{"ConvertTo-Json Example 2", []any{"Account", "Domain", "Admin"}, []any{"Admin", "Account", "Domain"}},
		// docs-conceptual/learn/deep-dives/everything-about-hashtable.md,
		// "Looking at nested hashtables" ($people | ConvertTo-Json).
		{"everything-about-hashtable outer", []any{"Kevin", "Alex"}, []any{"Kevin", "Alex"}},
		{"everything-about-hashtable inner", []any{"age", "city"}, []any{"age", "city"}},
		// about_Object_Creation (5.1): [pscustomobject]$hash.
		{"about_Object_Creation", []any{"Name", "System", "PSVersion"}, []any{"PSVersion", "Name", "System"}},
		// Integers hash to themselves; the last bucket comes first.
		{"integers", []any{int32(1), int32(2), int32(3)}, []any{int32(3), int32(2), int32(1)}},
		// A key cspsh cannot hash as 5.1 does keeps the insertion order.
		{"hyphen", []any{"Content-Type", "Accept"}, []any{"Content-Type", "Accept"}},
		{"empty", []any{}, []any{}},
	}
	for _, tt := range tests {
		if got := hashOrder(tt.keys, len(tt.keys)); !slices.Equal(got, tt.want) {
			t.Errorf("%s: hashOrder(%v) = %v, want %v", tt.source, tt.keys, got, tt.want)
		}
	}
}

// TestHashOrderOrdinal checks the order of a Hashtable made with
// StringComparer.OrdinalIgnoreCase, as Windows PowerShell 5.1's
// ConvertFrom-StringData makes it (new Hashtable(OrdinalIgnoreCase),
// filled line by line from 3 buckets), against the outputs its 5.1
// reference page prints.
func TestHashOrderOrdinal(t *testing.T) {
	tests := []struct {
		source     string
		keys, want []any
	}{
		{"ConvertFrom-StringData Example 1", []any{"Msg1", "Msg2", "Msg3"}, []any{"Msg3", "Msg2", "Msg1"}},
		{"ConvertFrom-StringData Example 3", []any{"Top", "Bottom"}, []any{"Bottom", "Top"}},
		{"ConvertFrom-StringData Example 4", []any{"Text001", "Text002"}, []any{"Text001", "Text002"}},
		{"ConvertFrom-StringData Example 6", []any{"Vincentio", "Angelo"}, []any{"Angelo", "Vincentio"}},
		// Case does not change the hash; a character the model cannot
		// upper-case keeps the insertion order.
		{"case", []any{"TEXT001", "text002"}, []any{"TEXT001", "text002"}},
		{"unmodelled", []any{"Textǆ", "Text002"}, []any{"Textǆ", "Text002"}},
	}
	for _, tt := range tests {
		if got := hashOrderBy(tt.keys, 0, OrdinalIgnoreCase); !slices.Equal(got, tt.want) {
			t.Errorf("%s: ordinal order of %v = %v, want %v", tt.source, tt.keys, got, tt.want)
		}
	}
}

// TestOrdinalHash checks the ordinal hash: the same for both cases of a
// letter (ASCII and Latin-1), and the djb2 step over upper-cased units.
func TestOrdinalHash(t *testing.T) {
	pairs := [][2]string{{"text001", "TEXT001"}, {"àéîõüÿ", "ÀÉÎÕÜŸ"}, {"a\x00b", "A"}}
	for _, p := range pairs {
		a, ok1 := ordinalHash(p[0])
		b, ok2 := ordinalHash(p[1])
		if !ok1 || !ok2 || a != b {
			t.Errorf("ordinalHash(%q) = %d, %v; ordinalHash(%q) = %d, %v; want equal", p[0], a, ok1, p[1], b, ok2)
		}
	}
	if h, _ := ordinalHash("A"); h != (5381*33)^'A' {
		t.Errorf("ordinalHash(A) = %d, want %d", h, (5381*33)^'A')
	}
	if _, ok := ordinalHash("µ"); ok {
		t.Error("ordinalHash(µ) reported a hash; its invariant upper case is not modelled")
	}
}

// TestHashOrderCaseSensitive checks a Hashtable made without a comparer
// (String.GetHashCode, case-sensitive keys), as 5.1's [hashtable] cast of
// an [ordered] dictionary makes it: about_Hash_Tables (5.1) casts
// Number, Shape, Color and prints Color, Shape, Number.
func TestHashOrderCaseSensitive(t *testing.T) {
	keys := []any{"Number", "Shape", "Color"}
	if got, want := hashOrderBy(keys, 3, CaseSensitive), []any{"Color", "Shape", "Number"}; !slices.Equal(got, want) {
		t.Errorf("[hashtable] cast: %v, want %v", got, want)
	}
	h := NewHashtable(false)
	h.Comparer = CaseSensitive
	h.Set("a", int32(1))
	h.Set("A", int32(2))
	if v, _ := h.Get("a"); h.Len() != 2 || v != int32(1) {
		t.Errorf("case-sensitive keys: Len %d, a = %v; want 2 keys, a = 1", h.Len(), v)
	}
}

// TestDefaultStringHash checks String.GetHashCode of the 64-bit .NET
// Framework against known values: "" never enters the loop
// (5381 + 5381*1566083941), "a" feeds only the first accumulator, and a
// NUL ends the hash.
func TestDefaultStringHash(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int32
	}{{"", 371857150}, {"a", 372029373}} {
		if got := defaultStringHash(tt.s); got != tt.want {
			t.Errorf("defaultStringHash(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
	if defaultStringHash("ab") != defaultStringHash("ab\x00cd") {
		t.Error("a NUL should end the hash")
	}
}

// TestCloneOrder checks that Clone is .NET's Hashtable.Clone: the same
// comparer, the key count as capacity, and the source's keys added in
// its enumeration order.
func TestCloneOrder(t *testing.T) {
	h := NewHashtable(false)
	h.Comparer = OrdinalIgnoreCase
	for _, k := range []string{"a", "b", "c"} {
		h.Set(k, 1)
	}
	c := h.Clone()
	if c.Comparer != OrdinalIgnoreCase || c.Capacity != 3 {
		t.Errorf("Clone: comparer %v, capacity %d; want OrdinalIgnoreCase, 3", c.Comparer, c.Capacity)
	}
	if !slices.Equal(c.Keys(), hashOrderBy(h.Keys(), 3, OrdinalIgnoreCase)) {
		t.Errorf("Clone order %v, want the source's order re-added: %v", c.Keys(), hashOrderBy(h.Keys(), 3, OrdinalIgnoreCase))
	}
}

// TestAsciiSortWeights pins the primary weights (script member, then
// alphabetic weight) to the entries of Microsoft's "Windows 10 Sorting
// Weight Table" for these characters: the digits are script member 0x0D
// with weights that leave room for the other scripts' digits (0 is 03,
// 1 is 1A, 2 is 1C, ... 9 is 2A), and ' and - are punctuation (script
// member 06, sorted by their position), which asciiSortWeight leaves
// out.
func TestAsciiSortWeights(t *testing.T) {
	for _, tt := range []struct {
		c    byte
		want uint16
	}{
		{'0', 0x0d03}, {'1', 0x0d1a}, {'2', 0x0d1c}, {'5', 0x0d22}, {'9', 0x0d2a},
		{' ', 0x0702}, {'_', 0x0744}, {'+', 0x0803}, {'A', 0x0e02}, {'a', 0x0e02}, {'z', 0x0ea9},
		{'\'', 0}, {'-', 0},
	} {
		if got := asciiSortWeight[tt.c-0x20]; got != tt.want {
			t.Errorf("weight of %q = %#04x, want %#04x", tt.c, got, tt.want)
		}
	}
}

// TestEnumerationKeys checks that an [ordered] dictionary keeps its
// insertion order and a Hashtable takes 5.1's.
func TestEnumerationKeys(t *testing.T) {
	h, o := NewHashtable(false), NewHashtable(true)
	h.Capacity = 3
	for _, k := range []string{"Account", "Domain", "Admin"} {
		h.Set(k, 1)
		o.Set(k, 1)
	}
	if got := h.EnumerationKeys(); !slices.Equal(got, []any{"Admin", "Account", "Domain"}) {
		t.Errorf("Hashtable: %v", got)
	}
	if got := o.EnumerationKeys(); !slices.Equal(got, []any{"Account", "Domain", "Admin"}) {
		t.Errorf("ordered: %v", got)
	}
}

// TestHashOrderGrowth checks a table filled from empty: it grows from 3
// buckets to 7 at its third key, so the order differs from a literal's.
func TestHashOrderGrowth(t *testing.T) {
	keys := []any{"a", "b", "c"}
	if got := hashOrder(keys, 3); !slices.Equal(got, []any{"c", "b", "a"}) {
		t.Errorf("literal: %v", got)
	}
	if got := hashOrder(keys, 0); !slices.Equal(got, []any{"c", "a", "b"}) {
		t.Errorf("grown: %v", got)
	}
}

// TestOrderCache checks that Keys, Values and At agree, that the cached
// order follows key changes but not value changes, and that tables
// marked InsertionOrder keep it.
func TestOrderCache(t *testing.T) {
	h := NewHashtable(false)
	h.Capacity = 3
	for i, k := range []string{"a", "b", "c"} {
		h.Set(k, int32(i))
	}
	check := func(name string, want ...any) {
		t.Helper()
		if got := h.Keys(); !slices.Equal(got, want) {
			t.Errorf("%s: Keys = %v, want %v", name, got, want)
		}
		for i, k := range want {
			gk, gv := h.At(i)
			v, _ := h.Get(k)
			if gk != k || gv != v || h.Values()[i] != v {
				t.Errorf("%s: At(%d) = %v, %v; want %v, %v", name, i, gk, gv, k, v)
			}
		}
	}
	check("literal", "c", "b", "a")
	h.Set("b", int32(9))
	check("value set", "c", "b", "a")
	h.Delete("c")
	check("delete", "b", "a")
	h.Set("c", int32(2))
	check("re-added", "c", "b", "a")
	h.InsertionOrder = true
	check("insertion order", "a", "b", "c")
}

// TestHashPrime checks .NET's sizes past its table of primes.
func TestHashPrime(t *testing.T) {
	for _, tt := range []struct{ min, want int }{{3, 3}, {8, 11}, {7199369, 7199369}, {7199370, 7199371}} {
		if got := hashPrime(tt.min); got != tt.want {
			t.Errorf("hashPrime(%d) = %d, want %d", tt.min, got, tt.want)
		}
	}
}

// TestOrderCacheAllocs checks that walking a table with At computes
// its order once, not once per element (TestOrderCache checks that a
// key change recomputes it).
func TestOrderCacheAllocs(t *testing.T) {
	h := NewHashtable(false)
	for i := range 1000 {
		h.Set(string(rune('a'+i%26))+string(rune('a'+i/26)), int32(i))
	}
	h.Keys()
	walk := func() {
		for i := range h.Len() {
			h.At(i)
		}
	}
	if n := testing.AllocsPerRun(5, walk); n != 0 {
		t.Errorf("walking a cached order: %v allocations, want 0", n)
	}
	h.Set("aa", int32(0)) // a value change keeps the order
	if n := testing.AllocsPerRun(5, walk); n != 0 {
		t.Errorf("after a value change: %v allocations, want 0", n)
	}
}
