package data

import (
	"testing"

	"cspsh/cmdlets/core/cmdtest"
	"cspsh/pipeline/object"
)

func TestMeasureCommand(t *testing.T) {
	// The block runs once without input and once per piped object (as $_);
	// its output is discarded and a single TimeSpan comes out.
	var seen []any
	block := cmdtest.Block{Text: " $_ ", Fn: func(d any, _ []any, _ map[string]any) []any {
		seen = append(seen, d)
		return []any{"discarded"}
	}}
	out, err := cmdtest.New().Run(measureCommand(), nil, block)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 1 || len(seen) != 1 {
		t.Fatalf("no input: out %v, runs %v", out, seen)
	}
	if _, ok := out[0].(object.TimeSpan); !ok {
		t.Errorf("output %T, want TimeSpan", out[0])
	}
	seen = nil
	out, err = cmdtest.New().Run(measureCommand(), []any{int32(1), int32(2)}, block)
	if err != nil || len(out) != 1 || len(seen) != 2 || seen[1] != int32(2) {
		t.Errorf("piped: out %v, runs %v, err %v", out, seen, err)
	}
}
