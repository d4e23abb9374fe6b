// Package lab: see the cmdlet family's files.

package lab

import "cspsh/pipeline"

// Register adds this family's cmdlets and aliases to r.
func Register(r *pipeline.Registry) {}
