package dotnet

import (
	"crypto/rand"
	"encoding/hex"
	"regexp"
	"strconv"
	"strings"

	"cspsh/pipeline/object"
)

// Full names of the .NET reference types modelled as PSObjects.
const (
	RegexType   = "System.Text.RegularExpressions.Regex"
	VersionType = "System.Version"
	GuidType    = "System.Guid"
)

// hidden member names carrying the modelled state.
const (
	regexPatternMember = "__RegexPattern"
	versionPartsMember = "__VersionParts"
)

// NewRegex builds a System.Text.RegularExpressions.Regex object for
// pattern with RegexOptions bits. It checks the pattern's parentheses as
// .NET's parser does; the matching itself is the operators' business
// (RegexPattern returns the pattern and options).
func NewRegex(pattern string, options int64) (any, error) {
	if msg := checkRegex(pattern); msg != "" {
		return nil, object.NewException("System.ArgumentException", "parsing \"%s\" - %s", pattern, msg)
	}
	opts, _ := LookupEnum("System.Text.RegularExpressions.RegexOptions")
	o := object.NewObject(RegexType, "System.Object")
	o.Add(&object.Member{Name: regexPatternMember, Kind: object.NoteProperty, Value: pattern, Hidden: true})
	o.Add(&object.Member{Name: "Options", Kind: object.Property, Value: Enum{Type: opts, Value: options}, Type: "System.Text.RegularExpressions.RegexOptions"})
	o.Add(&object.Member{Name: "MatchTimeout", Kind: object.Property, Value: object.TimeSpan(-10000), Type: "timespan"})
	o.Add(&object.Member{Name: "RightToLeft", Kind: object.Property, Value: options&64 != 0, Type: "bool"})
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return pattern, nil }})
	return o, nil
}

// RegexPattern returns the pattern and RegexOptions of a Regex object.
func RegexPattern(v any) (string, int64, bool) {
	o, ok := v.(*object.PSObject)
	if !ok || o.TypeName() != RegexType {
		return "", 0, false
	}
	p, _ := o.Prop(regexPatternMember)
	opt, _ := o.Prop("Options")
	e, _ := opt.(Enum)
	s, _ := p.(string)
	return s, e.Value, true
}

// checkRegex reports .NET's message for unbalanced parentheses ("" when
// the pattern is acceptable).
func checkRegex(p string) string {
	depth := 0
	inClass := false
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case c == '\\':
			i++
		case inClass:
			if c == ']' {
				inClass = false
			}
		case c == '[':
			inClass = true
			if i+1 < len(p) && p[i+1] == ']' {
				i++
			}
		case c == '(':
			depth++
		case c == ')':
			depth--
			if depth < 0 {
				return "Too many )'s."
			}
		}
	}
	if depth > 0 {
		return "Not enough )'s."
	}
	if inClass {
		return "Unterminated [] set."
	}
	if strings.HasSuffix(p, "\\") && !strings.HasSuffix(p, "\\\\") {
		return "Illegal \\ at end of pattern."
	}
	if _, err := regexp.Compile(p); err != nil {
		msg := err.Error()
		switch {
		case strings.Contains(msg, "missing argument to repetition operator"):
			return "Quantifier {x,y} following nothing."
		case strings.Contains(msg, "invalid nested repetition operator"):
			// RE2 quotes the operators, `{2}+`; .NET names the first
			// character of the second one.
			if i := strings.LastIndexByte(strings.TrimSuffix(msg, "`"), '`'); i >= 0 && strings.HasSuffix(msg, "`") {
				if c := secondQuantifier(msg[i+1 : len(msg)-1]); c != "" {
					return "Nested quantifier " + c + "."
				}
			}
		}
	}
	return ""
}

// NewVersion builds a System.Version; build and revision are -1 when
// not given (the version then prints with fewer parts).
func NewVersion(major, minor, build, revision int) *object.PSObject {
	o := object.NewObject(VersionType, "System.Object")
	parts := [4]int{major, minor, build, revision}
	o.Add(&object.Member{Name: versionPartsMember, Kind: object.NoteProperty, Value: parts, Hidden: true})
	for i, n := range []string{"Major", "Minor", "Build", "Revision"} {
		o.Add(&object.Member{Name: n, Kind: object.Property, Value: int32(parts[i]), Type: "int"})
	}
	rev := revision
	if rev < 0 {
		rev = -1
	}
	o.Add(&object.Member{Name: "MajorRevision", Kind: object.Property, Value: int16(rev >> 16), Type: "int16"})
	o.Add(&object.Member{Name: "MinorRevision", Kind: object.Property, Value: int16(rev & 0xffff), Type: "int16"})
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func(args []any) (any, error) {
		n := 4
		switch {
		case build < 0:
			n = 2
		case revision < 0:
			n = 3
		}
		if len(args) == 1 {
			if k, err := Convert(args[0], "int"); err == nil {
				n = int(k.(int32))
			}
		}
		s := make([]string, 0, n)
		for i := 0; i < n && i < 4; i++ {
			s = append(s, strconv.Itoa(parts[i]))
		}
		return strings.Join(s, "."), nil
	}})
	return o
}

