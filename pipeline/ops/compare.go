package ops

import (
	"math"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// Comparison follows about_Comparison_Operators: case-insensitive unless
// the "c" form is used, the right operand converted to the left
// operand's type, and a collection on the left filtering its elements.

type cmpKind uint8

const (
	opEq cmpKind = iota
	opNe
	opGt
	opGe
	opLt
	opLe
)

// cmpOp builds -eq/-ne/-gt/-ge/-lt/-le and their case-sensitive forms.
func cmpOp(k cmpKind, cs bool) Func {
	return func(x, y any, _ Env) (any, error) {
		if a, ok := x.(int32); ok {
			if b, ok := y.(int32); ok {
				return cmpResult(k, cmpInt(int64(a), int64(b))), nil
			}
		}
		if items, ok := object.Elements(x); ok {
			out := make([]any, 0)
			for _, e := range items {
				r, err := compareScalar(k, e, y, cs)
				if err != nil {
					return nil, err
				}
				if r {
					out = append(out, e)
				}
			}
			return out, nil
		}
		r, err := compareScalar(k, x, y, cs)
		if err != nil {
			return nil, err
		}
		return r, nil
	}
}

// compareFast serves the loop-hot -le/-lt/-eq from Binary without the
// closure call.
func compareFast(k cmpKind, x, y any) (any, error) {
	if a, ok := x.(int32); ok {
		if b, ok := y.(int32); ok {
			return cmpResult(k, cmpInt(int64(a), int64(b))), nil
		}
	}
	return binaryOps.Get()[[...]string{"-eq", "-ne", "-gt", "-ge", "-lt", "-le"}[k]](x, y, nil)
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpResult(k cmpKind, c int) bool {
	switch k {
	case opEq:
		return c == 0
	case opNe:
		return c != 0
	case opGt:
		return c > 0
	case opGe:
		return c >= 0
	case opLt:
		return c < 0
	}
	return c <= 0
}

// compareScalar applies one comparison to a scalar left operand.
func compareScalar(k cmpKind, x, y any, cs bool) (bool, error) {
	if a, ok := x.(int32); ok {
		if b, ok := y.(int32); ok {
			return cmpResult(k, cmpInt(int64(a), int64(b))), nil
		}
	}
	if k == opEq || k == opNe {
		eq := Equal(x, y, cs)
		return eq == (k == opEq), nil
	}
	c, err := Compare(x, y, cs)
	if err != nil {
		return false, err
	}
	return cmpResult(k, c), nil
}

// unwrap returns the base value of a PSObject that wraps one, and maps
// AutomationNull to nil.
func unwrap(v any) any {
	switch x := v.(type) {
	case object.AutomationNull:
		return nil
	case *object.PSObject:
		if x.Base != nil {
			return x.Base
		}
	}
	return v
}

// Equal is PowerShell's -eq on two scalars (LanguagePrimitives.Equals
// with the right operand converted to the left operand's type); a
// conversion that fails means "not equal".
func Equal(x, y any, cs bool) bool {
	x, y = unwrap(x), unwrap(y)
	if x == nil || y == nil {
		return x == nil && y == nil
	}
	switch a := x.(type) {
	case string:
		b, ok := y.(string)
		if !ok {
			b = dotnet.ToString(y)
		}
		if cs {
			return a == b
		}
		return equalFold(a, b)
	case bool:
		b, ok := y.(bool)
		if !ok {
			b = dotnet.ToBool(y)
		}
		return a == b
	case object.Char:
		switch b := y.(type) {
		case object.Char:
			return charEq(a, b, cs)
		case string:
			r, n := utf8.DecodeRuneInString(b)
			return n == len(b) && n > 0 && charEq(a, object.Char(r), cs)
		}
		if bn, ok := toNum(y); ok {
			return numCompare(num{k: kUInt16, i: int64(a)}, bn) == 0
		}
		return false
	case time.Time:
		b, ok := convertTo(y, "System.DateTime").(time.Time)
		return ok && ticksOf(a) == ticksOf(b)
	case object.TimeSpan:
		b, ok := convertTo(y, "System.TimeSpan").(object.TimeSpan)
		return ok && a == b
	case dotnet.Enum:
		if b, ok := convertTo(y, a.Type.FullName).(dotnet.Enum); ok {
			return a.Value == b.Value
		}
		if bn, ok := toNum(y); ok {
			return numCompare(num{k: kInt64, i: a.Value}, bn) == 0
		}
		return false
	case object.IntPtr:
		// The right side is converted to IntPtr (its constructors take
		// an Int32 or an Int64), as for any left operand's type.
		b, ok := convertTo(y, "System.IntPtr").(object.IntPtr)
		return ok && a == b
	case *object.TypeValue:
		switch b := y.(type) {
		case *object.TypeValue:
			return strings.EqualFold(a.FullName, b.FullName)
		case string:
			t, ok := dotnet.ResolveType(b)
			return ok && strings.EqualFold(a.FullName, t.FullName)
		}
		return false
	}
	if an, ok := toNum(x); ok {
		if bn, ok := toNum(y); ok {
			if _, isBool := y.(bool); !isBool {
				if _, isChar := y.(object.Char); !isChar {
					return numCompare(an, bn) == 0
				}
			}
		}
		// Convert the right side to the left side's type.
		c, err := dotnet.Convert(y, an.k.typeName())
		if err != nil {
			if s, ok := y.(string); ok {
				if bn, ok := scanNumber(s); ok && strings.TrimSpace(s) != "" {
					return numCompare(an, bn) == 0
				}
			}
			return false
		}
		bn, ok := toNum(c)
		return ok && numCompare(an, bn) == 0
	}
	return refEqual(x, y)
}

// refEqual is Object.Equals for the remaining types: value equality for
// comparable values, reference equality for arrays, lists, hashtables
// and objects.
func refEqual(x, y any) bool {
	switch a := x.(type) {
	case []any:
		b, ok := y.([]any)
		return ok && len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
	case *object.PSObject:
		if eq, ok := classEquals(a, y); ok {
			return eq
		}
		if b, ok := y.(*object.PSObject); ok {
			if a == b {
				return true
			}
			// Value-like objects (Version, Guid, …) compare by their text.
			if len(a.Members()) == 0 && a.TypeName() == b.TypeName() && a.TypeName() != object.PSCustomObjectType {
				return dotnet.ToString(a) == dotnet.ToString(b)
			}
			if valueLike(a) && a.TypeName() == b.TypeName() {
				return dotnet.ToString(a) == dotnet.ToString(b)
			}
			return false
		}
		if valueLike(a) {
			if s, ok := y.(string); ok {
				c, err := dotnet.Convert(s, a.TypeName())
				return err == nil && refEqual(a, c)
			}
		}
		return false
	}
	defer func() { _ = recover() }() // uncomparable dynamic types
	return x == y
}

// valueLike reports .NET value types that PowerShell holds as objects
// (System.Version, System.Guid, …) whose Equals compares contents.
func valueLike(o *object.PSObject) bool {
	switch o.TypeName() {
	case "System.Version", "System.Guid", "System.Uri", "System.Net.IPAddress",
		"System.Management.Automation.SemanticVersion":
		return true
	}
	return false
}

// convertTo converts or returns nil.
func convertTo(v any, typeName string) any {
	c, err := dotnet.Convert(v, typeName)
	if err != nil {
		return nil
	}
	return c
}

func charEq(a, b object.Char, cs bool) bool {
	if cs {
		return a == b
	}
	return a == b || unicode.ToUpper(rune(a)) == unicode.ToUpper(rune(b))
}

// equalFold compares ignoring case; ASCII without allocation.
func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return strings.EqualFold(a, b)
	}
	for i := 0; i < len(a); i++ {
		ca, cb := a[i], b[i]
		if ca == cb {
			continue
		}
		if ca >= utf8.RuneSelf || cb >= utf8.RuneSelf {
			return strings.EqualFold(a[i:], b[i:])
		}
		if 'A' <= ca && ca <= 'Z' {
			ca += 'a' - 'A'
		}
		if 'A' <= cb && cb <= 'Z' {
			cb += 'a' - 'A'
		}
		if ca != cb {
			return false
		}
	}
	return true
}

