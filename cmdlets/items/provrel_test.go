package items

import (
	"testing"

	"cspsh/pipeline"
)

// Relative paths resolve against a provider location (about_Locations:
// "." is the current location of the current provider).
func TestProviderRelative(t *testing.T) {
	tests := []struct{ loc, in, want string }{
		{`Env:\`, ".", `Env:\`},
		{`Env:\`, "HOME", `Env:\HOME`},
		{`Cert:\LocalMachine`, "My", `Cert:\LocalMachine\My`},
		{`Cert:\LocalMachine\My`, "..", `Cert:\LocalMachine`},
		{`Cert:\LocalMachine`, `..\CurrentUser\My`, `Cert:\CurrentUser\My`},
		{`Cert:\LocalMachine`, `C:\Certificates`, `C:\Certificates`},
		{`Cert:\LocalMachine`, `Env:`, `Env:`},
		{`Cert:\LocalMachine`, `~`, `~`},
		{`C:\Certificates`, "x.pfx", "x.pfx"},
		{`/tmp`, ".", "."},
	}
	for _, tt := range tests {
		s := &pipeline.Session{Location: tt.loc}
		if got := providerRelative(s, tt.in); got != tt.want {
			t.Errorf("at %s, %q: got %q, want %q", tt.loc, tt.in, got, tt.want)
		}
	}
}
