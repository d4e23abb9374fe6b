package data

import (
	"strings"
	"testing"

	"cspsh/cmdlets/core/cmdtest"
)

// TestSecureStringWrongKey: a string encrypted with one -Key and read with
// another fails as .NET's AES decryption does ("Padding is invalid and
// cannot be removed."), under ImportSecureString_InvalidArgument_CryptographicError.
func TestSecureStringWrongKey(t *testing.T) {
	rt := cmdtest.New()
	rt.Sess.Home = t.TempDir()
	out, err := rt.Run(convertToSecureString(), nil, "P@ssw0rd", P("AsPlainText"), P("Force"))
	if err != nil {
		t.Fatal(err)
	}
	key := func(first uint8) []any {
		k := []any{}
		for i := uint8(0); i < 16; i++ {
			k = append(k, first+i)
		}
		return k
	}
	enc, err := rt.Run(convertFromSecureString(), []any{out[0]}, P("Key"), key(1))
	if err != nil {
		t.Fatal(err)
	}
	_, err = rt.Run(convertToSecureString(), []any{enc[0]}, P("Key"), key(2))
	if err == nil || !strings.Contains(err.Error(), "Padding is invalid and cannot be removed.") {
		t.Errorf("wrong key: %v", err)
	}
}
