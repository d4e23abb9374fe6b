package members

import (
	"testing"

	"cspsh/pipeline/object"
)

// TestArrayBinarySearch pins Array.BinarySearch's complement for values
// that are not in the sorted array.
func TestArrayBinarySearch(t *testing.T) {
	arr := []any{int32(1), int32(3), int32(5), int32(7)}
	tests := []struct {
		v    any
		want int32
	}{
		{int32(1), 0}, {int32(7), 3}, {int32(0), -1}, {int32(4), -3}, {int32(9), -5},
	}
	for _, tt := range tests {
		got, found, err := arrayStaticCall("binarysearch", []any{arr, tt.v})
		if !found || err != nil || got != tt.want {
			t.Errorf("BinarySearch(%v) = %v, %v, %v; want %d", tt.v, got, found, err, tt.want)
		}
	}
}

// TestArrayResize checks that Resize replaces the referenced array.
func TestArrayResize(t *testing.T) {
	ref := object.NewObject("System.Management.Automation.PSReference")
	ref.SetProp("Value", []any{int32(1), int32(2)})
	if _, err := arrayResize([]any{ref, int32(1)}); err != nil {
		t.Fatal(err)
	}
	if v, _ := ref.Prop("Value"); len(v.([]any)) != 1 {
		t.Errorf("after Resize(1): %v", v)
	}
	if _, err := arrayResize([]any{ref, int32(-1)}); err == nil {
		t.Error("Resize(-1): no error")
	}
}
