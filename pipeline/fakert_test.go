package pipeline

import (
	"errors"
	"strings"

	"cspsh/pipeline/object"
)

// fakeBlock is a script block implemented in Go for tests.
type fakeBlock struct {
	text string
	fn   func(dollarUnder any) []any
}

func (f fakeBlock) String() string { return f.text }

// fakeHost records what is written and answers prompts from a script.
type fakeHost struct {
	interactive bool
	answers     []string
	out         strings.Builder
}

func (h *fakeHost) Write(s string)    { h.out.WriteString(s) }
func (h *fakeHost) WriteErr(s string) { h.out.WriteString(s) }
func (h *fakeHost) Interactive() bool { return h.interactive }
func (h *fakeHost) ReadLine(prompt string) (string, error) {
	h.out.WriteString(prompt)
	if len(h.answers) == 0 {
		return "", errors.New("no more answers")
	}
	a := h.answers[0]
	h.answers = h.answers[1:]
	h.out.WriteString(a + "\n")
	return a, nil
}
func (h *fakeHost) ReadSecret(prompt string) (string, error) { return h.ReadLine(prompt) }
func (h *fakeHost) Width() int                               { return 120 }
func (h *fakeHost) Color(int) bool                           { return false }

// fakeRT is a Runtime with variables in a map.
type fakeRT struct {
	vars    map[string]any
	host    *fakeHost
	session Session
	streams []any
	cmds    []*CommandInfo
	ran     []string
}

func newFakeRT() *fakeRT {
	return &fakeRT{vars: map[string]any{}, host: &fakeHost{}}
}

func (r *fakeRT) Invoke(sb object.ScriptBlock, opt InvokeOptions) ([]any, error) {
	fb, ok := sb.(fakeBlock)
	if !ok {
		return nil, errors.New("not a fake block")
	}
	return fb.fn(opt.DollarUnder), nil
}
func (r *fakeRT) GetVar(name string) (any, bool) {
	v, ok := r.vars[strings.ToLower(name)]
	return v, ok
}
func (r *fakeRT) SetVar(name string, v any, scope string) error {
	r.vars[strings.ToLower(name)] = v
	return nil
}
func (r *fakeRT) RemoveVar(name, scope string) error {
	delete(r.vars, strings.ToLower(name))
	return nil
}
func (r *fakeRT) Variables() []*Variable { return nil }
func (r *fakeRT) Lookup(name string) (*CommandInfo, bool) {
	for _, c := range r.cmds {
		if strings.EqualFold(c.Name, name) {
			return c, true
		}
	}
	return nil, false
}
func (r *fakeRT) Commands() []*CommandInfo                  { return r.cmds }
func (r *fakeRT) SetAlias(name, target, scope string) error { return nil }
func (r *fakeRT) RunString(src string) ([]any, error) {
	r.ran = append(r.ran, src)
	return []any{src}, nil
}
func (r *fakeRT) Host() Host                      { return r.host }
func (r *fakeRT) Session() *Session               { return &r.session }
func (r *fakeRT) Stream(kind StreamKind, rec any) { r.streams = append(r.streams, rec) }
