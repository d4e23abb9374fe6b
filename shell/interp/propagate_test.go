package interp_test

import (
	"strings"
	"testing"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// A statement's terminating error inside an invoked block is shown and
// skipped (about_Error_Handling), unless the caller asks for it back as
// DoInvokeReturnAsIs does for format expressions.
func TestInvokePropagateErrors(t *testing.T) {
	tests := []struct {
		propagate bool
		out       string
		err       bool
		stderr    bool
	}{
		{false, "after", false, true},
		{true, "", true, false},
	}
	for _, tc := range tests {
		r, _, errb := newRunner(t)
		if err := r.RunString(`$sb = { 1 / 0; 'after' }`, ""); err != nil {
			t.Fatal(err)
		}
		v, _ := r.GetVar("sb")
		sb, ok := v.(object.ScriptBlock)
		if !ok {
			t.Fatalf("$sb is %T", v)
		}
		out, err := r.Invoke(sb, pipeline.InvokeOptions{PropagateErrors: tc.propagate})
		var got []string
		for _, o := range out {
			got = append(got, o.(string))
		}
		if strings.Join(got, ",") != tc.out || (err != nil) != tc.err || (errb.Len() > 0) != tc.stderr {
			t.Errorf("propagate=%v: out %q, err %v, stderr %q", tc.propagate, got, err, errb.String())
		}
		if err != nil && !strings.Contains(err.Error(), "Attempted to divide by zero.") {
			t.Errorf("propagate=%v: error %v", tc.propagate, err)
		}
	}
}
