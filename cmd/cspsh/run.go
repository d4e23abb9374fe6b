package main

import (
	"fmt"
	"os"
)

// run is replaced by the interpreter wiring once shell/interp exists.
func run(o *options) int {
	fmt.Fprintln(os.Stderr, "cspsh: interpreter not wired yet")
	return 1
}
