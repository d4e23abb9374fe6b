//go:build !unix

package items

import "cspsh/pipeline/object"

// addSpace leaves Used and Free unset where the host cannot report them.
func addSpace(*object.PSObject, string) {}
