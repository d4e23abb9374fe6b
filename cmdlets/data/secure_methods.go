package data

import (
	"unicode/utf16"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// registerSecureStringCtor makes New-Object System.Security.SecureString
// build an empty one that a script fills with AppendChar, as scripts
// build a password one character at a time (and as the host's credential
// prompt does).
func registerSecureStringCtor() {
	members.RegisterConstructor(SecureStringType, func(args []any) (any, error) {
		if len(args) != 0 {
			return nil, members.ErrNoOverload
		}
		return NewSecureString(""), nil
	})
}

// addSecureStringMethods gives a SecureString .NET's editing methods:
// AppendChar, Clear, MakeReadOnly, IsReadOnly and Copy; Length follows
// the text. A read-only one refuses changes with .NET's
// InvalidOperationException.
func addSecureStringMethods(o *object.PSObject) {
	text := o.Member(plainMember)
	readOnly := false
	set := func(s string) {
		text.Value = s
	}
	o.Member("Length").Get = func() any {
		return int32(len(utf16.Encode([]rune(dotnet.ToString(text.Value)))))
	}
	change := func(name, sig string, n int, f func(args []any) error) {
		o.Add(&object.Member{Name: name, Kind: object.Method, Type: sig, Call: func(args []any) (any, error) {
			if len(args) != n {
				return nil, members.ErrNoOverload
			}
			if readOnly {
				return nil, object.NewException("System.InvalidOperationException", "Instance is read-only.")
			}
			return nil, f(args)
		}})
	}
	change("AppendChar", "void AppendChar(char c)", 1, func(args []any) error {
		c, err := dotnet.Convert(args[0], "char")
		if err != nil {
			return err
		}
		set(dotnet.ToString(text.Value) + string(rune(c.(object.Char))))
		return nil
	})
	change("Clear", "void Clear()", 0, func([]any) error { set(""); return nil })
	o.Add(&object.Member{Name: "MakeReadOnly", Kind: object.Method, Type: "void MakeReadOnly()", Call: func([]any) (any, error) {
		readOnly = true
		return nil, nil
	}})
	o.Add(&object.Member{Name: "IsReadOnly", Kind: object.Method, Type: "bool IsReadOnly()", Call: func([]any) (any, error) {
		return readOnly, nil
	}})
	o.Add(&object.Member{Name: "Copy", Kind: object.Method, Type: "securestring Copy()", Call: func([]any) (any, error) {
		return NewSecureString(dotnet.ToString(text.Value)), nil
	}})
}
