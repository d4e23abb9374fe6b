package members

import (
	"cspsh/pipeline/wildcard"
	"encoding/base64"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/ops"
)

func wildcardMatch(pattern, name string) (bool, error) {
	return wildcard.Match(pattern, name, false)
}

// [guid]

func guidStaticGet(lname string) (any, bool, error) {
	if lname == "empty" {
		return dotnet.NewGuid(strings.Repeat("0", 32)), true, nil
	}
	return nil, false, nil
}

func guidStaticCall(lname string, args []any) (any, bool, error) {
	switch lname {
	case "newguid":
		if len(args) != 0 {
			return nil, true, overload
		}
		return dotnet.RandomGuid(), true, nil
	case "parse":
		if len(args) != 1 {
			return nil, true, overload
		}
		if args[0] == nil {
			return nil, true, argNull("input")
		}
		g, err := dotnet.ParseGuid(argString(args[0]))
		if err != nil {
			return nil, true, err
		}
		return g, true, nil
	case "tryparse":
		if len(args) != 2 {
			return nil, true, overload
		}
		g, err := dotnet.ParseGuid(argString(args[0]))
		if err != nil {
			setRef(args[1], dotnet.NewGuid(strings.Repeat("0", 32)))
			return false, true, nil
		}
		setRef(args[1], g)
		return true, true, nil
	}
	return nil, false, nil
}

// [version]

func versionStaticCall(lname string, args []any) (any, bool, error) {
	switch lname {
	case "parse":
		if len(args) != 1 {
			return nil, true, overload
		}
		v, err := dotnet.ParseVersion(argString(args[0]))
		if err != nil {
			return nil, true, err
		}
		return v, true, nil
	case "tryparse":
		if len(args) != 2 {
			return nil, true, overload
		}
		v, err := dotnet.ParseVersion(argString(args[0]))
		if err != nil {
			setRef(args[1], nil)
			return false, true, nil
		}
		setRef(args[1], v)
		return true, true, nil
	}
	return nil, false, nil
}

// [regex]

// regexOptionsArg reads a RegexOptions argument (enum, number or names).
func regexOptionsArg(v any) ops.RegexOptions {
	switch x := v.(type) {
	case dotnet.Enum:
		return ops.RegexOptions(x.Value)
	case int32:
		return ops.RegexOptions(x)
	}
	return ops.OptionsFromString(argString(v))
}

