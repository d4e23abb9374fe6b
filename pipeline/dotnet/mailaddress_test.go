package dotnet

import (
	"testing"

	"cspsh/pipeline/object"
)

// The accepted forms and their parts are those of the MailAddress class
// remarks and of the MailAddress(String) page (Tom Smith's example); the
// refusals are the remarks' unsupported forms and the parser's own
// documented cases (a leading dot, a missing '@').
func TestParseMailAddress(t *testing.T) {
	tests := []struct {
		in                  string
		display, user, host string
		err                 string
	}{
		{in: "user@host", user: "user", host: "host"},
		{in: "Tom Smith <tsmith@contoso.com>", display: "Tom Smith", user: "tsmith", host: "contoso.com"},
		{in: `"display name" <user@host>`, display: "display name", user: "user", host: "host"},
		{in: `"display name" user@host`, display: "display name", user: "user", host: "host"},
		{in: "display name user@host", display: "display name", user: "user", host: "host"},
		{in: "Tom Smith   <tsmith@contoso.com>  ", display: "Tom Smith", user: "tsmith", host: "contoso.com"},
		{in: `"user name"@host`, user: `"user name"`, host: "host"},
		{in: "user...name..@host", user: "user...name..", host: "host"},
		{in: "<user@[my domain]>", user: "user", host: "[my domain]"},
		{in: `(comment)"display name"(comment)<(comment)user(comment)@(comment)domain(comment)>(comment)`,
			display: "display name", user: "user", host: "domain"},
		{in: "(non comment) unquoted display (non comment) name (non comment) <user@host>",
			display: "(non comment) unquoted display (non comment) name (non comment)", user: "user", host: "host"},
		{in: `"John \"Jr\" Doe" <user@host>`, display: `John \"Jr\" Doe`, user: "user", host: "host"},
		{in: `"John, Doe" <user@host>`, display: "John, Doe", user: "user", host: "host"},
		{in: "Jöhn <jö@exämple.com>", display: "Jöhn", user: "jö", host: "exämple.com"},
		{in: "nope", err: mailAddressInvalidFormat},
		{in: "@host", err: mailAddressInvalidFormat},
		{in: "   ", err: mailAddressInvalidFormat},
		{in: "user@host\n", err: mailAddressInvalidFormat},
		{in: "a@.b.com", err: "An invalid character was found in the mail header: '.'."},
		{in: ".user@host", err: "An invalid character was found in the mail header: '.'."},
		{in: "user@", err: "An invalid character was found in the mail header: '@'."},
		{in: `display "name" <user@host>`, err: "An invalid character was found in the mail header: 'y'."},
		{in: `"John "Jr" Doe" <user@host>`, err: "An invalid character was found in the mail header: 'r'."},
		{in: "Tom <tsmith@contoso.com", err: "An invalid character was found in the mail header: '<'."},
		{in: "tsmith@contoso.com>", err: "An invalid character was found in the mail header: '>'."},
		{in: "(open <user@host>", display: "(open", user: "user", host: "host"},
		{in: "user@host (comment", err: "An invalid character was found in the mail header: '('."},
		{in: "user@host comment)", err: "An invalid character was found in the mail header: ')'."},
		{in: `"unclosed <user@host>`, err: "An invalid character was found in the mail header: '\"'."},
	}
	for _, tt := range tests {
		got, ex := parseMailAddress(tt.in)
		if tt.err != "" {
			if ex == nil || ex.Type != "System.FormatException" || ex.Message != tt.err {
				t.Errorf("parseMailAddress(%q) = %+v, %v; want FormatException %q", tt.in, got, ex, tt.err)
			}
			continue
		}
		want := mailParts{display: tt.display, user: tt.user, host: tt.host}
		if ex != nil || got != want {
			t.Errorf("parseMailAddress(%q) = %+v, %v; want %+v", tt.in, got, ex, want)
		}
	}
}

