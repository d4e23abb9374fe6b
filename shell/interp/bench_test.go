package interp_test

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cspsh/cmdlets"
	"cspsh/pipeline"
	"cspsh/shell/interp"
)

// The benchmarks run the workloads of bench/ (copied from the shared
// harness) in-process: parse, compile and run, output formatted. Each
// checks its output against bench/expected.txt first.

func expected(b *testing.B) map[string]string {
	f, err := os.Open("../../bench/expected.txt")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	m := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		name, want, _ := strings.Cut(line, " ")
		m[name] = want
	}
	return m
}

func benchWorkload(b *testing.B, name string) {
	path, _ := filepath.Abs(filepath.Join("../../bench/workloads", name+".ps1"))
	want := expected(b)[name]
	reg := cmdlets.Registry()
	home := b.TempDir()
	run := func() string {
		var out bytes.Buffer
		r := interp.New(interp.WithRegistry(reg), interp.WithStdout(&out), interp.WithStderr(&out),
			interp.WithNonInteractive(true), interp.WithSession(&pipeline.Session{Home: home}))
		r.RunFile(path, nil)
		return strings.TrimSpace(out.String())
	}
	if got := run(); got != want {
		b.Fatalf("%s: got %q, want %q", name, got, want)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		run()
	}
}

func BenchmarkStartup(b *testing.B)  { benchWorkload(b, "startup") }
func BenchmarkLoop(b *testing.B)     { benchWorkload(b, "loop") }
func BenchmarkString(b *testing.B)   { benchWorkload(b, "string") }
func BenchmarkFunc(b *testing.B)     { benchWorkload(b, "func") }
func BenchmarkPipeline(b *testing.B) { benchWorkload(b, "pipeline") }
func BenchmarkParse(b *testing.B)    { benchWorkload(b, "parse") }
func BenchmarkHash(b *testing.B)     { benchWorkload(b, "hash") }
