package members

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"hash"
	"net/url"
	"strings"

	"cspsh/internal/lazy"
	"cspsh/pipeline/object"
)

// [System.BitConverter], the hash algorithms of
// System.Security.Cryptography (thumbprints are SHA-1 of the DER), and
// [uri]'s escaping statics.

func bitConverterStaticCall(lname string, args []any) (any, bool, error) {
	switch lname {
	case "getbytes":
		r, err := bitConverterGetBytes(args)
		return r, true, err
	case "tostring":
	default:
		return bitConverterTo(lname, args)
	}
	if len(args) < 1 || len(args) > 3 {
		return nil, true, overload
	}
	b, err := bytesArg(args[0])
	if err != nil {
		return nil, true, err
	}
	if len(args) >= 2 {
		start, err := argInt(args[1])
		if err != nil {
			return nil, true, err
		}
		n := len(b) - start
		if len(args) == 3 {
			if n, err = argInt(args[2]); err != nil {
				return nil, true, err
			}
		}
		if start < 0 || n < 0 || start+n > len(b) {
			return nil, true, argOutOfRange("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.")
		}
		b = b[start : start+n]
	}
	parts := make([]string, len(b))
	for i, c := range b {
		parts[i] = strings.ToUpper(hex.EncodeToString([]byte{c}))
	}
	return strings.Join(parts, "-"), true, nil
}

// hashAlgorithms maps a hash type's full name to its Go implementation;
// built on first use, not at start-up.
var hashAlgorithms = lazy.Value[map[string]func() hash.Hash]{Build: func() map[string]func() hash.Hash {
	return map[string]func() hash.Hash{
		"system.security.cryptography.sha1":                        sha1.New,
		"system.security.cryptography.sha1cryptoserviceprovider":   sha1.New,
		"system.security.cryptography.sha1managed":                 sha1.New,
		"system.security.cryptography.sha256":                      sha256.New,
		"system.security.cryptography.sha256managed":               sha256.New,
		"system.security.cryptography.sha256cryptoserviceprovider": sha256.New,
		"system.security.cryptography.sha384":                      sha512.New384,
		"system.security.cryptography.sha512":                      sha512.New,
		"system.security.cryptography.md5":                         md5.New,
		"system.security.cryptography.md5cryptoserviceprovider":    md5.New,
	}
}}

// newHashAlgorithm builds a HashAlgorithm object with ComputeHash.
func newHashAlgorithm(full string, newHash func() hash.Hash) *object.PSObject {
	o := object.NewObject(full, "System.Security.Cryptography.HashAlgorithm", "System.Object")
	o.Add(&object.Member{Name: "HashSize", Kind: object.Property, Value: int32(newHash().Size() * 8)})
	method(o, "ComputeHash", func(args []any) (any, error) {
		if len(args) != 1 && len(args) != 3 {
			return nil, overload
		}
		b, err := bytesArg(args[0])
		if err != nil {
			return nil, err
		}
		if len(args) == 3 {
			off, err1 := argInt(args[1])
			n, err2 := argInt(args[2])
			if err1 != nil || err2 != nil || off < 0 || n < 0 || off+n > len(b) {
				return nil, argException("", "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.")
			}
			b = b[off : off+n]
		}
		h := newHash()
		h.Write(b)
		return byteArray(h.Sum(nil)), nil
	})
	method(o, "Dispose", func([]any) (any, error) { return object.Null, nil })
	method(o, "Clear", func([]any) (any, error) { return object.Null, nil })
	return o
}

func hashStaticCall(full string) func(lname string, args []any) (any, bool, error) {
	return func(lname string, args []any) (any, bool, error) {
		if lname != "create" || len(args) > 0 {
			return nil, false, nil
		}
		return newHashAlgorithm(full, hashAlgorithms.Get()[strings.ToLower(full)]), true, nil
	}
}

func uriStaticCall(lname string, args []any) (any, bool, error) {
	one := func() (string, error) {
		if len(args) != 1 {
			return "", overload
		}
		if args[0] == nil {
			return "", argNull("stringToEscape")
		}
		return argString(args[0]), nil
	}
	switch lname {
	case "escapedatastring":
		s, err := one()
		if err != nil {
			return nil, true, err
		}
		// RFC 3986 unreserved characters stay; everything else is %XX.
		return strings.ReplaceAll(url.QueryEscape(s), "+", "%20"), true, nil
	case "unescapedatastring":
		s, err := one()
		if err != nil {
			return nil, true, err
		}
		if u, err := url.PathUnescape(s); err == nil {
			return u, true, nil
		}
		return s, true, nil
	case "escapeuristring":
		s, err := one()
		if err != nil {
			return nil, true, err
		}
		return (&url.URL{Path: s}).EscapedPath(), true, nil
	case "iswellformeduristring":
		if len(args) != 2 {
			return nil, true, overload
		}
		u, err := url.Parse(argString(args[0]))
		absolute := err == nil && u.Scheme != "" && u.Host != ""
		if strings.EqualFold(argString(args[1]), "Absolute") {
			return absolute, true, nil
		}
		return err == nil, true, nil
	}
	return nil, false, nil
}
