package ops

import "testing"

// $null on the left of * gives $null; on the left of the other
// arithmetic operators it counts as zero.
func TestNullLeftArithmetic(t *testing.T) {
	runBinary(t, []binCase{
		{"*", nil, int32(3), nil},
		{"*", nil, "abc", nil},
		{"-", nil, int32(1), int32(-1)},
		{"+", nil, int32(1), int32(1)},
		{"/", nil, int32(2), int32(0)},
	})
}
