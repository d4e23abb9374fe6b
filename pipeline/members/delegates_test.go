package members

import (
	"testing"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// fakeScript stands for a script block; the fake invoker applies fn.
type fakeScript struct{ fn func(args []any) []any }

func (fakeScript) String() string { return "fake" }

func TestDelegateSequenceMethods(t *testing.T) {
	old := object.ScriptInvoker
	defer func() { object.ScriptInvoker = old }()
	object.ScriptInvoker = func(sb object.ScriptBlock, args []any) ([]any, error) {
		return sb.(fakeScript).fn(args), nil
	}
	gt2 := &object.Delegate{TypeName: "System.Predicate`1[System.Object]", Script: fakeScript{func(a []any) []any {
		return []any{a[0].(int32) > 2}
	}}}
	cube := &object.Delegate{TypeName: "System.Func`2[System.Int32,System.Single]", Script: fakeScript{func(a []any) []any {
		n := float64(a[0].(int32))
		return []any{n * n * n}
	}}}
	items := []any{int32(1), int32(2), int32(3), int32(4)}
	cases := []struct {
		method string
		fn     any
		want   string
	}{
		{"findall", gt2, "3 4"},
		{"find", gt2, "3"},
		{"findindex", gt2, "2"},
		{"findlast", gt2, "4"},
		{"exists", gt2, "True"},
		{"trueforall", gt2, "False"},
		{"count", gt2, "2"},
		{"select", cube, "1 8 27 64"},
	}
	for _, c := range cases {
		r, found, err := delegateSequenceCall(c.method, items, c.fn)
		if !found || err != nil || dotnet.ToString(r) != c.want {
			t.Errorf("%s = %v (found %v, err %v), want %s", c.method, r, found, err, c.want)
		}
	}
	r, _, _ := delegateSequenceCall("select", items, cube)
	if got := dotnet.TypeName(r.([]any)[1]); got != "System.Single" {
		t.Errorf("Func[int,float] result type %s, want System.Single", got)
	}
	byDesc := &object.Delegate{TypeName: "System.Comparison`1[System.Int32]", Script: fakeScript{func(a []any) []any {
		return []any{a[1].(int32) - a[0].(int32)}
	}}}
	sorted := append([]any(nil), items...)
	if ok, err := sortWithComparison(sorted, byDesc); !ok || err != nil || dotnet.ToString(sorted) != "4 3 2 1" {
		t.Errorf("Sort(Comparison) = %v, %v, %v", sorted, ok, err)
	}
	if _, found, _ := delegateSequenceCall("findall", items, "not a delegate"); found {
		t.Error("a string was taken for a delegate")
	}
}
