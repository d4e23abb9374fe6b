package interp_test

import (
	"bytes"
	"testing"
	"time"

	"cspsh/cmdlets"
	"cspsh/pipeline"
	"cspsh/shell/interp"
)

// [datetime]::Now and Get-Date read the same clock: the lab clock when
// the session has one ("clock" service), so a script sees one time.
func TestDateTimeNowReadsLabClock(t *testing.T) {
	tests := []struct {
		name  string
		clock any
	}{
		{"func", func() time.Time { return time.Date(2015, 7, 1, 8, 0, 0, 0, time.Local) }},
		{"func with error", func() (time.Time, error) { return time.Date(2015, 7, 1, 8, 0, 0, 0, time.Local), nil }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			sess := &pipeline.Session{Home: t.TempDir(), Location: "/tmp", Services: map[string]any{"clock": tc.clock}}
			r := interp.New(interp.WithRegistry(cmdlets.Registry()), interp.WithStdout(&out), interp.WithStderr(&errb),
				interp.WithNonInteractive(true), interp.WithSession(sess))
			r.RunString(`[datetime]::Now.ToString('yyyy-MM-dd HH:mm'); [datetime]::Today.Day; (Get-Date).Year`, "")
			if got, want := out.String(), "2015-07-01 08:00\n1\n2015\n"; got != want {
				t.Errorf("got %q, want %q (stderr %q)", got, want, errb.String())
			}
		})
	}
}
