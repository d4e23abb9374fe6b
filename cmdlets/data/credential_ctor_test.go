package data

import (
	"strings"
	"testing"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// TestNewCredential: New-Object PSCredential($user, $securePassword) and
// [pscredential]::new(...) build the credential Get-Credential returns;
// a plain string password cannot be converted; one argument has no
// overload.
func TestNewCredential(t *testing.T) {
	dotnet.AddExtensions(RegisterExtensions)
	pw := NewSecureString("P@ssw0rd")
	v, err := members.New("System.Management.Automation.PSCredential", []any{`CONTOSO\Administrator`, pw})
	if err != nil {
		t.Fatal(err)
	}
	n, err := members.Call(v, "GetNetworkCredential", nil)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"UserName": "Administrator", "Domain": "CONTOSO", "Password": "P@ssw0rd"} {
		if got, _ := members.Get(n, name); got != want {
			t.Errorf("%s = %v, want %s", name, got, want)
		}
	}
	_, err = members.New("pscredential", []any{"u", "x"})
	if err == nil || !strings.Contains(err.Error(), `Cannot convert argument "password", with value: "x", for "PSCredential" to type "System.Security.SecureString"`) {
		t.Errorf("string password: %v", err)
	}
	if rec, ok := err.(*object.ErrorRecord); !ok || rec.FullyQualifiedErrorID != "MethodArgumentConversionInvalidCastArgument" {
		t.Errorf("string password: record %#v", err)
	}
	if _, err = members.New("pscredential", []any{"u"}); err == nil || !strings.Contains(err.Error(), `argument count: "1"`) {
		t.Errorf("one argument: %v", err)
	}
}
