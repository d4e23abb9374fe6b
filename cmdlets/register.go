// Package cmdlets gathers every cmdlet family into one registry.
package cmdlets

import (
	"cspsh/cmdlets/core"
	"cspsh/cmdlets/cs"
	"cspsh/cmdlets/data"
	"cspsh/cmdlets/items"
	"cspsh/cmdlets/lab"
	"cspsh/cmdlets/output"
	"cspsh/cmdlets/pki"
	"cspsh/cmdlets/session"
	"cspsh/pipeline"
)

// Registry returns a registry holding every built-in cmdlet and alias.
// It is filled on its first look-up, so a script that runs no command
// starts without building the 120 cmdlet declarations; whether a name is
// a default alias (asked first of every command name, a script's own
// functions included) is answered from the alias tables alone.
func Registry() *pipeline.Registry {
	return pipeline.NewLazyRegistry(register).SetAliasFill(registerAliases)
}

// registerAliases adds every family's default aliases to r: the same
// aliases register adds (TestAliasFill).
func registerAliases(r *pipeline.Registry) {
	core.RegisterAliases(r)
	output.RegisterAliases(r)
	data.RegisterAliases(r)
	items.RegisterAliases(r)
	session.RegisterAliases(r)
}

// register adds every family's cmdlets and aliases to r.
func register(r *pipeline.Registry) {
	core.Register(r)
	output.Register(r)
	data.Register(r)
	items.Register(r)
	session.Register(r)
	cs.Register(r)
	pki.Register(r)
	lab.Register(r)
}
