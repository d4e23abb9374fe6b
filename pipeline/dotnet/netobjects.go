package dotnet

import (
	"net"
	"net/netip"
	"net/url"
	"strings"

	"cspsh/pipeline/object"
)

// Full names of the network types [uri] and [ipaddress] build.
const (
	URIType       = "System.Uri"
	IPAddressType = "System.Net.IPAddress"
)

// defaultPort is the port a URI scheme uses when it names none; known is
// false (and port 0) for a scheme .NET has no default for.
func defaultPort(scheme string) (port int32, known bool) {
	switch scheme {
	case "http", "ws":
		return 80, true
	case "https", "wss":
		return 443, true
	case "ftp":
		return 21, true
	case "ldap":
		return 389, true
	case "net.tcp":
		return 808, true
	case "file":
		return -1, true
	case "mailto":
		return 25, true
	}
	return 0, false
}

// ParseURI is new Uri(s) for absolute URIs: the object carries the
// properties scripts read (Host, Port, Scheme, AbsolutePath, Query, …).
func ParseURI(s string) (*object.PSObject, error) {
	t := strings.TrimSpace(s)
	u, err := url.Parse(t)
	if err != nil || u.Scheme == "" || (u.Host == "" && u.Scheme != "file" && u.Opaque == "") {
		// A Windows path is a file URI, as in .NET.
		if len(t) >= 3 && t[1] == ':' && (t[2] == '\\' || t[2] == '/') {
			u = &url.URL{Scheme: "file", Path: "/" + strings.ReplaceAll(t, "\\", "/")}
		} else {
			return nil, object.NewException("System.UriFormatException", "Invalid URI: The format of the URI could not be determined.")
		}
	}
	scheme := strings.ToLower(u.Scheme)
	host := strings.ToLower(u.Hostname())
	port, known := defaultPort(scheme)
	if !known {
		port = -1
	}
	if p := u.Port(); p != "" {
		n, perr := stringToNumber(p, "System.Int32")
		if perr != nil {
			return nil, object.NewException("System.UriFormatException", "Invalid URI: Invalid port specified.")
		}
		port = n.(int32)
	}
	path := u.EscapedPath()
	if path == "" && u.Opaque == "" {
		path = "/"
	}
	if u.Opaque != "" {
		path = u.Opaque
	}
	query := ""
	if u.RawQuery != "" || u.ForceQuery {
		query = "?" + u.RawQuery
	}
	fragment := ""
	if u.Fragment != "" {
		fragment = "#" + u.EscapedFragment()
	}
	authority := host
	schemePort, _ := defaultPort(scheme)
	if u.Port() != "" && int32(port) != schemePort {
		authority += ":" + u.Port()
	}
	absolute := scheme + "://" + authority + path + query + fragment
	if u.Opaque != "" {
		absolute = scheme + ":" + u.Opaque + query + fragment
	}
	local := path
	if scheme == "file" {
		local = strings.TrimPrefix(path, "/")
		if len(local) >= 2 && local[1] == ':' {
			local = strings.ReplaceAll(local, "/", "\\")
		}
	}
	var segments []any
	if u.Opaque == "" {
		rest := path
		for rest != "" {
			i := strings.IndexByte(rest[1:], '/')
			if i < 0 {
				segments = append(segments, rest)
				break
			}
			segments = append(segments, rest[:i+2])
			rest = rest[i+2:]
		}
	}
	userInfo := ""
	if u.User != nil {
		userInfo = u.User.String()
	}
	o := object.NewObject(URIType, "System.Object")
	props := []struct {
		n string
		v any
		t string
	}{
		{"AbsolutePath", path, "string"},
		{"AbsoluteUri", absolute, "string"},
		{"LocalPath", local, "string"},
		{"Authority", authority, "string"},
		{"HostNameType", "Dns", "System.UriHostNameType"},
		{"IsDefaultPort", u.Port() == "" || port == schemePort, "bool"},
		{"IsFile", scheme == "file", "bool"},
		{"IsLoopback", host == "localhost" || host == "127.0.0.1", "bool"},
		{"PathAndQuery", path + query, "string"},
		{"Segments", segments, "string[]"},
		{"IsUnc", false, "bool"},
		{"Host", host, "string"},
		{"Port", port, "int"},
		{"Query", query, "string"},
		{"Fragment", fragment, "string"},
		{"Scheme", scheme, "string"},
		{"OriginalString", t, "string"},
		{"DnsSafeHost", host, "string"},
		{"IdnHost", host, "string"},
		{"IsAbsoluteUri", true, "bool"},
		{"UserEscaped", false, "bool"},
		{"UserInfo", userInfo, "string"},
	}
	for _, p := range props {
		o.Add(&object.Member{Name: p.n, Kind: object.Property, Value: p.v, Type: p.t})
	}
	display, _ := url.PathUnescape(absolute)
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return display, nil }})
	return o, nil
}

