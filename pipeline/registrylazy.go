package pipeline

import "sync"

// lazyFill is how a registry made by NewLazyRegistry is filled on first
// use. Building the whole built-in set (about 120 cmdlets, each with its
// parameter declarations) touches a few hundred KB of fresh memory, a
// tenth of a millisecond or more of page faults at start; a script that
// never names a command (or `cspsh -c exit`) should not pay for it.
type lazyFill struct {
	once sync.Once
	fill func(*Registry)
}

// NewLazyRegistry returns a registry that fill populates the first time
// it is read or added to. fill is given a plain registry and may call
// Add and Alias on it.
func NewLazyRegistry(fill func(*Registry)) *Registry {
	return &Registry{lazy: lazyFill{fill: fill}}
}

// ensure fills a lazy registry once; a no-op for one made by NewRegistry.
func (r *Registry) ensure() {
	if r.lazy.fill == nil {
		return
	}
	r.lazy.once.Do(func() {
		b := NewRegistry()
		r.lazy.fill(b)
		r.cmds, r.order, r.Aliases = b.cmds, b.order, b.Aliases
	})
}

// AliasTarget returns the command a default alias names (name in any case).
func (r *Registry) AliasTarget(name string) (string, bool) {
	r.ensure()
	t, ok := r.Aliases[lower(name)]
	return t, ok
}

// AliasMap returns the default aliases: lower-case alias → command name.
// The map is the registry's own; callers must not change it.
func (r *Registry) AliasMap() map[string]string {
	r.ensure()
	return r.Aliases
}
