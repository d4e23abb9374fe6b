// Package cstest runs lab cmdlets in tests: a temporary lab, a minimal
// Runtime, and the real binder, without the interpreter.
package cstest

import (
	"errors"
	"strings"
	"testing"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// Host records what is written to the console; it is not interactive.
type Host struct{ Out strings.Builder }

// Write records text.
func (h *Host) Write(s string) { h.Out.WriteString(s) }

// WriteErr records error text.
func (h *Host) WriteErr(s string) { h.Out.WriteString(s) }

// Interactive is false: nobody answers prompts in a test.
func (h *Host) Interactive() bool { return false }

// ReadLine fails: not interactive.
func (h *Host) ReadLine(string) (string, error) { return "", errors.New("not interactive") }

// ReadSecret fails: not interactive.
func (h *Host) ReadSecret(string) (string, error) { return "", errors.New("not interactive") }

// Width is the redirected-output width.
func (h *Host) Width() int { return 120 }

// Color is off.
func (h *Host) Color(int) bool { return false }

// Runtime is just enough of pipeline.Runtime for the lab cmdlets.
type Runtime struct {
	H       *Host
	Sess    *pipeline.Session
	Streams []any
}

// Invoke is not supported: no script blocks without the interpreter.
func (r *Runtime) Invoke(object.ScriptBlock, pipeline.InvokeOptions) ([]any, error) {
	return nil, errors.New("no script blocks in cstest")
}

// GetVar finds nothing.
func (r *Runtime) GetVar(string) (any, bool) { return nil, false }

// SetVar ignores the value.
func (r *Runtime) SetVar(string, any, string) error { return nil }

// RemoveVar does nothing.
func (r *Runtime) RemoveVar(string, string) error { return nil }

// Variables is empty.
func (r *Runtime) Variables() []*pipeline.Variable { return nil }

// Lookup finds nothing.
func (r *Runtime) Lookup(string) (*pipeline.CommandInfo, bool) { return nil, false }

// Commands is empty.
func (r *Runtime) Commands() []*pipeline.CommandInfo { return nil }

// SetAlias does nothing.
func (r *Runtime) SetAlias(string, string, string) error { return nil }

// RunString outputs nothing.
func (r *Runtime) RunString(string) ([]any, error) { return nil, nil }

// Host is the recording console.
func (r *Runtime) Host() pipeline.Host { return r.H }

// Session is the test session.
func (r *Runtime) Session() *pipeline.Session { return r.Sess }

// Stream records what goes to the other streams.
func (r *Runtime) Stream(kind pipeline.StreamKind, rec any) { r.Streams = append(r.Streams, rec) }

// Lab is one shell session on a temporary lab.
type Lab struct {
	T   *testing.T
	RT  *Runtime
	Reg *pipeline.Registry
}

// NewLab makes a session on a new temporary lab folder with the cmdlets
// the register functions add.
func NewLab(t *testing.T, register ...func(*pipeline.Registry)) *Lab {
	t.Helper()
	sess := &pipeline.Session{Home: t.TempDir(), Computer: "atl-cs-001.litwareinc.com", Location: `C:\`}
	t.Cleanup(func() {
		for _, c := range sess.Closers {
			c()
		}
	})
	reg := pipeline.NewRegistry()
	for _, r := range register {
		r(reg)
	}
	return &Lab{T: t, RT: &Runtime{H: &Host{}, Sess: sess}, Reg: reg}
}

// Run binds args (a string starting with "-" is a parameter name) and
// runs the cmdlet, returning its output.
func (l *Lab) Run(name string, args ...any) ([]any, error) {
	l.T.Helper()
	ci, ok := l.Reg.Get(name)
	if !ok {
		l.T.Fatalf("no cmdlet %s", name)
	}
	var as []pipeline.Arg
	for _, a := range args {
		if s, ok := a.(string); ok && strings.HasPrefix(s, "-") && len(s) > 1 {
			as = append(as, pipeline.Arg{IsParam: true, Name: s[1:], Text: s})
			continue
		}
		text, _ := a.(string)
		as = append(as, pipeline.Arg{Value: a, Text: text})
	}
	b, err := pipeline.Bind(ci, as, l.RT, false)
	if err != nil {
		return nil, err
	}
	var out []any
	p := pipeline.NewProcessor(ci, b, l.RT, func(v any) error { out = append(out, v); return nil })
	if err := p.Begin(); err != nil {
		return out, err
	}
	if err := p.Process(nil); err != nil {
		return out, err
	}
	return out, p.End()
}

// Call is a call with the lab's runtime, for helpers that take one.
func (l *Lab) Call() *pipeline.Call {
	return &pipeline.Call{Rt: l.RT, Info: &pipeline.CommandInfo{Name: "test"}}
}

// Prop reads a property of an output object.
func Prop(v any, name string) any {
	o, ok := v.(*object.PSObject)
	if !ok {
		return nil
	}
	p, _ := o.Prop(name)
	return p
}
