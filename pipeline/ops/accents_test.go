package ops

import "testing"

// Culture-aware order (about_Comparison_Operators: -lt/-gt on strings):
// accents count only after the base letters.
func TestCompareStringsAccents(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		cs   bool
		want int
	}{
		{"résumé", "resumz", false, -1},
		{"resume", "résumé", false, -1},
		{"résumé", "resume", true, 1},
		{"Émile", "emma", false, -1},
		{"éclair", "ecm", false, -1},
		{"zoë", "Zoe", false, 1},
		{"a-b", "ab", false, 1},
		{"B", "a", true, 1},
	} {
		if got := CompareStrings(tc.a, tc.b, tc.cs); got != tc.want {
			t.Errorf("CompareStrings(%q, %q, %v) = %d, want %d", tc.a, tc.b, tc.cs, got, tc.want)
		}
	}
}
