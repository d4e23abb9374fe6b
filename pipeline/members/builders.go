package members

import (
	"math/rand"
	"net/url"
	"strconv"
	"strings"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// Reference types built by New whose state lives in member closures:
// StringBuilder, Random, Uri.

// method adds a method whose body reports .NET exceptions the way Call
// does for built-in methods.
func method(o *object.PSObject, name string, body func(args []any) (any, error)) {
	o.Add(&object.Member{Name: name, Kind: object.Method, Call: func(args []any) (any, error) {
		r, err := body(args)
		return r, wrapCall(name, len(args), err)
	}})
}

func newStringBuilder(args []any) (any, error) {
	var b []rune
	if len(args) >= 1 {
		if s, ok := args[0].(string); ok {
			b = []rune(s)
		}
	}
	o := object.NewObject("System.Text.StringBuilder", "System.Object")
	o.Add(&object.Member{Name: "Capacity", Kind: object.Property, Get: func() any { return int32(max(16, cap(b))) }, Set: func(any) error { return nil }})
	o.Add(&object.Member{Name: "MaxCapacity", Kind: object.Property, Value: int32(2147483647)})
	o.Add(&object.Member{Name: "Length", Kind: object.Property, Get: func() any { return int32(len(b)) }, Set: func(v any) error {
		n, err := argInt(v)
		if err != nil {
			return err
		}
		if n < 0 {
			return wrapCall("Length", 1, argOutOfRange("value", "Length cannot be less than zero."))
		}
		for len(b) < n {
			b = append(b, 0)
		}
		b = b[:n]
		return nil
	}})
	self := any(o)
	appendText := func(v any) {
		if c, ok := v.(object.Char); ok {
			b = append(b, rune(c))
			return
		}
		if items, ok := v.([]any); ok && len(items) > 0 {
			if _, isChar := items[0].(object.Char); isChar {
				for _, e := range items {
					r, _ := argChar(e)
					b = append(b, r)
				}
				return
			}
		}
		b = append(b, []rune(argString(v))...)
	}
	method(o, "Append", func(args []any) (any, error) {
		switch len(args) {
		case 1:
			appendText(args[0])
		case 2:
			c, err := argChar(args[0])
			if err != nil {
				return nil, err
			}
			n, err := argInt(args[1])
			if err != nil {
				return nil, err
			}
			b = append(b, []rune(strings.Repeat(string(c), max(n, 0)))...)
		case 3:
			s := []rune(argString(args[0]))
			i, err1 := argInt(args[1])
			n, err2 := argInt(args[2])
			if err1 != nil || err2 != nil || i < 0 || n < 0 || i+n > len(s) {
				return nil, argOutOfRange("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.")
			}
			b = append(b, s[i:i+n]...)
		default:
			return nil, overload
		}
		return self, nil
	})
	method(o, "AppendLine", func(args []any) (any, error) {
		if len(args) > 1 {
			return nil, overload
		}
		if len(args) == 1 {
			appendText(args[0])
		}
		b = append(b, '\r', '\n')
		return self, nil
	})
	method(o, "AppendFormat", func(args []any) (any, error) {
		if len(args) < 1 {
			return nil, overload
		}
		s, err := dotnet.FormatOperator(argString(args[0]), spread(args[1:]))
		if err != nil {
			return nil, err
		}
		b = append(b, []rune(s)...)
		return self, nil
	})
	method(o, "Insert", func(args []any) (any, error) {
		if len(args) != 2 {
			return nil, overload
		}
		i, err := argInt(args[0])
		if err != nil {
			return nil, err
		}
		if i < 0 || i > len(b) {
			return nil, argOutOfRange("index", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.")
		}
		ins := []rune(argString(args[1]))
		b = append(b[:i], append(ins, b[i:]...)...)
		return self, nil
	})
	method(o, "Remove", func(args []any) (any, error) {
		if len(args) != 2 {
			return nil, overload
		}
		i, err1 := argInt(args[0])
		n, err2 := argInt(args[1])
		if err1 != nil || err2 != nil || i < 0 || n < 0 || i+n > len(b) {
			return nil, argOutOfRange("length", "Index was out of range. Must be non-negative and less than the size of the collection.")
		}
		b = append(b[:i], b[i+n:]...)
		return self, nil
	})
	method(o, "Replace", func(args []any) (any, error) {
		if len(args) != 2 && len(args) != 4 {
			return nil, overload
		}
		old, repl := argString(args[0]), argString(args[1])
		if old == "" {
			return nil, argException("oldValue", "String cannot be of zero length.")
		}
		b = []rune(strings.ReplaceAll(string(b), old, repl))
		return self, nil
	})
	method(o, "Clear", func([]any) (any, error) {
		b = b[:0]
		return self, nil
	})
	method(o, "ToString", func(args []any) (any, error) {
		switch len(args) {
		case 0:
			return string(b), nil
		case 2:
			i, err1 := argInt(args[0])
			n, err2 := argInt(args[1])
			if err1 != nil || err2 != nil || i < 0 || n < 0 || i+n > len(b) {
				return nil, argOutOfRange("chunkLength", "Index was out of range. Must be non-negative and less than the size of the collection.")
			}
			return string(b[i : i+n]), nil
		}
		return nil, overload
	})
	return o, nil
}

func newRandom(args []any) (any, error) {
	seed := time.Now().UnixNano()
	if len(args) == 1 {
		n, err := argInt64(args[0])
		if err != nil {
			return nil, err
		}
		seed = n
	} else if len(args) > 1 {
		return nil, overload
	}
	rng := rand.New(rand.NewSource(seed))
	o := object.NewObject("System.Random", "System.Object")
	method(o, "Next", func(args []any) (any, error) {
		lo, hi := 0, 2147483647
		switch len(args) {
		case 0:
		case 1:
			n, err := argInt(args[0])
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, argOutOfRange("maxValue", "'maxValue' must be greater than zero.")
			}
			hi = n
		case 2:
			a, err1 := argInt(args[0])
			c, err2 := argInt(args[1])
			if err1 != nil || err2 != nil {
				return nil, overload
			}
			if a > c {
				return nil, argOutOfRange("minValue", "'minValue' cannot be greater than maxValue.")
			}
			lo, hi = a, c
		default:
			return nil, overload
		}
		if hi <= lo {
			return int32(lo), nil
		}
		return int32(lo + rng.Intn(hi-lo)), nil
	})
	method(o, "NextDouble", func(args []any) (any, error) {
		if len(args) != 0 {
			return nil, overload
		}
		return rng.Float64(), nil
	})
	method(o, "NextBytes", func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, overload
		}
		buf, ok := args[0].([]any)
		if !ok {
			return nil, argNull("buffer")
		}
		for i := range buf {
			buf[i] = uint8(rng.Intn(256))
		}
		return object.Null, nil
	})
	return o, nil
}

