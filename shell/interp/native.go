package interp

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// nativeProc runs a program: pipeline input becomes its standard input,
// each line of its standard output an output string, and its exit code
// $LASTEXITCODE.
type nativeProc struct {
	r         *Runner
	path      string
	name      string
	args      []pipeline.Arg
	emit      emitFn
	expecting bool
	at        site
	input     bytes.Buffer
	failed    bool
}

func (p *nativeProc) Begin() error { return nil }

func (p *nativeProc) Process(v any) error {
	p.input.WriteString(dotnet.ToString(v))
	p.input.WriteByte('\n')
	return nil
}

// Failed reports a non-zero exit code (for $?).
func (p *nativeProc) Failed() bool { return p.failed }

func (p *nativeProc) End() error {
	var argv []string
	for _, a := range p.args {
		if a.IsParam {
			t := a.Text
			if t == "" {
				t = "-" + a.Name
			}
			if a.HasValue {
				argv = append(argv, t+dotnet.ToString(a.Value))
			} else {
				argv = append(argv, t)
			}
			continue
		}
		if a.Text == "--%" {
			// The stop-parsing token itself is not passed to a program
			// (about_Parsing); a function or cmdlet does get it.
			continue
		}
		for _, e := range enumerate(a.Value) {
			argv = append(argv, dotnet.ToString(e))
		}
	}
	// The program inherits the environment the shell shows.
	members.WindowsEnv()
	cmd := exec.Command(p.path, argv...)
	if loc := p.r.sess.Location; loc != "" {
		if dir, err := p.r.resolvePath(loc); err == nil {
			if st, err := os.Stat(dir); err == nil && st.IsDir() {
				cmd.Dir = dir
			}
		}
	}
	if p.expecting {
		cmd.Stdin = bytes.NewReader(p.input.Bytes())
	} else {
		cmd.Stdin = os.Stdin
	}
	// With its errors redirected (2>$null, 2>&1, 2>file) a program's
	// standard error becomes error records, as in PowerShell; otherwise
	// it goes straight to the console.
	redirected := p.r.sinks != p.r.baseSinks
	var errBuf bytes.Buffer
	if redirected {
		cmd.Stderr = &errBuf
	} else {
		cmd.Stderr = hostErrWriter{p.r}
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return notFoundAt(p.at, p.name)
	}
	sc := bufio.NewScanner(stdout)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	var emitErr error
	for sc.Scan() {
		if emitErr == nil {
			emitErr = p.emit(strings.TrimSuffix(sc.Text(), "\r"))
		}
	}
	err = cmd.Wait()
	if redirected && errBuf.Len() > 0 {
		for i, line := range strings.Split(strings.TrimRight(errBuf.String(), "\r\n"), "\n") {
			id := "NativeCommandError"
			if i > 0 {
				id = "NativeCommandErrorMessage"
			}
			ex := object.NewException("System.Management.Automation.RemoteException", "%s", strings.TrimSuffix(line, "\r"))
			rec := object.NewError(ex, id, "NotSpecified", line)
			rec.Invocation = p.at.info()
			rec.Invocation.MyCommand = p.name
			rec.Invocation.Application = true
			rec.NonTerminating = true
			p.r.writeError(rec)
		}
	}
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	}
	p.r.setLocal(p.r.global, "LASTEXITCODE", int32(code))
	p.failed = code != 0
	return emitErr
}

// hostErrWriter sends a program's standard error to the host.
type hostErrWriter struct{ r *Runner }

func (w hostErrWriter) Write(b []byte) (int, error) {
	w.r.host.WriteErr(string(b))
	return len(b), nil
}
