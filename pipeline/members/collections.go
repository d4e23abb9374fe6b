package members

import (
	"sort"
	"strconv"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/ops"
)

// Arrays (System.Object[]), ArrayList and List[T].

func arrayGet(a []any, lname string) (any, bool, error) {
	switch lname {
	case "count", "length":
		return int32(len(a)), true, nil
	case "longlength":
		return int64(len(a)), true, nil
	case "rank":
		return int32(1), true, nil
	case "isreadonly", "issynchronized":
		return false, true, nil
	case "isfixedsize":
		return true, true, nil
	case "syncroot":
		return a, true, nil
	}
	return nil, false, nil
}

func listGet(l *object.List, lname string) (any, bool, error) {
	if isSortedSet(l) && (lname == "min" || lname == "max") {
		// SortedSet.Min and Max: the first and last element, default(T)
		// when empty.
		if len(l.Items) == 0 {
			return typeDefault(l.ElemType), true, nil
		}
		if lname == "min" {
			return l.Items[0], true, nil
		}
		return l.Items[len(l.Items)-1], true, nil
	}
	switch lname {
	case "count":
		return int32(len(l.Items)), true, nil
	case "capacity":
		return int32(max(cap(l.Items), 4*((len(l.Items)+3)/4))), true, nil
	case "isreadonly", "isfixedsize", "issynchronized":
		return false, true, nil
	case "syncroot":
		return l, true, nil
	}
	return nil, false, nil
}

// index converts a method's index argument and checks it against n
// (inclusive upper bound when allowEnd, as Insert allows).
func index(args []any, i, n int, allowEnd bool, param string) (int, error) {
	k, err := argInt(args[i])
	if err != nil {
		return 0, err
	}
	limit := n - 1
	if allowEnd {
		limit = n
	}
	if k < 0 || k > limit {
		return 0, argOutOfRange(param, "Index was out of range. Must be non-negative and less than the size of the collection.")
	}
	return k, nil
}

func indexOf(items []any, v any) int {
	for i, e := range items {
		if dotnetEquals(e, v) {
			return i
		}
	}
	return -1
}

// arrayMethod serves the methods of Object[] (and the IList methods
// PowerShell exposes on arrays).
func arrayMethod(a []any, name string, args []any) (any, bool, error) {
	switch strings.ToLower(name) {
	case "contains":
		if len(args) != 1 {
			return nil, true, overload
		}
		return indexOf(a, args[0]) >= 0, true, nil
	case "indexof":
		if len(args) != 1 {
			return nil, true, overload
		}
		return int32(indexOf(a, args[0])), true, nil
	case "clone":
		// A typed array's clone has its element type ([int[]] stays Int32[]).
		c := append([]any(nil), a...)
		if et, ok := dotnet.ArrayElemType(a); ok {
			dotnet.MarkArrayType(c, et)
		}
		return c, true, nil
	case "get", "getvalue":
		if len(args) != 1 {
			return nil, true, overload
		}
		i, err := arrayIndex(args, 0, len(a))
		if err != nil {
			return nil, true, err
		}
		return a[i], true, nil
	case "set":
		if len(args) != 2 {
			return nil, true, overload
		}
		i, err := arrayIndex(args, 0, len(a))
		if err != nil {
			return nil, true, err
		}
		a[i] = args[1]
		return object.Null, true, nil
	case "setvalue":
		if len(args) != 2 {
			return nil, true, overload
		}
		i, err := arrayIndex(args, 1, len(a))
		if err != nil {
			return nil, true, err
		}
		a[i] = args[0]
		return object.Null, true, nil
	case "add", "insert", "remove", "removeat":
		// IList's mutators exist on arrays but fail: arrays are fixed size.
		return nil, true, dotnetErr("System.NotSupportedException", "Collection was of a fixed size.")
	case "clear":
		zero := elemDefault(a)
		for i := range a {
			a[i] = zero
		}
		return object.Null, true, nil
	case "getlength":
		return int32(len(a)), true, nil
	case "getupperbound":
		return int32(len(a) - 1), true, nil
	case "getlowerbound":
		return int32(0), true, nil
	case "copyto":
		if len(args) < 1 {
			return nil, true, overload
		}
		dst, ok := args[0].([]any)
		if !ok {
			return nil, true, argException("", "Destination array was not long enough.")
		}
		off := 0
		if len(args) > 1 {
			o, err := argInt(args[1])
			if err != nil {
				return nil, true, err
			}
			off = o
		}
		if off < 0 || off+len(a) > len(dst) {
			return nil, true, argException("", "Destination array was not long enough. Check destIndex and length, and the array's lower bounds.")
		}
		copy(dst[off:], a)
		return object.Null, true, nil
	}
	return nil, false, nil
}