func newURI(args []any) (any, error) {
	if len(args) < 1 || len(args) > 2 {
		return nil, overload
	}
	raw := argString(args[0])
	if len(args) == 2 {
		if base, err := url.Parse(raw); err == nil {
			if rel, err := url.Parse(argString(args[1])); err == nil {
				raw = base.ResolveReference(rel).String()
			}
		}
	}
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" {
		return nil, formatException("Invalid URI: The format of the URI could not be determined.")
	}
	port := int32(-1)
	if p := u.Port(); p != "" {
		n, _ := strconv.Atoi(p)
		port = int32(n)
	} else {
		port = map[string]int32{"http": 80, "https": 443, "ftp": 21, "ldap": 389, "sip": 5060}[strings.ToLower(u.Scheme)]
		if port == 0 {
			port = -1
		}
	}
	path := u.EscapedPath()
	if path == "" && u.Host != "" {
		path = "/"
	}
	abs := u.Scheme + "://" + u.Host + path
	if u.RawQuery != "" {
		abs += "?" + u.RawQuery
	}
	if u.Fragment != "" {
		abs += "#" + u.EscapedFragment()
	}
	var segs []any
	rest := path
	for rest != "" {
		i := strings.IndexByte(rest[1:], '/')
		if i < 0 {
			segs = append(segs, rest)
			break
		}
		segs = append(segs, rest[:i+2])
		rest = rest[i+2:]
	}
	o := object.NewObject("System.Uri", "System.Object")
	add := func(n string, v any) { o.Add(&object.Member{Name: n, Kind: object.Property, Value: v}) }
	query := ""
	if u.RawQuery != "" {
		query = "?" + u.RawQuery
	}
	fragment := ""
	if u.Fragment != "" {
		fragment = "#" + u.EscapedFragment()
	}
	add("AbsolutePath", path)
	add("AbsoluteUri", abs)
	add("LocalPath", u.Path)
	add("Authority", u.Host)
	add("HostNameType", "Dns")
	add("IsDefaultPort", u.Port() == "")
	add("IsFile", u.Scheme == "file")
	add("PathAndQuery", path+query)
	add("Segments", segs)
	add("Host", u.Hostname())
	add("Port", port)
	add("Query", query)
	add("Fragment", fragment)
	add("Scheme", u.Scheme)
	add("OriginalString", argString(args[0]))
	add("DnsSafeHost", u.Hostname())
	add("IsAbsoluteUri", true)
	add("UserInfo", u.User.String())
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return abs, nil }})
	return o, nil
}
