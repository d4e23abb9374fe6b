//go:build unix

package rawfile

import (
	"io/fs"
	"syscall"
	"unsafe"
)

// ReadString reads the file at path into a string with one allocation
// of its size: os.ReadFile followed by string(data) holds the text twice,
// and every fresh page a run touches costs a page fault, which for a
// large script is a good part of its start-up. It reads with plain
// system calls: an *os.File would register the descriptor with the
// runtime's network poller (epoll, which refuses regular files anyway),
// and setting the poller up is a measurable part of starting a script.
// It reads straight into the string's bytes: a read buffer on the stack
// (8 KiB) made the main goroutine's stack grow, and copy, at every start.
// Errors are *fs.PathError, as os.ReadFile's.
func ReadString(path string) (string, error) {
	fd, err := openRead(path)
	if err != nil {
		return "", &fs.PathError{Op: "open", Path: path, Err: err}
	}
	defer syscall.Close(fd)
	size := 512
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) == nil && st.Size > 0 && st.Size < 1<<30 {
		// One byte more, so that the read which finds the end of the
		// file does not need a larger buffer.
		size = int(st.Size) + 1
	}
	buf := make([]byte, 0, size)
	for {
		if len(buf) == cap(buf) {
			// The file grew, or its size was unknown (a pipe, /proc).
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := syscall.Read(fd, buf[len(buf):cap(buf)])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return "", &fs.PathError{Op: "read", Path: path, Err: err}
		}
		if n <= 0 {
			break
		}
		buf = buf[:len(buf)+n]
	}
	if len(buf) == 0 {
		return "", nil
	}
	// buf is not written again, so the string can share its bytes.
	return unsafe.String(&buf[0], len(buf)), nil
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
