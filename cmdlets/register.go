// Package cmdlets gathers every cmdlet family into one registry.
package cmdlets

import (
	"sync"

	"cspsh/cmdlets/core"
	"cspsh/cmdlets/cs"
	"cspsh/cmdlets/data"
	"cspsh/cmdlets/items"
	"cspsh/cmdlets/lab"
	"cspsh/cmdlets/output"
	"cspsh/cmdlets/pki"
	"cspsh/cmdlets/session"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
)

// Registry returns a registry holding every built-in cmdlet and alias.
// It is filled on its first look-up, so a script that runs no command
// starts without building the 120 cmdlet declarations; whether a name is
// a default alias (asked first of every command name, a script's own
// functions included) is answered from the alias tables alone.
func Registry() *pipeline.Registry {
	extensionsOnce.Do(func() { dotnet.AddExtensions(registerExtensions) })
	return pipeline.NewLazyRegistry(register).SetAliasFill(registerAliases)
}

// extensionsOnce makes the first Registry hand registerExtensions to
// dotnet, which runs it before the first look-up that needs it.
var extensionsOnce sync.Once

// registerExtensions adds what the families supply to the layers below
// them: constructors and conversions of their .NET types, the method
// catalog, tab completers.
func registerExtensions() {
	pipeline.RegisterExtensions()
	core.RegisterExtensions()
	data.RegisterExtensions()
	items.RegisterExtensions()
	cs.RegisterExtensions()
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
