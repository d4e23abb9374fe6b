// Package lazy holds tables that are built on their first use.
//
// A package-level map literal, or a var set by a function call, is built
// by the package's init code in every process, and running that code
// faults in its pages: about ten microseconds per package on a small VM,
// a fifth of cspsh's start when every package had some. A Value declared
// as a composite literal is laid out by the compiler with no init code,
// and builds its table only when a script first needs it.
package lazy

import (
	"sync"
	"sync/atomic"
)

// Value is a T built by Build on the first Get and shared afterwards.
// Declare it as a composite literal, `var t = lazy.Value[T]{Build: f}`,
// so that no init code runs for it.
type Value[T any] struct {
	Build func() T
	done  atomic.Bool
	mu    sync.Mutex
	v     T
}

// Get returns the value, building it first if no Get has yet. Safe for
// concurrent use; Build runs once.
func (l *Value[T]) Get() T {
	if l.done.Load() {
		return l.v
	}
	return l.build()
}

func (l *Value[T]) build() T {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.done.Load() {
		l.v = l.Build()
		l.done.Store(true)
	}
	return l.v
}
