package items_test

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cspsh/cmdlets"
	"cspsh/pipeline"
	"cspsh/shell/interp"
)

// BenchmarkGetContentLines reads a 50,000-line file into a variable, as
// `$x = Get-Content big.txt` does: every line carries the file's notes,
// so this measures what one noted line costs.
func BenchmarkGetContentLines(b *testing.B) {
	dir := b.TempDir()
	p := filepath.Join(dir, "big.txt")
	var sb strings.Builder
	for i := 1; i <= 50000; i++ {
		fmt.Fprintf(&sb, "line %d\n", i)
	}
	if err := os.WriteFile(p, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	sess := &pipeline.Session{Home: dir, Location: dir}
	r := interp.New(interp.WithRegistry(cmdlets.Registry()), interp.WithSession(sess),
		interp.WithNonInteractive(true), interp.WithStdout(io.Discard), interp.WithStderr(io.Discard))
	src := "$x = Get-Content '" + p + "'; $x = $null"
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := r.RunString(src, "bench"); err != nil {
			b.Fatal(err)
		}
	}
}
