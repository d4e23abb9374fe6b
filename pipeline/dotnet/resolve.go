package dotnet

import (
	"math/big"
	"strings"
	"sync"
	"time"

	"cspsh/pipeline/object"
)

// TypeName returns the .NET full type name of v, as
// $v.GetType().FullName shows it. $null has no type: "".
func TypeName(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case bool:
		return "System.Boolean"
	case int32:
		return "System.Int32"
	case int:
		return "System.Int32"
	case int64:
		return "System.Int64"
	case float64:
		return "System.Double"
	case string:
		return "System.String"
	case []any:
		return arrayTypeName(x)
	case []string:
		return "System.String[]"
	case *object.MDArray:
		return x.TypeName()
	case *object.Delegate:
		return x.TypeName
	case *object.Enumerator:
		return x.TypeName
	case *object.Hashtable:
		if x.Dict != nil {
			return x.Dict.TypeName
		}
		if x.Ordered {
			return "System.Collections.Specialized.OrderedDictionary"
		}
		return "System.Collections.Hashtable"
	case *object.PSObject:
		return x.TypeName()
	case *object.List:
		if x.TypeName == "" {
			return "System.Collections.ArrayList"
		}
		return x.TypeName
	case int8:
		return "System.SByte"
	case int16:
		return "System.Int16"
	case uint8:
		return "System.Byte"
	case uint16:
		return "System.UInt16"
	case uint32:
		return "System.UInt32"
	case uint64:
		return "System.UInt64"
	case float32:
		return "System.Single"
	case object.Decimal:
		return "System.Decimal"
	case *big.Int:
		return "System.Numerics.BigInteger"
	case object.Char:
		return "System.Char"
	case time.Time:
		return "System.DateTime"
	case object.TimeSpan:
		return "System.TimeSpan"
	case Enum:
		// before ScriptBlock: Enum has a String method too
		if x.Type == nil {
			return "System.Enum"
		}
		return x.Type.FullName
	case object.ScriptBlock:
		return "System.Management.Automation.ScriptBlock"
	case *object.ErrorRecord:
		return "System.Management.Automation.ErrorRecord"
	case *object.Exception:
		return x.Type
	case *object.TypeValue:
		return "System.RuntimeType"
	case object.AutomationNull:
		return ""
	case object.DBNull:
		return "System.DBNull"
	case object.IntPtr:
		return "System.IntPtr"
	}
	return "System.Object"
}

// Name returns the short .NET name of v's type ($v.GetType().Name):
// "Int32", "Object[]", "PSCustomObject".
func Name(v any) string { return shortName(TypeName(v)) }

// ResolveType resolves a type name as written in a type literal: an
// accelerator ("int", "pscustomobject"), a full name ("System.Int32"), a
// name PowerShell finds by adding "System." ("IO.Path", "Int32"), an array
// ("int[]") or a generic ("List[string]",
// "System.Collections.Generic.Dictionary[string,int]"). Case-insensitive.
func ResolveType(name string) (*object.TypeValue, bool) {
	full, ok := resolveFull(name)
	if !ok {
		return nil, false
	}
	return typeValue(full), true
}

// resolveCache remembers successful resolutions (conversions resolve the
// same few names over and over). Failures are not cached: a type may be
// registered later.
var resolveCache sync.Map

// resolveFull returns the canonical full name for a type name.
func resolveFull(name string) (string, bool) {
	if f, ok := resolveCache.Load(name); ok {
		return f.(string), true
	}
	full, ok := resolveUncached(name)
	if ok {
		resolveCache.Store(name, full)
	}
	return full, ok
}

func resolveUncached(name string) (string, bool) {
	name = strings.TrimSpace(name)
	if strings.HasPrefix(name, "[") && strings.HasSuffix(name, "]") && !strings.HasSuffix(name, "[]") {
		name = strings.TrimSpace(name[1 : len(name)-1])
	}
	if name == "" {
		return "", false
	}
	if elemName, rank, isArr := SplitArrayType(name); isArr {
		elem, ok := resolveFull(elemName)
		if !ok {
			return "", false
		}
		return elem + arraySuffix(rank), true
	}
	if i := strings.IndexByte(name, '['); i > 0 && strings.HasSuffix(name, "]") {
		return resolveGeneric(name[:i], name[i+1:len(name)-1])
	}
	lower := strings.ToLower(name)
	lookup("System.Object")
	reg.mu.RLock()
	full, ok := reg.accel[lower]
	reg.mu.RUnlock()
	if ok {
		return full, true
	}
	for _, cand := range []string{name, "System." + name} {
		if t := lookup(cand); t != nil {
			return t.full, true
		}
	}
	return "", false
}

