package items

import (
	"os"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// attrFactor is one attribute of a -Attributes term, negated by '!'.
type attrFactor struct {
	name string // lower-case FileAttributes name
	not  bool
}

// attrExpr is a parsed FlagsExpression[FileAttributes]: terms joined by
// ',' (OR), each term factors joined by '+' (AND).
type attrExpr [][]attrFactor

// parseAttributes reads Get-ChildItem -Attributes as the reference
// describes it: ! is NOT, + is AND, , is OR (spaces allowed around the
// commas). Every name must be a System.IO.FileAttributes member; the
// error is the enum conversion's, as parameter binding reports it.
func parseAttributes(s string) (attrExpr, *object.Exception) {
	var expr attrExpr
	for _, term := range strings.Split(s, ",") {
		var factors []attrFactor
		for _, f := range strings.Split(term, "+") {
			f = strings.TrimSpace(f)
			not := strings.HasPrefix(f, "!")
			f = strings.TrimSpace(strings.TrimPrefix(f, "!"))
			if _, err := dotnet.Convert(f, "System.IO.FileAttributes"); err != nil {
				return nil, object.NewException("System.Management.Automation.ParameterBindingException",
					"Cannot bind parameter 'Attributes'. %s", err.Error())
			}
			factors = append(factors, attrFactor{strings.ToLower(f), not})
		}
		expr = append(expr, factors)
	}
	return expr, nil
}

// fileAttribute reports whether an item has a FileAttributes flag, as
// far as the host file system tells: folders are Directory, files
// Archive (as itemObject shows them), dot files Hidden, files without
// an owner write bit ReadOnly; no item is System, Compressed, … here.
func fileAttribute(fi os.FileInfo, name string) bool {
	switch name {
	case "directory":
		return fi.IsDir()
	case "archive":
		return !fi.IsDir()
	case "hidden":
		return strings.HasPrefix(fi.Name(), ".")
	case "readonly":
		return !fi.IsDir() && fi.Mode().Perm()&0o200 == 0
	case "reparsepoint":
		return fi.Mode()&os.ModeSymlink != 0
	}
	return false
}

// match evaluates the expression for one item.
func (e attrExpr) match(fi os.FileInfo) bool {
	for _, term := range e {
		ok := true
		for _, f := range term {
			if fileAttribute(fi, f.name) == f.not {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// wantsHidden reports whether the expression asks for hidden items, which
// Get-ChildItem then lists without -Force (as -Hidden does).
func (e attrExpr) wantsHidden() bool {
	for _, term := range e {
		for _, f := range term {
			if f.name == "hidden" && !f.not {
				return true
			}
		}
	}
	return false
}
