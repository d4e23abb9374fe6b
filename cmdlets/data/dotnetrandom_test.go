package data

import "testing"

func TestSeededRandomMatchesPowerShell(t *testing.T) {
	// Get-Random.md Example 9: -SetSeed 23 -Maximum 100, then three more.
	r := newSeededRandom(23)
	want := []int64{74, 56, 84, 46}
	for i, w := range want {
		if got := r.intRange(0, 100); got != w {
			t.Fatalf("draw %d = %d, want %d", i, got, w)
		}
	}
}
