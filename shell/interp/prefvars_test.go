package interp

import "testing"

func TestRefuseSuspendValue(t *testing.T) {
	for _, tc := range []struct {
		val     any
		refused bool
	}{
		{actionPreference("Suspend"), true},
		{actionPreference("Ignore"), false}, // refused later, when read
		{actionPreference("Stop"), false},
		{"Suspend", false}, // an untyped copy is a plain string
		{int32(5), false},
	} {
		err := refuseSuspendValue(tc.val)
		if (err != nil) != tc.refused {
			t.Errorf("refuseSuspendValue(%v) = %v, want refused %v", tc.val, err, tc.refused)
		}
	}
}
