package members

import (
	"sync"
	"sync/atomic"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// [System.Runtime.InteropServices.Marshal]: the part scripts use to read a
// SecureString back as text,
//
//	[Runtime.InteropServices.Marshal]::PtrToStringAuto(
//	    [Runtime.InteropServices.Marshal]::SecureStringToBSTR($secure))
//
// A "pointer" is a handle into marshalled, which holds the copied text
// until the script frees it (ZeroFreeBSTR and friends).
var (
	marshalled sync.Map // int64 handle → string
	nextHandle atomic.Int64
)

// secureStringType and securePlainMember are how cmdlets/data's
// NewSecureString keeps a SecureString's text.
const (
	secureStringType  = "System.Security.SecureString"
	securePlainMember = "__PlainText"
)

func marshalStaticCall(lname string, args []any) (any, bool, error) {
	switch lname {
	case "securestringtobstr", "securestringtoglobalallocunicode", "securestringtocotaskmemunicode":
		if len(args) != 1 {
			return nil, true, overload
		}
		o, ok := args[0].(*object.PSObject)
		if args[0] == nil {
			return nil, true, object.NewException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: s")
		}
		m := (*object.Member)(nil)
		if ok && o.TypeName() == secureStringType {
			m = o.Member(securePlainMember)
		}
		if m == nil {
			return nil, true, newError("System.Management.Automation.MethodException", "MethodArgumentConversionInvalidCastArgument", "NotSpecified",
				"Cannot convert argument \"s\", with value: \""+dotnet.ToString(args[0])+"\", for \""+marshalMethodName(lname)+
					"\" to type \"System.Security.SecureString\": \"Cannot convert the \""+dotnet.ToString(args[0])+
					"\" value of type \""+dotnet.TypeName(args[0])+"\" to type \"System.Security.SecureString\".\"")
		}
		h := 0x1a0000 + nextHandle.Add(1)*0x10
		marshalled.Store(h, dotnet.ToString(m.GetValue()))
		// The methods return an IntPtr, as .NET's do.
		return object.IntPtr(h), true, nil
	case "ptrtostringauto", "ptrtostringbstr", "ptrtostringuni":
		if len(args) != 1 {
			return nil, true, overload
		}
		h, ok := handleArg(args[0])
		if !ok {
			return nil, true, nil
		}
		if s, ok := marshalled.Load(h); ok {
			return s.(string), true, nil
		}
		return nil, true, nil
	case "zerofreebstr", "zerofreeglobalallocunicode", "zerofreecotaskmemunicode":
		if len(args) != 1 {
			return nil, true, overload
		}
		if h, ok := handleArg(args[0]); ok {
			marshalled.Delete(h)
		}
		return object.Null, true, nil
	}
	return nil, false, nil
}

// handleArg reads a pointer argument; 0 ([IntPtr]::Zero) is no string.
func handleArg(v any) (int64, bool) {
	n, err := dotnet.Convert(v, "System.Int64")
	if err != nil {
		return 0, false
	}
	h, _ := n.(int64)
	return h, h != 0
}

func marshalMethodName(lname string) string {
	switch lname {
	case "securestringtoglobalallocunicode":
		return "SecureStringToGlobalAllocUnicode"
	case "securestringtocotaskmemunicode":
		return "SecureStringToCoTaskMemUnicode"
	}
	return "SecureStringToBSTR"
}
