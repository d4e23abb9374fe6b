// Package core: see the cmdlet family's files.

package core

import "cspsh/pipeline"

// Register adds this family's cmdlets and aliases to r.
func Register(r *pipeline.Registry) {}
