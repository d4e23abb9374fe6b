package items

import (
	"os"
	"time"

	"cspsh/pipeline"
	"cspsh/pipeline/wildcard"
)

// testFilter is the -Filter, -Include, -Exclude (and Test-Path's
// -NewerThan and -OlderThan) of the item cmdlets: an item counts only
// when its name and time pass them all. Cmdlets without these
// parameters keep every item.
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

// expandFiltered is expand followed by the cmdlet's -Filter, -Include
// and -Exclude on the leaf names (Remove-Item C:\Test\* -Exclude *.log
// keeps the log files). Paths that do not exist are passed on for the
// caller's not-found error.
func expandFiltered(c *pipeline.Call, given string, literal bool) ([]target, error) {
	targets, err := expand(c, given, literal)
	if err != nil || !(c.Has("Filter") || c.Has("Include") || c.Has("Exclude")) {
		return targets, err
	}
	keep, err := testFilter(c)
	if err != nil {
		return nil, err
	}
	out := targets[:0:0]
	for _, t := range targets {
		fi, err := os.Stat(t.host)
		if err != nil || keep(fi) {
			out = append(out, t)
		}
	}
	return out, nil
}
