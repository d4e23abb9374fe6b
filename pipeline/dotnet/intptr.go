package dotnet

import "cspsh/pipeline/object"

// intPtrConvert is LanguagePrimitives' cast to and from System.IntPtr,
// which goes through IntPtr's explicit operators: from Int32 and Int64
// (smaller integers widen to Int32 first), to Int32 and Int64. $null is
// default(IntPtr), IntPtr.Zero. IntPtr is not IConvertible, so no other
// conversion applies: handled is false and the caller's cast error
// follows.
func intPtrConvert(v any, full string) (any, bool, error) {
	if p, ok := v.(object.IntPtr); ok {
		switch full {
		case "System.IntPtr":
			return p, true, nil
		case "System.Int64":
			return int64(p), true, nil
		case "System.Int32":
			if int64(p) != int64(int32(p)) {
				// The operator's checked conversion throws on a 64-bit
				// process.
				return nil, true, castErrorInner(v, full, object.NewException("System.OverflowException", "Arithmetic operation resulted in an overflow."), "InvalidCastIConvertible")
			}
			return int32(p), true, nil
		}
		return nil, false, nil
	}
	if full != "System.IntPtr" {
		return nil, false, nil
	}
	switch x := v.(type) {
	case nil:
		return object.IntPtr(0), true, nil
	case int32:
		return object.IntPtr(x), true, nil
	case int64:
		return object.IntPtr(x), true, nil
	case int:
		return object.IntPtr(x), true, nil
	case int16:
		return object.IntPtr(x), true, nil
	case int8:
		return object.IntPtr(x), true, nil
	case uint8:
		return object.IntPtr(x), true, nil
	case uint16:
		return object.IntPtr(x), true, nil
	}
	return nil, true, castError(v, full, "ConvertToFinalInvalidCastException")
}
