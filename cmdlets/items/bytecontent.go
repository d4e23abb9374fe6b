package items

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// outBytes is Get-Content -Encoding Byte: each byte a System.Byte, or
// with -Raw the whole file as one System.Byte[] (Get-Content reference,
// Example 8); -ReadCount groups them into arrays as it does lines, and
// -TotalCount and -Tail count bytes.
func outBytes(c *pipeline.Call, b []byte) error {
	if n, ok := intParam(c, "TotalCount"); ok && n >= 0 && n < len(b) {
		b = b[:n]
	}
	if n, ok := intParam(c, "Tail"); ok && n >= 0 && n < len(b) {
		b = b[len(b)-n:]
	}
	vals := make([]any, len(b))
	for i, x := range b {
		vals[i] = x
	}
	if c.Switch("Raw") {
		dotnet.MarkArrayType(vals, "System.Byte")
		return c.Out(vals)
	}
	n, ok := intParam(c, "ReadCount")
	if !ok || n == 1 {
		return c.OutAll(vals)
	}
	if n <= 0 {
		n = len(vals)
	}
	for len(vals) > 0 {
		k := min(n, len(vals))
		if err := c.Out(vals[:k:k]); err != nil {
			return err
		}
		vals = vals[k:]
	}
	return nil
}

// contentBytes is what Set-Content and Add-Content -Encoding Byte
// write: each value converted to a System.Byte (a byte array's
// elements one by one).
func contentBytes(values []any) ([]byte, *object.Exception) {
	var out []byte
	for _, v := range values {
		if items, ok := dotnet.Enumerate(v); ok {
			b, err := contentBytes(items)
			if err != nil {
				return nil, err
			}
			out = append(out, b...)
			continue
		}
		x, err := dotnet.Convert(v, "byte")
		if err != nil {
			if ex, ok := err.(*object.Exception); ok {
				return nil, ex
			}
			return nil, object.NewException("System.InvalidCastException", "%s", err.Error())
		}
		b, _ := x.(uint8)
		out = append(out, b)
	}
	return out, nil
}

// splitDelimited is Get-Content -Delimiter: the text cut after each
// occurrence of the delimiter, which ends its piece; the rest is the
// last piece. An empty delimiter returns nothing (the page's known
// issue).
func splitDelimited(text, delim string) []string {
	if delim == "" {
		return nil
	}
	var out []string
	for {
		i := strings.Index(text, delim)
		if i < 0 {
			break
		}
		out = append(out, text[:i+len(delim)])
		text = text[i+len(delim):]
	}
	if text != "" {
		out = append(out, text)
	}
	return out
}