// listMethod serves ArrayList and List[T].
func listMethod(l *object.List, name string, args []any) (any, bool, error) {
	// A call that changes the list's length, or reorders or sets its
	// elements, is a change an open enumeration must see (object.Mark).
	n := len(l.Items)
	defer func() {
		if len(l.Items) != n || touchesOrder(name) {
			l.Touch()
		}
	}()
	if l.TypeName == memberCollectionType {
		if r, found, err := memberCollectionMethod(l, name, args); found {
			return r, true, err
		}
	}
	if kind := listKind(l); kind != "" {
		if r, found, err := setMethod(l, kind, name, args); found {
			if err == nil {
				err = sortSet(l)
			}
			return r, true, err
		}
		if !sharedWithList(strings.ToLower(name)) {
			return nil, false, nil
		}
	}
	generic := strings.HasPrefix(l.TypeName, "System.Collections.Generic.") || strings.HasPrefix(l.TypeName, "System.Collections.ObjectModel.")
	if generic {
		if r, found, err := listDelegateMethod(l, strings.ToLower(name), args); found {
			return r, true, err
		}
	}
	switch strings.ToLower(name) {
	case "add":
		if len(args) != 1 {
			return nil, true, overload
		}
		v, err := elemConv(l, args[0], "item", "Add")
		if err != nil {
			return nil, true, err
		}
		l.Items = append(l.Items, v)
		if generic {
			return object.Null, true, nil
		}
		return int32(len(l.Items) - 1), true, nil
	case "addrange":
		if len(args) != 1 {
			return nil, true, overload
		}
		src, ok := dotnet.Enumerate(args[0])
		if !ok {
			if args[0] == nil {
				return nil, true, argNull("c")
			}
			src = []any{args[0]}
		}
		for _, e := range append([]any(nil), src...) {
			v, err := elemConv(l, e, "collection", "AddRange")
			if err != nil {
				return nil, true, err
			}
			l.Items = append(l.Items, v)
		}
		return object.Null, true, nil
	case "insert":
		if len(args) != 2 {
			return nil, true, overload
		}
		i, err := index(args, 0, len(l.Items), true, "index")
		if err != nil {
			return nil, true, err
		}
		v, err := elemConv(l, args[1], "item", "Insert")
		if err != nil {
			return nil, true, err
		}
		l.Items = append(l.Items, nil)
		copy(l.Items[i+1:], l.Items[i:])
		l.Items[i] = v
		return object.Null, true, nil
	case "remove":
		if len(args) != 1 {
			return nil, true, overload
		}
		i := indexOf(l.Items, coerce(l, args[0]))
		if i >= 0 {
			l.Items = append(l.Items[:i], l.Items[i+1:]...)
		}
		if generic {
			return i >= 0, true, nil
		}
		return object.Null, true, nil
	case "removeat":
		if len(args) != 1 {
			return nil, true, overload
		}
		i, err := index(args, 0, len(l.Items), false, "index")
		if err != nil {
			return nil, true, err
		}
		l.Items = append(l.Items[:i], l.Items[i+1:]...)
		return object.Null, true, nil
	case "removerange":
		if len(args) != 2 {
			return nil, true, overload
		}
		i, err1 := argInt(args[0])
		n, err2 := argInt(args[1])
		if err1 != nil || err2 != nil || i < 0 || n < 0 || i+n > len(l.Items) {
			return nil, true, argException("", "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.")
		}
		l.Items = append(l.Items[:i], l.Items[i+n:]...)
		return object.Null, true, nil
	case "getrange":
		if len(args) != 2 {
			return nil, true, overload
		}
		i, err1 := argInt(args[0])
		n, err2 := argInt(args[1])
		if err1 != nil || err2 != nil || i < 0 || n < 0 || i+n > len(l.Items) {
			return nil, true, argException("", "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.")
		}
		return &object.List{TypeName: l.TypeName, ElemType: l.ElemType, Items: append([]any(nil), l.Items[i:i+n]...)}, true, nil
	case "contains":
		if len(args) != 1 {
			return nil, true, overload
		}
		return setIndexOf(l, l.Items, coerce(l, args[0])) >= 0, true, nil
	case "indexof":
		if len(args) < 1 {
			return nil, true, overload
		}
		return int32(indexOf(l.Items, coerce(l, args[0]))), true, nil
	case "lastindexof":
		if len(args) != 1 {
			return nil, true, overload
		}
		v := coerce(l, args[0])
		for i := len(l.Items) - 1; i >= 0; i-- {
			if dotnetEquals(l.Items[i], v) {
				return int32(i), true, nil
			}
		}
		return int32(-1), true, nil
	case "clear":
		l.Items = l.Items[:0]
		return object.Null, true, nil
	case "sort":
		if len(args) != 0 {
			return nil, true, overload
		}
		var cmpErr error
		sort.SliceStable(l.Items, func(i, j int) bool {
			c, err := ops.Compare(l.Items[i], l.Items[j], true)
			if err != nil && cmpErr == nil {
				cmpErr = err
			}
			return c < 0
		})
		if cmpErr != nil {
			return nil, true, dotnetErr("System.InvalidOperationException", "Failed to compare two elements in the array.")
		}
		return object.Null, true, nil
	case "reverse":
		for i, j := 0, len(l.Items)-1; i < j; i, j = i+1, j-1 {
			l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
		}
		return object.Null, true, nil
	case "getenumerator":
		// The list's own enumerator: MoveNext/Current/Reset by hand, or
		// enumerated whole by foreach and the pipeline.
		if len(args) != 0 {
			return nil, true, overload
		}
		return object.NewEnumerator(listEnumeratorType(l), append([]any(nil), l.Items...)), true, nil
	case "toarray":
		// List<T>.ToArray() is a T[]: [List[int]] gives Int32[].
		out := append([]any{}, l.Items...)
		dotnet.MarkArrayType(out, l.ElemType)
		return out, true, nil
	case "clone":
		// Only the non-generic collections (ArrayList, Queue, Stack) are
		// ICloneable; List<T>, HashSet<T>, Queue<T>, Stack<T> have no Clone.
		if strings.Contains(l.TypeName, "`") {
			return nil, false, nil
		}
		return &object.List{TypeName: l.TypeName, ElemType: l.ElemType, Items: append([]any(nil), l.Items...)}, true, nil
	case "get_item", "item":
		if len(args) != 1 {
			return nil, true, overload
		}
		if name, ok := args[0].(string); ok && l.TypeName == ops.GroupCollectionType {
			// GroupCollection["name"]: the group of that name or number.
			for _, g := range l.Items {
				if n, _ := Get(g, "Name"); n == name {
					return g, true, nil
				}
			}
			return nil, true, nil
		}
		i, err := index(args, 0, len(l.Items), false, "index")
		if err != nil {
			return nil, true, err
		}
		return l.Items[i], true, nil
	case "trimtosize", "trimexcess":
		return object.Null, true, nil
	}
	return nil, false, nil
}

