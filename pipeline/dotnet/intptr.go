package dotnet

import "cspsh/pipeline/object"

// intPtrConvert is LanguagePrimitives' cast to and from System.IntPtr.
// PowerShell finds a constructor or an explicit operator whose parameter
// is exactly the source type: IntPtr(Int32) and IntPtr(Int64) make one,
// the operators to Int32 and Int64 read one. $null is default(IntPtr),
// IntPtr.Zero. IntPtr is not IConvertible and is no number to
// PowerShell, so nothing else converts (a string, a byte, a double):
// the caller's cast error follows.
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
	}
	return nil, true, castError(v, full, "ConvertToFinalInvalidCastException")
}
