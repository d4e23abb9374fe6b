package objutil

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/ops"
)

// OpEqual is PowerShell's -eq on two scalars (LanguagePrimitives.Equals):
// the right operand is converted to the left one's type; strings compare
// without case unless caseSensitive; a failed conversion is "not equal".
func OpEqual(l, r any, caseSensitive bool) bool {
	l, r = Base(l), Base(r)
	if l == nil || r == nil {
		return l == nil && r == nil
	}
	switch x := l.(type) {
	case string:
		s := dotnet.ToString(r)
		if caseSensitive {
			return x == s
		}
		return strings.EqualFold(x, s)
	case *object.PSObject, *object.Hashtable, *object.List, []any:
		return l == r || samePointer(l, r)
	}
	c, ok := compareTyped(l, r, caseSensitive)
	return ok && c == 0
}

func samePointer(l, r any) bool {
	la, ok1 := l.([]any)
	ra, ok2 := r.([]any)
	return ok1 && ok2 && len(la) > 0 && len(ra) > 0 && &la[0] == &ra[0] && len(la) == len(ra)
}

// OpCompare is the ordering behind -lt/-le/-gt/-ge: the right operand is
// converted to the left one's type.
func OpCompare(l, r any, caseSensitive bool) int { return Compare(l, r, caseSensitive) }

// Regex compiles a .NET regular expression, case-insensitive unless
// caseSensitive, with the engine the operators use (so back-references,
// look-around and .NET's escapes behave as in -match).
func Regex(pattern string, caseSensitive bool) (ops.Matcher, error) {
	opts := ops.IgnoreCase
	if caseSensitive {
		opts = 0
	}
	return ops.Regex(pattern, opts)
}

// Operator applies one of Where-Object's comparison operators ("eq",
// "cne", "like", "notin", "is", …) to the property value l and the
// operand r. A collection on the left filters, and the result is true
// when anything is left, as `$_.Prop -eq 1` would be in a Where-Object
// block.
func Operator(op string, l, r any) (bool, error) {
	op = strings.ToLower(op)
	cs := false
	if strings.HasPrefix(op, "c") && op != "contains" {
		cs, op = true, op[1:]
	} else if strings.HasPrefix(op, "i") && op != "in" && op != "is" && op != "isnot" {
		op = op[1:]
	}
	l = Base(l)
	switch op {
	case "contains", "notcontains":
		items, ok := dotnet.Enumerate(l)
		if !ok {
			items = []any{l}
		}
		found := false
		for _, it := range items {
			if OpEqual(it, r, cs) {
				found = true
				break
			}
		}
		return found == (op == "contains"), nil
	case "in", "notin":
		items, ok := dotnet.Enumerate(Base(r))
		if !ok {
			items = []any{r}
		}
		found := false
		for _, it := range items {
			if OpEqual(it, l, cs) {
				found = true
				break
			}
		}
		return found == (op == "in"), nil
	case "is", "isnot":
		if r == nil || r == object.Null {
			// "Where-Object Prop -Is $null" tests for a null-like value.
			isNull := l == nil || dotnet.TypeName(l) == "System.DBNull"
			return isNull == (op == "is"), nil
		}
		var t *object.TypeValue
		switch x := r.(type) {
		case *object.TypeValue:
			t = x
		default:
			name := dotnet.ToString(r)
			tv, ok := dotnet.ResolveType(name)
			if !ok {
				return false, object.NewException("System.Management.Automation.RuntimeException",
					"Unable to find type [%s].", name)
			}
			t = tv
		}
		return dotnet.IsInstance(l, t) == (op == "is"), nil
	}
	if items, ok := dotnet.Enumerate(l); ok {
		n := 0
		for _, it := range items {
			ok, err := scalarOp(op, it, r, cs)
			if err != nil {
				return false, err
			}
			if ok {
				n++
			}
		}
		return n > 0, nil
	}
	return scalarOp(op, l, r, cs)
}

func scalarOp(op string, l, r any, cs bool) (bool, error) {
	switch op {
	case "eq":
		return OpEqual(l, r, cs), nil
	case "ne":
		return !OpEqual(l, r, cs), nil
	case "gt":
		return l != nil && OpCompare(l, r, cs) > 0, nil
	case "ge":
		return OpCompare(l, r, cs) >= 0 && !(l == nil && r != nil), nil
	case "lt":
		return OpCompare(l, r, cs) < 0, nil
	case "le":
		return OpCompare(l, r, cs) <= 0, nil
	case "like", "notlike":
		m := Like(dotnet.ToString(l), dotnet.ToString(r), cs)
		return m == (op == "like"), nil
	case "match", "notmatch":
		re, err := Regex(dotnet.ToString(r), cs)
		if err != nil {
			return false, err
		}
		m := re.MatchString(dotnet.ToString(l))
		return m == (op == "match"), nil
	}
	return false, object.NewException("System.ArgumentException", "Unknown operator %s", op)
}
