package data

import (
	"testing"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
)

// TestMarshalSecureString: scripts read a SecureString back with
// [Marshal]::PtrToStringAuto([Marshal]::SecureStringToBSTR($s)); this
// ties members' Marshal statics to how NewSecureString keeps the text.
func TestMarshalSecureString(t *testing.T) {
	marshal, ok := dotnet.ResolveType("System.Runtime.InteropServices.Marshal")
	if !ok {
		t.Fatal("no Marshal type")
	}
	for _, pair := range [][2]string{{"SecureStringToBSTR", "PtrToStringAuto"}, {"SecureStringToGlobalAllocUnicode", "PtrToStringUni"}} {
		ptr, err := members.CallStatic(marshal, pair[0], []any{NewSecureString("P@ssw0rd")})
		if err != nil {
			t.Fatal(err)
		}
		got, err := members.CallStatic(marshal, pair[1], []any{ptr})
		if err != nil || got != "P@ssw0rd" {
			t.Errorf("%s/%s: %v %v", pair[0], pair[1], got, err)
		}
		if _, err := members.CallStatic(marshal, "ZeroFreeBSTR", []any{ptr}); err != nil {
			t.Fatal(err)
		}
		if got, _ := members.CallStatic(marshal, pair[1], []any{ptr}); got != nil {
			t.Errorf("after ZeroFreeBSTR: %v", got)
		}
	}
	if _, err := members.CallStatic(marshal, "SecureStringToBSTR", []any{"plain"}); err == nil {
		t.Error("a plain string converted")
	}
}
