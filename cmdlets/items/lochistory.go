package items

import (
	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// historyMove is Set-Location to p, remembering where it came from:
// "-" goes back and "+" forward through the locations visited, as
// PowerShell 7 does (in Windows PowerShell they are folder names that
// do not exist, so no 5.1 script depends on them).
func historyMove(c *pipeline.Call, p string) error {
	s := c.Rt.Session()
	ls := locationState(s)
	from := Location(s)
	switch p {
	case "-", "+":
		list, other := &ls.back, &ls.fwd
		msg := "There is no location history left to navigate backwards."
		if p == "+" {
			list, other = &ls.fwd, &ls.back
			msg = "There is no location history left to navigate forwards."
		}
		if len(*list) == 0 {
			return c.Fail(object.NewException("System.InvalidOperationException", "%s", msg), "InvalidOperation", "InvalidOperation", nil)
		}
		to := (*list)[len(*list)-1]
		if err := setLocation(c, to); err != nil {
			return err
		}
		*list = (*list)[:len(*list)-1]
		*other = append(*other, from)
		return nil
	}
	if err := setLocation(c, p); err != nil {
		return err
	}
	if Location(s) != from {
		ls.back = append(ls.back, from)
		ls.fwd = nil
	}
	return nil
}
