package session

import (
	"errors"
	"sort"
	"strings"
	"testing"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
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

// fakeBlock is a script block written in Go.
type fakeBlock struct {
	fn func(opt pipeline.InvokeOptions) []any
}

func (fakeBlock) String() string { return "fake" }

// fakeRT is a Runtime with one scope of variables and the registry's
// commands.
type fakeRT struct {
	host    *fakeHost
	session *pipeline.Session
	vars    map[string]*pipeline.Variable
	reg     *pipeline.Registry
	aliases map[string]string
	streams []any
	ran     []string
}

func (r *fakeRT) Invoke(sb object.ScriptBlock, opt pipeline.InvokeOptions) ([]any, error) {
	out := sb.(fakeBlock).fn(opt)
	if opt.Output != nil {
		for _, v := range out {
			if err := opt.Output(v); err != nil {
				return nil, err
			}
		}
		return nil, nil
	}
	return out, nil
}
func (r *fakeRT) GetVar(name string) (any, bool) {
	v, ok := r.vars[strings.ToLower(name)]
	if !ok {
		return nil, false
	}
	return v.Value, true
}
func (r *fakeRT) SetVar(name string, v any, scope string) error {
	if old, ok := r.vars[strings.ToLower(name)]; ok {
		old.Value = v
		return nil
	}
	r.vars[strings.ToLower(name)] = &pipeline.Variable{Name: name, Value: v, Scope: "Global"}
	return nil
}
func (r *fakeRT) RemoveVar(name, scope string) error {
	delete(r.vars, strings.ToLower(name))
	return nil
}
func (r *fakeRT) Variables() []*pipeline.Variable {
	var out []*pipeline.Variable
	for _, v := range r.vars {
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name > out[j].Name }) // deliberately unsorted for the cmdlets
	return out
}
func (r *fakeRT) Lookup(name string) (*pipeline.CommandInfo, bool) {
	if t, ok := r.aliases[strings.ToLower(name)]; ok {
		name = t
	}
	return r.reg.Get(name)
}
func (r *fakeRT) Commands() []*pipeline.CommandInfo {
	out := append([]*pipeline.CommandInfo(nil), r.reg.All()...)
	for a, t := range r.aliases {
		out = append(out, &pipeline.CommandInfo{Name: a, Kind: pipeline.KindAlias, Target: t})
	}
	return out
}
func (r *fakeRT) SetAlias(name, target, scope string) error {
	r.aliases[strings.ToLower(name)] = target
	return nil
}
func (r *fakeRT) RunString(src string) ([]any, error) {
	r.ran = append(r.ran, src)
	return []any{"ran: " + src}, nil
}
func (r *fakeRT) Host() pipeline.Host                      { return r.host }
func (r *fakeRT) Session() *pipeline.Session               { return r.session }
func (r *fakeRT) Stream(kind pipeline.StreamKind, rec any) { r.streams = append(r.streams, rec) }

// shell is a session with this family's cmdlets.
type shell struct {
	t  *testing.T
	rt *fakeRT
}

func newShell(t *testing.T) *shell {
	reg := pipeline.NewRegistry()
	Register(reg)
	rt := &fakeRT{host: &fakeHost{}, session: &pipeline.Session{Home: t.TempDir(), Computer: "atl-cs-001.litwareinc.com"},
		vars: map[string]*pipeline.Variable{}, reg: reg, aliases: map[string]string{}}
	for a, tgt := range reg.Aliases {
		rt.aliases[a] = tgt
	}
	return &shell{t: t, rt: rt}
}

// run binds PowerShell-style tokens ("-Name" starts a parameter, a
// "-Name:" token takes the next value) and runs the cmdlet over inputs.
func (s *shell) run(name string, tokens []any, inputs ...any) ([]any, error) {
	s.t.Helper()
	ci, ok := s.rt.Lookup(name)
	if !ok {
		s.t.Fatalf("no command %s", name)
	}
	var as []pipeline.Arg
	for i := 0; i < len(tokens); i++ {
		if str, ok := tokens[i].(string); ok && strings.HasPrefix(str, "-") && len(str) > 1 {
			if strings.HasSuffix(str, ":") {
				as = append(as, pipeline.Arg{IsParam: true, Name: str[1 : len(str)-1], Text: str, HasValue: true, Value: tokens[i+1]})
				i++
				continue
			}
			as = append(as, pipeline.Arg{IsParam: true, Name: str[1:], Text: str})
			continue
		}
		_, isBlock := tokens[i].(fakeBlock)
		as = append(as, pipeline.Arg{Value: tokens[i], IsScriptBlockLiteral: isBlock})
	}
	b, err := pipeline.Bind(ci, as, s.rt, len(inputs) > 0)
	if err != nil {
		return nil, err
	}
	var out []any
	p := pipeline.NewProcessor(ci, b, s.rt, func(v any) error { out = append(out, v); return nil })
	if err := p.Begin(); err != nil {
		return out, err
	}
	for _, in := range inputs {
		if err := p.Process(in); err != nil {
			return out, err
		}
	}
	return out, p.End()
}

// errs returns the error messages written so far and forgets them.
func (s *shell) errs() []string {
	var out []string
	for _, r := range s.rt.streams {
		if rec, ok := r.(*object.ErrorRecord); ok {
			out = append(out, rec.Error())
		}
	}
	s.rt.streams = nil
	return out
}

func tokens(ts ...any) []any { return ts }
