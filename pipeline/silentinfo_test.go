package pipeline

import "testing"

// TestWriteInformationSilent: under SilentlyContinue the record still
// reaches the runtime, marked silent (for 6> and 6>&1); under Continue it
// is an ordinary record; Ignore drops it.
func TestWriteInformationSilent(t *testing.T) {
	tests := []struct {
		pref   ActionPreference
		silent bool
		n      int
	}{
		{SilentlyContinue, true, 1},
		{Continue, false, 1},
		{Ignore, false, 0},
	}
	for _, tt := range tests {
		rt := newFakeRT()
		c := &Call{Info: &CommandInfo{Name: "Write-Information"}, Rt: rt, InformationAction: tt.pref}
		if err := c.WriteInformation("msg"); err != nil {
			t.Fatal(err)
		}
		if len(rt.streams) != tt.n {
			t.Fatalf("%v: %d records, want %d", tt.pref, len(rt.streams), tt.n)
		}
		if tt.n == 0 {
			continue
		}
		v, silent := SilentInformation(rt.streams[0])
		if silent != tt.silent {
			t.Errorf("%v: silent %v, want %v", tt.pref, silent, tt.silent)
		}
		if silent && v != "msg" {
			t.Errorf("%v: unwrapped %v", tt.pref, v)
		}
	}
}
