package ops

import (
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// A script class that implements System.IEquatable or System.IComparable
// defines Equals or CompareTo, and -eq, -ne, -in, -contains, -lt, -gt …
// and sorting use them (about_Classes_Inheritance: "the -eq operator only
// checks for reference equality unless the class implements the
// System.IEquatable interface").

// classMethod returns the method name of a script class instance.
func classMethod(o *object.PSObject, name string) *object.Member {
	if _, ok := dotnet.LookupClass(o.TypeName()); !ok {
		return nil
	}
	m := o.Member(name)
	if m == nil || m.Kind != object.Method || m.Call == nil {
		return nil
	}
	return m
}

// classEquals is a script class's own Equals(other); ok is false when the
// class does not define one.
func classEquals(o *object.PSObject, y any) (eq, ok bool) {
	m := classMethod(o, "Equals")
	if m == nil {
		return false, false
	}
	r, err := m.Call([]any{y})
	if err != nil {
		return false, true
	}
	return dotnet.ToBool(r), true
}

// classCompare is a script class's own CompareTo(other).
func classCompare(o *object.PSObject, y any) (int, bool, error) {
	m := classMethod(o, "CompareTo")
	if m == nil {
		return 0, false, nil
	}
	r, err := m.Call([]any{y})
	if err != nil {
		return 0, true, err
	}
	n, err := dotnet.Convert(r, "int")
	if err != nil {
		return 0, true, err
	}
	return int(n.(int32)), true, nil
}
