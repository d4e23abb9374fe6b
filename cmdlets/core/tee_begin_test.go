package core

import (
	"path/filepath"
	"testing"

	"cspsh/cmdlets/core/cmdtest"
)

// TestTeeOpensFileFirst: a file Tee-Object cannot open ends the command
// before any object passes (the file is opened at the start, as
// Out-File does), so nothing reaches the pipeline.
func TestTeeOpensFileFirst(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "nodir", "x.txt")
	out, err := cmdtest.New().Run(teeObject(), ints(1, 2), P("FilePath"), bad)
	if err == nil || len(out) != 0 {
		t.Errorf("out %v, err %v; want no output and an error", out, err)
	}
}
