package cs

import (
	"strings"
	"testing"

	"cspsh/store"
)

// The names Request-CsCertificate puts in a request, from the default
// lab's topology, per computer and uses.
func TestRequestNames(t *testing.T) {
	l := newLab(t)
	l.get() // creates the lab
	st, err := OpenLab(nil2call(l))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		computer string
		types    []string
		extra    []string
		cn, sans string
	}{
		{"atl-cs-001.litwareinc.com", []string{"WebServicesExternal"}, nil,
			"webext.litwareinc.com", "webext.litwareinc.com,meet.litwareinc.com,dialin.litwareinc.com,lyncdiscover.litwareinc.com"},
		{"atl-edge-001.litwareinc.com", []string{"Internal"}, []string{"ap.litwareinc.com"},
			"atl-edge-001.litwareinc.com", "atl-edge-001.litwareinc.com,ap.litwareinc.com"},
		{"atl-edge-001.litwareinc.com", []string{"AccessEdgeExternal", "DataEdgeExternal", "AudioVideoAuthentication"}, nil,
			"sip.litwareinc.com", "sip.litwareinc.com,webconf.litwareinc.com"},
		{"atl-edge-001.litwareinc.com", []string{"AudioVideoAuthentication"}, []string{" dp.litwareinc.com"},
			"sip.litwareinc.com", "sip.litwareinc.com,webconf.litwareinc.com,dp.litwareinc.com"},
	}
	for _, tt := range tests {
		st.View(func(tx *store.Tx) error {
			cn, sans, err := requestNames(tx, tt.computer, tt.types, tt.extra, false)
			if err != nil || cn != tt.cn || strings.Join(sans, ",") != tt.sans {
				t.Errorf("%s %v: %q %q %v\nwant %q %q", tt.computer, tt.types, cn, strings.Join(sans, ","), err, tt.cn, tt.sans)
			}
			return nil
		})
	}
}
