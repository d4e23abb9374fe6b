package lazy

import (
	"sync"
	"testing"
)

func TestValueBuildsOnce(t *testing.T) {
	builds := 0
	v := Value[map[string]int]{Build: func() map[string]int {
		builds++
		return map[string]int{"a": 1}
	}}
	if builds != 0 {
		t.Fatal("built before the first Get")
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := v.Get()["a"]; got != 1 {
				t.Errorf("Get()[a] = %d, want 1", got)
			}
		}()
	}
	wg.Wait()
	if builds != 1 {
		t.Fatalf("Build ran %d times, want 1", builds)
	}
}

func BenchmarkGet(b *testing.B) {
	v := Value[int]{Build: func() int { return 42 }}
	for b.Loop() {
		if v.Get() != 42 {
			b.Fatal("wrong value")
		}
	}
}
