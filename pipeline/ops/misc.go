package ops

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// containsOp builds -contains/-notcontains: is y (converted to each
// element's type) in the collection x?
func containsOp(cs, negate bool) Func {
	return func(x, y any, _ Env) (any, error) {
		return contains(x, y, cs) != negate, nil
	}
}

// inOp builds -in/-notin: -contains with the operands swapped.
func inOp(cs, negate bool) Func {
	return func(x, y any, _ Env) (any, error) {
		return contains(y, x, cs) != negate, nil
	}
}

func contains(coll, v any, cs bool) bool {
	items, ok := object.Elements(coll)
	if !ok {
		return Equal(coll, v, cs)
	}
	for _, e := range items {
		if Equal(e, v, cs) {
			return true
		}
	}
	return false
}

// typeOperand resolves the right side of -is/-isnot/-as (op is -is or -as):
// a type literal, or a value converted to a Type as 5.1's
// ParserOps.ConvertTo<Type> does. A type name that resolves to no type
// fails that conversion, which comes back as a RuntimeException with the
// cast's message; only $null is "must be a type" (ParserStrings
// IsOperatorRequiresType, AsOperatorRequiresType).
func typeOperand(y any, op string) (*object.TypeValue, error) {
	switch t := unwrap(y).(type) {
	case *object.TypeValue:
		return t, nil
	case string:
		name := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(t), "["), "]")
		if tv, ok := dotnet.ResolveType(name); ok {
			return tv, nil
		}
	case nil:
		id := "IsOperatorRequiresType"
		if op == "-as" {
			id = "AsOperatorRequiresType"
		}
		return nil, newRuntimeError(id, "InvalidOperation", "The right operand of '%s' must be a type.", op)
	}
	_, err := dotnet.Convert(y, "System.Type")
	if ex, ok := err.(*object.Exception); ok {
		return nil, runtimeError(ex)
	}
	if rec, ok := err.(*object.ErrorRecord); ok && rec.Exception != nil {
		return nil, runtimeError(rec.Exception)
	}
	return nil, newRuntimeError("TypeNotFound", "InvalidOperation", "Unable to find type [%s].", dotnet.ToString(y))
}

// isOp builds -is/-isnot. $null is an instance of nothing.
func isOp(negate bool) Func {
	return func(x, y any, _ Env) (any, error) {
		// -isnot reports a missing type with -is's text, as 5.1 does.
		t, err := typeOperand(y, "-is")
		if err != nil {
			return nil, err
		}
		if isNull(x) {
			return negate, nil
		}
		return dotnet.IsInstance(x, t) != negate, nil
	}
}

// asOp is -as: the conversion, or $null when it fails.
func asOp(x, y any, _ Env) (any, error) {
	t, err := typeOperand(y, "-as")
	if err != nil {
		return nil, err
	}
	v, err := ConvertTo(x, t.FullName)
	if err != nil {
		return nil, nil
	}
	return v, nil
}

// logicOp builds -and/-or/-xor on already evaluated operands (the
// interpreter short-circuits -and and -or before calling these).
func logicOp(op string) Func {
	return func(x, y any, _ Env) (any, error) {
		a, b := dotnet.ToBool(x), dotnet.ToBool(y)
		switch op {
		case "and":
			return a && b, nil
		case "or":
			return a || b, nil
		}
		return a != b, nil
	}
}

func notOp(x any, _ Env) (any, error) { return !dotnet.ToBool(x), nil }

// formatOp is `format -f args`: an Object[] on the right supplies the
// arguments, anything else is the single argument.
func formatOp(x, y any, _ Env) (any, error) {
	var args []any
	switch a := y.(type) {
	case []any:
		args = a
	default:
		args = []any{y}
	}
	s, err := dotnet.FormatOperator(stringOperand(x), args)
	if err != nil {
		return nil, conversionError(err)
	}
	return s, nil
}
