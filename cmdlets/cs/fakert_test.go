package cs

import (
	"errors"
	"strings"
	"testing"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/store"
)

// fakeHost records what is written.
type fakeHost struct{ out strings.Builder }

func (h *fakeHost) Write(s string)                    { h.out.WriteString(s) }
func (h *fakeHost) WriteErr(s string)                 { h.out.WriteString(s) }
func (h *fakeHost) Interactive() bool                 { return false }
func (h *fakeHost) ReadLine(string) (string, error)   { return "", errors.New("not interactive") }
func (h *fakeHost) ReadSecret(string) (string, error) { return "", errors.New("not interactive") }
func (h *fakeHost) Width() int                        { return 120 }
func (h *fakeHost) Color(int) bool                    { return false }

// fakeRT is just enough of a Runtime to bind and run the Cs cmdlets.
type fakeRT struct {
	host    *fakeHost
	session *pipeline.Session
	streams []any
}

func (r *fakeRT) Invoke(object.ScriptBlock, pipeline.InvokeOptions) ([]any, error) {
	return nil, errors.New("no script blocks here")
}
func (r *fakeRT) GetVar(string) (any, bool)                   { return nil, false }
func (r *fakeRT) SetVar(string, any, string) error            { return nil }
func (r *fakeRT) RemoveVar(string, string) error              { return nil }
func (r *fakeRT) Variables() []*pipeline.Variable             { return nil }
func (r *fakeRT) Lookup(string) (*pipeline.CommandInfo, bool) { return nil, false }
func (r *fakeRT) Commands() []*pipeline.CommandInfo           { return nil }
func (r *fakeRT) SetAlias(string, string, string) error       { return nil }
func (r *fakeRT) RunString(string) ([]any, error)             { return nil, nil }
func (r *fakeRT) Host() pipeline.Host                         { return r.host }
func (r *fakeRT) Session() *pipeline.Session                  { return r.session }
func (r *fakeRT) Stream(kind pipeline.StreamKind, rec any)    { r.streams = append(r.streams, rec) }

// lab is one shell session on a temporary lab.
type lab struct {
	t   *testing.T
	rt  *fakeRT
	reg *pipeline.Registry
}

func newLab(t *testing.T) *lab {
	t.Helper()
	home := t.TempDir()
	sess := &pipeline.Session{Home: home, Computer: "atl-cs-001.litwareinc.com", Location: `C:\`}
	t.Cleanup(func() {
		for _, c := range sess.Closers {
			c()
		}
	})
	reg := pipeline.NewRegistry()
	Register(reg)
	return &lab{t: t, rt: &fakeRT{host: &fakeHost{}, session: sess}, reg: reg}
}

// run binds the arguments (PowerShell-style tokens: "-Name" starts a
// parameter, anything else is a value) and runs the cmdlet.
func (l *lab) run(name string, args ...any) ([]any, error) {
	l.t.Helper()
	ci, ok := l.reg.Get(name)
	if !ok {
		l.t.Fatalf("no cmdlet %s", name)
	}
	var as []pipeline.Arg
	for _, a := range args {
		if s, ok := a.(string); ok && strings.HasPrefix(s, "-") && len(s) > 1 {
			as = append(as, pipeline.Arg{IsParam: true, Name: s[1:], Text: s})
			continue
		}
		as = append(as, pipeline.Arg{Value: a, Text: object2text(a)})
	}
	b, err := pipeline.Bind(ci, as, l.rt, false)
	if err != nil {
		return nil, err
	}
	var out []any
	p := pipeline.NewProcessor(ci, b, l.rt, func(v any) error { out = append(out, v); return nil })
	if err := p.Begin(); err != nil {
		return out, err
	}
	if err := p.Process(nil); err != nil {
		return out, err
	}
	err = p.End()
	return out, err
}

func object2text(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return ""
}

// get returns the assignments Get-CsCertificate lists for the arguments.
func (l *lab) get(args ...any) []*object.PSObject {
	l.t.Helper()
	out, err := l.run("Get-CsCertificate", args...)
	if err != nil {
		l.t.Fatalf("Get-CsCertificate %v: %v", args, err)
	}
	var objs []*object.PSObject
	for _, v := range out {
		objs = append(objs, v.(*object.PSObject))
	}
	return objs
}

func prop(o *object.PSObject, name string) any {
	v, _ := o.Prop(name)
	return v
}

// nil2call is a call with just the runtime, for OpenLab in tests.
func nil2call(l *lab) *pipeline.Call {
	return &pipeline.Call{Rt: l.rt, Info: &pipeline.CommandInfo{Name: "test"}}
}

type storeTx = store.Tx
