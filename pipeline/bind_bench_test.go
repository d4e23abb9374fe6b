package pipeline

import (
	"fmt"
	"testing"
)

// whereLike is shaped like Where-Object: InputObject from the pipeline in
// every set, a script block set and thirty comparison sets.
func whereLike() *CommandInfo {
	ci := &CommandInfo{Name: "Where-Object", Kind: KindCmdlet, DefaultSet: "EqualSet", Params: []*ParamDecl{
		{Name: "InputObject", Type: "psobject", Sets: sets(SetBinding{Set: AllSets, Position: -1, ValueFromPipeline: true})},
		{Name: "FilterScript", Type: "scriptblock", Sets: sets(SetBinding{Set: "ScriptBlockSet", Position: 0, Mandatory: true})},
		{Name: "Value", Type: "object", Sets: sets(SetBinding{Set: "EqualSet", Position: 1})},
	}}
	for i := 0; i < 30; i++ {
		set := fmt.Sprintf("Op%dSet", i)
		if i == 0 {
			set = "EqualSet"
		}
		ci.Params = append(ci.Params, &ParamDecl{Name: fmt.Sprintf("Op%d", i), Type: "switch", Sets: sets(SetBinding{Set: set, Position: -1, Mandatory: i > 0})})
		ci.Params[1].Sets = append(ci.Params[1].Sets, SetBinding{Set: set, Position: 0, Mandatory: true})
	}
	return ci
}

func BenchmarkBindNamed(b *testing.B) {
	ci := setCert()
	rt := newFakeRT()
	a := args(pn("Type"), val("Default"), pn("Thumb"), val("AB"), pn("EffectiveDate"), val("7/1/2015"), pn("Roll"))
	for b.Loop() {
		if _, err := Bind(ci, a, rt, false); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPipelinePerObject(b *testing.B) {
	ci := whereLike()
	rt := newFakeRT()
	sb := fakeBlock{text: "$_", fn: func(any) []any { return nil }}
	bd, err := Bind(ci, args(val(sb)), rt, true)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := bd.Pipeline(int32(5)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBindSimple(b *testing.B) {
	ci := getItem()
	rt := newFakeRT()
	a := args(val("a.txt"), pn("Count"), val(int32(3)))
	for b.Loop() {
		if _, err := Bind(ci, a, rt, false); err != nil {
			b.Fatal(err)
		}
	}
}
