package items

import (
	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
)

// driveNotFound is the error of a path on a drive the session does not
// have (SessionStateStrings.DriveNotFound): HKLM: and WSMan: are not
// drives of a cspsh session.
func driveNotFound(c *pipeline.Call, name string) *object.ErrorRecord {
	ex := object.NewException("System.Management.Automation.DriveNotFoundException",
		"Cannot find drive. A drive with the name '%s' does not exist.", name)
	rec := object.NewError(ex, "DriveNotFound,"+commandClass(c), "ObjectNotFound", name)
	rec.TargetName, rec.TargetType = name, "String"
	return rec
}

// checkDrive reports a path whose drive is neither a drive letter (the
// lab's drives) nor a registered provider drive.
func checkDrive(c *pipeline.Call, p string) *object.ErrorRecord {
	name, _, ok := paths.SplitDrive(p)
	if !ok || len(name) == 1 {
		return nil
	}
	if _, ok := pipeline.ProviderFor(name); ok {
		return nil
	}
	return driveNotFound(c, name)
}

// nonTerminating makes the path errors an item cmdlet returns what the
// core commands make of them: they catch ItemNotFoundException and
// DriveNotFoundException and write them as non-terminating errors of
// the command (with its position), going on with the next path.
func nonTerminating(f func(*pipeline.Call) error) func(*pipeline.Call) error {
	if f == nil {
		return nil
	}
	return func(c *pipeline.Call) error {
		err := f(c)
		switch e := err.(type) {
		case *object.ErrorRecord:
			if e.Invocation == nil {
				return c.WriteError(e)
			}
		case *object.Exception:
			if e.Type == "System.Management.Automation.DriveNotFoundException" {
				rec := object.NewError(e, "DriveNotFound,"+commandClass(c), "ObjectNotFound", nil)
				return c.WriteError(rec)
			}
		}
		return err
	}
}
