package members

import (
	"strings"

	"cspsh/pipeline/object"
)

// HashSet[T], Queue[T] and Stack[T] (and the non-generic Queue and
// Stack) are held as *object.List, so that they enumerate like any
// collection; their methods keep .NET's semantics. A Stack keeps its
// items top first, the order it enumerates in.

// listKind names the collection family of a List by its type name.
func listKind(l *object.List) string {
	t := l.TypeName
	switch {
	case strings.HasPrefix(t, "System.Collections.Generic.HashSet`1["), isSortedSet(l):
		return "hashset"
	case strings.HasPrefix(t, "System.Collections.Generic.Queue`1["), t == "System.Collections.Queue":
		return "queue"
	case strings.HasPrefix(t, "System.Collections.Generic.Stack`1["), t == "System.Collections.Stack":
		return "stack"
	}
	return ""
}

// setMethod serves the methods of the set, queue and stack families;
// found is false for methods they share with lists (Contains, Clear,
// ToArray, Count).
func setMethod(l *object.List, kind, name string, args []any) (any, bool, error) {
	lname := strings.ToLower(name)
	one := func() (any, error) {
		if len(args) != 1 {
			return nil, overload
		}
		return elemConv(l, args[0], "item", name)
	}
	switch kind {
	case "hashset":
		switch lname {
		case "add":
			v, err := one()
			if err != nil {
				return nil, true, err
			}
			if setIndexOf(l, l.Items, v) >= 0 {
				return false, true, nil
			}
			l.Items = append(l.Items, v)
			return true, true, nil
		case "remove":
			v, err := one()
			if err != nil {
				return nil, true, err
			}
			i := setIndexOf(l, l.Items, v)
			if i < 0 {
				return false, true, nil
			}
			l.Items = append(l.Items[:i], l.Items[i+1:]...)
			return true, true, nil
		case "unionwith", "intersectwith", "exceptwith":
			if len(args) != 1 {
				return nil, true, overload
			}
			other, err := arrayArg(args[0])
			if err != nil {
				other = []any{args[0]}
			}
			switch lname {
			case "unionwith":
				for _, e := range other {
					if v, err := elemConv(l, e, "other", name); err == nil && setIndexOf(l, l.Items, v) < 0 {
						l.Items = append(l.Items, v)
					}
				}
			case "intersectwith", "exceptwith":
				keep := l.Items[:0]
				for _, e := range l.Items {
					if (setIndexOf(l, other, e) >= 0) == (lname == "intersectwith") {
						keep = append(keep, e)
					}
				}
				l.Items = keep
			}
			return object.Null, true, nil
		case "symmetricexceptwith", "overlaps", "setequals", "issubsetof", "issupersetof", "ispropersubsetof", "ispropersupersetof":
			if len(args) != 1 {
				return nil, true, overload
			}
			r, err := setCompare(l, lname, name, args[0])
			return r, true, err
		}
	case "queue":
		switch lname {
		case "enqueue":
			v, err := one()
			if err != nil {
				return nil, true, err
			}
			l.Items = append(l.Items, v)
			return object.Null, true, nil
		case "dequeue", "peek":
			if len(l.Items) == 0 {
				return nil, true, dotnetErr("System.InvalidOperationException", "Queue empty.")
			}
			v := l.Items[0]
			if lname == "dequeue" {
				l.Items = append(l.Items[:0], l.Items[1:]...)
			}
			return v, true, nil
		}
	case "stack":
		switch lname {
		case "push":
			v, err := one()
			if err != nil {
				return nil, true, err
			}
			l.Items = append([]any{v}, l.Items...)
			return object.Null, true, nil
		case "pop", "peek":
			if len(l.Items) == 0 {
				return nil, true, dotnetErr("System.InvalidOperationException", "Stack empty.")
			}
			v := l.Items[0]
			if lname == "pop" {
				l.Items = append(l.Items[:0], l.Items[1:]...)
			}
			return v, true, nil
		}
	}
	return nil, false, nil
}

// sharedWithList reports the List methods these families also have.
func sharedWithList(lname string) bool {
	switch lname {
	case "contains", "clear", "toarray", "copyto", "trimexcess":
		return true
	}
	return false
}

// setCompare serves HashSet<T>'s comparisons with another collection
// (Overlaps, SetEquals, IsSubsetOf, IsSupersetOf and their proper forms)
// and SymmetricExceptWith, which keeps the elements in exactly one of
// the two. The other collection's elements convert to T first; those
// that cannot are in no set of T.
func setCompare(l *object.List, lname, name string, arg any) (any, error) {
	raw, err := arrayArg(arg)
	if err != nil {
		raw = []any{arg}
	}
	var other []any
	for _, e := range raw {
		if v, err := elemConv(l, e, "other", name); err == nil && setIndexOf(l, other, v) < 0 {
			other = append(other, v)
		}
	}
	common := 0
	for _, e := range l.Items {
		if setIndexOf(l, other, e) >= 0 {
			common++
		}
	}
	mine, theirs := len(l.Items), len(other)
	switch lname {
	case "symmetricexceptwith":
		keep := l.Items[:0:0]
		for _, e := range l.Items {
			if setIndexOf(l, other, e) < 0 {
				keep = append(keep, e)
			}
		}
		for _, e := range other {
			if setIndexOf(l, l.Items, e) < 0 {
				keep = append(keep, e)
			}
		}
		l.Items = keep
		return object.Null, nil
	case "overlaps":
		return common > 0, nil
	case "setequals":
		return common == mine && common == theirs, nil
	case "issubsetof":
		return common == mine, nil
	case "ispropersubsetof":
		return common == mine && theirs > mine, nil
	case "issupersetof":
		return common == theirs, nil
	}
	return common == theirs && mine > theirs, nil // ispropersupersetof
}
