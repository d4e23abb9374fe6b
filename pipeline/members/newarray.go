package members

import (
	"fmt"

	"cspsh/pipeline/dotnet"
)

// newArray is new T[n]: n elements of default(T), typed as T[].
func newArray(elem string, length any) (any, error) {
	n, err := argInt(length)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, dotnetErr("System.OverflowException", "Arithmetic operation resulted in an overflow.")
	}
	a := make([]any, n)
	zero := typeDefault(elem)
	for i := range a {
		a[i] = zero
	}
	dotnet.MarkArrayType(a, elem)
	return a, nil
}

// guidFromBytes is the Guid(byte[]) constructor: the first three fields
// are little-endian, as .NET lays them out.
func guidFromBytes(items []any) (any, error) {
	if len(items) != 16 {
		return nil, dotnetErr("System.ArgumentException", "Byte array for GUID must be exactly 16 bytes long.")
	}
	var b [16]byte
	for i, it := range items {
		v, err := dotnet.Convert(it, "System.Byte")
		if err != nil {
			return nil, err
		}
		b[i] = v.(uint8)
	}
	s := fmt.Sprintf("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
		b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15])
	return dotnet.ParseGuid(s)
}