// Escape is Regex.Escape: the metacharacters and white space.
func Escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '*', '+', '?', '|', '{', '[', '(', ')', '^', '$', '.', '#', ' ':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\t':
			b.WriteString(`\t`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\f':
			b.WriteString(`\f`)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func regexStaticCall(lname string, args []any) (any, bool, error) {
	switch lname {
	case "escape":
		if len(args) != 1 {
			return nil, true, overload
		}
		if args[0] == nil {
			return nil, true, argNull("str")
		}
		return Escape(argString(args[0])), true, nil
	case "unescape":
		if len(args) != 1 {
			return nil, true, overload
		}
		r, err := regexUnescape(argString(args[0]))
		return r, true, err
	case "ismatch", "match", "matches", "split":
		// A fourth argument is the match timeout (.NET 4.5 overloads);
		// the engine bounds its work itself.
		if len(args) < 2 || len(args) > 4 {
			return nil, true, overload
		}
		var opts ops.RegexOptions
		if len(args) >= 3 {
			opts = regexOptionsArg(args[2])
		}
		return regexMethod(argString(args[1]), opts, lname, args[:1])
	case "replace":
		if len(args) < 3 || len(args) > 5 {
			return nil, true, overload
		}
		var opts ops.RegexOptions
		if len(args) >= 4 {
			opts = regexOptionsArg(args[3])
		}
		return regexMethod(argString(args[1]), opts, lname, []any{args[0], args[2]})
	}
	return nil, false, nil
}

// [convert]

func bytesArg(v any) ([]byte, error) {
	items, ok := dotnet.Enumerate(v)
	if !ok {
		if v == nil {
			return nil, argNull("inArray")
		}
		items = []any{v}
	}
	b := make([]byte, len(items))
	for i, e := range items {
		c, err := dotnet.Convert(e, "System.Byte")
		if err != nil {
			return nil, err
		}
		b[i] = c.(uint8)
	}
	return b, nil
}

func byteArray(b []byte) []any {
	out := make([]any, len(b))
	for i, c := range b {
		out[i] = c
	}
	return out
}

// convertTarget is the type a Convert.ToXxx method (lower-case name)
// converts to, and false for any other name.
func convertTarget(lname string) (string, bool) {
	switch lname {
	case "toint32":
		return "System.Int32", true
	case "toint64":
		return "System.Int64", true
	case "toint16":
		return "System.Int16", true
	case "tobyte":
		return "System.Byte", true
	case "tosbyte":
		return "System.SByte", true
	case "touint16":
		return "System.UInt16", true
	case "touint32":
		return "System.UInt32", true
	case "touint64":
		return "System.UInt64", true
	case "todouble":
		return "System.Double", true
	case "tosingle":
		return "System.Single", true
	case "todecimal":
		return "System.Decimal", true
	case "toboolean":
		return "System.Boolean", true
	case "tochar":
		return "System.Char", true
	case "todatetime":
		return "System.DateTime", true
	}
	return "", false
}

func convertStaticCall(lname string, args []any) (any, bool, error) {
	switch lname {
	case "isdbnull":
		if len(args) != 1 {
			return nil, true, overload
		}
		_, ok := args[0].(object.DBNull)
		return ok, true, nil
	case "tobase64string":
		if len(args) < 1 {
			return nil, true, overload
		}
		b, err := bytesArg(args[0])
		if err != nil {
			return nil, true, err
		}
		if len(args) == 3 {
			off, err1 := argInt(args[1])
			n, err2 := argInt(args[2])
			if err1 != nil || err2 != nil || off < 0 || n < 0 || off+n > len(b) {
				return nil, true, argOutOfRange("offset", "Index was out of range. Must be non-negative and less than the size of the collection.")
			}
			b = b[off : off+n]
		}
		s := base64.StdEncoding.EncodeToString(b)
		if len(args) == 2 && strings.Contains(strings.ToLower(argString(args[1])), "insertlinebreaks") {
			var lines []string
			for len(s) > 76 {
				lines = append(lines, s[:76])
				s = s[76:]
			}
			s = strings.Join(append(lines, s), "\r\n")
		}
		return s, true, nil
	case "frombase64string":
		if len(args) != 1 {
			return nil, true, overload
		}
		if args[0] == nil {
			return nil, true, argNull("s")
		}
		s := strings.Map(func(r rune) rune {
			if r == ' ' || r == '\t' || r == '\r' || r == '\n' {
				return -1
			}
			return r
		}, argString(args[0]))
		b, err := base64.StdEncoding.DecodeString(s)
		if err != nil {
			return nil, true, formatException("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters. ")
		}
		return byteArray(b), true, nil
	case "tostring":
		if len(args) == 2 {
			if base, err := argInt(args[1]); err == nil && isNumericArg(args[0]) {
				return formatBase(args[0], base)
			}
		}
		if len(args) < 1 {
			return nil, true, overload
		}
		return dotnet.ToString(args[0]), true, nil
	case "tohexstring":
		if len(args) != 1 {
			return nil, true, overload
		}
		b, err := bytesArg(args[0])
		if err != nil {
			return nil, true, err
		}
		return strings.ToUpper(hexString(b)), true, nil
	}
	if target, ok := convertTarget(lname); ok {
		if len(args) == 2 && target != "System.Double" && target != "System.Decimal" && target != "System.Boolean" && target != "System.DateTime" {
			if s, ok := args[0].(string); ok {
				base, err := argInt(args[1])
				if err == nil && (base == 2 || base == 8 || base == 10 || base == 16) {
					return parseBase(s, base, target)
				}
				if err == nil && !isFormatProvider(args[1]) {
					return nil, true, argException("", "Invalid Base.")
				}
			}
		}
		if len(args) < 1 || len(args) > 2 {
			return nil, true, overload
		}
		if args[0] == nil {
			r, err := dotnet.Convert(int32(0), target)
			if target == "System.Boolean" {
				return false, true, nil
			}
			return r, true, err
		}
		if s, ok := args[0].(string); ok && target != "System.String" && target != "System.Boolean" && target != "System.Char" && target != "System.DateTime" {
			r, err := parseNumber(target, s)
			return r, true, err
		}
		if target == "System.Boolean" {
			if s, ok := args[0].(string); ok {
				b, err := parseBool(s)
				return b, true, err
			}
			return dotnet.ToBool(args[0]), true, nil
		}
		r, err := dotnet.Convert(args[0], target)
		return r, true, err
	}
	return nil, false, nil
}

func isNumericArg(v any) bool { return dotnet.IsNumeric(v) }

func hexString(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, digits[c>>4], digits[c&15])
	}
	return string(out)
}

