package session

import (
	"testing"
	"time"

	"cspsh/pipeline/object"
)

// TestAsTimeUnwrapsDate: Get-Date's output is a DateTime with a
// DisplayHint note, which Add-History must take as the DateTime.
func TestAsTimeUnwrapsDate(t *testing.T) {
	d := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	w := object.NewObject("System.DateTime", "System.ValueType", "System.Object")
	w.Base = d
	if got, ok := asTime(w); !ok || !got.Equal(d) {
		t.Errorf("asTime(wrapped) = %v, %v", got, ok)
	}
}