// coerce converts a search argument to List[T]'s element type so that
// Contains('1') finds 1 in a List[int], as the .NET binder would.
func coerce(l *object.List, v any) any {
	if l.ElemType == "" || l.ElemType == "System.Object" {
		return v
	}
	if c, err := dotnet.Convert(v, l.ElemType); err == nil {
		return c
	}
	return v
}

// elemConv converts an element for List[T] (ArrayList takes anything).
func elemConv(l *object.List, v any, param, method string) (any, error) {
	if l.ElemType == "" || l.ElemType == "System.Object" {
		return v, nil
	}
	c, err := dotnet.Convert(v, l.ElemType)
	if err != nil {
		return nil, newError("System.Management.Automation.MethodException", "MethodArgumentConversionInvalidCastArgument", "NotSpecified",
			"Cannot convert argument \""+param+"\", with value: \""+dotnet.ToString(v)+"\", for \""+method+"\" to type \""+l.ElemType+"\": \""+errMsg(err)+"\"")
	}
	return c, nil
}

func errMsg(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// hashtableGet reads a key (keys shadow the Hashtable's own properties)
// or a property.
func hashtableGet(h *object.Hashtable, name, lname string) (any, bool, error) {
	if v, ok := h.Get(name); ok {
		return v, true, nil
	}
	if n, err := strconv.ParseInt(name, 10, 32); err == nil {
		if v, ok := h.Get(int32(n)); ok {
			return v, true, nil
		}
	}
	switch lname {
	case "count":
		return int32(h.Len()), true, nil
	case "keys":
		if h.Dict == nil && !h.Ordered {
			return dotnet.KeyCollection(hashtableColumn(h, true)), true, nil
		}
		return h.Keys(), true, nil
	case "values":
		if h.Dict == nil && !h.Ordered {
			return dotnet.ValueCollection(hashtableColumn(h, false)), true, nil
		}
		return h.Values(), true, nil
	case "isreadonly", "isfixedsize", "issynchronized":
		return false, true, nil
	case "syncroot":
		return h, true, nil
	}
	return nil, false, nil
}

// hashtableColumn copies h's keys (or values) with the spare slot
// dotnet.KeyCollection marks, so that marking allocates nothing.
func hashtableColumn(h *object.Hashtable, keys bool) []any {
	n := h.Len()
	out := make([]any, n, n+1)
	for i := range n {
		k, v := h.At(i)
		if keys {
			out[i] = k
		} else {
			out[i] = v
		}
	}
	return out
}

// DictionaryEntry builds the entry object GetEnumerator() yields (Key,
// Value, and the Name alias PowerShell adds).
func DictionaryEntry(k, v any) *object.PSObject {
	e := object.NewObject("System.Collections.DictionaryEntry", "System.ValueType", "System.Object")
	e.Add(&object.Member{Name: "Name", Kind: object.AliasProperty, Value: k})
	e.Add(&object.Member{Name: "Key", Kind: object.Property, Value: k})
	e.Add(&object.Member{Name: "Value", Kind: object.Property, Value: v})
	e.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) {
		return "System.Collections.DictionaryEntry", nil
	}})
	return e
}

