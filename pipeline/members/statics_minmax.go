package members

import (
	"math"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// numericRank orders the types Math.Max/Min have overloads for; 0 is no
// numeric type.
func numericRank(v any) int {
	switch v.(type) {
	case int8:
		return 1
	case uint8:
		return 2
	case int16:
		return 3
	case uint16:
		return 4
	case int32:
		return 5
	case uint32:
		return 6
	case int64:
		return 7
	case uint64:
		return 8
	case float32:
		return 9
	case float64:
		return 10
	case object.Decimal:
		return 11
	}
	return 0
}

var rankTypes = [...]string{"", "System.SByte", "System.Byte", "System.Int16", "System.UInt16", "System.Int32",
	"System.UInt32", "System.Int64", "System.UInt64", "System.Single", "System.Double", "System.Decimal"}

// implicitTo reports whether C# converts the numeric type of rank from to
// the one of rank to implicitly: what decides which overload applies.
func implicitTo(from, to int) bool {
	if from == to {
		return true
	}
	switch from {
	case 1: // sbyte
		return to == 3 || to == 5 || to == 7 || to >= 9
	case 2: // byte
		return to >= 3
	case 3: // short
		return to == 5 || to == 7 || to >= 9
	case 4: // ushort
		return to >= 5
	case 5: // int
		return to == 7 || to >= 9
	case 6: // uint
		return to >= 7
	case 7, 8: // long, ulong
		return to >= 9
	case 9: // float
		return to == 10
	}
	return false
}

// minMaxOverload picks the Math.Max/Min overload for two arguments as
// .NET's binder does: the most specific parameter type both convert to
// implicitly (Max(Int32, Int64) is Max(Int64, Int64); Max(Decimal, Int32)
// is Max(Decimal, Decimal)). Other arguments use the Double overload.
func minMaxOverload(a, b any) string {
	ra, rb := numericRank(a), numericRank(b)
	if ra == 0 || rb == 0 {
		return "System.Double"
	}
	for t := 1; t < len(rankTypes); t++ {
		if implicitTo(ra, t) && implicitTo(rb, t) {
			return rankTypes[t]
		}
	}
	return "System.Double"
}

// mathMinMax is [Math]::Max(a, b) / [Math]::Min(a, b).
func mathMinMax(max bool, a, b any) (any, error) {
	full := minMaxOverload(a, b)
	x, err := dotnet.Convert(a, full)
	if err != nil {
		return nil, err
	}
	y, err := dotnet.Convert(b, full)
	if err != nil {
		return nil, err
	}
	var c int
	switch xv := x.(type) {
	case object.Decimal:
		c = dotnet.DecCmp(xv, y.(object.Decimal))
	case float64, float32:
		fx, _ := argFloat(x)
		fy, _ := argFloat(y)
		if math.IsNaN(fx) {
			return x, nil
		}
		if math.IsNaN(fy) {
			return y, nil
		}
		if max {
			return dotnet.Convert(math.Max(fx, fy), full)
		}
		return dotnet.Convert(math.Min(fx, fy), full)
	case uint64:
		yv := y.(uint64)
		c = cmp3(xv > yv, xv < yv)
	default:
		ix, _ := argInt64(x)
		iy, _ := argInt64(y)
		c = cmp3(ix > iy, ix < iy)
	}
	if max == (c >= 0) {
		return x, nil
	}
	return y, nil
}

func cmp3(gt, lt bool) int {
	switch {
	case gt:
		return 1
	case lt:
		return -1
	}
	return 0
}
