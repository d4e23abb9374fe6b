package members

import (
	"testing"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

func TestLinqSelectorCall(t *testing.T) {
	old := object.ScriptInvoker
	defer func() { object.ScriptInvoker = old }()
	object.ScriptInvoker = func(sb object.ScriptBlock, args []any) ([]any, error) {
		return sb.(fakeScript).fn(args), nil
	}
	length := &object.Delegate{TypeName: "System.Func`2[System.String,System.Int32]", Script: fakeScript{func(a []any) []any {
		return []any{int32(len(a[0].(string)))}
	}}}
	small := &object.Delegate{TypeName: "System.Func`2[System.Int32,System.Boolean]", Script: fakeScript{func(a []any) []any {
		return []any{a[0].(int32) < 3}
	}}}
	words := []any{"pear", "fig", "banana", "kiwi"}
	if r, found, _, err := linqSelectorCall("orderby", words, length); !found || err != nil || dotnet.ToString(r) != "fig pear kiwi banana" {
		t.Errorf("OrderBy = %v, %v, %v", r, found, err)
	}
	if r, found, _, err := linqSelectorCall("orderbydescending", words, length); !found || err != nil || dotnet.ToString(r) != "banana pear kiwi fig" {
		t.Errorf("OrderByDescending = %v, %v, %v", r, found, err)
	}
	nums := []any{int32(1), int32(2), int32(5), int32(1)}
	if r, _, _, _ := linqSelectorCall("takewhile", nums, small); dotnet.ToString(r) != "1 2" {
		t.Errorf("TakeWhile = %v", r)
	}
	if r, _, _, _ := linqSelectorCall("skipwhile", nums, small); dotnet.ToString(r) != "5 1" {
		t.Errorf("SkipWhile = %v", r)
	}
	if _, found, keys, _ := linqSelectorCall("max", words, length); found || dotnet.ToString(keys) != "4 3 6 4" {
		t.Errorf("Max selector keys = %v (found %v)", keys, found)
	}
}