// The constructors: the (address, displayName) example of the class page,
// bounding quotes peeled off a given display name, the ArgumentNullException
// and ArgumentException of a null or empty address, ToString's two forms.
func TestNewMailAddress(t *testing.T) {
	tests := []struct {
		args                         []any
		display, user, address, text string
		errType, err                 string
		noOverload                   bool
	}{
		{args: []any{"ben@contoso.com", "Ben Miller"}, display: "Ben Miller", user: "ben", address: "ben@contoso.com",
			text: `"Ben Miller" <ben@contoso.com>`},
		{args: []any{"Notification_List@contoso.com"}, user: "Notification_List", address: "Notification_List@contoso.com",
			text: "Notification_List@contoso.com"},
		{args: []any{"jane@contoso.com", `"Jane Clayton"`}, display: "Jane Clayton", user: "jane", address: "jane@contoso.com",
			text: `"Jane Clayton" <jane@contoso.com>`},
		{args: []any{"Old Name <jane@contoso.com>", "Jane Clayton"}, display: "Jane Clayton", user: "jane", address: "jane@contoso.com",
			text: `"Jane Clayton" <jane@contoso.com>`},
		{args: []any{"Jane <jane@contoso.com>", nil}, display: "Jane", user: "jane", address: "jane@contoso.com",
			text: `"Jane" <jane@contoso.com>`},
		{args: []any{"jane@contoso.com", "Jane", nil}, display: "Jane", user: "jane", address: "jane@contoso.com",
			text: `"Jane" <jane@contoso.com>`},
		{args: []any{nil}, errType: "System.ArgumentNullException", err: "Value cannot be null.\r\nParameter name: address"},
		{args: []any{""}, errType: "System.ArgumentException", err: "The parameter 'address' cannot be an empty string.\r\nParameter name: address"},
		{args: []any{"jane"}, errType: "System.FormatException", err: mailAddressInvalidFormat},
		{args: []any{}, noOverload: true},
		{args: []any{"a@b", "c", nil, "d"}, noOverload: true},
	}
	for _, tt := range tests {
		v, ok, err := NewMailAddress(tt.args)
		if tt.noOverload {
			if ok {
				t.Errorf("NewMailAddress(%q) found an overload", tt.args)
			}
			continue
		}
		if tt.errType != "" {
			ex, isEx := err.(*object.Exception)
			if !ok || !isEx || ex.Type != tt.errType || ex.Message != tt.err {
				t.Errorf("NewMailAddress(%q) = %v, %v; want %s %q", tt.args, v, err, tt.errType, tt.err)
			}
			continue
		}
		if err != nil || !ok {
			t.Errorf("NewMailAddress(%q): %v", tt.args, err)
			continue
		}
		o := v.(*object.PSObject)
		for name, want := range map[string]string{"DisplayName": tt.display, "User": tt.user, "Address": tt.address} {
			if got, _ := o.Prop(name); got != want {
				t.Errorf("NewMailAddress(%q).%s = %q, want %q", tt.args, name, got, want)
			}
		}
		if got, _ := o.Member("ToString").Call(nil); got != tt.text {
			t.Errorf("NewMailAddress(%q).ToString() = %q, want %q", tt.args, got, tt.text)
		}
	}
}

// A failed [mailaddress] cast carries the constructor's exception as its
// inner error, in ExtendedTypeSystem's InvalidCastExceptionWithInnerException.
func TestMailAddressCastError(t *testing.T) {
	_, err := Convert("not an address", mailAddressType)
	ex, ok := err.(*object.Exception)
	if !ok {
		t.Fatalf("[mailaddress]'not an address' = %v", err)
	}
	want := `Cannot convert value "not an address" to type "System.Net.Mail.MailAddress". Error: "` + mailAddressInvalidFormat + `"`
	if ex.Message != want || ex.Inner == nil || ex.Inner.Type != "System.FormatException" || ErrorID(ex) != "InvalidCastConstructorException" {
		t.Errorf("[mailaddress]'not an address': %q (inner %v, id %q)", ex.Message, ex.Inner, ErrorID(ex))
	}
	eq := func(a, b string) any {
		v, _ := Convert(a, mailAddressType)
		r, _ := v.(*object.PSObject).Member("Equals").Call([]any{b})
		return r
	}
	if eq("Jane <JANE@contoso.com>", `"jane" <jane@CONTOSO.com>`) != true || eq("jane@contoso.com", "john@contoso.com") != false {
		t.Error("MailAddress.Equals should compare the ToString forms ignoring case")
	}
}
