package data

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"strings"
	"unicode/utf16"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// SecureStringType is the type name of SecureString objects.
const SecureStringType = "System.Security.SecureString"

// plainMember is the hidden member holding a SecureString's text, which
// the certificate cmdlets read to open PFX files.
const plainMember = "__PlainText"

// NewSecureString returns a SecureString holding text. It shows as
// System.Security.SecureString and keeps its text in a hidden member.
func NewSecureString(text string) *object.PSObject {
	o := object.NewObject(SecureStringType, "System.Object")
	o.Add(&object.Member{Name: "Length", Kind: object.Property, Value: int32(len(utf16.Encode([]rune(text)))), Type: "int"})
	o.Add(&object.Member{Name: plainMember, Kind: object.NoteProperty, Value: text, Hidden: true})
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return SecureStringType, nil }})
	addSecureStringMethods(o)
	return o
}

// SecureStringText returns the text of a SecureString made by
// NewSecureString.
func SecureStringText(v any) (string, bool) {
	o, ok := objutil.Base(v).(*object.PSObject)
	if !ok || o.TypeName() != SecureStringType {
		return "", false
	}
	m := o.Member(plainMember)
	if m == nil {
		return "", false
	}
	return dotnet.ToString(m.GetValue()), true
}

// Prefixes of the two encrypted-string formats: the DPAPI blob header
// Windows writes, and the marker of key-encrypted strings.
const (
	dpapiPrefix = "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000"
	keyPrefix   = "76492d1116743f0423413b16050a5345"
)

// labKey stands in for the user's DPAPI key: it is bound to the lab, so
// an encrypted standard string only decrypts in the lab that made it.
func labKey(c *pipeline.Call) []byte {
	sum := sha256.Sum256([]byte("cspsh DPAPI|" + c.Rt.Session().Home))
	return sum[:]
}

// keyBytes reads a -Key byte[] value.
func keyBytes(v any) ([]byte, bool) {
	items, ok := dotnet.Enumerate(v)
	if !ok {
		return nil, false
	}
	out := make([]byte, 0, len(items))
	for _, it := range items {
		n, ok := objutil.ToInt(it)
		if !ok || n < 0 || n > 255 {
			return nil, false
		}
		out = append(out, byte(n))
	}
	return out, true
}

func seal(key []byte, text string) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, []byte(text), nil), nil
}

func open(key, blob []byte) (string, bool) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return "", false
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil || len(blob) < gcm.NonceSize() {
		return "", false
	}
	plain, err := gcm.Open(nil, blob[:gcm.NonceSize()], blob[gcm.NonceSize():], nil)
	if err != nil {
		return "", false
	}
	return string(plain), true
}

func keyParams(set string) []*pipeline.ParamDecl {
	return []*pipeline.ParamDecl{
		withHelp(param("SecureKey", "securestring", named("Secure")), "A SecureString used as the encryption key."),
		withHelp(param("Key", "byte[]", named("Open")), "An AES key of 16, 24 or 32 bytes."),
	}
}

// convertToSecureString is ConvertTo-SecureString.
func convertToSecureString() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "ConvertTo-SecureString",
		Module:     "Microsoft.PowerShell.Security",
		DefaultSet: "Secure",
		Params: append([]*pipeline.ParamDecl{
			{Name: "String", Type: "string", Help: "The plain text (with -AsPlainText) or the encrypted standard string.",
				Sets: []pipeline.SetBinding{{Set: pipeline.AllSets, Position: 0, Mandatory: true, ValueFromPipeline: true}}},
			withHelp(param("AsPlainText", "switch", at("PlainText", 1)), "Takes the string as plain text (requires -Force)."),
			withHelp(param("Force", "switch", at("PlainText", 2)), "Confirms the use of -AsPlainText."),
		}, keyParams("")...),
		Synopsis:    "Converts plain text or encrypted strings to secure strings.",
		Description: "ConvertTo-SecureString makes a SecureString from plain text (-AsPlainText -Force), or decrypts an encrypted standard string written by ConvertFrom-SecureString, with -Key when one was used, otherwise with the lab's own key (as Windows uses the user's DPAPI key).",
		Examples: []pipeline.Example{
			{Title: "Example 1: From plain text", Code: "$pw = ConvertTo-SecureString -String 'P@ssw0rd' -AsPlainText -Force", Remarks: "A SecureString for -Password parameters."},
			{Title: "Example 2: From an encrypted string", Code: "$pw = Get-Content pw.txt | ConvertTo-SecureString", Remarks: "Decrypts what ConvertFrom-SecureString wrote."},
		},
		Outputs: SecureStringType,
		Process: convertToSecureProcess,
	}
}

