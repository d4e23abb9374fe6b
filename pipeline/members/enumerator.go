package members

import (
	"strings"

	"cspsh/pipeline/object"
)

// IEnumerator's members on $input: Current, MoveNext(), Reset().

func enumeratorGet(e *object.Enumerator, lname string) (any, bool) {
	if lname == "current" {
		return e.Current(), true
	}
	return nil, false
}

func enumeratorMethod(e *object.Enumerator, name string, args []any) (any, bool, error) {
	switch strings.ToLower(name) {
	case "movenext":
		if len(args) != 0 {
			return nil, true, overload
		}
		return e.MoveNext(), true, nil
	case "reset":
		if len(args) != 0 {
			return nil, true, overload
		}
		e.Reset()
		return object.Null, true, nil
	}
	return nil, false, nil
}
