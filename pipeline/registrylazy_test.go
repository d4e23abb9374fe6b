package pipeline

import (
	"sync"
	"testing"
)

// A lazy registry is filled once, by whichever read or addition comes
// first, and then behaves as one filled eagerly.
func TestLazyRegistry(t *testing.T) {
	for _, tt := range []struct {
		name  string
		first func(r *Registry)
	}{
		{"Get", func(r *Registry) { r.Get("x") }},
		{"All", func(r *Registry) { r.All() }},
		{"AliasTarget", func(r *Registry) { r.AliasTarget("g") }},
		{"AliasMap", func(r *Registry) { r.AliasMap() }},
		{"Add", func(r *Registry) { r.Add(&CommandInfo{Name: "Extra"}) }},
		{"Alias", func(r *Registry) { r.Alias("e", "Extra") }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fills := 0
			r := NewLazyRegistry(func(b *Registry) {
				fills++
				b.Add(&CommandInfo{Name: "Get-Thing"})
				b.Alias("g", "Get-Thing")
			})
			if fills != 0 {
				t.Fatal("filled before first use")
			}
			tt.first(r)
			tt.first(r)
			if fills != 1 {
				t.Fatalf("filled %d times, want 1", fills)
			}
			if ci, ok := r.Get("GET-THING"); !ok || ci.Name != "Get-Thing" {
				t.Errorf("Get-Thing missing after %s", tt.name)
			}
			if tgt, ok := r.AliasTarget("G"); !ok || tgt != "Get-Thing" {
				t.Errorf("alias g = %q, %v", tgt, ok)
			}
			if all := r.All(); len(all) == 0 || all[0].Name != "Get-Thing" {
				t.Errorf("All() = %v, want the built-in first", all)
			}
		})
	}
}

// Readers on several goroutines (jobs, runspaces) see one filled table.
func TestLazyRegistryConcurrent(t *testing.T) {
	var mu sync.Mutex
	fills := 0
	r := NewLazyRegistry(func(b *Registry) {
		mu.Lock()
		fills++
		mu.Unlock()
		b.Add(&CommandInfo{Name: "Get-Thing"})
	})
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, ok := r.Get("get-thing"); !ok {
				t.Error("Get-Thing missing")
			}
		}()
	}
	wg.Wait()
	if fills != 1 {
		t.Errorf("filled %d times, want 1", fills)
	}
}
