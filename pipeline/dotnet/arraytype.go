package dotnet

import (
	"runtime"
	"sync"
	"weak"
)

// typedArrays remembers the element type of arrays made by a typed
// conversion ([int[]], [string[]]): the value model holds every array as
// []any, but $a.GetType() must still say System.Int32[]. Keys are weak
// pointers to the first element, so the table never keeps an array
// alive, and a cleanup drops the entry when the array is collected.
var typedArrays sync.Map // weak.Pointer[any] → element full name

// MarkArrayType records that a is an array of elemFull ("System.Int32").
// Empty arrays cannot be marked (they report System.Object[]).
func MarkArrayType(a []any, elemFull string) {
	if len(a) == 0 || elemFull == "" || elemFull == "System.Object" {
		return
	}
	p := &a[0]
	wp := weak.Make(p)
	if _, loaded := typedArrays.Swap(wp, elemFull); !loaded {
		runtime.AddCleanup(p, func(k weak.Pointer[any]) { typedArrays.Delete(k) }, wp)
	}
}

// ArrayElemType returns the element type of an array made by a typed
// conversion, so that assignments into it can convert as .NET's typed
// arrays do; ok is false for plain Object[] arrays.
func ArrayElemType(a []any) (string, bool) {
	if len(a) == 0 {
		return "", false
	}
	if _, e, ok := markedType(a); ok {
		return e, e != ""
	}
	v, ok := typedArrays.Load(weak.Make(&a[0]))
	if !ok {
		return "", false
	}
	return v.(string), true
}

// arrayTypeName is TypeName for []any.
func arrayTypeName(a []any) string {
	if full, _, ok := markedType(a); ok {
		return full
	}
	if e, ok := ArrayElemType(a); ok {
		return e + "[]"
	}
	return "System.Object[]"
}