func hashtableMethod(h *object.Hashtable, name string, args []any) (any, bool, error) {
	switch strings.ToLower(name) {
	case "add":
		if len(args) != 2 {
			return nil, true, overload
		}
		if args[0] == nil {
			return nil, true, dotnetErr("System.ArgumentNullException", "Key cannot be null.\r\nParameter name: key")
		}
		if h.Has(args[0]) {
			rec := ops.DuplicateKeyError(h, args[0]).(*object.ErrorRecord)
			return nil, true, rec.Exception
		}
		h.Set(args[0], args[1])
		return object.Null, true, nil
	case "remove":
		if len(args) != 1 {
			return nil, true, overload
		}
		if args[0] == nil {
			return nil, true, nullKey(h)
		}
		h.Delete(args[0])
		return object.Null, true, nil
	case "containskey", "contains":
		if len(args) != 1 {
			return nil, true, overload
		}
		if args[0] == nil {
			return nil, true, nullKey(h)
		}
		return h.Has(args[0]), true, nil
	case "containsvalue":
		if len(args) != 1 {
			return nil, true, overload
		}
		return indexOf(h.Values(), args[0]) >= 0, true, nil
	case "clear":
		h.Clear()
		return object.Null, true, nil
	case "clone":
		// Hashtable is ICloneable; OrderedDictionary is not.
		if h.Ordered {
			return nil, false, nil
		}
		return h.Clone(), true, nil
	case "getenumerator":
		keys, vals := h.Keys(), h.Values()
		out := make([]any, len(keys))
		for i := range keys {
			out[i] = DictionaryEntry(keys[i], vals[i])
		}
		return out, true, nil
	case "get_item", "item":
		if len(args) != 1 {
			return nil, true, overload
		}
		v, _ := h.Get(args[0])
		return v, true, nil
	case "set_item":
		if len(args) != 2 {
			return nil, true, overload
		}
		h.Set(args[0], args[1])
		return object.Null, true, nil
	case "insert":
		if !h.Ordered || len(args) != 3 {
			return nil, h.Ordered, overload
		}
		i, err := index(args, 0, h.Len(), true, "index")
		if err != nil {
			return nil, true, err
		}
		if h.Has(args[1]) {
			rec := ops.DuplicateKeyError(h, args[1]).(*object.ErrorRecord)
			return nil, true, rec.Exception
		}
		keys, vals := h.Keys(), h.Values()
		h.Clear()
		for j := 0; j <= len(keys); j++ {
			if j == i {
				h.Set(args[1], args[2])
			}
			if j < len(keys) {
				h.Set(keys[j], vals[j])
			}
		}
		return object.Null, true, nil
	case "removeat":
		if !h.Ordered || len(args) != 1 {
			return nil, h.Ordered, overload
		}
		i, err := index(args, 0, h.Len(), false, "index")
		if err != nil {
			return nil, true, err
		}
		k, _ := h.At(i)
		h.Delete(k)
		return object.Null, true, nil
	}
	return nil, false, nil
}