func convertToSecureProcess(c *pipeline.Call) error {
	in, ok := c.Current()
	if !ok {
		in = c.Get("String")
	}
	s := dotnet.ToString(in)
	if c.SetName == "PlainText" || c.Switch("AsPlainText") {
		if !c.Switch("Force") {
			return c.Fail(object.NewException("System.ArgumentException",
				"The system cannot protect plain text input. To suppress this warning and convert the plain text to a SecureString, reissue the command specifying the Force parameter. For more information ,type: get-help ConvertTo-SecureString."),
				"ImportSecureString_InvalidArgument", "InvalidArgument", nil)
		}
		return c.Out(NewSecureString(s))
	}
	key := labKey(c)
	var blob []byte
	var err error
	switch {
	case c.Has("Key") || c.Has("SecureKey"):
		k, kerr := userKey(c)
		if kerr != nil {
			return kerr
		}
		key = k
		if !strings.HasPrefix(s, keyPrefix) {
			return badSecure(c, s)
		}
		blob, err = base64.StdEncoding.DecodeString(s[len(keyPrefix):])
	default:
		if !strings.HasPrefix(strings.ToLower(s), dpapiPrefix) {
			return badSecure(c, s)
		}
		blob, err = hex.DecodeString(s[len(dpapiPrefix):])
	}
	if err != nil {
		return badSecure(c, s)
	}
	text, ok := open(key, blob)
	if !ok {
		// DPAPI refuses another user's blob; AES with the wrong -Key
		// fails on the padding (RijndaelManaged's message).
		msg := "Key not valid for use in specified state."
		if c.Has("Key") || c.Has("SecureKey") {
			msg = "Padding is invalid and cannot be removed."
		}
		return c.Fail(object.NewException("System.Security.Cryptography.CryptographicException", "%s", msg),
			"ImportSecureString_InvalidArgument_CryptographicError", "InvalidArgument", nil)
	}
	return c.Out(NewSecureString(text))
}

func badSecure(c *pipeline.Call, s string) error {
	return c.Fail(object.NewException("System.FormatException", "Input string was not in a correct format."),
		"ImportSecureString_InvalidArgument", "InvalidArgument", nil)
}

// userKey reads -Key or -SecureKey as an AES key.
func userKey(c *pipeline.Call) ([]byte, error) {
	var k []byte
	if c.Has("SecureKey") {
		t, _ := SecureStringText(c.Get("SecureKey"))
		u := utf16.Encode([]rune(t))
		for _, x := range u {
			k = append(k, byte(x), byte(x>>8))
		}
	} else {
		var ok bool
		if k, ok = keyBytes(c.Get("Key")); !ok {
			k = nil
		}
	}
	switch len(k) {
	case 16, 24, 32:
		return k, nil
	}
	return nil, c.Fail(object.NewException("System.Security.Cryptography.CryptographicException",
		"Specified key is not a valid size for this algorithm."), "ImportSecureString_InvalidArgument_CryptographicError", "InvalidArgument", nil)
}

// convertFromSecureString is ConvertFrom-SecureString.
func convertFromSecureString() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "ConvertFrom-SecureString",
		Module:     "Microsoft.PowerShell.Security",
		DefaultSet: "Secure",
		Params: append([]*pipeline.ParamDecl{
			{Name: "SecureString", Type: "securestring", Help: "The SecureString to convert.",
				Sets: []pipeline.SetBinding{{Set: pipeline.AllSets, Position: 0, Mandatory: true, ValueFromPipeline: true}}},
			withHelp(param("AsPlainText", "switch", must("AsPlainText", -1)), "Returns the plain text."),
		}, keyParams("")...),
		Synopsis:    "Converts a secure string to an encrypted standard string.",
		Description: "ConvertFrom-SecureString encrypts a SecureString into a string that can be saved in a file and read back with ConvertTo-SecureString: with -Key using that AES key, otherwise with the lab's own key. -AsPlainText returns the text itself.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Save a password", Code: "Read-Host -AsSecureString | ConvertFrom-SecureString | Set-Content pw.txt", Remarks: "Stores the password encrypted."},
		},
		Outputs: "System.String",
		Process: func(c *pipeline.Call) error {
			in, ok := c.Current()
			if !ok {
				in = c.Get("SecureString")
			}
			text, ok := SecureStringText(in)
			if !ok {
				text = dotnet.ToString(in)
			}
			if c.Switch("AsPlainText") {
				return c.Out(text)
			}
			if c.Has("Key") || c.Has("SecureKey") {
				k, err := userKey(c)
				if err != nil {
					return err
				}
				blob, err := seal(k, text)
				if err != nil {
					return c.Fail(object.ExceptionOf(err), "ConvertFromSecureString", "InvalidOperation", nil)
				}
				return c.Out(keyPrefix + base64.StdEncoding.EncodeToString(blob))
			}
			blob, err := seal(labKey(c), text)
			if err != nil {
				return c.Fail(object.ExceptionOf(err), "ConvertFromSecureString", "InvalidOperation", nil)
			}
			return c.Out(dpapiPrefix + hex.EncodeToString(blob))
		},
	}
}