// VersionParts returns major, minor, build, revision of a Version
// (-1 for parts not given), for comparisons.
func VersionParts(v any) ([4]int, bool) {
	o, ok := v.(*object.PSObject)
	if !ok || o.TypeName() != VersionType {
		return [4]int{}, false
	}
	p, _ := o.Prop(versionPartsMember)
	parts, ok := p.([4]int)
	return parts, ok
}

// ParseVersion is Version.Parse: two to four dot-separated non-negative
// integers.
func ParseVersion(s string) (*object.PSObject, error) {
	fields := strings.Split(strings.TrimSpace(s), ".")
	if len(fields) < 2 || len(fields) > 4 {
		return nil, object.NewException("System.ArgumentException", "Version string portion was too short or too long.")
	}
	parts := [4]int{-1, -1, -1, -1}
	for i, f := range fields {
		f = strings.TrimSpace(f)
		if f == "" || !allDigits(strings.TrimPrefix(f, "+")) {
			if strings.HasPrefix(f, "-") && allDigits(f[1:]) && len(f) > 1 {
				return nil, object.NewException("System.ArgumentOutOfRangeException", "Version's parameters must be greater than or equal to zero.\r\nParameter name: version")
			}
			return nil, formatError()
		}
		n, err := strconv.ParseInt(strings.TrimPrefix(f, "+"), 10, 32)
		if err != nil {
			return nil, object.NewException("System.OverflowException", "Value was either too large or too small for an Int32.")
		}
		parts[i] = int(n)
	}
	return NewVersion(parts[0], parts[1], parts[2], parts[3]), nil
}

func toVersion(v any) (any, error) {
	switch x := v.(type) {
	case nil:
		return nil, nil
	case *object.PSObject:
		if x.TypeName() == VersionType {
			return x, nil
		}
	case string:
		r, err := ParseVersion(x)
		if err != nil {
			return nil, castErrorInner(v, VersionType, err.(*object.Exception), "InvalidCastParseTargetInvocation")
		}
		return r, nil
	}
	if IsNumeric(v) {
		return toVersion(ToString(v))
	}
	return nil, castError(v, VersionType, "ConvertToFinalInvalidCastException")
}

// NewGuid builds a System.Guid from its 32 hex digits (lower case).
func NewGuid(hex32 string) *object.PSObject {
	h := strings.ToLower(hex32)
	for len(h) < 32 {
		h = "0" + h // defensive: callers pass 32 digits
	}
	h = h[len(h)-32:]
	d := h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
	o := object.NewObject(GuidType, "System.ValueType", "System.Object")
	o.Add(&object.Member{Name: "Guid", Kind: object.ScriptProperty, Value: d, Type: "System.Object"})
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func(args []any) (any, error) {
		f := "D"
		if len(args) == 1 {
			f = ToString(args[0])
		}
		switch f {
		case "N", "n":
			return h, nil
		case "B", "b":
			return "{" + d + "}", nil
		case "P", "p":
			return "(" + d + ")", nil
		case "D", "d", "":
			return d, nil
		}
		return nil, object.NewException("System.FormatException", "Format String can be only \"D\", \"d\", \"N\", \"n\", \"P\", \"p\", \"B\", \"b\", \"X\" or \"x\".")
	}})
	return o
}

// RandomGuid is [guid]::NewGuid(): a version-4 GUID.
func RandomGuid() *object.PSObject {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return NewGuid(hex.EncodeToString(b[:]))
}

// ParseGuid is Guid.Parse for the N, D, B and P forms.
func ParseGuid(s string) (*object.PSObject, error) {
	t := strings.TrimSpace(s)
	if len(t) >= 2 && ((t[0] == '{' && t[len(t)-1] == '}') || (t[0] == '(' && t[len(t)-1] == ')')) {
		t = t[1 : len(t)-1]
	}
	var digits string
	switch len(t) {
	case 32:
		digits = t
	case 36:
		if t[8] != '-' || t[13] != '-' || t[18] != '-' || t[23] != '-' {
			return nil, guidError()
		}
		digits = strings.ReplaceAll(t, "-", "")
	default:
		return nil, guidError()
	}
	if _, err := hex.DecodeString(digits); err != nil || len(digits) != 32 {
		return nil, guidError()
	}
	return NewGuid(digits), nil
}

func guidError() *object.Exception {
	return object.NewException("System.FormatException", "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).")
}

func toGuid(v any) (any, error) {
	switch x := v.(type) {
	case nil:
		return nil, nullCastError(GuidType)
	case *object.PSObject:
		if x.TypeName() == GuidType {
			return x, nil
		}
	case string:
		g, err := ParseGuid(x)
		if err != nil {
			return nil, castErrorInner(v, GuidType, err.(*object.Exception), "InvalidCastParseTargetInvocation")
		}
		return g, nil
	}
	return nil, castError(v, GuidType, "ConvertToFinalInvalidCastException")
}

// secondQuantifier returns the first character of the quantifier that
// follows the first one in q (as `**`, `{2}+` or `+?{3}`), "" if none.
func secondQuantifier(q string) string {
	i := 0
	if strings.HasPrefix(q, "{") {
		if j := strings.IndexByte(q, '}'); j >= 0 {
			i = j + 1
		}
	} else if q != "" {
		i = 1
	}
	if i < len(q) && q[i] == '?' {
		i++ // a lazy quantifier's ? belongs to the first
	}
	if i < len(q) {
		return q[i : i+1]
	}
	return ""
}
