package repl

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"cspsh/pipeline"
	"cspsh/shell/interp"
)

// BenchmarkCompleteHugeDir completes a file name in a folder of 50,000
// files: the listing is bounded (defaultMaxEntries), so Tab stays quick
// however big the folder is.
func BenchmarkCompleteHugeDir(b *testing.B) {
	dir := b.TempDir()
	for i := 0; i < 50000; i++ {
		f, err := os.Create(filepath.Join(dir, strconv.Itoa(i)))
		if err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
	sess := &pipeline.Session{Home: b.TempDir(), Location: dir}
	r := interp.New(interp.WithSession(sess))
	c := &Completer{Rt: r.Runtime()}
	line := []rune("Get-Content 4999")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.Complete(context.Background(), line, len(line))
	}
}
