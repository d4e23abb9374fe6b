package dotnet

import (
	"math/big"
	"math/rand"
	"testing"

	"cspsh/pipeline/object"
)

func dec(s string) object.Decimal {
	d, err := ParseDecimal(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Results as System.Decimal computes them (decimal docs: scale is kept
// by addition and multiplication; division gives up to 28-29 digits).
func TestDecimalArithmetic(t *testing.T) {
	type op func(a, b object.Decimal) (object.Decimal, error)
	tests := []struct {
		name string
		f    op
		a, b string
		want string
	}{
		{"add", DecAdd, "1.50", "2", "3.50"},
		{"add", DecAdd, "0.1", "0.2", "0.3"},
		{"sub", DecSub, "5", "7.25", "-2.25"},
		{"mul", DecMul, "1.5", "1.5", "2.25"},
		{"mul", DecMul, "2.50", "2", "5.00"},
		{"div", DecDiv, "1", "3", "0.3333333333333333333333333333"},
		{"div", DecDiv, "2", "3", "0.6666666666666666666666666667"},
		{"div", DecDiv, "10", "4", "2.5"},
		{"div", DecDiv, "1.00", "1", "1.00"},
		{"div", DecDiv, "6", "2", "3"},
		{"div", DecDiv, "100", "3", "33.333333333333333333333333333"},
		{"rem", DecRem, "7.5", "2", "1.5"},
	}
	for _, tt := range tests {
		got, err := tt.f(dec(tt.a), dec(tt.b))
		if err != nil || DecimalString(got) != tt.want {
			t.Errorf("%s(%s, %s) = %s, %v; want %s", tt.name, tt.a, tt.b, DecimalString(got), err, tt.want)
		}
	}
	_, err := DecAdd(DecMaxValue(), DecimalFromInt64(1))
	if err == nil || err.Error() != "Value was either too large or too small for a Decimal." {
		t.Errorf("overflow: %v", err)
	}
	_, err = DecDiv(DecimalFromInt64(1), DecimalFromInt64(0))
	if err == nil || err.Error() != "Attempted to divide by zero." {
		t.Errorf("divide by zero: %v", err)
	}
	if DecimalString(DecMaxValue()) != "79228162514264337593543950335" {
		t.Error("MaxValue")
	}
	if DecCmp(dec("1.0"), dec("1")) != 0 || DecCmp(dec("1.5"), dec("2")) != -1 {
		t.Error("DecCmp")
	}
}

func TestDecimalConversions(t *testing.T) {
	d, _ := DecimalFromFloat(0.1)
	if DecimalString(d) != "0.1" {
		t.Errorf("from 0.1 = %s", DecimalString(d))
	}
	third := 1.0 / 3
	d, _ = DecimalFromFloat(third)
	if DecimalString(d) != "0.333333333333333" {
		t.Errorf("from 1/3 = %s", DecimalString(d))
	}
	if _, err := DecimalFromFloat(1e30); err == nil {
		t.Error("1e30 must overflow")
	}
	if DecToFloat(dec("2.5")) != 2.5 {
		t.Error("to float")
	}
	if DecRoundToInt(dec("2.5")).Int64() != 2 || DecRoundToInt(dec("3.5")).Int64() != 4 {
		t.Error("banker's rounding")
	}
	if _, err := ParseDecimal("1e999999999"); err == nil {
		t.Error("1e999999999 must overflow")
	}
	if d, err := ParseDecimal("1e-999999999"); err != nil || !DecIsZero(d) {
		t.Errorf("1e-999999999 = %v, %v", d, err)
	}
	if _, err := ParseDecimal("abc"); err == nil {
		t.Error("abc parsed")
	}
	if DecimalString(dec(" -1,234.50 ")) != "-1234.50" {
		t.Error("thousands")
	}
}

// DecDiv is within half a unit of its last digit of the exact quotient,
// and addition and multiplication are exact when they fit.
func TestDecimalProperties(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	rat := func(d object.Decimal) *big.Rat {
		return new(big.Rat).SetFrac(decUnscaled(d), pow10(int(d.Scale)))
	}
	for i := 0; i < 5000; i++ {
		a := object.Decimal{Unscaled: big.NewInt(r.Int63n(1e12) - 5e11), Scale: uint8(r.Intn(8))}
		b := object.Decimal{Unscaled: big.NewInt(r.Int63n(1e9) + 1), Scale: uint8(r.Intn(6))}
		sum, _ := DecAdd(a, b)
		if rat(sum).Cmp(new(big.Rat).Add(rat(a), rat(b))) != 0 {
			t.Fatalf("%s + %s = %s", DecimalString(a), DecimalString(b), DecimalString(sum))
		}
		prod, _ := DecMul(a, b)
		if rat(prod).Cmp(new(big.Rat).Mul(rat(a), rat(b))) != 0 {
			t.Fatalf("%s * %s = %s", DecimalString(a), DecimalString(b), DecimalString(prod))
		}
		q, err := DecDiv(a, b)
		if err != nil {
			t.Fatal(err)
		}
		exact := new(big.Rat).Quo(rat(a), rat(b))
		diff := new(big.Rat).Abs(new(big.Rat).Sub(rat(q), exact))
		half := new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Mul(big.NewInt(2), pow10(int(q.Scale))))
		if diff.Cmp(half) > 0 {
			t.Fatalf("%s / %s = %s, off by %s", DecimalString(a), DecimalString(b), DecimalString(q), diff.FloatString(40))
		}
	}
}
