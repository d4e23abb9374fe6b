package pipeline

import (
	"sync"
	"sync/atomic"
)

// lazyFill is how a registry made by NewLazyRegistry is filled on first
// use. Building the whole built-in set (about 120 cmdlets, each with its
// parameter declarations) touches a few hundred KB of fresh memory, a
// tenth of a millisecond or more of page faults at start; a script that
// never names a command (or `cspsh -c exit`) should not pay for it.
type lazyFill struct {
	once sync.Once
	fill func(*Registry)
	// done is set once fill has run.
	done atomic.Bool
	// aliasFill adds the default aliases alone (SetAliasFill): resolving
	// a command name asks first whether it is an alias, and answering
	// that must not build every cmdlet.
	aliasOnce sync.Once
	aliasFill func(*Registry)
	aliases   map[string]string
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
		r.lazy.done.Store(true)
	})
}

// SetAliasFill gives a registry made by NewLazyRegistry a cheaper fill
// for its default aliases alone, which AliasTarget uses until the
// registry is filled. fill must add exactly the aliases the registry's
// own fill adds.
func (r *Registry) SetAliasFill(fill func(*Registry)) *Registry {
	r.lazy.aliasFill = fill
	return r
}

// defaultAliases returns the alias table of a lazy registry not filled
// yet, made by its alias fill; nil when there is none.
func (r *Registry) defaultAliases() map[string]string {
	if r.lazy.aliasFill == nil || r.lazy.done.Load() {
		return nil
	}
	r.lazy.aliasOnce.Do(func() {
		b := &Registry{Aliases: make(map[string]string, 128)}
		r.lazy.aliasFill(b)
		r.lazy.aliases = b.Aliases
	})
	return r.lazy.aliases
}

// AliasTarget returns the command a default alias names (name in any case).
func (r *Registry) AliasTarget(name string) (string, bool) {
	if m := r.defaultAliases(); m != nil {
		t, ok := m[lower(name)]
		return t, ok
	}
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
