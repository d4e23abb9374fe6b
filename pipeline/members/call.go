package members

import (
	"strings"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// Call invokes method name of v with args. .NET exceptions a method
// raises become MethodInvocationException ("Exception calling …"); a
// method the type does not have is MethodNotFound; on a collection that
// lacks the method, Call invokes it on every element (method
// enumeration).
func Call(v any, name string, args []any) (any, error) {
	args = unwrapDateArgs(args)
	r, found, err := call(v, name, args)
	if !found {
		if m := valueTypeMember(v, name); m != nil && m.Call != nil {
			r, err = m.Call(args)
			found = true
		}
	}
	if found {
		if err != nil {
			if definition, _ := methodCatalog(); definition != nil {
				if def, ok := definition(v, name); ok {
					if ae, ok := argConversionError(def, name, args, err); ok {
						return nil, ae
					}
				}
			}
		}
		return r, wrapCall(name, len(args), err)
	}
	if items, ok := object.Elements(v); ok {
		var out []any
		for _, e := range items {
			r, found, err := call(e, name, args)
			if !found {
				if _, nested := object.Elements(e); nested {
					// A nested collection enumerates too: @(,('a','b'),'c').ToUpper().
					r, err = Call(e, name, args)
					if err != nil {
						return nil, err
					}
					if sub, ok := object.Elements(r); ok {
						out = append(out, sub...)
					} else if r != object.Null {
						out = append(out, r)
					}
					continue
				}
				if isNull(e) {
					return nil, nullMethod()
				}
				return nil, methodNotFound(e, name)
			}
			if err != nil {
				return nil, wrapCall(name, len(args), err)
			}
			if r == object.Null {
				continue
			}
			out = append(out, r)
		}
		switch len(out) {
		case 0:
			return object.Null, nil
		case 1:
			return out[0], nil
		}
		return out, nil
	}
	if isNull(v) {
		return nil, nullMethod()
	}
	return nil, methodNotFound(v, name)
}

func isNull(v any) bool {
	if v == nil {
		return true
	}
	_, ok := v.(object.AutomationNull)
	return ok
}

// call dispatches on v's type; found is false when it has no such method.
func call(v any, name string, args []any) (any, bool, error) {
	var (
		r     any
		found bool
		err   error
	)
	if len(args) == 0 && strings.EqualFold(name, "GetEnumerator") {
		if e, ok := collectionEnumerator(v); ok {
			return e, true, nil
		}
	}
	switch x := v.(type) {
	case nil, object.AutomationNull:
		return nil, false, nil
	case *object.PSObject:
		if m := x.Member(name); m != nil && m.Call != nil {
			r, err := m.Call(args)
			return r, true, err
		}
		if m := typeMember(x, name); m != nil && m.Call != nil {
			r, err := m.Call(args)
			return r, true, err
		}
		r, found, err = objectMethod(x, name, args)
		if !found && x.Base != nil {
			return call(x.Base, name, args)
		}
	case *object.Delegate:
		r, found, err = delegateMethod(x, name, args)
	case string:
		r, found, err = stringMethod(x, name, args)
	case []any:
		if m := attachedMember(x, name); m != nil && m.Call != nil {
			r, err := m.Call(args)
			return r, true, err
		}
		r, found, err = arrayMethod(x, name, args)
	case *object.List:
		if m := attachedMember(x, name); m != nil && m.Call != nil {
			r, err := m.Call(args)
			return r, true, err
		}
		r, found, err = listMethod(x, name, args)
		if found && err == nil {
			syncTypeNames(x)
		}
	case *object.Hashtable:
		if m := attachedMember(x, name); m != nil && m.Call != nil {
			r, err := m.Call(args)
			return r, true, err
		}
		if x.Dict != nil {
			r, found, err = dictMethod(x, name, args)
		} else {
			r, found, err = hashtableMethod(x, name, args)
		}
	case *object.MDArray:
		r, found, err = mdArrayMethod(x, name, args)
	case *object.Enumerator:
		r, found, err = enumeratorMethod(x, name, args)
	case time.Time:
		r, found, err = dateMethod(x, name, args)
	case object.TimeSpan:
		r, found, err = timeSpanMethod(x, name, args)
	case *object.Exception:
		r, found, err = exceptionMethod(x, name, args)
	case *object.ErrorRecord:
		r, found, err = errorRecordMethod(x, name, args)
	case object.Char:
		r, found, err = charMethod(x, name, args)
	case *object.TypeValue:
		r, found, err = typeMethod(x, name, args)
	case dotnet.Enum:
		r, found, err = enumMethod(x, name, args)
	case object.IntPtr:
		r, found, err = intPtrMethod(x, name, args)
	default:
		if dotnet.IsNumeric(v) {
			r, found, err = numberMethod(v, name, args)
		}
	}
	if found {
		return r, true, err
	}
	return commonMethod(v, name, args)
}

// commonMethod serves System.Object's methods, which every value has.
func commonMethod(v any, name string, args []any) (any, bool, error) {
	switch strings.ToLower(name) {
	case "gettype":
		if len(args) != 0 {
			return nil, true, overload
		}
		return dotnet.GetType(v), true, nil
	case "tostring":
		if len(args) == 0 {
			switch v.(type) {
			case []any, *object.List, *object.Hashtable, *object.MDArray, *object.Enumerator:
				return dotnet.TypeName(v), true, nil
			}
			return dotnet.ToString(v), true, nil
		}
		format, ok := formatArg(args)
		if !ok {
			return dotnet.ToString(v), true, nil
		}
		s, err := dotnet.FormatValue(v, format)
		return s, true, err
	case "equals":
		if len(args) != 1 {
			return nil, true, overload
		}
		return dotnetEquals(v, args[0]), true, nil
	case "gethashcode":
		if h, ok := hashCode(v); ok && len(args) == 0 {
			return h, true, nil
		}
	}
	return accessorMethod(v, name, args)
}
