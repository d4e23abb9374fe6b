//go:build !unix

package rawfile

import (
	"io"
	"os"
	"strings"
)

// ReadString reads the file at path into a string with one allocation of
// its size (see rawfile_unix.go for the Unix version, which also keeps
// the file away from the network poller).
func ReadString(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var b strings.Builder
	if st, err := f.Stat(); err == nil && st.Size() > 0 && st.Size() < 1<<30 {
		b.Grow(int(st.Size()))
	}
	if _, err := io.Copy(&b, f); err != nil {
		return "", err
	}
	return b.String(), nil
}
