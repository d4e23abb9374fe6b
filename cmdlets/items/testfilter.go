package items

import (
	"os"
	"time"

	"cspsh/pipeline"
	"cspsh/pipeline/wildcard"
)

// testFilter is Test-Path's -Filter, -Include, -Exclude, -NewerThan and
// -OlderThan: an item counts only when its name and time pass them all.
func testFilter(c *pipeline.Call) (func(os.FileInfo) bool, error) {
	o := &listOptions{force: true}
	var err error
	if f := c.String("Filter"); f != "" {
		if o.filter, err = wildcard.Compile(f, false); err != nil {
			return nil, err
		}
	}
	if o.include, err = compileAll(c, "Include"); err != nil {
		return nil, err
	}
	if o.exclude, err = compileAll(c, "Exclude"); err != nil {
		return nil, err
	}
	newer, hasNewer := c.Get("NewerThan").(time.Time)
	older, hasOlder := c.Get("OlderThan").(time.Time)
	return func(fi os.FileInfo) bool {
		switch {
		case !o.keep(fi),
			hasNewer && !fi.ModTime().After(newer),
			hasOlder && !fi.ModTime().Before(older):
			return false
		}
		return true
	}, nil
}
