package cs

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"time"

	"cspsh/pipeline"
	"cspsh/pipeline/paths"
)

// report collects what a command did for its -Report file: an HTML page
// listing each step, overwritten on every run as the reference says.
type report struct {
	path  string
	cmd   string
	start time.Time
	steps []string
}

// newReport starts a report when -Report was given (nil otherwise).
func newReport(c *pipeline.Call) *report {
	p := c.String("Report")
	if p == "" {
		return nil
	}
	return &report{path: p, cmd: c.Info.Name, start: time.Now()}
}

// add records one step.
func (r *report) add(format string, args ...any) {
	if r != nil {
		r.steps = append(r.steps, fmt.Sprintf(format, args...))
	}
}

// write saves the report, with the outcome; a report that cannot be
// written is a warning, not a failure of the command.
func (r *report) write(c *pipeline.Call, failure error) {
	if r == nil {
		return
	}
	host, err := paths.Resolve(c.Rt.Session(), r.path)
	if err == nil {
		err = os.MkdirAll(filepath.Dir(host), 0o755)
	}
	if err == nil {
		err = os.WriteFile(host, []byte(r.html(failure)), 0o644)
	}
	if err != nil {
		c.WriteWarning(fmt.Sprintf("Cannot write the report file \"%s\": %v", r.path, err))
		return
	}
	c.WriteWarning("Detailed results can be found at \"" + paths.Display(c.Rt.Session(), host) + "\".")
}

func (r *report) html(failure error) string {
	var b strings.Builder
	esc := html.EscapeString
	b.WriteString("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + esc(r.cmd) + "</title></head><body>\n")
	b.WriteString("<h1>" + esc(r.cmd) + "</h1>\n<p>Started " + esc(r.start.Format("1/2/2006 3:04:05 PM")) + "</p>\n<ol>\n")
	for _, s := range r.steps {
		b.WriteString("<li>" + esc(s) + "</li>\n")
	}
	b.WriteString("</ol>\n")
	if failure != nil {
		b.WriteString("<p><strong>Failure:</strong> " + esc(failure.Error()) + "</p>\n")
	} else {
		b.WriteString("<p><strong>Success</strong></p>\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
}
