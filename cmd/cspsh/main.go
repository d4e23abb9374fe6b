// Command cspsh is a PowerShell-compatible shell for Skype for Business
// Server certificate administration.
package main

import (
	"fmt"
	"os"
)

func main() {
	growStack()
	o, err := parseArgs(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(64)
	}
	tuneGC(o)
	if o.help {
		fmt.Print(usage)
		return
	}
	os.Exit(run(o))
}
