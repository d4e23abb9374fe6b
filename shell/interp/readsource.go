//go:build unix

package interp

import (
	"io/fs"
	"strings"
	"syscall"
)

// readSource reads a script file into a string with one allocation of
// its size: os.ReadFile followed by string(data) holds the text twice,
// and every fresh page a run touches costs a page fault, which for a
// large script is a good part of its start-up. It reads with plain
// system calls: an *os.File would register the descriptor with the
// runtime's network poller (epoll, which refuses regular files anyway),
// and setting the poller up is a measurable part of starting a script.
func readSource(path string) (string, error) {
	fd, err := openRead(path)
	if err != nil {
		return "", &fs.PathError{Op: "open", Path: path, Err: err}
	}
	defer syscall.Close(fd)
	var b strings.Builder
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) == nil && st.Size > 0 && st.Size < 1<<30 {
		b.Grow(int(st.Size))
	}
	var buf [8192]byte
	for {
		n, err := syscall.Read(fd, buf[:])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return "", &fs.PathError{Op: "read", Path: path, Err: err}
		}
		if n <= 0 {
			return b.String(), nil
		}
		b.Write(buf[:n])
	}
}

// openRead opens path read-only, retrying when a signal interrupts it.
func openRead(path string) (int, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			return fd, err
		}
	}
}
