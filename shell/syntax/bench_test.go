package syntax

import (
	"fmt"
	"strings"
	"testing"
)

// parseWorkload is the bench "parse" workload: 2,000 five-line functions.
func parseWorkload(n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# parse: generated, %d lines of function definitions. Expected: 2008\n", n*5)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "function f%d($a) {\n", i)
		fmt.Fprintf(&b, "    $b = $a * %d + 1\n", i)
		b.WriteString("    if ($b -gt 100) { $c = \"big $b\" } else { $c = \"small $b\" }\n")
		fmt.Fprintf(&b, "    return $c.Length + %d\n", i)
		b.WriteString("}\n")
	}
	fmt.Fprintf(&b, "f%d 3\n", n)
	return b.String()
}

func BenchmarkParse(b *testing.B) {
	src := parseWorkload(2000)
	f := NewFile("parse.ps1", src)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(f); err != nil {
			b.Fatal(err)
		}
	}
}
