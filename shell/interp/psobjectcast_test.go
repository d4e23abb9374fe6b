package interp

import (
	"testing"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

func TestPSObjectWrap(t *testing.T) {
	ht := object.NewHashtable(false)
	if got := psObjectWrap(ht); got != any(ht) {
		t.Errorf("[psobject] of a hashtable = %T, want the hashtable itself", got)
	}
	w, ok := psObjectWrap(int32(1)).(*object.PSObject)
	if !ok || w.Base != int32(1) || dotnet.TypeName(w) != "System.Int32" {
		t.Fatalf("[psobject]1 = %#v, want an Int32 wrapper", w)
	}
	if !dotnet.IsInstance(w, &object.TypeValue{FullName: "System.Int32"}) {
		t.Error("([psobject]1) -is [int] is false")
	}
	if psObjectWrap(nil) != nil {
		t.Error("[psobject]$null is not $null")
	}
	var out []any
	if err := emitValue(psObjectWrap([]any{int32(1), int32(2)}), func(v any) error { out = append(out, v); return nil }); err != nil || len(out) != 2 {
		t.Errorf("a wrapped array emitted %v, %v; want its 2 elements", out, err)
	}
}