// numCompare orders two numbers of any kinds exactly.
func numCompare(a, b num) int {
	ka, kb := a.k, b.k
	if ka <= kInt64 && ka != kUInt64 && kb <= kInt64 && kb != kUInt64 {
		return cmpInt(a.i, b.i)
	}
	if ka == kDouble || ka == kSingle || kb == kDouble || kb == kSingle {
		if ka == kDecimal || kb == kDecimal {
			return cmpFloat(a.float(), b.float())
		}
		if (ka == kDouble || ka == kSingle) && (kb == kDouble || kb == kSingle) {
			return cmpFloat(a.f, b.f)
		}
		return cmpFloat(a.float(), b.float())
	}
	if ka == kDecimal || kb == kDecimal {
		da, err1 := a.decimal()
		db, err2 := b.decimal()
		if err1 != nil || err2 != nil {
			return cmpFloat(a.float(), b.float())
		}
		return dotnet.DecCmp(da, db)
	}
	return a.bigInt().Cmp(b.bigInt())
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	case a == b:
		return 0
	case math.IsNaN(a) && !math.IsNaN(b):
		return -1 // .NET orders NaN first
	case !math.IsNaN(a) && math.IsNaN(b):
		return 1
	}
	return 0
}

// Compare orders x and y as PowerShell's relational operators and
// Sort-Object do (LanguagePrimitives.Compare): $null first, numbers
// numerically, strings culture-like ignoring case unless caseSensitive,
// dates by ticks, otherwise the right side converted to the left side's
// type. It fails when the two cannot be compared.
func Compare(x, y any, caseSensitive bool) (int, error) {
	x, y = unwrap(x), unwrap(y)
	if x == nil {
		if y == nil {
			return 0, nil
		}
		return -compareToNull(y), nil
	}
	if y == nil {
		return compareToNull(x), nil
	}
	switch a := x.(type) {
	case string:
		b, ok := y.(string)
		if !ok {
			b = dotnet.ToString(y)
		}
		return CompareStrings(a, b, caseSensitive), nil
	case bool:
		b, ok := y.(bool)
		if !ok {
			b = dotnet.ToBool(y)
		}
		return cmpInt(b2i(a), b2i(b)), nil
	case object.Char:
		var b object.Char
		switch v := y.(type) {
		case object.Char:
			b = v
		case string:
			r, n := utf8.DecodeRuneInString(v)
			if n != len(v) || n == 0 {
				return CompareStrings(string(rune(a)), v, caseSensitive), nil
			}
			b = object.Char(r)
		default:
			bn, ok := toNum(y)
			if !ok {
				return 0, compareFailed(x, y, castError(y, "System.Char", ""))
			}
			return numCompare(num{k: kUInt16, i: int64(a)}, bn), nil
		}
		if !caseSensitive {
			return cmpInt(int64(unicode.ToUpper(rune(a))), int64(unicode.ToUpper(rune(b)))), nil
		}
		return cmpInt(int64(a), int64(b)), nil
	case time.Time:
		c, err := dotnet.Convert(y, "System.DateTime")
		if err != nil {
			return 0, compareFailed(x, y, err)
		}
		b, ok := c.(time.Time)
		if !ok {
			return 0, compareFailed(x, y, castError(y, "System.DateTime", ""))
		}
		return cmpInt(ticksOf(a), ticksOf(b)), nil
	case object.TimeSpan:
		c, err := dotnet.Convert(y, "System.TimeSpan")
		if err != nil {
			return 0, compareFailed(x, y, err)
		}
		b, ok := c.(object.TimeSpan)
		if !ok {
			return 0, compareFailed(x, y, castError(y, "System.TimeSpan", ""))
		}
		return cmpInt(int64(a), int64(b)), nil
	case *object.PSObject:
		if valueLike(a) {
			return compareValueLike(a, y)
		}
		if c, ok, err := classCompare(a, y); ok {
			return c, err
		}
	case dotnet.Enum:
		if b, ok := convertTo(y, a.Type.FullName).(dotnet.Enum); ok {
			return cmpInt(a.Value, b.Value), nil
		}
	}
	if an, ok := toNum(x); ok {
		if bn, ok := toNum(y); ok {
			if _, isBool := y.(bool); !isBool {
				return numCompare(an, bn), nil
			}
		}
		c, err := dotnet.Convert(y, an.k.typeName())
		if err != nil {
			return 0, compareFailed(x, y, err)
		}
		bn, ok := toNum(c)
		if !ok {
			return 0, compareFailed(x, y, castError(y, an.k.typeName(), ""))
		}
		return numCompare(an, bn), nil
	}
	return 0, newRuntimeError("NotIcomparable", "InvalidOperation",
		"Cannot compare \"%s\" because it is not IComparable.", dotnet.ToString(x))
}

