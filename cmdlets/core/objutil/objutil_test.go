package objutil

import (
	"testing"
	"time"

	"cspsh/pipeline/dotnet"
)

func TestCompareStrings(t *testing.T) {
	tests := []struct {
		a, b string
		cs   bool
		want int
	}{
		{"a", "B", false, -1},
		{"a", "A", false, 0},
		{"a", "A", true, -1},
		{"A", "b", true, -1},
		{"server19", "server3", false, -1},
		{"coop", "co-op", false, -1},
		{"_x", "1", false, -1},
		{"1", "a", false, -1},
		{"abc", "ab", false, 1},
	}
	for _, tt := range tests {
		if got := CompareStrings(tt.a, tt.b, !tt.cs); sign(got) != tt.want {
			t.Errorf("CompareStrings(%q, %q, cs=%v) = %d, want %d", tt.a, tt.b, tt.cs, got, tt.want)
		}
	}
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

func TestCompare(t *testing.T) {
	d1 := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		a, b any
		want int
	}{
		{int32(2), 10.5, -1},
		{nil, int32(-5), 1}, // a negative number is less than $null (Sort-Object.Tests.ps1 DRT)
		{nil, int32(0), -1},
		{int32(10), "9", 1},  // the string becomes a number
		{"10", int32(9), -1}, // the number becomes a string
		{d1, d1.Add(time.Hour), -1},
		{true, false, 1},
		// System.Version is IComparable: by parts, not by text.
		{dotnet.NewVersion(1, 9, -1, -1), dotnet.NewVersion(1, 10, -1, -1), -1},
		{dotnet.NewVersion(2, 0, -1, -1), "10.0", -1},
	}
	for _, tt := range tests {
		if got := Compare(tt.a, tt.b, false); sign(got) != tt.want {
			t.Errorf("Compare(%v, %v) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestOperator(t *testing.T) {
	tests := []struct {
		op   string
		l, r any
		want bool
	}{
		{"eq", "ABC", "abc", true},
		{"ceq", "ABC", "abc", false},
		{"gt", int32(5), "4", true},
		{"like", "server01", "server*", true},
		{"notlike", "server01", "web*", true},
		{"match", "Server19", `\d+$`, true},
		{"cmatch", "server", "S", false},
		{"contains", []any{"a", "b"}, "B", true},
		{"ccontains", []any{"a", "b"}, "B", false},
		{"in", "b", []any{"a", "b"}, true},
		{"notin", "z", []any{"a", "b"}, true},
		{"eq", []any{int32(1), int32(2)}, int32(2), true},
	}
	for _, tt := range tests {
		got, err := Operator(tt.op, tt.l, tt.r)
		if err != nil || got != tt.want {
			t.Errorf("%v -%s %v = %v, %v; want %v", tt.l, tt.op, tt.r, got, err, tt.want)
		}
	}
}

func TestIntroSortMatchesDotNet(t *testing.T) {
	// Sort-Object.md Example 9: 1..20 | Sort-Object {$_ % 3} (not stable).
	var s []int
	for i := 1; i <= 20; i++ {
		s = append(s, i)
	}
	IntroSort(s, func(a, b int) int { return a%3 - b%3 })
	want := []int{18, 3, 15, 6, 12, 9, 1, 16, 13, 10, 7, 4, 19, 11, 8, 14, 5, 17, 2, 20}
	for i := range want {
		if s[i] != want[i] {
			t.Fatalf("got %v, want %v", s, want)
		}
	}
}

func TestDecodeText(t *testing.T) {
	tests := []struct {
		in   []byte
		want string
	}{
		{[]byte("plain"), "plain"},
		{[]byte{0xEF, 0xBB, 0xBF, 'a'}, "a"},
		{[]byte{0xFF, 0xFE, 'h', 0, 'i', 0}, "hi"},
		{[]byte{0xFE, 0xFF, 0, 'h', 0, 'i'}, "hi"},
	}
	for _, tt := range tests {
		if got := DecodeText(tt.in); got != tt.want {
			t.Errorf("DecodeText(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
