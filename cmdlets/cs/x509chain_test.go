package cs

import (
	"reflect"
	"testing"
)

func TestSplitFlagsAndOidValue(t *testing.T) {
	flags := []struct {
		in   int64
		want []int64
	}{
		{0, nil},
		{statusNotTimeValid | statusUntrustedRoot, []int64{1, 32}},
		{statusPartialChain | statusNotValidForUsage, []int64{16, 65536}},
	}
	for _, tt := range flags {
		if got := splitFlags(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitFlags(%d) = %v, want %v", tt.in, got, tt.want)
		}
	}
	oids := []struct {
		in   any
		want string
	}{
		{"1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.1"},
		{"Client Authentication", "1.3.6.1.5.5.7.3.2"},
	}
	for _, tt := range oids {
		if got := oidValue(tt.in); got != tt.want {
			t.Errorf("oidValue(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := chainStatusText(statusPartialChain); got != "A certificate chain could not be built to a trusted root authority." {
		t.Errorf("PartialChain text = %q", got)
	}
}
