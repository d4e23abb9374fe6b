package interp

import (
	"strconv"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// popFrame removes a from the stack of running activations (the
// innermost, unless a pipeline ends its commands out of order).
func (r *Runner) popFrame(a *activation) {
	for i := len(r.stack) - 1; i >= 0; i-- {
		if r.stack[i] == a {
			copy(r.stack[i:], r.stack[i+1:])
			r.stack[len(r.stack)-1] = nil
			r.stack = r.stack[:len(r.stack)-1]
			return
		}
	}
}

// scriptStackTrace is ErrorRecord.ScriptStackTrace for an error that
// surfaced in the innermost running activation: one "at <name>, <file>:
// line <n>" per call, innermost first, each with the line that frame was
// at (the error's own line, then each caller's call site).
func (r *Runner) scriptStackTrace(rec *object.ErrorRecord) string {
	if len(r.stack) == 0 {
		return ""
	}
	line := 0
	if rec.Invocation != nil {
		line = rec.Invocation.Line
	}
	var b strings.Builder
	for i := len(r.stack) - 1; i >= 0; i-- {
		a := r.stack[i]
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		name := "<ScriptBlock>"
		if k := a.opts.kind; (k == pipeline.KindFunction || k == pipeline.KindFilter) && a.opts.name != "" {
			name = a.opts.name
		}
		file := "<No file>"
		if a.code != nil && a.code.file != nil && a.code.file.Name != "" {
			file = a.code.file.Name
		}
		b.WriteString("at " + name + ", " + file + ": line " + strconv.Itoa(line))
		if a.opts.at != nil {
			line = a.opts.at.info().Line
		}
	}
	return b.String()
}
