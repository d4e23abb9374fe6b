package members

import (
	"testing"

	"cspsh/pipeline/object"
)

func TestParseIntegerStyled(t *testing.T) {
	cases := []struct {
		full, s string
		style   int64
		want    any
		err     string
	}{
		{"System.Int32", "ff", 515, int32(255), ""},
		{"System.Int32", "FFFFFFFF", 515, int32(-1), ""},
		{"System.Int32", "100000000", 515, nil, "System.OverflowException"},
		{"System.Byte", "80", 512, uint8(128), ""},
		{"System.Int32", "1,234", 64, int32(1234), ""},
		{"System.Int32", "-1", 64, nil, "System.FormatException"},
		{"System.Int32", "(42)", 16, int32(-42), ""},
		{"System.Int32", " -1,234 ", 111, int32(-1234), ""},
		{"System.Int32", "1.00", 111, int32(1), ""},
		{"System.Int32", "1.5", 111, nil, "System.OverflowException"},
		{"System.Int64", "1.5e3", 167, int64(1500), ""},
		{"System.Int32", "5-", 8, int32(-5), ""},
		{"System.Int32", "$12", 383, int32(12), ""},
		{"System.UInt64", "18446744073709551615", 7, uint64(18446744073709551615), ""},
		{"System.SByte", "128", 7, nil, "System.OverflowException"},
	}
	for _, c := range cases {
		got, err := parseIntegerStyled(c.full, c.s, c.style)
		if c.err != "" {
			if err == nil || !containsType(err, c.err) {
				t.Errorf("%s.Parse(%q, %d): err %v, want %s", c.full, c.s, c.style, err, c.err)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("%s.Parse(%q, %d) = %#v, %v; want %#v", c.full, c.s, c.style, got, err, c.want)
		}
	}
}

func containsType(err error, typ string) bool {
	e, ok := err.(*object.Exception)
	return ok && e.Type == typ
}
