package dotnet

import (
	"sync"
	"testing"
)

// TestExtensionsRunOnceBeforeLookUp: a registration handed to
// AddExtensions has not run at start, runs once before the first
// conversion that looks up a hook (however many look up at once), and a
// registration added later runs before the next look-up.
func TestExtensionsRunOnceBeforeLookUp(t *testing.T) {
	runs := 0
	AddExtensions(func() {
		runs++
		RegisterConversion("Cspsh.Test.Widget", func(v any) (any, error) { return "widget:" + v.(string), nil })
	})
	if runs != 0 {
		t.Fatal("registration ran before any look-up")
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := ConvertFull("x", "Cspsh.Test.Widget")
			if err != nil || got != "widget:x" {
				t.Errorf("ConvertFull = %v, %v; want widget:x", got, err)
			}
		}()
	}
	wg.Wait()
	if runs != 1 {
		t.Fatalf("registration ran %d times, want 1", runs)
	}
	AddExtensions(func() {
		RegisterConversion("Cspsh.Test.Gadget", func(v any) (any, error) { return "gadget", nil })
	})
	if got, err := ConvertFull("x", "Cspsh.Test.Gadget"); err != nil || got != "gadget" {
		t.Fatalf("late registration: ConvertFull = %v, %v; want gadget", got, err)
	}
}
