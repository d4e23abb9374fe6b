package dotnet

import (
	"strings"

	"cspsh/pipeline/object"
)

// toEnum converts a name ("Monday", "read, write" for flags), a number
// or an enum value to an enum type.
func toEnum(v any, e *EnumType) (any, error) {
	switch x := v.(type) {
	case nil:
		return nil, nullCastError(e.FullName)
	case Enum:
		if x.Type == e {
			return x, nil
		}
		return enumFromInt(x.Value, e, v)
	case string:
		return enumFromString(x, e)
	case []any:
		// An array of names combines for a [Flags] enum
		// ([TypeAttributes]('Public', 'Abstract')).
		if e.Flags {
			var total int64
			for _, it := range x {
				r, err := toEnum(it, e)
				if err != nil {
					return nil, err
				}
				total |= r.(Enum).Value
			}
			return Enum{Type: e, Value: total}, nil
		}
	}
	if IsNumeric(v) {
		n, err := numericInner(v, "System.Int64")
		if err != nil {
			return nil, castErrorInner(v, e.FullName, err, "InvalidCastIConvertible")
		}
		return enumFromInt(n.(int64), e, v)
	}
	return nil, castError(v, e.FullName, "ConvertToFinalInvalidCastException")
}

func enumFromInt(n int64, e *EnumType, v any) (any, error) {
	// Numbers must name a member (or, for [Flags], only defined bits):
	// LanguagePrimitives' ThrowForUndefinedEnum.
	if enumDefined(e, n) {
		return Enum{Type: e, Value: n}, nil
	}
	ex := object.NewException(PSInvalidCastException,
		`Cannot convert value "%s" to type "%s" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "%s".`,
		scalarString(v), e.FullName, strings.Join(uniqueNames(e), ","))
	ex.Props = map[string]any{"ErrorId": "UndefinedInEnumSingleTypeConverter", "Category": "InvalidArgument"}
	return nil, ex
}

// enumDefined reports whether n is a member value, or for [Flags] a
// combination of member bits.
func enumDefined(e *EnumType, n int64) bool {
	var all int64
	for _, v := range e.Values {
		if v == n {
			return true
		}
		all |= v
	}
	return e.Flags && n >= 0 && n&^all == 0
}

// enumNoMatch is EnumMinimumDisambiguation's error for a name that
// matches no member, wrapped as the cast reports it.
func enumNoMatch(v any, entry string, e *EnumType) *object.Exception {
	inner := object.NewException("System.Management.Automation.PSArgumentException",
		"Unable to match the identifier name %s to a valid enumerator name. Specify one of the following enumerator names and try again:\n%s",
		entry, strings.Join(uniqueNames(e), ", "))
	return castErrorInner(v, e.FullName, inner, "SubstringDisambiguationEnumParseThrewAnException")
}

func uniqueNames(e *EnumType) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range e.Names {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// enumLookup finds a member by exact name, else by unique prefix
// (PowerShell's enum disambiguation: [DayOfWeek]"Thu" is Thursday).
func enumLookup(e *EnumType, name string, v any) (int64, error) {
	if ev, ok := EnumValue(e, name); ok {
		return ev.Value, nil
	}
	var hits []string
	var val int64
	for i, n := range uniqueNames(e) {
		if len(name) > 0 && len(n) >= len(name) && strings.EqualFold(n[:len(name)], name) {
			hits = append(hits, n)
			val = e.Values[indexOfName(e, n, i)]
		}
	}
	switch len(hits) {
	case 1:
		return val, nil
	case 0:
		return 0, enumNoMatch(v, name, e)
	}
	inner := object.NewException("System.Management.Automation.PSArgumentException",
		"The identifier name %s cannot be processed due to the inability to differentiate between the following enumerator names: %s. Try a more specific identifier name.",
		name, strings.Join(hits, ", "))
	return 0, castErrorInner(v, e.FullName, inner, "SubstringDisambiguationEnumParseThrewAnException")
}

func indexOfName(e *EnumType, n string, fallback int) int {
	for i, m := range e.Names {
		if m == n {
			return i
		}
	}
	return fallback
}

func enumFromString(s string, e *EnumType) (any, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return nil, castError(s, e.FullName, "InvalidCastEnumFromEmptyString")
	}
	if c := t[0]; c >= '0' && c <= '9' || c == '+' || c == '-' {
		if n, err := stringToNumber(t, "System.Int64"); err == nil {
			if enumDefined(e, n.(int64)) {
				return Enum{Type: e, Value: n.(int64)}, nil
			}
			return enumFromInt(n.(int64), e, t)
		}
	}
	parts := strings.Split(t, ",")
	if len(parts) > 1 && !e.Flags {
		ex := object.NewException(PSInvalidCastException,
			`Cannot convert value "%s" to type "%s" because no commas are allowed for this enumeration.`, s, e.FullName)
		ex.Props = map[string]any{"ErrorId": "InvalidCastEnumCommaAndNoFlags", "Category": "InvalidArgument"}
		return nil, ex
	}
	var total int64
	for _, p := range parts {
		n, err := enumLookup(e, strings.TrimSpace(p), s)
		if err != nil {
			return nil, err
		}
		total |= n
	}
	return Enum{Type: e, Value: total}, nil
}
