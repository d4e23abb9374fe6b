package format

import (
	"io"
	"testing"
)

func BenchmarkWriterScalars(b *testing.B) {
	w := NewWriter(io.Discard, 120)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = w.Write(int32(i))
	}
	_ = w.Close()
}

func BenchmarkWriterTable(b *testing.B) {
	w := NewWriter(io.Discard, 120)
	o := obj("Name", "Server30", "System", "Server Core", "PSVersion", "4.0")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = w.Write(o)
	}
	_ = w.Close()
}
