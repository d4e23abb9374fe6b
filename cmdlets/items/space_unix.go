//go:build unix

package items

import (
	"syscall"

	"cspsh/pipeline/object"
)

// addSpace gives a file-system drive the Used and Free bytes of the
// host file system holding the lab, as PSDriveInfo reports its disk's.
func addSpace(d *object.PSObject, home string) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(home, &st); err != nil {
		if err := syscall.Statfs("/", &st); err != nil {
			return
		}
	}
	bs := int64(st.Bsize)
	d.SetProp("Used", (int64(st.Blocks)-int64(st.Bfree))*bs)
	d.SetProp("Free", int64(st.Bavail)*bs)
}