// resolveGeneric resolves Name[args] for the generic collections.
func resolveGeneric(base, args string) (string, bool) {
	parts := splitTypeArgs(args)
	var fulls []string
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if strings.HasPrefix(p, "[") {
			// [[string],[int]]: a bracketed (possibly assembly-qualified)
			// argument; a nested generic such as List[int] keeps its ']'.
			p = strings.TrimSuffix(p[1:], "]")
			if i := strings.IndexByte(p, ','); i > 0 && !strings.Contains(p[:i], "[") {
				p = p[:i] // "System.String, mscorlib, …"
			}
		}
		f, ok := resolveFull(p)
		if !ok {
			return "", false
		}
		fulls = append(fulls, f)
	}
	b := strings.ToLower(strings.TrimSpace(base))
	b = strings.TrimPrefix(b, "system.")
	b = strings.TrimPrefix(b, "collections.generic.")
	b = strings.TrimPrefix(b, "collections.objectmodel.")
	if i := strings.IndexByte(b, '`'); i >= 0 {
		b = b[:i]
	}
	var gen string
	switch b {
	case "list":
		gen = "System.Collections.Generic.List`1"
	case "dictionary":
		gen = "System.Collections.Generic.Dictionary`2"
	case "hashset":
		gen = "System.Collections.Generic.HashSet`1"
	case "sortedset":
		gen = "System.Collections.Generic.SortedSet`1"
	case "queue":
		gen = "System.Collections.Generic.Queue`1"
	case "stack":
		gen = "System.Collections.Generic.Stack`1"
	case "collection":
		gen = "System.Collections.ObjectModel.Collection`1"
	case "sorteddictionary":
		gen = "System.Collections.Generic.SortedDictionary`2"
	case "keyvaluepair":
		gen = "System.Collections.Generic.KeyValuePair`2"
	case "nullable":
		// [Nullable[int]] converts as the underlying type, except that
		// $null stays $null (see ConvertFull).
		if len(fulls) == 1 {
			return "System.Nullable`1[" + fulls[0] + "]", true
		}
		return "", false
	default:
		if gen = genericInterface(b); gen != "" {
			break
		}
		if gen = delegateGeneric(b, len(fulls)); gen == "" {
			return "", false
		}
	}
	want := int(gen[len(gen)-1] - '0')
	if want != len(fulls) {
		return "", false
	}
	return gen + "[" + strings.Join(fulls, ",") + "]", true
}

// splitTypeArgs splits "string,int" or "string,List[int]" at top-level
// commas.
func splitTypeArgs(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, c := range s {
		switch c {
		case '[':
			depth++
		case ']':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

// IsInstance reports whether v -is t: v's type is t, derives from t, or
// implements t. $null is an instance of nothing.
func IsInstance(v any, t *object.TypeValue) bool {
	if t == nil || v == nil {
		return false
	}
	if _, ok := v.(object.AutomationNull); ok {
		return false
	}
	target := t.FullName
	if inner, ok := NullableInner(target); ok {
		// A boxed int? is an int: 5 -is [Nullable[int]].
		target = inner
	}
	switch strings.ToLower(target) {
	case "system.object":
		return true
	case "system.management.automation.psobject":
		// [psobject] and [pscustomobject] match objects with members.
		_, ok := v.(*object.PSObject)
		return ok
	}
	if o, ok := v.(*object.PSObject); ok {
		for _, n := range o.TypeNames {
			if strings.EqualFold(n, target) {
				return true
			}
		}
		for _, n := range o.TypeNames {
			for _, c := range typeChain(n) {
				if strings.EqualFold(c, target) {
					return true
				}
			}
		}
		if o.Base != nil {
			return IsInstance(o.Base, t)
		}
		return false
	}
	if ex, ok := v.(*object.Exception); ok {
		return ExceptionIs(ex.Type, target)
	}
	for _, c := range typeChain(TypeName(v)) {
		if strings.EqualFold(c, target) {
			return true
		}
	}
	if strings.IndexByte(target, '`') > 0 && implementsGeneric(TypeName(v), target) {
		return true
	}
	// List`1[T] is a List`1 for the open generic too.
	if l, ok := v.(*object.List); ok && strings.EqualFold(target, "System.Collections.Generic.List`1") {
		return strings.HasPrefix(l.TypeName, "System.Collections.Generic.List`1")
	}
	return false
}

// GetType returns the TypeValue of v ($v.GetType()); nil for $null.
func GetType(v any) *object.TypeValue {
	// A custom object's .NET type is PSCustomObject whatever names its
	// TypeNames list starts with (Select-Object's "Selected.System.String",
	// a PSTypeName): only the ETS view shows those.
	if o, ok := v.(*object.PSObject); ok && o.IsCustom() {
		return typeValue(object.PSCustomObjectType)
	}
	n := TypeName(v)
	if n == "" {
		return nil
	}
	return typeValue(n)
}

// TypeHierarchy is the full names of v's type and its base types, most
// derived first and ending with System.Object: the TypeNames a PSObject
// wrapping v lists.
func TypeHierarchy(v any) []string {
	var names []string
	for t := TypeName(v); t != "" && t != "System.Object"; t = BaseType(t) {
		names = append(names, t)
	}
	return append(names, "System.Object")
}

// BaseType returns the full name of the base class of a type ("" for
// System.Object and interfaces): [int].BaseType. Unknown types derive
// from System.Object (arrays from System.Array, exceptions from
// System.Exception).
func BaseType(full string) string {
	if t := lookup(full); t != nil {
		return t.base
	}
	if _, _, isArr := SplitArrayType(full); isArr {
		return "System.Array"
	}
	switch {
	case strings.HasSuffix(full, "Exception"):
		return "System.Exception"
	case full == "":
		return ""
	case IsDelegateType(full):
		return "System.MulticastDelegate"
	case strings.IndexByte(full, '`') > 0 && isInterface(strings.SplitN(full, "`", 2)[0]):
		// A generic interface ([IList[int]]) has no base type.
		return ""
	}
	return "System.Object"
}
