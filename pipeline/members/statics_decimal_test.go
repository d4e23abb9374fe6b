package members

import (
	"testing"

	"cspsh/pipeline/dotnet"
)

func TestDecimalArithmetic(t *testing.T) {
	dec := func(s string) any {
		d, err := dotnet.ParseDecimal(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	cases := []struct {
		name string
		args []any
		want string
	}{
		{"add", []any{dec("1.10"), dec("2.20")}, "3.30"},
		{"subtract", []any{dec("1.10"), int32(1)}, "0.10"},
		{"multiply", []any{dec("1.10"), int32(2)}, "2.20"},
		{"divide", []any{int32(10), int32(4)}, "2.5"},
		{"remainder", []any{dec("10"), dec("3")}, "1"},
		{"negate", []any{dec("1.50")}, "-1.50"},
		{"compare", []any{int32(1), int32(2)}, "-1"},
	}
	for _, c := range cases {
		r, found, err := decimalArithmetic(c.name, c.args)
		if !found || err != nil || dotnet.ToString(r) != c.want {
			t.Errorf("Decimal.%s%v = %v, %v; want %s", c.name, c.args, r, err, c.want)
		}
	}
	if _, _, err := decimalArithmetic("divide", []any{int32(1), int32(0)}); err == nil {
		t.Error("Decimal.Divide(1, 0) did not fail")
	}
}
