package object

// A .NET collection counts its changes, and an enumerator started before
// a change fails on its next step with InvalidOperationException
// ("Collection was modified; enumeration operation may not execute.").
// Scripts meet this when a foreach body adds to or removes from the
// list or hashtable it walks, so the interpreter takes a Mark before it
// walks a live collection and checks it between elements.

// Touch records a change to the list's contents (Add, Remove, Insert,
// Clear, Sort, Reverse, an element set).
func (l *List) Touch() { l.ver++ }

// Mark is the state of a live collection when an enumeration started.
type Mark struct {
	h   *Hashtable
	l   *List
	ver uint64
	n   int
}

// MarkOf starts tracking v when it is a list or hashtable; ok is false
// for any other value (arrays are fixed-size and never fail).
func MarkOf(v any) (m Mark, ok bool) {
	switch t := v.(type) {
	case *Hashtable:
		return Mark{h: t, ver: t.ver, n: len(t.keys)}, true
	case *List:
		return Mark{l: t, ver: t.ver, n: len(t.Items)}, true
	}
	return Mark{}, false
}

// Changed reports whether the collection changed since the mark. A
// change in length counts even when the code that made it did not Touch.
func (m Mark) Changed() bool {
	switch {
	case m.h != nil:
		return m.h.ver != m.ver || len(m.h.keys) != m.n
	case m.l != nil:
		return m.l.ver != m.ver || len(m.l.Items) != m.n
	}
	return false
}

// MsgCollectionModified is .NET's text for the failed enumeration.
const MsgCollectionModified = "Collection was modified; enumeration operation may not execute."
