//go:build !linux

package items

import (
	"errors"
	"os"
	"time"
)

var errNoCreation = errors.New("no settable creation time")

// hostStamps gives every time the modification time where the stat
// layout is not Linux's.
func hostStamps(fi os.FileInfo) (access, write, change time.Time) {
	t := fi.ModTime()
	return t, t, t
}

// birthTime is unknown off Linux: creation falls back as on Linux.
func birthTime(string, bool) (time.Time, bool) { return time.Time{}, false }

// storedCreation: no attribute holds a creation time here.
func storedCreation(string) (time.Time, bool) { return time.Time{}, false }

// storeCreation always fails here: CreationTime then sets the write
// time, as .NET does off Windows and macOS.
func storeCreation(string, time.Time) error { return errNoCreation }
