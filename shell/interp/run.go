package interp

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"cspsh/internal/rawfile"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/format"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
	"cspsh/shell/syntax"
)

// cachedScript is a compiled .ps1 file.
type cachedScript struct {
	sb  *ScriptBlock
	mod time.Time
}

// RunString parses and runs src at the top level (global scope), as
// -Command does. name is the script name errors show ("" for none).
// Uncaught errors are shown on stderr by the Runner; the returned error
// only tells the caller that the run failed.
func (r *Runner) RunString(src, name string) error {
	return r.Run(syntax.NewFile(name, src))
}

// RunInteractive runs one complete line of interactive input.
func (r *Runner) RunInteractive(src string) error { return r.RunString(src, "") }

// Run runs a parsed file in the global scope. A parse error prints every
// error and runs nothing.
func (r *Runner) Run(f *syntax.File) error {
	if f.Name == "" {
		// Text without a file name is a line the session received (a
		// prompt line, -Command): $^ and $$ move on even when it does
		// not parse, as PowerShell sets them while parsing.
		r.receiveLine(f.Src)
	}
	b, err := syntax.Parse(f)
	if err != nil {
		return r.showParseErrors(err)
	}
	c := &compiler{file: f}
	sb := c.scriptBlock(b)
	if f.Name == "" {
		r.setTopInvocation(f.Src)
	}
	defer r.enterTopText(f)()
	return r.top(func(out emitFn) error {
		return r.invokeTo(sb, invokeOpts{}, out)
	})
}

// RunFile runs a script file with arguments as powershell.exe -File does:
// in the global scope (its variables are still there afterwards, as with
// -NoExit), its param() block bound to the arguments. An
// `exit N` sets the exit code; an uncaught terminating error makes it 1.
func (r *Runner) RunFile(path string, args []string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	src, err := rawfile.ReadString(path)
	if err != nil {
		msg := "The argument '" + path + "' to the -File parameter does not exist. Provide the path to an existing '.ps1' file as an argument to the -File parameter."
		r.host.WriteErr(msg + "\n")
		r.exitCode, r.exited = 64, true
		return object.NewException("System.IO.FileNotFoundException", "%s", msg)
	}
	f := syntax.NewFile(paths.Display(r.sess, abs), src)
	b, err := syntax.Parse(f)
	if err != nil {
		r.exitCode, r.exited = 1, true
		return r.showParseErrors(err)
	}
	c := &compiler{file: f}
	sb := c.scriptBlock(b)
	cmdArgs := make([]pipeline.Arg, 0, len(args))
	for _, a := range args {
		if len(a) > 1 && a[0] == '-' && !isNumber(a) {
			name := strings.TrimSuffix(a[1:], ":")
			cmdArgs = append(cmdArgs, pipeline.Arg{IsParam: true, Name: name, Text: a})
			continue
		}
		cmdArgs = append(cmdArgs, pipeline.Arg{Value: a, Text: a})
	}
	restore := r.enterTopText(nil)
	defer restore()
	err = r.top(func(out emitFn) error {
		a := r.activate(sb, invokeOpts{cmdArgs: cmdArgs, useCmdArgs: true, ownFrame: true, name: filepath.Base(abs), path: abs,
			kind: pipeline.KindExternalScript, info: &object.InvocationInfo{ScriptName: abs}, stdin: true}, out)
		if err := a.Begin(); err != nil {
			a.leave()
			return err
		}
		return a.End()
	})
	if err != nil && !r.exited {
		r.exitCode, r.exited = 1, true
	}
	return err
}

func isNumber(s string) bool {
	_, err := dotnet.Convert(s, "double")
	return err == nil
}

