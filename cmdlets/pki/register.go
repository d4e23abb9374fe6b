// Package pki: see the cmdlet family's files.

package pki

import "cspsh/pipeline"

// Register adds this family's cmdlets and aliases to r.
func Register(r *pipeline.Registry) {}
