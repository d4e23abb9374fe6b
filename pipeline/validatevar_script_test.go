package pipeline

import (
	"errors"
	"testing"

	"cspsh/pipeline/object"
)

// scriptRT answers ValidateScript invocations with a fixed function of $_.
type scriptRT struct {
	fakeRT
	run func(v any) ([]any, error)
}

func (s *scriptRT) Invoke(_ object.ScriptBlock, o InvokeOptions) ([]any, error) {
	return s.run(o.DollarUnder)
}

func TestVariableValueCheck(t *testing.T) {
	boom := errors.New("too big")
	rt := &scriptRT{fakeRT: *newFakeRT(), run: func(v any) ([]any, error) {
		n, _ := v.(int32)
		if n > 5 {
			return nil, boom
		}
		return []any{n < 3}, nil
	}}
	d := &ParamDecl{Name: "x", ValidateScript: fakeBlock{text: "$_ -lt 3"}}
	cases := []struct {
		v     any
		valid bool
		err   error
	}{
		{int32(1), true, nil},
		{int32(4), false, nil},
		{int32(9), false, boom},
		// Each element of a collection is checked.
		{[]any{int32(1), int32(2)}, true, nil},
		{[]any{int32(1), int32(4)}, false, nil},
	}
	for _, c := range cases {
		valid, err := VariableValueCheck(d, c.v, rt)
		if valid != c.valid || err != c.err {
			t.Errorf("%v: valid %v err %v, want %v %v", c.v, valid, err, c.valid, c.err)
		}
	}
}
