package members

import (
	"testing"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

func TestArrayCreateInstance(t *testing.T) {
	r, found, err := arrayStaticCall("createinstance", []any{&object.TypeValue{FullName: "System.Int32", Name: "Int32"}, int32(3)})
	if !found || err != nil {
		t.Fatalf("CreateInstance: found=%v err=%v", found, err)
	}
	a := r.([]any)
	if len(a) != 3 || a[0] != int32(0) || dotnet.TypeName(a) != "System.Int32[]" {
		t.Errorf("CreateInstance([int], 3) = %#v (%s)", a, dotnet.TypeName(a))
	}
	if _, _, err := arrayStaticCall("createinstance", []any{&object.TypeValue{FullName: "System.Int32", Name: "Int32"}, int32(-1)}); err == nil {
		t.Error("CreateInstance with a negative length did not fail")
	}
}
