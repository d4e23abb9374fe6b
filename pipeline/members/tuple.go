package members

import (
	"strconv"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// [System.Tuple]::Create(a, b, …): a read-only group of values with
// properties Item1, Item2, …, shown as "(a, b)"; PowerShell indexes it
// like an array ($tuple[0], $tuple[-1], about_Arrays "Indexing support for
// System.Tuple objects").
func tupleStaticCall(lname string, args []any) (any, bool, error) {
	if lname != "create" {
		return nil, false, nil
	}
	if len(args) < 1 || len(args) > 7 {
		return nil, true, overload
	}
	return newTuple(args), true, nil
}

func newTuple(items []any) *object.PSObject {
	items = append([]any(nil), items...)
	types := make([]string, len(items))
	for i, v := range items {
		types[i] = "System.Object"
		if v != nil {
			types[i] = dotnet.TypeName(v)
		}
	}
	full := "System.Tuple`" + strconv.Itoa(len(items)) + "[" + strings.Join(types, ",") + "]"
	o := object.NewObject(full, "System.Object")
	for i, v := range items {
		o.Add(&object.Member{Name: "Item" + strconv.Itoa(i+1), Kind: object.Property, Value: v, Type: types[i]})
	}
	o.Add(&object.Member{Name: "Item", Kind: object.Method, Hidden: true, Call: func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, overload
		}
		i, err := argInt(args[0])
		if err != nil {
			return nil, err
		}
		if i < 0 {
			i += len(items)
		}
		if i < 0 || i >= len(items) {
			return nil, nil
		}
		return items[i], nil
	}})
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) {
		parts := make([]string, len(items))
		for i, v := range items {
			parts[i] = dotnet.ToString(v)
		}
		return "(" + strings.Join(parts, ", ") + ")", nil
	}})
	return o
}
