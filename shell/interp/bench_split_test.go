package interp_test

import (
	"bytes"
	"strings"
	"testing"

	"cspsh/cmdlets"
	"cspsh/pipeline"
	"cspsh/shell/interp"
)

// BenchmarkSplitLoop measures -split and String.Split in a loop, so that
// marking their results as String[] (about_Split) is seen to cost
// nothing per split.
func BenchmarkSplitLoop(b *testing.B) {
	const src = `$n = 0
foreach ($i in 1..20000) {
  $p = "CN=srv$i,OU=Servers,DC=contoso,DC=com" -split ','
  $q = 'a;b;c'.Split(';')
  $n += $p.Count + $q.Length
}
$n`
	reg := cmdlets.Registry()
	home := b.TempDir()
	run := func() string {
		var out bytes.Buffer
		r := interp.New(interp.WithRegistry(reg), interp.WithStdout(&out), interp.WithStderr(&out),
			interp.WithNonInteractive(true), interp.WithSession(&pipeline.Session{Home: home}))
		r.RunString(src, "split.ps1")
		return strings.TrimSpace(out.String())
	}
	if got := run(); got != "140000" {
		b.Fatalf("got %q", got)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		run()
	}
}
