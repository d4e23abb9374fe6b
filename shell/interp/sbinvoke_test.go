package interp

import (
	"bytes"
	"testing"

	"cspsh/cmdlets"
	"cspsh/pipeline"
)

// TestScriptBlockInvokeResult: Invoke returns a Collection<PSObject>
// (indexable, counted, joined, not an array); InvokeReturnAsIs returns
// the output as is.
func TestScriptBlockInvokeResult(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{`{ 1; 2 }.Invoke().GetType().Name`, "Collection`1\n"},
		{`$r = { 1; 2 }.Invoke(); "$($r.Count) $($r[1]) $($r -join '+') $($r -is [array])"`, "2 2 1+2 False\n"},
		{`{ }.Invoke().Count`, "0\n"},
		{`{ param($x) $x * 2 }.Invoke(4)`, "8\n"},
		{`{ 7 }.InvokeReturnAsIs().GetType().Name`, "Int32\n"},
	} {
		var out, errb bytes.Buffer
		r := New(WithRegistry(cmdlets.Registry()), WithStdout(&out), WithStderr(&errb), WithNonInteractive(true), WithSession(&pipeline.Session{Home: t.TempDir()}))
		if err := r.RunString(tt.src, ""); err != nil {
			t.Fatal(err)
		}
		if got := out.String(); got != tt.want {
			t.Errorf("%s: output %q, want %q (stderr %q)", tt.src, got, tt.want, errb.String())
		}
	}
}
