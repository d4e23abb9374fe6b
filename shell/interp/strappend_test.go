package interp

import "testing"

func TestStrAppend(t *testing.T) {
	var a strAppend
	s1 := a.add("", "ab")
	s2 := a.add(s1, "cd")
	kept := s2
	s3 := a.add(s2, "ef")
	// kept is no longer the buffer's newest string: appending to it must
	// copy, leaving s3 alone.
	s4 := a.add(kept, "XY")
	s5 := a.add(s3, "gh")
	for _, tt := range []struct{ got, want string }{
		{s1, "ab"}, {s2, "abcd"}, {kept, "abcd"}, {s3, "abcdef"}, {s4, "abcdXY"}, {s5, "abcdefgh"},
		{a.add("x", ""), "x"}, {a.add("", ""), ""},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	// Many appends in place build the whole string.
	var b strAppend
	s := ""
	want := ""
	for i := 0; i < 300; i++ {
		s = b.add(s, "<x>")
		want += "<x>"
	}
	if s != want {
		t.Errorf("built %d bytes, want %d", len(s), len(want))
	}
}
