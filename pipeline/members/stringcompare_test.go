package members

import (
	"strings"
	"testing"

	"cspsh/pipeline/dotnet"
)

func TestStringCompareOverloads(t *testing.T) {
	strType, _ := dotnet.ResolveType("string")
	cases := []struct {
		name string
		args []any
		want any
	}{
		// Ordinal: the difference of the first code units that differ.
		{"Compare", []any{"a", "A", "Ordinal"}, int32(32)},
		{"Compare", []any{"A", "a", "Ordinal"}, int32(-32)},
		{"Compare", []any{"abc", "abd", "Ordinal"}, int32(-1)},
		// Equal as far as the shorter goes: the difference of the lengths.
		{"Compare", []any{"abc", "a", "Ordinal"}, int32(2)},
		{"Compare", []any{"a", "B", "OrdinalIgnoreCase"}, int32(-1)},
		{"Compare", []any{"ABC", "abc", "OrdinalIgnoreCase"}, int32(0)},
		{"Compare", []any{"x", "Y", "OrdinalIgnoreCase"}, int32(-1)},
		{"Compare", []any{"z", "A", "OrdinalIgnoreCase"}, int32(25)},
		{"CompareOrdinal", []any{"ABCD", "abcd"}, int32(-32)},
		{"CompareOrdinal", []any{"abc", 1, "xbz", 1, 1}, int32(0)},
		{"CompareOrdinal", []any{"abc", 0, "xbz", 0, 2}, int32(-23)},
		// Culture comparisons answer -1, 0 or 1.
		{"Compare", []any{"a", "b"}, int32(-1)},
		{"Compare", []any{"a", "A"}, int32(-1)},
		{"Compare", []any{"a", "A", true}, int32(0)},
		{"Compare", []any{"a", "A", "CurrentCultureIgnoreCase"}, int32(0)},
		{"Compare", []any{"b", "A", "InvariantCulture"}, int32(1)},
		{"Compare", []any{"Hello", 1, "jello", 1, 4}, int32(0)},
		{"Compare", []any{"Hello", 0, "jello", 0, 4, "Ordinal"}, int32('H' - 'j')},
		{"Compare", []any{nil, "a", "Ordinal"}, int32(-1)},
		{"Compare", []any{nil, nil}, int32(0)},
	}
	for _, c := range cases {
		got, err := CallStatic(strType, c.name, c.args)
		if err != nil {
			t.Errorf("%s%v: %v", c.name, c.args, err)
			continue
		}
		if got != c.want {
			t.Errorf("%s%v = %v, want %v", c.name, c.args, got, c.want)
		}
	}
}

func TestStringComparerCompare(t *testing.T) {
	cases := []struct {
		comparer string
		a, b     any
		want     int32
	}{
		{"Ordinal", "a", "A", 32},
		{"Ordinal", "a", "B", 31},
		{"OrdinalIgnoreCase", "a", "B", -1},
		{"OrdinalIgnoreCase", "abc", "ABC", 0},
		{"CurrentCulture", "a", "B", -1},
		{"InvariantCultureIgnoreCase", "a", "A", 0},
		{"Ordinal", nil, "a", -1},
	}
	for _, c := range cases {
		cmp, _, _ := stringComparerStaticGet(strings.ToLower(c.comparer))
		got, err := Call(cmp, "Compare", []any{c.a, c.b})
		if err != nil || got != c.want {
			t.Errorf("%s.Compare(%v, %v) = %v, %v; want %d", c.comparer, c.a, c.b, got, err, c.want)
		}
	}
}
