package members

import "cspsh/pipeline/dotnet"

// newMailAddress is New-Object System.Net.Mail.MailAddress and
// [mailaddress]::new(): the parser and the object live in dotnet, where
// the [mailaddress] cast builds the same object.
func newMailAddress(args []any) (any, error) {
	v, ok, err := dotnet.NewMailAddress(args)
	if !ok {
		return nil, overload
	}
	return v, err
}
