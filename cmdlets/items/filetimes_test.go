package items

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestFileTimesSet(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f.txt")
	if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	day := func(d int) time.Time { return time.Date(2020, 1, d, 3, 4, 5, 0, time.UTC) }
	tests := []struct {
		set          string
		at           time.Time
		access, writ time.Time // expected afterwards (zero: unchanged)
	}{
		{"LastWriteTime", day(2), time.Time{}, day(2)},
		{"LastAccessTime", day(3), day(3), day(2)},
		{"LastWriteTime", day(4), day(3), day(4)},
	}
	for _, tt := range tests {
		fi, err := os.Lstat(p)
		if err != nil {
			t.Fatal(err)
		}
		ft := newFileTimes(p, fi)
		if err := ft.set(tt.set, tt.at); err != nil {
			t.Fatalf("set %s: %v", tt.set, err)
		}
		if !tt.access.IsZero() && !ft.get("LastAccessTime").Equal(tt.access) {
			t.Errorf("after %s: LastAccessTime = %v, want %v", tt.set, ft.get("LastAccessTime"), tt.access)
		}
		if !ft.get("LastWriteTime").Equal(tt.writ) {
			t.Errorf("after %s: LastWriteTime = %v, want %v", tt.set, ft.get("LastWriteTime"), tt.writ)
		}
		// A fresh item reads the file again.
		fi, _ = os.Lstat(p)
		if got := newFileTimes(p, fi).get("LastWriteTime"); !got.Equal(tt.writ) {
			t.Errorf("after %s: file's write time = %v, want %v", tt.set, got, tt.writ)
		}
	}
	// CreationTime reads back the time set, wherever it is kept.
	fi, _ := os.Lstat(p)
	ft := newFileTimes(p, fi)
	if err := ft.set("CreationTime", day(1)); err != nil {
		t.Fatal(err)
	}
	fi, _ = os.Lstat(p)
	if got := newFileTimes(p, fi).get("CreationTime"); !got.Equal(day(1)) {
		t.Errorf("CreationTime = %v, want %v", got, day(1))
	}
}

func TestFileTimesCreationFallback(t *testing.T) {
	early := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	late := early.Add(time.Hour)
	tests := []struct {
		write, change, want time.Time
	}{
		{early, late, early}, // a write time set into the past
		{late, early, early}, // the usual case: changed when written
		{early, early, early},
	}
	for _, tt := range tests {
		// No stored or birth time: .NET's fallback on Linux.
		ft := &fileTimes{write: tt.write, change: tt.change, birthRead: true}
		if got := ft.creation(); !got.Equal(tt.want) {
			t.Errorf("creation(write %v, change %v) = %v, want %v", tt.write, tt.change, got, tt.want)
		}
	}
}

func TestBirthTimeOfNewFile(t *testing.T) {
	before := time.Now().Add(-time.Minute)
	p := filepath.Join(t.TempDir(), "new.txt")
	if err := os.WriteFile(p, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	b, ok := birthTime(p, false)
	if !ok {
		t.Skip("no birth time on this file system")
	}
	if b.Before(before) || b.After(time.Now().Add(time.Minute)) {
		t.Errorf("birth time %v is not about now", b)
	}
}

func TestNoteText(t *testing.T) {
	tests := []struct {
		p    propToSet
		want string
	}{
		{propToSet{"Foo", int32(1)}, "int Foo=1"},
		{propToSet{"Foo", "bar"}, "string Foo=bar"},
		{propToSet{"Foo", nil}, "object Foo=null"},
		{propToSet{"Foo", true}, "bool Foo=True"},
	}
	for _, tt := range tests {
		if got := noteText(tt.p); got != tt.want {
			t.Errorf("noteText(%v) = %q, want %q", tt.p, got, tt.want)
		}
	}
}
