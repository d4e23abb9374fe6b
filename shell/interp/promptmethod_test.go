package interp

import (
	"errors"
	"testing"

	"cspsh/pipeline/object"
)

func TestPromptMethodError(t *testing.T) {
	ex := object.NewException("System.Management.Automation.PSInvalidOperationException", "no console")
	plain := errors.New("other")
	for _, tc := range []struct {
		in, want error
	}{
		{object.NewError(ex, "System.Management.Automation.PSInvalidOperationException,f", "InvalidOperation", nil), ex},
		{plain, plain},
		{nil, nil},
	} {
		if got := promptMethodError(tc.in); got != tc.want {
			t.Errorf("promptMethodError(%v) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
