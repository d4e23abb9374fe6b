package dotnet

import (
	"math"
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
		want, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'e', 14, 64), 64)
		got, err := strconv.ParseFloat(g, 64)
		if err != nil || got != want {
			t.Fatalf("G(%v) = %q, want the value of %v", f, g, want)
		}
	}
}