// ParseIPAddress is IPAddress.Parse.
func ParseIPAddress(s string) (*object.PSObject, error) {
	t := strings.TrimSpace(s)
	addr, err := netip.ParseAddr(strings.Trim(t, "[]"))
	if err != nil {
		// .NET also accepts shortened IPv4 forms such as "10.1".
		if ip := net.ParseIP(t); ip != nil {
			addr, _ = netip.AddrFromSlice(ip)
		} else {
			return nil, object.NewException("System.FormatException", "An invalid IP address was specified.")
		}
	}
	addr = addr.Unmap()
	o := object.NewObject(IPAddressType, "System.Object")
	family := "InterNetwork"
	if addr.Is6() {
		family = "InterNetworkV6"
	}
	if addr.Is4() {
		b := addr.As4()
		// Address is the IPv4 bytes read as a little-endian integer.
		a := int64(b[0]) | int64(b[1])<<8 | int64(b[2])<<16 | int64(b[3])<<24
		o.Add(&object.Member{Name: "Address", Kind: object.Property, Value: a, Type: "long"})
	}
	fam, _ := LookupEnum("System.Net.Sockets.AddressFamily")
	var famVal any = family
	if fam != nil {
		if ev, ok := EnumValue(fam, family); ok {
			famVal = ev
		}
	}
	o.Add(&object.Member{Name: "AddressFamily", Kind: object.Property, Value: famVal, Type: "System.Net.Sockets.AddressFamily"})
	o.Add(&object.Member{Name: "ScopeId", Kind: object.Property, Value: int64(0), Type: "long"})
	o.Add(&object.Member{Name: "IsIPv6Multicast", Kind: object.Property, Value: addr.Is6() && addr.IsMulticast(), Type: "bool"})
	o.Add(&object.Member{Name: "IsIPv6LinkLocal", Kind: object.Property, Value: addr.Is6() && addr.IsLinkLocalUnicast(), Type: "bool"})
	o.Add(&object.Member{Name: "IsIPv6SiteLocal", Kind: object.Property, Value: false, Type: "bool"})
	o.Add(&object.Member{Name: "IsIPv6Teredo", Kind: object.Property, Value: false, Type: "bool"})
	o.Add(&object.Member{Name: "IsIPv4MappedToIPv6", Kind: object.Property, Value: false, Type: "bool"})
	str := addr.String()
	o.Add(&object.Member{Name: "IPAddressToString", Kind: object.Property, Value: str, Type: "string"})
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return str, nil }})
	return o, nil
}

// toParsed converts a string through a Parse-like constructor, or keeps
// a value already of the type.
func toParsed(v any, full string, parse func(string) (*object.PSObject, error)) (any, error) {
	switch x := v.(type) {
	case nil:
		return nil, nil
	case *object.PSObject:
		if x.TypeName() == full {
			return x, nil
		}
	case string:
		r, err := parse(x)
		if err != nil {
			return nil, castErrorInner(v, full, err.(*object.Exception), "InvalidCastConstructorException")
		}
		return r, nil
	}
	return nil, castError(v, full, "ConvertToFinalInvalidCastException")
}

// isExceptionType reports whether full names an exception type.
func isExceptionType(full string) bool {
	for _, n := range typeChain(full) {
		if n == "System.Exception" {
			return true
		}
	}
	return false
}

// toException is [System.Exception]"message": the string constructor.
func toException(v any, full string) (any, error) {
	switch x := v.(type) {
	case nil:
		return nil, nil
	case *object.Exception:
		if ExceptionIs(x.Type, full) {
			return x, nil
		}
	case string:
		return &object.Exception{Type: full, Message: x}, nil
	case *object.Hashtable:
		if e, ok := exceptionFromHashtable(x, full); ok {
			return e, nil
		}
	}
	return nil, castError(v, full, "ConvertToFinalInvalidCastException")
}

// exceptionSetter names the public settable property every exception has
// (System.Exception's Source and HelpLink) for its lower-case name.
func exceptionSetter(lower string) (string, bool) {
	switch lower {
	case "source":
		return "Source", true
	case "helplink":
		return "HelpLink", true
	}
	return "", false
}

// exceptionFromHashtable is [System.Exception]@{Source=…}: a type with a
// default constructor is built with it and the keys set as properties
// (about_Hash_Tables, about_Object_Creation). ok is false when a key is
// not a settable property, so the cast fails as before.
func exceptionFromHashtable(h *object.Hashtable, full string) (*object.Exception, bool) {
	e := &object.Exception{Type: full, Message: ExceptionMessage(full)}
	keys, vals := h.Keys(), h.Values()
	for i, k := range keys {
		name, ok := exceptionSetter(strings.ToLower(ToString(k)))
		if !ok {
			return nil, false
		}
		if e.Props == nil {
			e.Props = map[string]any{}
		}
		if vals[i] == nil {
			e.Props[name] = nil
		} else {
			e.Props[name] = ToString(vals[i])
		}
	}
	return e, true
}
