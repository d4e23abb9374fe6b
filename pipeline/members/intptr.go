package members

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// [System.IntPtr] and [System.DBNull]: the two small .NET types scripts
// meet through P/Invoke-style code (IntPtr.Zero as "no handle") and data
// readers (DBNull.Value as "no value").

func intPtrStaticGet(lname string) (any, bool, error) {
	switch lname {
	case "zero":
		return object.IntPtr(0), true, nil
	case "size":
		// A 64-bit process: pointers are 8 bytes.
		return int32(8), true, nil
	}
	return nil, false, nil
}

func dbNullStaticGet(lname string) (any, bool, error) {
	if lname == "value" {
		return object.DBNull{}, true, nil
	}
	return nil, false, nil
}

// convertStaticGet serves [Convert]::DBNull, the same instance as
// [DBNull]::Value.
func convertStaticGet(lname string) (any, bool, error) {
	if lname == "dbnull" {
		return object.DBNull{}, true, nil
	}
	return nil, false, nil
}

// newIntPtr is IntPtr(Int32) and IntPtr(Int64).
func newIntPtr(args []any) (any, error) {
	if len(args) != 1 {
		return nil, overload
	}
	n, err := argInt64(args[0])
	if err != nil {
		return nil, err
	}
	return object.IntPtr(n), nil
}

// intPtrMethod serves IntPtr's instance methods; Equals, GetHashCode,
// GetType and ToString() are System.Object's (commonMethod).
func intPtrMethod(p object.IntPtr, name string, args []any) (any, bool, error) {
	switch strings.ToLower(name) {
	case "toint64":
		if len(args) != 0 {
			return nil, true, overload
		}
		return int64(p), true, nil
	case "toint32":
		if len(args) != 0 {
			return nil, true, overload
		}
		if int64(p) != int64(int32(p)) {
			// checked((int)value) on a 64-bit process.
			return nil, true, dotnetErr("System.OverflowException", "Arithmetic operation resulted in an overflow.")
		}
		return int32(p), true, nil
	case "tostring":
		// ToString(format) formats the value as an Int64 does.
		if len(args) == 1 {
			s, err := dotnet.FormatValue(int64(p), argString(args[0]))
			return s, true, err
		}
	case "gethashcode":
		if len(args) == 0 {
			// (int)value ^ (int)(value >> 32), as .NET computes it.
			return int32(int64(p)) ^ int32(int64(p)>>32), true, nil
		}
	}
	return nil, false, nil
}
