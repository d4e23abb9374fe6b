package pki

import "testing"

func TestMoveTarget(t *testing.T) {
	const thumb = "9FA1ECFF14964438489D565FC733378F919DC73C"
	tests := []struct {
		src, dst string
		wantID   string
		wantDst  string
	}{
		{`LocalMachine\My\` + thumb, `LocalMachine\WebHosting`, "", "WebHosting"},
		{`LocalMachine\My\` + thumb, `LocalMachine\WebHosting\` + thumb, "", "WebHosting"},
		{`LocalMachine\My`, `LocalMachine\WebHosting`, "CannotMoveContainer", ""},
		{`LocalMachine\My\` + thumb, `LocalMachine\WebHosting\ABCD`, "InvalidDestStore", ""},
		{`LocalMachine\My\` + thumb, `LocalMachine`, "InvalidDestStore", ""},
		{`LocalMachine\My\` + thumb, `CurrentUser\My`, "CannotMoveCrossContext", ""},
		{`LocalMachine\My\` + thumb, `localmachine\my`, "CannotMoveToSameStore", ""},
	}
	for _, tt := range tests {
		_, dst, id, _ := moveTarget(parseCertPath(tt.src), parseCertPath(tt.dst))
		if id != tt.wantID || id == "" && dst.Store != tt.wantDst {
			t.Errorf("moveTarget(%s, %s) = %q, store %q; want %q, %q", tt.src, tt.dst, id, dst.Store, tt.wantID, tt.wantDst)
		}
	}
}
