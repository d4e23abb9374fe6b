package members

import (
	"testing"

	"cspsh/pipeline/dotnet"
)

func TestMathMinMaxOverload(t *testing.T) {
	cases := []struct {
		max  bool
		a, b any
		want any
	}{
		{true, int32(3), int32(7), int32(7)},
		{false, int32(2147483647), int64(9223372036854775807), int64(2147483647)},
		{true, uint8(3), uint8(7), uint8(7)},
		{false, int32(-1), uint32(5), int64(-1)},
		{true, int32(1), 2.5, 2.5},
		{true, dotnet.DecimalFromInt64(1), int32(2), dotnet.DecimalFromInt64(2)},
		{false, float32(1.5), int32(1), float32(1)},
	}
	for _, c := range cases {
		got, err := mathMinMax(c.max, c.a, c.b)
		if err != nil {
			t.Errorf("max=%v %#v %#v: %v", c.max, c.a, c.b, err)
			continue
		}
		if dotnet.TypeName(got) != dotnet.TypeName(c.want) || dotnet.ToString(got) != dotnet.ToString(c.want) {
			t.Errorf("max=%v %#v %#v = %#v, want %#v", c.max, c.a, c.b, got, c.want)
		}
	}
}
