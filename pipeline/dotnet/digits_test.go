package dotnet

import (
	"math"
	"math/big"
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

// Properties of .NET's double formatting: "R" round-trips, and the
// default string has at most 15 significant digits and is the value
// rounded to them.
func TestDoubleFormattingProperties(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		f := math.Float64frombits(r.Uint64())
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		rt := formatRoundTrip(f, false)
		back, err := strconv.ParseFloat(rt, 64)
		if err != nil || back != f {
			t.Fatalf("R(%v) = %q does not round-trip", f, rt)
		}
		g := FormatDouble(f)
		mant := strings.TrimLeft(strings.SplitN(strings.TrimPrefix(g, "-"), "E", 2)[0], "0.")
		mant = strings.ReplaceAll(mant, ".", "")
		if len(strings.TrimRight(mant, "0")) > 15 {
			t.Fatalf("G(%v) = %q has more than 15 digits", f, g)
		}
		want := roundHalfAway15(f)
		got, err := strconv.ParseFloat(g, 64)
		if err != nil || got != want {
			t.Fatalf("G(%v) = %q, want the value of %v", f, g, want)
		}
	}
}

// roundHalfAway15 rounds f to 15 significant digits, ties away from zero,
// from its exact decimal expansion.
func roundHalfAway15(f float64) float64 {
	exact := strconv.FormatFloat(math.Abs(f), 'e', 60, 64)
	mant, exp, _ := strings.Cut(exact, "e")
	digits := []byte(strings.Replace(mant, ".", "", 1))
	head := new(big.Int)
	head.SetString(string(digits[:15]), 10)
	if digits[15] >= '5' {
		head.Add(head, big.NewInt(1))
	}
	e, _ := strconv.Atoi(exp)
	v, _ := strconv.ParseFloat(head.String()+"e"+strconv.Itoa(e-14), 64)
	if f < 0 {
		v = -v
	}
	return v
}