// arrayIndex reads the index argument at pos of Array.Get, Set and
// SetValue; out of range is .NET's IndexOutOfRangeException.
func arrayIndex(args []any, pos, n int) (int, error) {
	i, err := index(args, pos, n, false, "index")
	if err != nil {
		return 0, dotnetErr("System.IndexOutOfRangeException", "Index was outside the bounds of the array.")
	}
	return i, nil
}

// touchesOrder names the list methods that change elements without
// changing the count.
func touchesOrder(name string) bool {
	return strings.EqualFold(name, "Sort") || strings.EqualFold(name, "Reverse") || strings.EqualFold(name, "set_Item")
}

// listEnumeratorType is the .NET type of a list's enumerator.
func listEnumeratorType(l *object.List) string {
	if strings.HasPrefix(l.TypeName, "System.Collections.Generic.List`1") {
		return "System.Collections.Generic.List`1+Enumerator" + strings.TrimPrefix(l.TypeName, "System.Collections.Generic.List`1")
	}
	return l.TypeName + "+ArrayListEnumeratorSimple"
}

// nullKey is the ArgumentNullException a dictionary's Remove, Contains
// and ContainsKey throw for a $null key: Hashtable's own text, or the
// generic Dictionary's.
func nullKey(h *object.Hashtable) error {
	if h.Dict != nil {
		return argNull("key")
	}
	return dotnetErr("System.ArgumentNullException", "Key cannot be null.\r\nParameter name: key")
}
