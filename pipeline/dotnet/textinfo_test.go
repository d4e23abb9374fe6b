package dotnet

import "testing"

func TestToTitleCase(t *testing.T) {
	cases := []struct{ in, want string }{
		{"wAr aNd pEaCe", "War And Peace"},
		{"a tale of two cities", "A Tale Of Two Cities"},
		{"gROWL to the rescue", "Growl To The Rescue"},
		{"inside the US government", "Inside The US Government"},
		{"UNICEF and children", "UNICEF And Children"},
		{"o'neil-smith", "O'neil-Smith"},
		{"", ""},
	}
	for _, c := range cases {
		if got := ToTitleCase(c.in); got != c.want {
			t.Errorf("ToTitleCase(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
