package members

import (
	"strings"

	"cspsh/pipeline/object"
)

// attachedMember is the member called name that Add-Member gave the
// array, list or hashtable v itself (object.Attach), or nil. Such a member comes
// before the type's own, as a PSObject's instance members do.
func attachedMember(v any, name string) *object.Member {
	h := object.Attached(v)
	if h == nil {
		return nil
	}
	return h.Member(name)
}

// attachedProperties lists an array's, list's or hashtable's own properties (its note
// and script properties first, as a PSObject lists its instance members)
// and then the type's.
func attachedProperties(v any, h *object.PSObject) []*object.Member {
	own := h.Properties()
	var typ []*object.Member
	switch x := v.(type) {
	case []any:
		// As Get-Member lists an array's: Count is types.ps1xml's alias
		// of Length.
		typ = append(typ, &object.Member{Name: "Count", Kind: object.AliasProperty, Type: "Length", Get: func() any { return int32(len(x)) }})
		for _, p := range [...]struct{ name, typ string }{
			{"IsFixedSize", "bool"}, {"IsReadOnly", "bool"}, {"IsSynchronized", "bool"}, {"Length", "int"},
			{"LongLength", "long"}, {"Rank", "int"}, {"SyncRoot", "System.Object"},
		} {
			n := p.name
			typ = append(typ, &object.Member{Name: n, Kind: object.Property, Type: p.typ, Get: func() any {
				r, _, _ := arrayGet(x, strings.ToLower(n))
				return r
			}})
		}
	case *object.Hashtable:
		for _, n := range []string{"IsReadOnly", "IsFixedSize", "IsSynchronized", "Keys", "Values", "SyncRoot", "Count"} {
			n := n
			typ = append(typ, &object.Member{Name: n, Kind: object.Property, Get: func() any {
				r, _, _ := hashtableGet(x, n, strings.ToLower(n))
				return r
			}})
		}
	case *object.List:
		// The list's own declaration order, as Properties gives it.
		typ = Properties(&object.List{TypeName: x.TypeName, ElemType: x.ElemType})
		for i, m := range typ {
			n := m.Name
			typ[i] = &object.Member{Name: n, Kind: m.Kind, Get: func() any {
				r, _, _ := get(x, n)
				return r
			}}
		}
	}
	return append(append([]*object.Member(nil), own...), typ...)
}
