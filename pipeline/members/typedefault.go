package members

import (
	"math/big"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// typeDefault is default(T) for a .NET type given by full name: zero for
// numbers, chars and enums, $false, DateTime.MinValue, TimeSpan.Zero, and
// $null for reference types. Array.Clear() and new T[n] fill with it.
func typeDefault(full string) any {
	switch full {
	case "", "System.Object", "System.String":
		return nil
	case "System.Boolean":
		return false
	case "System.DateTime":
		return dotnet.DateFromTicks(0)
	case "System.TimeSpan":
		return object.TimeSpan(0)
	case dotnet.GuidType:
		return dotnet.NewGuid("00000000000000000000000000000000")
	}
	v, err := dotnet.Convert(int32(0), full)
	if err != nil {
		return nil
	}
	switch v.(type) {
	case int8, int16, int32, int64, uint8, uint16, uint32, uint64, float32, float64,
		object.Decimal, object.Char, dotnet.Enum, *big.Int:
		return v
	}
	return nil
}

// elemDefault is default(T) for the element type of a typed array
// ([int[]] holds 0s after Clear()), $null for Object[].
func elemDefault(a []any) any {
	e, ok := dotnet.ArrayElemType(a)
	if !ok {
		return nil
	}
	return typeDefault(e)
}
