package object

// Enumerator is a .NET IEnumerator over a list of values: $input in a
// function or script block. Enumerating it (foreach, the pipeline, "$x",
// @()) takes the values not yet read and leaves it at the end, so a
// second use sees nothing until Reset(); MoveNext() and Current step
// through it by hand (about_Automatic_Variables, "Using enumerators").
type Enumerator struct {
	// TypeName is the .NET full name GetType() reports.
	TypeName string
	items    []any
	pos      int // index of Current; -1 before the first MoveNext
	// load, when set, supplies items on first use (see NewLazyEnumerator).
	load func() []any
}

// InputEnumeratorType is the type of $input: the enumerator of the
// ArrayList PowerShell collects a function's input in.
const InputEnumeratorType = "System.Collections.ArrayList+ArrayListEnumeratorSimple"

// NewEnumerator returns an enumerator positioned before items[0].
func NewEnumerator(typeName string, items []any) *Enumerator {
	return &Enumerator{TypeName: typeName, items: items, pos: -1}
}

// MoveNext advances to the next value; false at the end.
func (e *Enumerator) MoveNext() bool {
	e.fill()
	if e.pos < len(e.items) {
		e.pos++
	}
	return e.pos < len(e.items)
}

// Current is the value MoveNext moved to; $null before the first
// MoveNext and after the end.
func (e *Enumerator) Current() any {
	e.fill()
	if e.pos < 0 || e.pos >= len(e.items) {
		return nil
	}
	return e.items[e.pos]
}

// Reset goes back to before the first value.
func (e *Enumerator) Reset() { e.pos = -1 }

// Drain returns the values not yet enumerated and moves to the end.
func (e *Enumerator) Drain() []any {
	e.fill()
	start := e.pos + 1
	if start > len(e.items) {
		start = len(e.items)
	}
	rest := e.items[start:]
	e.pos = len(e.items)
	return rest
}
