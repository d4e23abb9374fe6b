package cs

import (
	"testing"
	"time"
)

// Opening the lab registers its clock as the session's "clock" service,
// which Get-Date and [datetime]::Now read: a frozen lab clock is "now".
func TestOpenLabRegistersClock(t *testing.T) {
	l := newLab(t)
	st, err := OpenLab(nil2call(l))
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(2015, 7, 1, 8, 0, 0, 0, time.UTC)
	if err := st.Update(func(tx *storeTx) error { return tx.SetClockFixed(want) }); err != nil {
		t.Fatal(err)
	}
	f, ok := l.rt.Sess.Services["clock"].(func() (time.Time, error))
	if !ok {
		t.Fatalf("clock service = %T", l.rt.Sess.Services["clock"])
	}
	got, err := f()
	if err != nil || !got.Equal(want) {
		t.Fatalf("lab clock = %v, %v; want %v", got, err, want)
	}
}