// formatBase is Convert.ToString(n, base): two's complement for
// negative numbers in bases other than 10.
func formatBase(v any, base int) (any, bool, error) {
	if base != 2 && base != 8 && base != 10 && base != 16 {
		return nil, true, argException("", "Invalid Base.")
	}
	n, err := argInt64(v)
	if err != nil {
		return nil, true, err
	}
	if base == 10 {
		return strconv.FormatInt(n, 10), true, nil
	}
	bits := 64
	switch v.(type) {
	case int32, uint32, int16, uint16, uint8, int8:
		bits = 32
		if _, ok := v.(int16); ok {
			bits = 16
		}
		if _, ok := v.(uint8); ok {
			bits = 8
		}
	}
	u := uint64(n)
	if bits < 64 {
		u &= 1<<uint(bits) - 1
	}
	return strconv.FormatUint(u, base), true, nil
}

// parseBase is Convert.ToInt32(s, base) and its siblings, as .NET
// Framework's ParseNumbers reads the text: leading white space, a minus
// sign only in base 10, an optional 0x in base 16, then digits and
// nothing after them. Outside base 10 the digits are the two's
// complement bits of the target type ('ffffffff' is -1 as an Int32).
func parseBase(s string, base int, target string) (any, bool, error) {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] >= '\t' && s[i] <= '\r') {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		if s[i] == '-' {
			if base != 10 {
				return nil, true, argException("", "String cannot contain a minus sign if the base is not 10.")
			}
			neg = true
		}
		i++
	}
	if base == 16 && i+1 < len(s) && s[i] == '0' && (s[i+1] == 'x' || s[i+1] == 'X') {
		i += 2
	}
	start := i
	for i < len(s) && digitValue(s[i]) < base {
		i++
	}
	if i == start {
		return nil, true, formatException("Could not find any recognizable digits.")
	}
	if i < len(s) {
		return nil, true, formatException("Additional non-parsable characters are at the end of the string.")
	}
	overflow := dotnetErr("System.OverflowException", dotnet.OverflowMessage(target))
	bits := map[string]uint{"System.Int32": 32, "System.UInt32": 32, "System.Int16": 16, "System.UInt16": 16, "System.Byte": 8, "System.SByte": 8, "System.Int64": 64, "System.UInt64": 64}[target]
	v, ok := new(big.Int).SetString(s[start:i], base)
	if !ok || bits == 0 {
		return nil, true, formatException("Could not find any recognizable digits.")
	}
	if base == 10 {
		if neg {
			v.Neg(v)
		}
		c, err := dotnet.Convert(v, target)
		if err != nil {
			return nil, true, overflow
		}
		return c, true, nil
	}
	if v.BitLen() > int(bits) {
		return nil, true, overflow
	}
	u := v.Uint64()
	var r any
	switch target {
	case "System.Int32":
		r = int32(uint32(u))
	case "System.UInt32":
		r = uint32(u)
	case "System.Int16":
		r = int16(uint16(u))
	case "System.UInt16":
		r = uint16(u)
	case "System.Byte":
		r = uint8(u)
	case "System.SByte":
		r = int8(uint8(u))
	case "System.Int64":
		r = int64(u)
	default:
		r = u
	}
	return r, true, nil
}

// digitValue is the value of a digit in bases up to 16; 99 for anything
// else.
func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return 99
}

// [System.Text.Encoding]

func encodingStaticGet(lname string) (any, bool, error) {
	switch lname {
	case "utf8", "default":
		return newEncoding("utf-8", "Unicode (UTF-8)", 65001), true, nil
	case "ascii":
		return newEncoding("us-ascii", "US-ASCII", 20127), true, nil
	case "unicode":
		return newEncoding("utf-16", "Unicode", 1200), true, nil
	case "bigendianunicode":
		return newEncoding("utf-16BE", "Unicode (Big-Endian)", 1201), true, nil
	case "utf32":
		return newEncoding("utf-32", "Unicode (UTF-32)", 12000), true, nil
	}
	return nil, false, nil
}

// newEncoding builds an Encoding object with GetBytes/GetString, as
// the [System.Text.Encoding] statics give them (UTF8 with its BOM).
func newEncoding(web, name string, codePage int32) *object.PSObject {
	return newEncodingBOM(web, name, codePage, true)
}

