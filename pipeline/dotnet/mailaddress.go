package dotnet

import (
	"strings"

	"cspsh/pipeline/object"
)

// mailAddressType is [mailaddress]: scripts validate and split e-mail
// addresses with it ([mailaddress]'John <john@contoso.com>').
const mailAddressType = "System.Net.Mail.MailAddress"

// toMailAddress converts as PowerShell does, through the MailAddress(string)
// constructor: its exception becomes the cast's inner error.
func toMailAddress(v any) (any, error) {
	switch x := v.(type) {
	case nil:
		return nil, nullCastError(mailAddressType)
	case *object.PSObject:
		if x.TypeName() == mailAddressType {
			return x, nil
		}
	}
	s := ToString(v)
	o, ex := newMailAddress(&s, "")
	if ex != nil {
		return nil, castErrorInner(v, mailAddressType, ex, "InvalidCastConstructorException")
	}
	return o, nil
}

// NewMailAddress is the constructor MailAddress(address[, displayName[,
// displayNameEncoding]]) for New-Object and [mailaddress]::new(): a
// $null address is passed as null, other arguments as their strings. The
// encoding only matters when a message is sent, so it is accepted and not
// kept. ok is false when no overload takes that many arguments.
func NewMailAddress(args []any) (v any, ok bool, err error) {
	if len(args) < 1 || len(args) > 3 {
		return nil, false, nil
	}
	var addr *string
	if a := args[0]; a != nil && a != object.Null {
		s := ToString(a)
		addr = &s
	}
	display := ""
	if len(args) > 1 && args[1] != nil && args[1] != object.Null {
		display = ToString(args[1])
	}
	o, ex := newMailAddress(addr, display)
	if ex != nil {
		return nil, true, ex
	}
	return o, true, nil
}

// newMailAddress is MailAddress(address, displayName): a display name
// given apart loses its bounding quotes (ToString adds them back) and wins
// over one parsed from the address.
func newMailAddress(addr *string, display string) (*object.PSObject, *object.Exception) {
	if addr == nil {
		return nil, &object.Exception{Type: "System.ArgumentNullException",
			Message: "Value cannot be null.\r\nParameter name: address"}
	}
	if *addr == "" {
		return nil, &object.Exception{Type: "System.ArgumentException",
			Message: "The parameter 'address' cannot be an empty string.\r\nParameter name: address"}
	}
	if len(display) >= 2 && display[0] == '"' && display[len(display)-1] == '"' {
		display = display[1 : len(display)-1]
	}
	parts, ex := parseMailAddress(*addr)
	if ex != nil {
		return nil, ex
	}
	if display == "" {
		display = parts.display
	}
	address := parts.user + "@" + parts.host
	text := address
	if display != "" {
		text = `"` + display + `" <` + address + `>`
	}
	o := object.NewObject(mailAddressType, "System.Object")
	o.Add(&object.Member{Name: "DisplayName", Kind: object.Property, Value: display, Type: "string"})
	o.Add(&object.Member{Name: "User", Kind: object.Property, Value: parts.user, Type: "string"})
	o.Add(&object.Member{Name: "Host", Kind: object.Property, Value: parts.host, Type: "string"})
	o.Add(&object.Member{Name: "Address", Kind: object.Property, Value: address, Type: "string"})
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return text, nil }})
	// Equals compares the ToString forms, ignoring case, of this address
	// and of any value, as MailAddress.Equals does.
	o.Add(&object.Member{Name: "Equals", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) != 1 {
			ex := object.NewException("System.Management.Automation.MethodException",
				`Cannot find an overload for "Equals" and the argument count: "%d".`, len(args))
			return nil, object.NewError(ex, "MethodCountCouldNotFindBest", "NotSpecified", nil)
		}
		if args[0] == nil || args[0] == object.Null {
			return false, nil
		}
		return strings.EqualFold(text, ToString(args[0])), nil
	}})
	return o, nil
}
