package cs

import (
	"cspsh/cmdlets/cs/cstest"
	"strings"
	"testing"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/store"
)

// fakeHost records what is written.
// lab is one shell session on a temporary lab.
type lab struct {
	t   *testing.T
	rt  *cstest.Runtime
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
	return &lab{t: t, rt: &cstest.Runtime{H: &cstest.Host{}, Sess: sess}, reg: reg}
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
