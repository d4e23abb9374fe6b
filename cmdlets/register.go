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
func Registry() *pipeline.Registry {
	r := pipeline.NewRegistry()
	core.Register(r)
	output.Register(r)
	data.Register(r)
	items.Register(r)
	session.Register(r)
	cs.Register(r)
	pki.Register(r)
	lab.Register(r)
	return r
}
