package session

import (
	"fmt"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

func toStr(v any) string { return dotnet.ToString(v) }

var sprintf = fmt.Sprintf

// convertTime parses a DateTime as PowerShell converts a string to one.
func convertTime(s string) (time.Time, error) {
	v, err := dotnet.Convert(s, "datetime")
	if err != nil {
		return time.Time{}, err
	}
	t, _ := v.(time.Time)
	return t, nil
}

// prop is one property of an object built by newObject.
type prop struct {
	name string
	val  any
}

// newObject builds an object with the given type names (most derived
// first) and note properties in order.
func newObject(types []string, props ...prop) *object.PSObject {
	o := object.NewObject(types...)
	for _, p := range props {
		o.SetProp(p.name, p.val)
	}
	return o
}

// propOf reads a property of an object (or a hashtable's key); nil when
// absent.
func propOf(v any, name string) (any, bool) {
	switch o := v.(type) {
	case *object.PSObject:
		if r, ok := o.Prop(name); ok {
			return r, true
		}
		if o.Base != nil {
			return propOf(o.Base, name)
		}
	case *object.Hashtable:
		return o.Get(name)
	}
	return nil, false
}
