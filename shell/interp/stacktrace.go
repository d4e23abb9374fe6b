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
// at (the error's own line, then each caller's call site), ending with
// the <ScriptBlock> frame of the command line when a received line (not
// a script file) started them, as Get-PSCallStack lists them.
func (r *Runner) scriptStackTrace(rec *object.ErrorRecord) string {
	if len(r.stack) == 0 && r.topText == nil {
		return ""
	}
	line := 0
	if rec.Invocation != nil {
		line = rec.Invocation.Line
	}
	var b strings.Builder
	frame := func(name, file string) {
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		if file == "" {
			file = "<No file>"
		}
		b.WriteString("at " + name + ", " + file + ": line " + strconv.Itoa(line))
	}
	for i := len(r.stack) - 1; i >= 0; i-- {
		a := r.stack[i]
		name := "<ScriptBlock>"
		if k := a.opts.kind; (k == pipeline.KindFunction || k == pipeline.KindFilter) && a.opts.name != "" {
			name = a.opts.name
		}
		file := ""
		if a.code != nil && a.code.file != nil {
			file = a.code.file.Name
		}
		frame(name+blockSuffix(a), file)
		if a.opts.at != nil {
			line = a.opts.at.info().Line
		}
	}
	if r.topText != nil {
		frame("<ScriptBlock>", r.topText.Name)
	}
	return b.String()
}
