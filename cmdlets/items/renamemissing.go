package items

import (
	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// renameMissing is Rename-Item's error for a path that names no item.
// Unlike the other item cmdlets it is not PathNotFound: Rename-Item
// checks that the item exists itself and reports an invalid operation
// that quotes the path as typed and has no target object
// ("InvalidOperation: (:) [Rename-Item], PSInvalidOperationException").
func renameMissing(c *pipeline.Call, given string) *object.ErrorRecord {
	ex := object.NewException("System.Management.Automation.PSInvalidOperationException",
		"Cannot rename because item at '%s' does not exist.", given)
	rec := object.NewError(ex, "InvalidOperation,"+commandClass(c), "InvalidOperation", nil)
	rec.Invocation, rec.Activity = c.Invocation, c.Info.Name
	return rec
}
