package dotnet

import (
	"net/mail"
	"strings"

	"cspsh/pipeline/object"
)

// mailAddressType is [mailaddress]: scripts validate and split e-mail
// addresses with it ([mailaddress]'John <john@contoso.com>').
const mailAddressType = "System.Net.Mail.MailAddress"

// toMailAddress parses an address as MailAddress's constructor does:
// "user@host" or "Display Name <user@host>".
func toMailAddress(v any) (any, error) {
	switch x := v.(type) {
	case nil:
		return nil, nullCastError(mailAddressType)
	case *object.PSObject:
		if x.TypeName() == mailAddressType {
			return x, nil
		}
	}
	s := strings.TrimSpace(ToString(v))
	a, err := mail.ParseAddress(s)
	if err != nil || !strings.Contains(a.Address, "@") {
		ex := object.NewException("System.FormatException", "The specified string is not in the form required for an e-mail address.")
		return nil, castErrorInner(v, mailAddressType, ex, "InvalidCastConstructorException")
	}
	at := strings.LastIndexByte(a.Address, '@')
	o := object.NewObject(mailAddressType, "System.Object")
	o.Add(&object.Member{Name: "DisplayName", Kind: object.Property, Value: a.Name, Type: "string"})
	o.Add(&object.Member{Name: "User", Kind: object.Property, Value: a.Address[:at], Type: "string"})
	o.Add(&object.Member{Name: "Host", Kind: object.Property, Value: a.Address[at+1:], Type: "string"})
	o.Add(&object.Member{Name: "Address", Kind: object.Property, Value: a.Address, Type: "string"})
	text := a.Address
	if a.Name != "" {
		text = `"` + a.Name + `" <` + a.Address + `>`
	}
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return text, nil }})
	return o, nil
}
