package items

import (
	"os"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
)

// unlockReadOnly is how the content writers treat a read-only file: an
// UnauthorizedAccessException without -Force (whoever runs the shell,
// as on Windows, where an administrator is refused too); with -Force
// the file is made writable for the write and read-only again after
// (restore), as the FileSystem provider clears and resets the
// attribute.
func unlockReadOnly(c *pipeline.Call, host string) (restore func(), rec *object.ErrorRecord) {
	restore = func() {}
	fi, err := os.Stat(host)
	if err != nil || fi.IsDir() || fi.Mode().Perm()&0o200 != 0 {
		return restore, nil
	}
	if !c.Switch("Force") {
		full := paths.Display(c.Rt.Session(), host)
		ex := object.NewException("System.UnauthorizedAccessException", "Access to the path '%s' is denied.", full)
		rec := object.NewError(ex, "GetContentWriterUnauthorizedAccessError,"+commandClass(c), "PermissionDenied", full)
		rec.TargetName, rec.TargetType = full, "String"
		return restore, rec
	}
	perm := fi.Mode().Perm()
	if err := os.Chmod(host, perm|0o200); err != nil {
		return restore, nil
	}
	return func() { os.Chmod(host, perm) }, nil
}
