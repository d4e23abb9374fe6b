package dotnet

import "testing"

func TestNormalize(t *testing.T) {
	cases := []struct {
		in   string
		form int
		want string
	}{
		{"café", 2, "cafe\u0301"},
		{"cafe\u0301", 1, "café"},
		{"ấ", 2, "a\u0302\u0301"},
		{"a\u0302\u0301", 1, "ấ"},
		{"a\u0301\u0328", 1, "ą\u0301"},
		{"Łódź", 2, "Ło\u0301dz\u0301"},
		{"plain", 2, "plain"},
		{"e\u0301\u0301", 1, "é\u0301"},
	}
	for _, c := range cases {
		if got := Normalize(c.in, c.form); got != c.want {
			t.Errorf("Normalize(%q, %d) = %q, want %q", c.in, c.form, got, c.want)
		}
	}
}
