package members

import "testing"

func TestUptimeMillis(t *testing.T) {
	cases := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"350735.47 234388.90\n", 350735470, true},
		{"0.01 0.00\n", 10, true},
		{"12 3", 12000, true},
		{"2147483.65 1.0", 2147483650, true},
		{"", 0, false},
		{"abc 1.0", 0, false},
		{"-1.0 0", 0, false},
	}
	for _, c := range cases {
		got, ok := uptimeMillis(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("uptimeMillis(%q) = %d, %v; want %d, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
