package main

import (
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the script tests run the real binary as "cspsh".
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"cspsh": main})
}

// TestScripts runs testdata/script/*.txtar: each script drives the cspsh
// binary in a fresh lab and compares its output with what Windows
// PowerShell documents.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: filepath.Join("..", "..", "testdata", "script"),
		Setup: func(env *testscript.Env) error {
			env.Setenv("CSPSH_HOME", filepath.Join(env.WorkDir, ".cspsh"))
			env.Setenv("HOME", env.WorkDir)
			env.Setenv("TZ", "UTC")
			env.Setenv("NO_COLOR", "1")
			env.Setenv("TERM", "dumb")
			return nil
		},
		RequireExplicitExec: false,
	})
}
