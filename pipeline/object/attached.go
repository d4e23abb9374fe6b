package object

import (
	"runtime"
	"sync"
	"sync/atomic"
	"weak"
)

// Instance members of arrays and lists.
//
// PowerShell keeps the members Add-Member gives a reference-type object
// that is not a PSObject (an array, an ArrayList, a hashtable) with the
// object itself,
// in a table keyed weakly by the object, so that `$a.x` finds them after
// `Add-Member -InputObject $a -NotePropertyName x -NotePropertyValue 5`
// (Add-Member, -PassThru: "For most objects, Add-Member adds the new
// members to the input object"). Strings and value types do not keep
// them. The value model holds an array as a bare []any shared by
// reference, so the same rule is a side table here: the array stays a
// []any everywhere, and member access consults the table.
//
// An array is known by the address of its first element and its length
// (the identity of a []any: two headers with both equal are one array);
// an empty array has no address and cannot carry members. Keys are weak
// pointers and a holder of note properties does not refer to the array,
// so the table does not keep such an array alive: a cleanup drops the
// entry when the array is collected. A script or alias member refers to
// its $this, so an array given one lives as long as the session (.NET's
// ConditionalWeakTable breaks that cycle; Go has no such table).

var (
	attached sync.Map // arrayKey, weak.Pointer[List] or weak.Pointer[Hashtable] → *PSObject
	// nattached lets Attached answer at once in the usual session, where
	// no array has members of its own: it runs on every array member
	// access.
	nattached atomic.Int32
)

// arrayKey is the identity of a non-empty []any.
type arrayKey struct {
	first weak.Pointer[any]
	n     int
}

// attachKey returns v's key in the table; false for values that cannot
// carry members of their own.
func attachKey(v any) (any, bool) {
	switch x := v.(type) {
	case []any:
		if len(x) == 0 {
			return nil, false
		}
		return arrayKey{weak.Make(&x[0]), len(x)}, true
	case *List:
		return weak.Make(x), true
	case *Hashtable:
		return weak.Make(x), true
	}
	return nil, false
}

// Attached returns the object that holds the members added to an array,
// list or hashtable v, or nil when it has none. The holder's Base is nil: the
// caller has v.
func Attached(v any) *PSObject {
	if nattached.Load() == 0 {
		return nil
	}
	k, ok := attachKey(v)
	if !ok {
		return nil
	}
	if o, ok := attached.Load(k); ok {
		return o.(*PSObject)
	}
	return nil
}

// Attach returns the holder of v's own members, made by mk (the type
// names of v, no Base) on first use. ok is false for a value that
// cannot carry members of its own (anything but a non-empty array, a
// list or a hashtable): Add-Member then decorates a wrapper only.
func Attach(v any, mk func() *PSObject) (*PSObject, bool) {
	k, ok := attachKey(v)
	if !ok {
		return nil, false
	}
	if o, ok := attached.Load(k); ok {
		return o.(*PSObject), true
	}
	o, loaded := attached.LoadOrStore(k, mk())
	if loaded {
		return o.(*PSObject), true
	}
	nattached.Add(1)
	drop := func(k any) {
		attached.Delete(k)
		nattached.Add(-1)
	}
	switch x := v.(type) {
	case []any:
		runtime.AddCleanup(&x[0], drop, k)
	case *List:
		runtime.AddCleanup(x, drop, k)
	case *Hashtable:
		runtime.AddCleanup(x, drop, k)
	}
	return o.(*PSObject), true
}