// top runs a top-level unit: its output goes through Out-Default (one
// formatter for the whole unit, so consecutive objects share a table),
// uncaught errors are shown, and exit/break end it quietly.
func (r *Runner) top(body func(out emitFn) error) (err error) {
	r.resetInterrupt()
	defer func() {
		// A bug must not take the shell down: report it as an error.
		if p := recover(); p != nil {
			r.scope = r.global
			rec := newRuntimeError(fmt.Sprintf("Internal error: %v", p), "InternalError", "NotSpecified")
			r.reportError(rec)
			err = rec
		}
	}()
	w := format.NewWriter(transcriptTee{r}, consoleWidth(r.host.Width()))
	w.LookupVar = r.GetVariable
	r.scope = r.global
	r.catchDepth = 0
	r.pending = nil
	err = body(w.Write)
	if _, ok := err.(*returnErr); ok {
		// A return at the top level ends the unit; what a subexpression
		// wrote before it is still output (flowout.go).
		if ferr := r.flushPending(w.Write); ferr != nil {
			err = ferr
		}
	}
	r.pending = nil
	if cerr := w.Close(); cerr != nil && err == nil {
		err = cerr
	}
	r.scope = r.global
	switch e := err.(type) {
	case nil:
		return nil
	case *exitErr:
		r.exitCode, r.exited = e.code, true
		return nil
	case *breakErr, *continueErr, *returnErr:
		return nil
	}
	if rec, ok := asRecord(err); ok {
		delete(r.scriptTerm, rec)
		if IsStopped(rec) {
			return rec
		}
		r.reportError(rec)
		return rec
	}
	r.host.WriteErr(err.Error() + "\n")
	return err
}

// showParseErrors prints each parse error as PowerShell does and returns
// the error.
func (r *Runner) showParseErrors(err error) error {
	rec := r.parseFailure(err)
	r.lastOK = false
	r.addError(rec)
	r.host.WriteErr(format.ErrorViewWidth(rec, r.errorViewName(), r.host.Width()))
	return err
}

// parseFailure turns parse errors into the ParseException record
// PowerShell raises: every error's position and message, in order.
func (r *Runner) parseFailure(err error) *object.ErrorRecord {
	var list syntax.ParseErrors
	switch e := err.(type) {
	case syntax.ParseErrors:
		list = e
	case *syntax.ParseError:
		list = syntax.ParseErrors{e}
	default:
		ex := object.NewException(parseExceptionType, "%s", err.Error())
		return object.NewError(ex, "ParseException", "ParserError", nil)
	}
	if len(list) == 0 {
		ex := object.NewException(parseExceptionType, "%s", err.Error())
		return object.NewError(ex, "ParseException", "ParserError", nil)
	}
	first := list[0]
	msg := first.Message
	if len(list) > 1 {
		// PowerShell's ParseException lists every error, each after its
		// position.
		var b strings.Builder
		for i, pe := range list {
			if i > 0 {
				b.WriteString("\n\n")
			}
			b.WriteString(format.PositionMessage(invocationAt(pe.File, pe.Start, pe.Stop)))
			b.WriteString("\n")
			b.WriteString(pe.Message)
		}
		msg = b.String()
	}
	ex := object.NewException(parseExceptionType, "%s", msg)
	rec := object.NewError(ex, first.ErrorID, "ParserError", nil)
	rec.Invocation = invocationAt(first.File, first.Start, first.Stop)
	return rec
}

// Prompt returns the prompt: the user's `prompt` function if defined,
// else "PS <location>> ".
func (r *Runner) Prompt() string {
	if ci := r.findFunction("prompt"); ci != nil {
		if fc, ok := ci.Script.(*funcCode); ok {
			// The prompt runs between commands: $? still tells about
			// the command before it.
			old, lastOK := r.sinks, r.lastOK
			out, err := r.invokeBlock(fc.sb, invokeOpts{newScope: true, name: "prompt"})
			r.sinks, r.lastOK = old, lastOK
			r.scope = r.global
			if err == nil {
				var b strings.Builder
				for _, v := range out {
					b.WriteString(dotnet.ToString(v))
				}
				return b.String()
			}
		}
	}
	return "PS " + r.location() + "> "
}

// location is the current location as PowerShell shows it.
func (r *Runner) location() string {
	if r.sess.Location != "" {
		return r.sess.Location
	}
	if wd, err := os.Getwd(); err == nil {
		return wd
	}
	return "/"
}
