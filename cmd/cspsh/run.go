package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"cspsh/cmdlets"
	"cspsh/internal/rawfile"
	"cspsh/pipeline"
	"cspsh/pipeline/paths"
	"cspsh/shell/interp"
	"cspsh/shell/repl"
	"cspsh/shell/syntax"
	"cspsh/store"
)

// version is what -Version and $PSVersionTable's CspshVersion report.
const version = "0.1.0"

// localComputer is the front end the shell runs on in the lab.
const localComputer = "atl-cs-001.litwareinc.com"

// run starts a session for the parsed options and returns the exit code,
// as pwsh sets it: `exit N`; 1 after an uncaught terminating error or a
// parse error; for -Command, 1 when the last command failed.
func run(o *options) int {
	if o.version {
		fmt.Printf("cspsh %s (Windows PowerShell 5.1 dialect)\n", version)
		return 0
	}
	sess := &pipeline.Session{Home: paths.Home(os.Getenv), Computer: localComputer}
	paths.Materialize = store.WriteDefaultFiles
	if wd, err := os.Getwd(); err == nil {
		sess.Location = paths.Display(sess, wd)
	}
	// A progress bar left by a script or command must not stay in front
	// of the shell's next prompt.
	defer sess.ClearProgress(os.Stderr)
	defer func() {
		for _, c := range sess.Closers {
			c()
		}
	}()

	interactive := o.file == "" && !o.hasCommand && repl.IsTerminal(os.Stdin)
	var reader *repl.Readline
	var hist *repl.History
	var color bool
	comp := &repl.Completer{}
	opts := []interp.Option{
		interp.WithRegistry(cmdlets.Registry()),
		interp.WithSession(sess),
		interp.WithNonInteractive(o.nonInteractive || !interactive),
		interp.WithArgs(o.args),
	}
	if (o.file != "" && o.file != "-" || o.hasCommand && o.command != "-") && !repl.IsTerminal(os.Stdin) {
		opts = append(opts, interp.WithInput(stdinLines))
	}
	if !interactive && !o.nonInteractive && (o.file != "" && o.file != "-" || o.hasCommand && o.command != "-") && repl.IsTerminal(os.Stdin) {
		// A script started from a console can still ask (Read-Host, a
		// Confirm prompt), as powershell.exe -File does; the answers are
		// read from the terminal.
		opts = append(opts, interp.WithHost(interp.NewHost(os.Stdout, os.Stderr, true).WithInput(os.Stdin)))
	}
	if interactive {
		var err error
		color = repl.ColorAllowed(1)
		hist = repl.LoadHistory(historyPath(sess.Home), 4096)
		reader, err = repl.NewReadline(repl.ReadlineConfig{History: hist.Lines, Complete: comp.Complete, Color: color})
		if err != nil {
			fmt.Fprintln(os.Stderr, "cspsh:", err)
			return 1
		}
		defer reader.Close()
		opts = append(opts, interp.WithHost(&repl.TermHost{Out: os.Stdout, Err: os.Stderr, Reader: reader, NonInteractive: o.nonInteractive, Session: sess}))
	}
	r := interp.New(opts...)
	comp.Rt = r.Runtime()

	// $PROFILE is the lab's profile script, set even with -NoProfile as
	// PowerShell does.
	profile := filepath.Join(sess.Home, "profile.ps1")
	r.SetVariable("PROFILE", profile)
	if !o.noProfile {
		if src, err := rawfile.ReadString(profile); err == nil {
			// In the global scope, as PowerShell dot-sources profiles: its
			// functions and variables stay, and a mistake in it is
			// reported without ending the session.
			r.RunString(src, profile)
		}
	}

	switch {
	case o.file != "" && o.file != "-":
		if err := r.RunFile(o.file, o.args); err != nil {
			if code, exited := r.ExitCode(); exited {
				return code
			}
			return 1
		}
		return exitCode(r, true)
	case o.hasCommand && o.command != "-":
		err := r.RunString(o.command, "")
		if code, exited := r.ExitCode(); exited {
			return code
		}
		if err != nil || !r.LastOK() {
			return 1
		}
		return 0
	case interactive:
		return repl.Loop(repl.Config{
			Runner:        replRunner{r},
			Reader:        reader,
			History:       hist,
			Incomplete:    incomplete,
			Session:       sess,
			LocalComputer: localComputer,
			Color:         color,
		})
	}
	// A script on standard input.
	src, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "cspsh:", err)
		return 1
	}
	if err := r.RunString(string(src), ""); err != nil {
		if code, exited := r.ExitCode(); exited {
			return code
		}
		return 1
	}
	return exitCode(r, true)
}

func exitCode(r *interp.Runner, ok bool) int {
	if code, exited := r.ExitCode(); exited {
		return code
	}
	if ok {
		return 0
	}
	return 1
}

// historyPath is the history file in the lab folder, created with the
// folder when needed (mode 0700: it holds the user's commands).
func historyPath(home string) string {
	os.MkdirAll(home, 0o700)
	return filepath.Join(home, "history.txt")
}

// incomplete asks the parser whether src only needs more lines.
func incomplete(src string) bool {
	_, err := syntax.Parse(syntax.NewFile("", src))
	errs, ok := err.(syntax.ParseErrors)
	return ok && errs.Incomplete()
}

// replRunner adapts the interpreter to the REPL loop.
type replRunner struct{ *interp.Runner }

func (r replRunner) RunInteractive(src string) error { return r.RunString(src, "") }
