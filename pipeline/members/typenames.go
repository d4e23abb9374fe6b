package members

import (
	"runtime"
	"sync"
	"weak"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// typeNameLists links the list $o.PSObject.TypeNames returns to the
// object it describes, so that Insert, Add, Remove and Clear on it change
// the object's type names as they do in PowerShell (custom formatting
// relies on $o.PSObject.TypeNames.Insert(0, 'My.Type')). Keys are weak,
// so the table keeps nothing alive.
var typeNameLists sync.Map // weak.Pointer[object.List] → *object.PSObject

// liveTypeNames is the modifiable TypeNames collection of v: linked to the
// object for a PSObject, a plain copy for other values.
func liveTypeNames(v any) *object.List {
	l := &object.List{TypeName: "System.Collections.ObjectModel.Collection`1[System.String]", ElemType: "System.String", Items: typeNames(v)}
	if o, ok := v.(*object.PSObject); ok {
		wp := weak.Make(l)
		typeNameLists.Store(wp, o)
		runtime.AddCleanup(l, func(k weak.Pointer[object.List]) { typeNameLists.Delete(k) }, wp)
	}
	return l
}

// syncTypeNames copies a TypeNames list back to its object after a call
// that may have changed it.
func syncTypeNames(l *object.List) {
	o, ok := typeNameLists.Load(weak.Make(l))
	if !ok {
		return
	}
	names := make([]string, 0, len(l.Items))
	for _, it := range l.Items {
		names = append(names, dotnet.ToString(it))
	}
	o.(*object.PSObject).TypeNames = names
}
