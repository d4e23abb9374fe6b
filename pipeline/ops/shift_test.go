package ops

import "testing"

// Shifts keep a small left operand's type and mask the count to the
// operand's width (5 bits below Int64, 6 bits from Int64 up).
func TestShiftOperandTypes(t *testing.T) {
	runBinary(t, []binCase{
		{"-shl", uint8(255), int32(1), uint8(254)},
		{"-shl", uint8(1), int32(9), uint8(0)},
		{"-shr", uint8(128), int32(7), uint8(1)},
		{"-shl", int16(255), int32(1), int16(510)},
		{"-shl", int16(0x4000), int32(1), int16(-32768)},
		{"-shr", int8(-128), int32(1), int8(-64)},
		{"-shl", uint16(0xFFFF), int32(4), uint16(0xFFF0)},
		{"-shl", int64(1), int32(40), int64(1 << 40)},
		{"-shl", int64(1), int32(64), int64(1)},
		{"-shr", int32(-1), int32(40), int32(-1)},
		{"-shl", 2.5, int32(1), int32(4)},
		{"-shl", "3", int32(2), int32(12)},
	})
}
