package object

// NewLazyEnumerator returns an enumerator whose values come from load,
// called once when the enumerator is first used. The shell's $input over
// standard input is one: a script that never reads $input must not wait
// for a pipe that is never closed.
func NewLazyEnumerator(typeName string, load func() []any) *Enumerator {
	return &Enumerator{TypeName: typeName, pos: -1, load: load}
}

// fill runs load (once) and keeps its values.
func (e *Enumerator) fill() {
	if e.load != nil {
		load := e.load
		e.load = nil
		e.items = load()
	}
}
