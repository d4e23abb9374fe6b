package pki

import (
	"encoding/asn1"
	"testing"

	"cspsh/pki"
)

func TestParseSubject(t *testing.T) {
	tests := []struct{ in, want string }{
		{"CN=sip.litwareinc.com, O=Litware, C=US", "CN=sip.litwareinc.com, O=Litware, C=US"},
		{`CN=a, O="Litware, Inc."`, `CN=a, O="Litware, Inc."`},
		{"cn=x,st=Washington", "CN=x, S=Washington"},
	}
	for _, tt := range tests {
		seq, err := parseSubject(tt.in)
		if err != nil {
			t.Errorf("parseSubject(%q): %v", tt.in, err)
			continue
		}
		raw, err := asn1.Marshal(seq)
		if err != nil {
			t.Fatal(err)
		}
		if got := pki.FormatName(raw); got != tt.want {
			t.Errorf("parseSubject(%q) prints %q, want %q", tt.in, got, tt.want)
		}
	}
	if _, err := parseSubject("nonsense"); err == nil {
		t.Error("parseSubject(nonsense) succeeded")
	}
}

func TestParseCertPath(t *testing.T) {
	tests := []struct {
		in   string
		want certPath
	}{
		{`Cert:\LocalMachine\My`, certPath{"LocalMachine", "My", ""}},
		{`cert:/localmachine/my/ab cd`, certPath{"LocalMachine", "My", "ABCD"}},
		{`LocalMachine\ROOT`, certPath{"LocalMachine", "Root", ""}},
		{``, certPath{}},
	}
	for _, tt := range tests {
		if got := parseCertPath(tt.in); got != tt.want {
			t.Errorf("parseCertPath(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}
