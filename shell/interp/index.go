package interp

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

func (c *compiler) index(e *syntax.IndexExpr) exprFn {
	x := c.expr(e.X)
	idx := c.expr(e.Index)
	at := siteOf(c.file, e)
	// [ordered]@{…}[[object]1] looks up the key 1, not the second entry:
	// the cast picks the dictionary's object indexer.
	byKey := false
	if ce, ok := e.Index.(*syntax.ConvertExpr); ok {
		switch strings.ToLower(ce.Type.Name) {
		case "object", "system.object", "psobject":
			byKey = true
		}
	}
	nullCond := e.NullCond
	return func(r *Runner) (any, error) {
		obj, err := x(r)
		if err != nil {
			return nil, err
		}
		if (obj == nil || obj == object.Null) && nullCond {
			return nil, nil
		}
		i, err := idx(r)
		if err != nil {
			return nil, err
		}
		if byKey {
			if h, ok := obj.(*object.Hashtable); ok {
				v, _ := h.Get(i)
				return v, nil
			}
		}
		v, err := r.indexGet(obj, i)
		return v, at.wrapStmt(err)
	}
}

// toIndex converts an index value to an int.
func toIndex(v any) (int, error) {
	switch t := v.(type) {
	case int32:
		return int(t), nil
	case int:
		return t, nil
	case int64:
		return int(t), nil
	}
	n, err := dotnet.Convert(v, "int")
	if err != nil {
		return 0, err
	}
	return int(n.(int32)), nil
}

// indexGet is obj[idx] as PowerShell reads it: negative indexes count from
// the end, an index list or range gives several elements, out of range
// gives nothing, a scalar behaves as a one-element array.
func (r *Runner) indexGet(obj, idx any) (any, error) {
	if obj == nil || obj == object.Null {
		return nil, newRuntimeError(msgNullIndex, "NullArray", "InvalidOperation")
	}
	if md, ok := obj.(*object.MDArray); ok {
		return r.indexGetMD(md, idx)
	}
	if h, ok := obj.(*object.Hashtable); ok {
		if h.Dict != nil {
			return dictIndexGet(h, idx), nil
		}
		if list, ok := idx.([]any); ok {
			out := make([]any, 0, len(list))
			for _, k := range list {
				if v, ok := h.Get(k); ok {
					out = append(out, v)
				}
			}
			return out, nil
		}
		if h.Ordered {
			switch idx.(type) {
			case int32, int64:
				i, _ := toIndex(idx)
				if i < 0 {
					i += h.Len()
				}
				if i < 0 || i >= h.Len() {
					return nil, nil
				}
				_, v := h.At(i)
				return v, nil
			}
		}
		v, _ := h.Get(idx)
		return v, nil
	}
	if list, ok := idx.([]any); ok {
		if notIndexable(obj) {
			// (2)[0,0] is $null: only a single 0 or -1 stands for the
			// object itself (about_Operators, Index operator).
			return nil, nil
		}
		out := make([]any, 0, len(list))
		for _, i := range list {
			v, err := r.indexGet(obj, i)
			if err != nil {
				return nil, err
			}
			if v != nil {
				out = append(out, v)
			}
		}
		return out, nil
	}
	var items []any
	switch t := obj.(type) {
	case []any:
		items = t
	case *object.List:
		items = t.Items
	case string:
		i, err := toIndex(idx)
		if err != nil {
			return nil, err
		}
		rs := []rune(t)
		if i < 0 {
			i += len(rs)
		}
		if i < 0 || i >= len(rs) {
			return nil, nil
		}
		return object.Char(rs[i]), nil
	case *object.PSObject:
		if t.Base != nil {
			return r.indexGet(t.Base, idx)
		}
		if m := t.Member("Item"); m != nil && m.Call != nil {
			return m.Call([]any{idx})
		}
		if m := t.Member("get_Item"); m != nil && m.Call != nil {
			return m.Call([]any{idx})
		}
		if _, isStr := idx.(string); isStr {
			if v, err := members.Call(obj, "get_Item", []any{idx}); err == nil {
				return v, nil
			}
		}
		items = []any{obj}
	default:
		if e, ok := dotnet.Enumerate(obj); ok {
			if _, isStr := idx.(string); isStr {
				// $m.Groups['name'], .PSObject.Properties['x']: a keyed
				// indexer.
				if v, err := members.Call(obj, "get_Item", []any{idx}); err == nil {
					return v, nil
				}
			}
			items = e
		} else if v, err := members.Call(obj, "get_Item", []any{idx}); err == nil {
			return v, nil
		} else {
			items = []any{obj}
		}
	}
	i, err := toIndex(idx)
	if err != nil {
		if name, ok := idx.(string); ok {
			// A keyed collection held as an array (regex groups,
			// PSObject.Properties): the element of that name.
			for _, it := range items {
				if o, ok := it.(*object.PSObject); ok {
					if n, ok := o.Prop("Name"); ok && strings.EqualFold(dotnet.ToString(n), name) {
						return o, nil
					}
				}
			}
			if l, ok := obj.(*object.List); ok && strings.HasPrefix(l.TypeName, memberInfoCollectionType) {
				// PSMemberInfoCollection's string indexer: $null for
				// a member the object does not have, the usual test
				// for a property under strict mode.
				return nil, nil
			}
		}
		return nil, err
	}
	if i < 0 {
		i += len(items)
	}
	if i < 0 || i >= len(items) {
		if r.strictVersion() >= 3 {
			ex := object.NewException("System.IndexOutOfRangeException", "Index was outside the bounds of the array.")
			return nil, object.NewError(ex, "System.IndexOutOfRangeException", "OperationStopped", nil)
		}
		return nil, nil
	}
	return items[i], nil
}

