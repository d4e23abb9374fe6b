package members

import (
	"testing"

	"cspsh/pipeline/object"
)

func TestParseBase(t *testing.T) {
	cases := []struct {
		s      string
		base   int
		target string
		want   any
		err    string
	}{
		{"ff", 16, "System.Int32", int32(255), ""},
		{"0xFFFFFFFF", 16, "System.Int32", int32(-1), ""},
		{"11111111", 2, "System.Byte", uint8(255), ""},
		{"777", 8, "System.Int16", int16(511), ""},
		{"-101", 10, "System.Int32", int32(-101), ""},
		{"  42", 10, "System.Int64", int64(42), ""},
		{"-101", 2, "System.Int32", nil, "String cannot contain a minus sign if the base is not 10."},
		{"2", 2, "System.Int32", nil, "Could not find any recognizable digits."},
		{"12", 2, "System.Int32", nil, "Additional non-parsable characters are at the end of the string."},
		{"1ff", 16, "System.Byte", nil, "Value was either too large or too small for an unsigned byte."},
		{"2147483648", 10, "System.Int32", nil, "Value was either too large or too small for an Int32."},
	}
	for _, c := range cases {
		got, _, err := parseBase(c.s, c.base, c.target)
		if c.err != "" {
			ex, ok := err.(*object.Exception)
			if !ok || ex.Message != c.err {
				t.Errorf("parseBase(%q, %d) error %v, want %q", c.s, c.base, err, c.err)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("parseBase(%q, %d, %s) = %#v, %v; want %#v", c.s, c.base, c.target, got, err, c.want)
		}
	}
}
