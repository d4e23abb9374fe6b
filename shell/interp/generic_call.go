package interp

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

// Generic method calls, $x.Method[T](args) and [Type]::Method[T](args)
// (PowerShell 7.3). The type arguments are resolved when the call runs
// (an unknown one is TypeNotFound, as in a type literal); the generic
// methods whose result depends on T are served here, every other call
// goes to the method of that name with the type arguments dropped (for
// the delegate-free methods cspsh implements, T only fixes what .NET
// would infer).

// genericArgs compiles the type arguments of a call; nil when there are
// none.
func (c *compiler) genericArgs(e *syntax.InvokeMemberExpr) func(r *Runner) ([]*object.TypeValue, error) {
	if len(e.GenericArgs) == 0 {
		return nil
	}
	names := e.GenericArgs
	file := c.file
	return func(r *Runner) ([]*object.TypeValue, error) {
		out := make([]*object.TypeValue, len(names))
		for i, tn := range names {
			t, ok := dotnet.ResolveType(tn.Name)
			if !ok {
				return nil, siteOf(file, tn).wrap(typeNotFound(tn.Name))
			}
			out[i] = t
		}
		return out, nil
	}
}

// genericStatic serves [T]::Method[U](args) for the generic statics
// whose result depends on U; handled is false for the others.
func genericStatic(t *object.TypeValue, name string, targs []*object.TypeValue, args []any) (any, bool, error) {
	if len(targs) != 1 {
		return nil, false, nil
	}
	elem := targs[0].FullName
	switch strings.ToLower(t.FullName) + "::" + strings.ToLower(name) {
	case "system.array::empty":
		if len(args) != 0 {
			return nil, false, nil
		}
		return []any{}, true, nil
	case "system.linq.enumerable::cast":
		if len(args) != 1 {
			return nil, false, nil
		}
		items := enumerate(args[0])
		out := make([]any, len(items))
		for i, it := range items {
			if !dotnet.IsInstance(it, targs[0]) && elem != "System.Object" {
				// Cast<T> unboxes or casts; it does not convert.
				return nil, true, object.NewException("System.InvalidCastException", "Specified cast is not valid.")
			}
			out[i] = it
		}
		return out, true, nil
	case "system.linq.enumerable::oftype":
		if len(args) != 1 {
			return nil, false, nil
		}
		out := []any{}
		for _, it := range enumerate(args[0]) {
			if dotnet.IsInstance(it, targs[0]) {
				out = append(out, it)
			}
		}
		return out, true, nil
	}
	return nil, false, nil
}
