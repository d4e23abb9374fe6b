package members

import (
	"encoding/binary"
	"math"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// [System.BitConverter] beyond ToString: GetBytes and the ToXxx readers,
// little-endian as on every machine Windows PowerShell runs on.

func bitConverterStaticGet(lname string) (any, bool, error) {
	if lname == "islittleendian" {
		return true, true, nil
	}
	return nil, false, nil
}

// bitConverterGetBytes is BitConverter.GetBytes(value): the overload is
// the argument's own type, so [int]1 gives 4 bytes and [long]1 gives 8.
func bitConverterGetBytes(args []any) (any, error) {
	if len(args) != 1 {
		return nil, overload
	}
	v := args[0]
	if o, ok := v.(*object.PSObject); ok && o.Base != nil {
		v = o.Base
	}
	var b []byte
	switch x := v.(type) {
	case bool:
		b = []byte{0}
		if x {
			b[0] = 1
		}
	case object.Char:
		b = binary.LittleEndian.AppendUint16(nil, uint16(x))
	case int16:
		b = binary.LittleEndian.AppendUint16(nil, uint16(x))
	case uint16:
		b = binary.LittleEndian.AppendUint16(nil, x)
	case int32:
		b = binary.LittleEndian.AppendUint32(nil, uint32(x))
	case uint32:
		b = binary.LittleEndian.AppendUint32(nil, x)
	case int64:
		b = binary.LittleEndian.AppendUint64(nil, uint64(x))
	case uint64:
		b = binary.LittleEndian.AppendUint64(nil, x)
	case float32:
		b = binary.LittleEndian.AppendUint32(nil, math.Float32bits(x))
	case float64:
		b = binary.LittleEndian.AppendUint64(nil, math.Float64bits(x))
	case uint8, int8:
		// No Byte overload: a byte widens to Int16, the closest one.
		n, _ := argInt64(x)
		b = binary.LittleEndian.AppendUint16(nil, uint16(n))
	default:
		return nil, overload
	}
	out := byteArray(b)
	dotnet.MarkArrayType(out, "System.Byte")
	return out, nil
}

// bitConverterTo is BitConverter.ToInt32(bytes, startIndex) and its
// siblings; size is the width of the type read.
func bitConverterTo(lname string, args []any) (any, bool, error) {
	sizes := map[string]int{"toboolean": 1, "tochar": 2, "toint16": 2, "touint16": 2, "toint32": 4, "touint32": 4,
		"toint64": 8, "touint64": 8, "tosingle": 4, "todouble": 8}
	size, ok := sizes[lname]
	if !ok {
		return nil, false, nil
	}
	if len(args) != 2 {
		return nil, true, overload
	}
	if args[0] == nil {
		return nil, true, argNull("value")
	}
	b, err := bytesArg(args[0])
	if err != nil {
		return nil, true, err
	}
	i, err := argInt(args[1])
	if err != nil {
		return nil, true, err
	}
	if i < 0 || i >= len(b) {
		return nil, true, argOutOfRange("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.")
	}
	if i > len(b)-size {
		return nil, true, dotnetErr("System.ArgumentException", "Destination array is not long enough to copy all the items in the collection. Check array index and length.")
	}
	p := b[i : i+size]
	switch lname {
	case "toboolean":
		return p[0] != 0, true, nil
	case "tochar":
		return object.Char(binary.LittleEndian.Uint16(p)), true, nil
	case "toint16":
		return int16(binary.LittleEndian.Uint16(p)), true, nil
	case "touint16":
		return binary.LittleEndian.Uint16(p), true, nil
	case "toint32":
		return int32(binary.LittleEndian.Uint32(p)), true, nil
	case "touint32":
		return binary.LittleEndian.Uint32(p), true, nil
	case "toint64":
		return int64(binary.LittleEndian.Uint64(p)), true, nil
	case "touint64":
		return binary.LittleEndian.Uint64(p), true, nil
	case "tosingle":
		return math.Float32frombits(binary.LittleEndian.Uint32(p)), true, nil
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(p)), true, nil
}