// indexSet is obj[idx] = v.
func (r *Runner) indexSet(obj, idx, v any) error {
	switch t := obj.(type) {
	case nil, object.AutomationNull:
		return newRuntimeError(msgNullIndex, "NullArray", "InvalidOperation")
	case *object.MDArray:
		return r.indexSetMD(t, idx, v)
	case *object.Hashtable:
		if idx == nil || idx == object.Null {
			return newRuntimeError("Index operation failed; the array index evaluated to null.", "NullArrayIndex", "InvalidOperation")
		}
		if t.Dict != nil {
			return members.DictSet(t, idx, v)
		}
		if t.Ordered {
			switch idx.(type) {
			case int32, int64:
				// An integer picks OrderedDictionary's this[int]: it sets
				// the value at that position, as reading it gets it.
				i, _ := toIndex(idx)
				if i < 0 || i >= t.Len() {
					return object.NewException("System.ArgumentOutOfRangeException", "Specified argument was out of the range of valid values.\r\nParameter name: index")
				}
				k, _ := t.At(i)
				t.Set(k, v)
				return nil
			}
		}
		t.Set(idx, v)
		return nil
	case []any:
		i, err := toIndex(idx)
		if err != nil {
			return err
		}
		if i < 0 {
			i += len(t)
		}
		if i < 0 || i >= len(t) {
			return newRuntimeError("Index was outside the bounds of the array.", "System.IndexOutOfRangeException", "InvalidOperation")
		}
		if et, ok := dotnet.ArrayElemType(t); ok {
			// An [int[]] converts what is stored in it.
			cv, err := dotnet.Convert(v, et)
			if err != nil {
				return err
			}
			v = cv
		}
		t[i] = v
		return nil
	case *object.List:
		i, err := toIndex(idx)
		if err != nil {
			return err
		}
		if i < 0 {
			i += len(t.Items)
		}
		if i < 0 || i >= len(t.Items) {
			return object.NewException("System.ArgumentOutOfRangeException", "Index was out of range. Must be non-negative and less than the size of the collection.\r\nParameter name: index")
		}
		if t.ElemType != "" {
			cv, err := dotnet.Convert(v, t.ElemType)
			if err != nil {
				return err
			}
			v = cv
		}
		t.Items[i] = v
		t.Touch()
		return nil
	case *object.PSObject:
		if t.Base != nil {
			return r.indexSet(t.Base, idx, v)
		}
		if m := t.Member("set_Item"); m != nil && m.Call != nil {
			_, err := m.Call([]any{idx, v})
			return err
		}
	}
	return newRuntimeError("Unable to index into an object of type "+dotnet.TypeName(obj)+".", "CannotIndex", "InvalidOperation")
}

// notIndexable reports a value that is neither a collection, a string
// nor an object with an indexer: a scalar that [0] and [-1] return.
func notIndexable(obj any) bool {
	switch t := obj.(type) {
	case []any, *object.List, string, *object.Hashtable, *object.MDArray:
		return false
	case *object.PSObject:
		if t.Base != nil {
			return notIndexable(t.Base)
		}
		return t.Member("Item") == nil && t.Member("get_Item") == nil
	}
	_, ok := dotnet.Enumerate(obj)
	return !ok
}
