//go:build linux

package items

import (
	"encoding/binary"
	"os"
	"syscall"
	"time"
	"unsafe"
)

// hostStamps reads a file's access, write and status-change times from
// the stat result the item was made from (no further system call).
func hostStamps(fi os.FileInfo) (access, write, change time.Time) {
	write = fi.ModTime()
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return write, write, write
	}
	access = time.Unix(int64(st.Atim.Sec), int64(st.Atim.Nsec))
	change = time.Unix(int64(st.Ctim.Sec), int64(st.Ctim.Nsec))
	return access, write, change
}

// statx(2) layout: the mask is the first word; stx_btime is a
// statx_timestamp (int64 seconds, uint32 nanoseconds) at byte 80 of the
// 256-byte buffer.
const (
	statxBirthMask    = 0x800 // STATX_BTIME
	statxBirthOffset  = 80
	atFDCWD           = -100
	atSymlinkNoFollow = 0x100
)

// birthTime asks statx(2) for the file's birth time, which Linux keeps
// on most file systems but stat(2) does not return. ok is false when
// the kernel, the architecture or the file system has none.
func birthTime(hostPath string, link bool) (time.Time, bool) {
	if sysStatx < 0 {
		return time.Time{}, false
	}
	p, err := syscall.BytePtrFromString(hostPath)
	if err != nil {
		return time.Time{}, false
	}
	flags := 0
	if link {
		flags = atSymlinkNoFollow
	}
	var buf [256]byte
	// Variables, not constants: sysStatx is -1 on some architectures.
	trap, fd := sysStatx, atFDCWD
	_, _, errno := syscall.Syscall6(uintptr(trap), uintptr(fd), uintptr(unsafe.Pointer(p)),
		uintptr(flags), statxBirthMask, uintptr(unsafe.Pointer(&buf[0])), 0)
	if errno != 0 || binary.LittleEndian.Uint32(buf[0:4])&statxBirthMask == 0 {
		return time.Time{}, false
	}
	sec := int64(binary.LittleEndian.Uint64(buf[statxBirthOffset:]))
	nsec := int64(binary.LittleEndian.Uint32(buf[statxBirthOffset+8:]))
	return time.Unix(sec, nsec), true
}

// creationAttr is the extended attribute holding a creation time set
// through CreationTime: Linux has no call that sets a birth time, and a
// lab that stands in for Windows must read back the time a script set,
// as NTFS does.
const creationAttr = "user.cspsh.CreationTime"

// storedCreation reads a creation time set by storeCreation.
func storedCreation(hostPath string) (time.Time, bool) {
	var buf [40]byte
	n, err := syscall.Getxattr(hostPath, creationAttr, buf[:])
	if err != nil || n <= 0 {
		return time.Time{}, false
	}
	t, err := time.Parse(time.RFC3339Nano, string(buf[:n]))
	return t, err == nil
}

// storeCreation records t as the file's creation time; it fails where
// the file system keeps no user attributes.
func storeCreation(hostPath string, t time.Time) error {
	return syscall.Setxattr(hostPath, creationAttr, []byte(t.UTC().Format(time.RFC3339Nano)), 0)
}
