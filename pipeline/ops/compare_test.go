package ops

import (
	"math"
	"testing"
	"time"

	"cspsh/pipeline/object"
)

// Expected values: about_Comparison_Operators.
func TestComparison(t *testing.T) {
	abc := []any{"abc", "def"}
	five := []any{int32(5), int32(6), int32(7), int32(8), int32(9)}
	runBinary(t, []binCase{
		{"-eq", int32(1), "1.0", true},
		{"-eq", "1.0", int32(1), false},
		{"-eq", int32(2), 2.0, true},
		{"-eq", "abc", "ABC", true},
		{"-ceq", "abc", "ABC", false},
		{"-ne", "abc", "ABC", false},
		{"-eq", []any{int32(1), int32(2), int32(3)}, int32(2), []any{int32(2)}},
		{"-eq", abc, "abc", []any{"abc"}},
		{"-ne", abc, "abc", []any{"def"}},
		{"-eq", []any{"zzz", "def", "zzz"}, "zzz", []any{"zzz", "zzz"}},
		{"-eq", []any{int32(1)}, int32(5), []any{}},
		{"-gt", five, int32(7), []any{int32(8), int32(9)}},
		{"-ge", five, int32(7), []any{int32(7), int32(8), int32(9)}},
		{"-lt", five, int32(7), []any{int32(5), int32(6)}},
		{"-le", five, int32(7), []any{int32(5), int32(6), int32(7)}},
		{"-eq", nil, nil, true},
		{"-eq", nil, int32(0), false},
		{"-eq", int32(0), nil, false},
		{"-eq", "", nil, false},
		{"-eq", []any{int32(1), nil, int32(2)}, nil, []any{nil}},
		{"-eq", false, "", true},
		{"-eq", true, "false", true},
		{"-eq", object.Char('a'), "A", true},
		{"-ceq", object.Char('a'), "A", false},
		{"-gt", "b", "A", true},
		{"-clt", "a", "A", true},
		{"-lt", "a", "B", true},
		{"-gt", int32(10), "9", true},
		{"-lt", 1.5, int32(2), true},
		{"-gt", int64(1) << 40, int32(1), true},
		{"-eq", dec("1.0"), int32(1), true},
		{"-lt", time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC), true},
		{"-eq", time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), "2020-01-01", true},
		{"-ieq", "A", "a", true},
	})
}

func TestComparisonErrors(t *testing.T) {
	runErrors(t, []errCase{
		{"-lt", int32(1), "abc", `Could not compare "1" to "abc". Error: "Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format.""`, "ComparisonFailure"},
	})
}

func TestContainsIn(t *testing.T) {
	list := []any{"a", "b", int32(1)}
	runBinary(t, []binCase{
		{"-contains", list, "B", true},
		{"-ccontains", list, "B", false},
		{"-contains", list, "1", true},
		{"-notcontains", list, "z", true},
		{"-contains", "abc", "ABC", true},
		{"-in", "b", list, true},
		{"-notin", "z", list, true},
		{"-in", "1", []any{int32(1), int32(2)}, true},
		{"-contains", &object.List{Items: []any{int32(1), int32(2)}}, int32(2), true},
	})
}

func TestCompareOrdering(t *testing.T) {
	cases := []struct {
		x, y any
		cs   bool
		want int
	}{
		{nil, int32(1), false, -1},
		{nil, int32(0), false, -1},
		{nil, int32(-1), false, 1},
		{int32(-5), nil, false, -1},
		{"a", nil, false, 1},
		{int32(1), nil, false, 1},
		{nil, nil, false, 0},
		{"apple", "Banana", false, -1},
		{"a", "A", false, 0},
		{"a", "A", true, -1},
		{"server3", "Server19", false, 1},
		{int32(2), 1.5, false, 1},
		{false, true, false, -1},
		{"file_1", "file10", false, -1},
		{"coop", "co-op", false, -1},
		{"co-op", "cooperate", false, -1},
		{"a b", "ab", false, -1},
		{"Zeta", "alpha", false, 1},
		{"B", "b", true, 1},
	}
	for _, c := range cases {
		got, err := Compare(c.x, c.y, c.cs)
		if err != nil || got != c.want {
			t.Errorf("Compare(%#v, %#v, %v) = %d, %v; want %d", c.x, c.y, c.cs, got, err, c.want)
		}
	}
}

func TestTypeOperators(t *testing.T) {
	intT := &object.TypeValue{FullName: "System.Int32", Name: "Int32"}
	strT := &object.TypeValue{FullName: "System.String", Name: "String"}
	runBinary(t, []binCase{
		{"-is", int32(1), intT, true},
		{"-is", int32(1), strT, false},
		{"-isnot", "1", intT, true},
		{"-is", int32(1), "int", true},
		{"-is", nil, intT, false},
		{"-as", "42", intT, int32(42)},
		{"-as", "abc", intT, nil},
		{"-as", int32(5), strT, "5"},
	})
}

func TestLogicalAndBitwise(t *testing.T) {
	runBinary(t, []binCase{
		{"-and", true, int32(0), false},
		{"-or", "", "x", true},
		{"-xor", true, true, false},
		{"-band", int32(12), int32(10), int32(8)},
		{"-bor", int32(12), int32(10), int32(14)},
		{"-bxor", int32(12), int32(10), int32(6)},
		{"-band", int64(12), int32(10), int64(8)},
		{"-shl", int32(1), int32(4), int32(16)},
		{"-shr", int32(-16), int32(2), int32(-4)},
		{"-shl", int32(1), int32(33), int32(2)},
		{"-band", "12", 10.0, int32(8)},
		{"-bor", uint64(math.MaxUint64), int32(0), uint64(math.MaxUint64)},
		{"-band", uint64(math.MaxUint64), int32(255), uint64(255)},
	})
}

func TestRange(t *testing.T) {
	runBinary(t, []binCase{
		{"..", int32(1), int32(3), []any{int32(1), int32(2), int32(3)}},
		{"..", int32(3), int32(1), []any{int32(3), int32(2), int32(1)}},
		{"..", int32(-1), int32(1), []any{int32(-1), int32(0), int32(1)}},
		{"..", "a", "c", []any{object.Char('a'), object.Char('b'), object.Char('c')}},
		{"..", 1.5, 3.5, []any{int32(2), int32(3), int32(4)}},
		{"..", "1", "2", []any{int32(1), int32(2)}},
	})
	if _, err := Range(int32(0), int32(MaxRange)); err == nil {
		t.Error("a range of more than MaxRange elements should fail")
	}
}

func TestNullCoalescing(t *testing.T) {
	runBinary(t, []binCase{
		{"??", nil, int32(100), int32(100)},
		{"??", object.Null, "x", "x"},
		{"??", "1/10/2020", "other", "1/10/2020"},
		{"??", int32(0), int32(1), int32(0)},
	})
}