// newEncodingBOM is newEncoding with the choice UTF8Encoding's
// constructor gives: whether GetPreamble (and so File.WriteAllText)
// yields the byte-order mark.
func newEncodingBOM(web, name string, codePage int32, bom bool) *object.PSObject {
	o := object.NewObject("System.Text."+map[int32]string{65001: "UTF8Encoding", 20127: "ASCIIEncoding", 1200: "UnicodeEncoding", 1201: "UnicodeEncoding", 12000: "UTF32Encoding"}[codePage], "System.Text.Encoding", "System.Object")
	addEncodingProperties(o, web, name, codePage)
	encode := func(s string) []byte {
		switch codePage {
		case 20127:
			b := make([]byte, 0, len(s))
			for _, r := range s {
				if r > 127 {
					r = '?'
				}
				b = append(b, byte(r))
			}
			return b
		case 1200, 1201:
			u := utf16.Encode([]rune(s))
			b := make([]byte, 0, 2*len(u))
			for _, c := range u {
				if codePage == 1200 {
					b = append(b, byte(c), byte(c>>8))
				} else {
					b = append(b, byte(c>>8), byte(c))
				}
			}
			return b
		case 12000:
			b := make([]byte, 0, 4*len(s))
			for _, r := range s {
				b = append(b, byte(r), byte(r>>8), byte(r>>16), byte(r>>24))
			}
			return b
		}
		return []byte(s)
	}
	decode := func(b []byte) string {
		switch codePage {
		case 20127:
			rs := make([]rune, len(b))
			for i, c := range b {
				if c > 127 {
					c = '?'
				}
				rs[i] = rune(c)
			}
			return string(rs)
		case 1200, 1201:
			u := make([]uint16, len(b)/2)
			for i := range u {
				if codePage == 1200 {
					u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
				} else {
					u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
				}
			}
			return string(utf16.Decode(u))
		case 12000:
			rs := make([]rune, len(b)/4)
			for i := range rs {
				rs[i] = rune(uint32(b[4*i]) | uint32(b[4*i+1])<<8 | uint32(b[4*i+2])<<16 | uint32(b[4*i+3])<<24)
			}
			return string(rs)
		}
		if utf8.Valid(b) {
			return string(b)
		}
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	o.Add(&object.Member{Name: "GetBytes", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, wrapCall("GetBytes", len(args), overload)
		}
		if args[0] == nil {
			return nil, wrapCall("GetBytes", 1, argNull("s"))
		}
		s := argString(args[0])
		if items, ok := dotnet.Enumerate(args[0]); ok {
			rs := make([]rune, 0, len(items))
			for _, e := range items {
				r, err := argChar(e)
				if err != nil {
					return nil, wrapCall("GetBytes", 1, err)
				}
				rs = append(rs, r)
			}
			s = string(rs)
		}
		return byteArray(encode(s)), nil
	}})
	o.Add(&object.Member{Name: "GetString", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) != 1 && len(args) != 3 {
			return nil, wrapCall("GetString", len(args), overload)
		}
		b, err := bytesArg(args[0])
		if err != nil {
			return nil, wrapCall("GetString", len(args), err)
		}
		if len(args) == 3 {
			off, err1 := argInt(args[1])
			n, err2 := argInt(args[2])
			if err1 != nil || err2 != nil || off < 0 || n < 0 || off+n > len(b) {
				return nil, wrapCall("GetString", 3, argOutOfRange("index", "Index was out of range. Must be non-negative and less than the size of the collection."))
			}
			b = b[off : off+n]
		}
		return decode(b), nil
	}})
	o.Add(&object.Member{Name: "GetByteCount", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, wrapCall("GetByteCount", len(args), overload)
		}
		return int32(len(encode(argString(args[0])))), nil
	}})
	o.Add(&object.Member{Name: "GetPreamble", Kind: object.Method, Call: func([]any) (any, error) {
		if !bom {
			return []any{}, nil
		}
		switch codePage {
		case 65001:
			return byteArray([]byte{0xEF, 0xBB, 0xBF}), nil
		case 1200:
			return byteArray([]byte{0xFF, 0xFE}), nil
		case 1201:
			return byteArray([]byte{0xFE, 0xFF}), nil
		}
		return []any{}, nil
	}})
	o.Add(&object.Member{Name: "Equals", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, overload
		}
		return encodingEquals(o, args[0]), nil
	}})
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return o.TypeName(), nil }})
	return o
}

// encodingEquals is Encoding.Equals: the same encoding class and code
// page and, for UTF8Encoding and UnicodeEncoding, the same choice of
// byte-order mark, so [Text.Encoding]::UTF8 equals UTF8Encoding($true)
// but not UTF8Encoding($false).
func encodingEquals(a *object.PSObject, v any) bool {
	b, ok := v.(*object.PSObject)
	if !ok || b.TypeName() != a.TypeName() {
		return false
	}
	ca, _ := a.Prop("CodePage")
	cb, _ := b.Prop("CodePage")
	if ca != cb {
		return false
	}
	pa, errA := Call(a, "GetPreamble", nil)
	pb, errB := Call(b, "GetPreamble", nil)
	if errA != nil || errB != nil {
		return false
	}
	la, _ := dotnet.Enumerate(pa)
	lb, _ := dotnet.Enumerate(pb)
	return len(la) == len(lb)
}
