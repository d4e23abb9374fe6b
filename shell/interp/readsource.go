package interp

import (
	"io"
	"os"
	"strings"
)

// readSource reads a script file into a string with one allocation of
// its size: os.ReadFile followed by string(data) holds the text twice,
// and every fresh page a run touches costs a page fault, which for a
// large script is a good part of its start-up.
func readSource(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var b strings.Builder
	if st, err := f.Stat(); err == nil && st.Size() > 0 && st.Size() < 1<<30 {
		b.Grow(int(st.Size()))
	}
	// Read straight into the builder's spare capacity would need unsafe;
	// a small chunk buffer keeps the copy cheap and the file read once.
	var buf [8192]byte
	for {
		n, err := f.Read(buf[:])
		b.Write(buf[:n])
		if err == io.EOF {
			return b.String(), nil
		}
		if err != nil {
			return "", err
		}
	}
}