// compareToNull orders a value against $null as LanguagePrimitives
// does: $null sorts below everything except negative signed numbers.
func compareToNull(v any) int {
	n, ok := toNum(v)
	if !ok || v == true || v == false {
		return 1
	}
	switch n.k {
	case kDouble, kSingle:
		if n.f < 0 {
			return -1
		}
	case kDecimal:
		if decUnscaled(n.d).Sign() < 0 {
			return -1
		}
	case kBig, kUInt64, kUInt32, kUInt16, kByte:
	default:
		if n.i < 0 {
			return -1
		}
	}
	return 1
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// compareValueLike orders System.Version by its parts and other value
// objects by their text.
func compareValueLike(a *object.PSObject, y any) (int, error) {
	b, ok := y.(*object.PSObject)
	if !ok || b.TypeName() != a.TypeName() {
		c, err := dotnet.Convert(y, a.TypeName())
		if err != nil {
			return 0, compareFailed(a, y, err)
		}
		if b, ok = c.(*object.PSObject); !ok {
			return 0, compareFailed(a, y, castError(y, a.TypeName(), ""))
		}
	}
	if ap, ok := dotnet.VersionParts(a); ok {
		bp, _ := dotnet.VersionParts(b)
		for i := range ap {
			if c := cmpInt(int64(ap[i]), int64(bp[i])); c != 0 {
				return c, nil
			}
		}
		return 0, nil
	}
	return strings.Compare(dotnet.ToString(a), dotnet.ToString(b)), nil
}

// CompareStrings orders strings the way culture-aware comparison
// (Windows "word sort") does: hyphens and apostrophes are ignored at
// first; white space and punctuation sort before digits, digits before
// letters; letters compare without case, and with caseSensitive lower
// case sorts before upper case at the first difference. Remaining ties
// fall back to the ignored characters, then to ordinal order.
func CompareStrings(a, b string, caseSensitive bool) int {
	if a == b {
		return 0
	}
	ia, ib := 0, 0
	caseDiff, accentDiff := 0, 0
	for {
		ra, na := nextSignificant(a, &ia)
		rb, nb := nextSignificant(b, &ib)
		if na == 0 || nb == 0 {
			if na != nb {
				if na == 0 {
					return -1
				}
				return 1
			}
			break
		}
		if ra == rb {
			continue
		}
		if ka, kb := collationKey(ra), collationKey(rb); ka != kb {
			return cmpInt(ka, kb)
		}
		if la, lb := unicode.ToLower(ra), unicode.ToLower(rb); la != lb {
			// Same letter, different accent: the plain letter first
			// (resume before résumé), whatever the case.
			if accentDiff == 0 {
				accentDiff = cmpInt(int64(accentRank(la)), int64(accentRank(lb)))
				if accentDiff == 0 {
					accentDiff = cmpInt(int64(la), int64(lb))
				}
			}
			continue
		}
		if caseDiff == 0 {
			caseDiff = 1
			if unicode.IsLower(ra) {
				caseDiff = -1
			}
		}
	}
	if accentDiff != 0 {
		return accentDiff
	}
	if caseSensitive && caseDiff != 0 {
		return caseDiff
	}
	return cmpIgnored(a, b)
}

// ignoredInSort are the characters word sort skips at first.
func ignoredInSort(r rune) bool { return r == '-' || r == '\'' || r == 0x2019 || r == 0xAD }

// nextSignificant returns the next rune at or after *i that word sort
// does not ignore, advancing *i past it; n is 0 at the end.
func nextSignificant(s string, i *int) (rune, int) {
	for *i < len(s) {
		r, n := utf8.DecodeRuneInString(s[*i:])
		*i += n
		if !ignoredInSort(r) {
			return r, n
		}
	}
	return 0, 0
}

// collationKey ranks a rune: white space and controls, then punctuation
// and symbols (by code point), then digits (by value), then letters
// (case-insensitively).
func collationKey(r rune) int64 {
	switch {
	case unicode.IsSpace(r) || unicode.IsControl(r):
		return int64(r)
	case unicode.IsDigit(r):
		return 2<<32 | int64(unicode.ToLower(r))
	case unicode.IsLetter(r):
		return 3<<32 | int64(baseLetter(unicode.ToLower(r)))
	}
	return 1<<32 | int64(r)
}

func stripIgnored(s string) string {
	return strings.Map(func(r rune) rune {
		if ignoredInSort(r) {
			return -1
		}
		return r
	}, s)
}

// cmpIgnored breaks a tie on the characters word sort ignored: fewer of
// them sorts first (coop before co-op).
func cmpIgnored(a, b string) int {
	na, nb := len(a)-len(stripIgnored(a)), len(b)-len(stripIgnored(b))
	switch {
	case na < nb:
		return -1
	case na > nb:
		return 1
	}
	return 0
}
