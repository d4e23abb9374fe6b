package dotnet

import (
	"sync"
	"sync/atomic"
)

// Packages above this one supply conversions, constructors and method
// catalogs for the types their objects have (FileInfo lives with the item
// cmdlets). They used to register those from init functions, which ran
// in every process whether or not a script needed them; now each adds
// one registration function, run the first time a look-up could need it.
var extensions struct {
	mu      sync.Mutex
	pending []func()
	waiting atomic.Bool
}

// AddExtensions records register, which calls RegisterConversion,
// members.RegisterConstructor and the like, to run before the next
// look-up of a conversion, constructor, method catalog or completer.
// register only records entries: it runs under the lock that makes
// concurrent look-ups wait, so a conversion or constructor look-up from
// inside it would wait for itself.
func AddExtensions(register func()) {
	extensions.mu.Lock()
	defer extensions.mu.Unlock()
	extensions.pending = append(extensions.pending, register)
	extensions.waiting.Store(true)
}

// LoadExtensions runs the registrations AddExtensions recorded and that
// have not run yet. A look-up that could find a registered entry calls it
// first; it costs one atomic load once they have run.
func LoadExtensions() {
	if !extensions.waiting.Load() {
		return
	}
	extensions.mu.Lock()
	defer extensions.mu.Unlock()
	// Running them under the lock makes a concurrent look-up wait until
	// every entry is in place.
	for len(extensions.pending) > 0 {
		fn := extensions.pending[0]
		extensions.pending = extensions.pending[1:]
		fn()
	}
	extensions.waiting.Store(false)
}
