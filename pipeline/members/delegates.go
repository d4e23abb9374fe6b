package members

import (
	"sort"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// A script block converted to a delegate ([Func[int,int]]{ … }) or passed
// where a .NET method takes one runs through object.ScriptInvoker.

// asDelegate reads a delegate argument: a *object.Delegate, or a script
// block PowerShell would convert to the parameter's delegate type (full).
func asDelegate(v any, full string) (*object.Delegate, bool) {
	if o, ok := v.(*object.PSObject); ok && o.Base != nil {
		v = o.Base
	}
	switch x := v.(type) {
	case *object.Delegate:
		return x, true
	case object.ScriptBlock:
		if dotnet.TypeName(x) == "System.Management.Automation.ScriptBlock" {
			return &object.Delegate{TypeName: full, Script: x}, true
		}
	}
	return nil, false
}

// invokeDelegate calls d with args and converts its output to the
// delegate's return type (a Func's last type argument, Boolean for a
// Predicate, Int32 for a Comparison); an Action returns nothing. An error
// inside the script block is the delegate's exception.
func invokeDelegate(d *object.Delegate, args []any) (any, error) {
	if object.ScriptInvoker == nil {
		return nil, dotnetErr("System.InvalidOperationException", "The script block cannot be invoked.")
	}
	out, err := object.ScriptInvoker(d.Script, args)
	if err != nil {
		// An error thrown in the script block leaves the .NET call as
		// its exception: the caller reports "Exception calling …".
		if rec, ok := err.(*object.ErrorRecord); ok && rec.Exception != nil {
			return nil, rec.Exception
		}
		return nil, err
	}
	var r any
	switch len(out) {
	case 0:
		r = nil
	case 1:
		r = out[0]
	default:
		r = out
	}
	ret := dotnet.DelegateReturnType(d.TypeName)
	switch ret {
	case "":
		if strings.HasPrefix(d.TypeName, "System.Action") {
			return object.Null, nil
		}
		return r, nil
	case "System.Object":
		return r, nil
	case "System.Boolean":
		return dotnet.ToBool(r), nil
	}
	return dotnet.Convert(r, ret)
}

// delegateMethod serves Invoke and DynamicInvoke on a delegate.
func delegateMethod(d *object.Delegate, name string, args []any) (any, bool, error) {
	switch strings.ToLower(name) {
	case "invoke":
		r, err := invokeDelegate(d, args)
		return r, true, err
	case "dynamicinvoke":
		if len(args) == 1 {
			if items, ok := args[0].([]any); ok {
				args = items
			}
		}
		r, err := invokeDelegate(d, args)
		return r, true, err
	}
	return nil, false, nil
}

// delegateSequenceCall serves the methods that walk a sequence with a
// delegate: Array.FindAll/Find/FindIndex/FindLast/Exists/TrueForAll/
// ConvertAll/ForEach, List<T>'s instance versions, and Enumerable.Select/
// Where/Any/All/First/Count with a predicate. found is false when the
// method or its arguments are none of these.
func delegateSequenceCall(lname string, items []any, fn any) (any, bool, error) {
	delegateType := "System.Predicate`1[System.Object]"
	switch lname {
	case "convertall", "select":
		delegateType = "System.Func`2[System.Object,System.Object]"
	case "foreach":
		delegateType = "System.Action`1[System.Object]"
	case "findall", "find", "findindex", "findlast", "findlastindex", "exists", "trueforall", "where", "any", "all", "first", "count", "removeall":
	default:
		return nil, false, nil
	}
	d, ok := asDelegate(fn, delegateType)
	if !ok {
		return nil, false, nil
	}
	test := func(v any) (bool, error) {
		r, err := invokeDelegate(d, []any{v})
		if err != nil {
			return false, err
		}
		return dotnet.ToBool(r), nil
	}
	switch lname {
	case "convertall", "select":
		out := make([]any, 0, len(items))
		for _, it := range items {
			r, err := invokeDelegate(d, []any{it})
			if err != nil {
				return nil, true, err
			}
			out = append(out, r)
		}
		return out, true, nil
	case "foreach":
		for _, it := range items {
			if _, err := invokeDelegate(d, []any{it}); err != nil {
				return nil, true, err
			}
		}
		return object.Null, true, nil
	case "findall", "where":
		out := []any{}
		for _, it := range items {
			ok, err := test(it)
			if err != nil {
				return nil, true, err
			}
			if ok {
				out = append(out, it)
			}
		}
		return out, true, nil
	case "count":
		n := int32(0)
		for _, it := range items {
			ok, err := test(it)
			if err != nil {
				return nil, true, err
			}
			if ok {
				n++
			}
		}
		return n, true, nil
	case "find", "findindex", "exists", "any", "first":
		for i, it := range items {
			ok, err := test(it)
			if err != nil {
				return nil, true, err
			}
			if ok {
				switch lname {
				case "findindex":
					return int32(i), true, nil
				case "exists", "any":
					return true, true, nil
				}
				return it, true, nil
			}
		}
		switch lname {
		case "findindex":
			return int32(-1), true, nil
		case "exists", "any":
			return false, true, nil
		case "first":
			return nil, true, dotnetErr("System.InvalidOperationException", "Sequence contains no matching element")
		}
		return nil, true, nil
	case "findlast", "findlastindex":
		for i := len(items) - 1; i >= 0; i-- {
			ok, err := test(items[i])
			if err != nil {
				return nil, true, err
			}
			if ok {
				if lname == "findlastindex" {
					return int32(i), true, nil
				}
				return items[i], true, nil
			}
		}
		if lname == "findlastindex" {
			return int32(-1), true, nil
		}
		return nil, true, nil
	case "trueforall", "all":
		for _, it := range items {
			ok, err := test(it)
			if err != nil {
				return nil, true, err
			}
			if !ok {
				return false, true, nil
			}
		}
		return true, true, nil
	}
	return nil, false, nil
}

// sortWithComparison sorts items in place with a Comparison delegate
// (List.Sort(Comparison), Array.Sort(array, Comparison)); ok is false
// when fn is no delegate. The first error inside the delegate stops the
// comparisons and is returned.
func sortWithComparison(items []any, fn any) (ok bool, err error) {
	d, ok := asDelegate(fn, "System.Comparison`1[System.Object]")
	if !ok {
		return false, nil
	}
	sort.SliceStable(items, func(i, j int) bool {
		if err != nil {
			return false
		}
		r, e := invokeDelegate(d, []any{items[i], items[j]})
		if e == nil {
			r, e = dotnet.Convert(r, "System.Int32")
		}
		if e != nil {
			err = e
			return false
		}
		return r.(int32) < 0
	})
	return true, err
}

// listDelegateMethod serves List<T>'s delegate-taking methods.
func listDelegateMethod(l *object.List, lname string, args []any) (any, bool, error) {
	if len(args) != 1 {
		return nil, false, nil
	}
	switch lname {
	case "sort":
		ok, err := sortWithComparison(l.Items, args[0])
		if !ok {
			return nil, false, nil
		}
		return object.Null, true, err
	case "removeall":
		d, ok := asDelegate(args[0], "System.Predicate`1[System.Object]")
		if !ok {
			return nil, false, nil
		}
		kept := l.Items[:0:0]
		removed := int32(0)
		for _, it := range l.Items {
			r, err := invokeDelegate(d, []any{it})
			if err != nil {
				return nil, true, err
			}
			if dotnet.ToBool(r) {
				removed++
				continue
			}
			kept = append(kept, it)
		}
		l.Items = kept
		return removed, true, nil
	}
	if !arrayDelegateMethod(lname) {
		return nil, false, nil
	}
	return delegateSequenceCall(lname, l.Items, args[0])
}

// arrayDelegateMethod reports whether lname is one of the delegate
// methods Array (static) and List<T> (instance) have; Select, Where,
// Any, All, First and Count are Enumerable's.
func arrayDelegateMethod(lname string) bool {
	switch lname {
	case "find", "findall", "findindex", "findlast", "findlastindex", "exists", "trueforall", "convertall", "foreach":
		return true
	}
	return false
}

// linqDelegateMethod reports whether lname is an Enumerable method that
// takes a predicate or selector delegate handled by delegateSequenceCall.
func linqDelegateMethod(lname string) bool {
	switch lname {
	case "select", "where", "any", "all", "first", "count":
		return true
	}
	return false
}
