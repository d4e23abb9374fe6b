package output

import (
	"errors"
	"strings"
	"testing"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// goBlock is a script block implemented in Go for tests.
type goBlock struct {
	text string
	fn   func(dollarUnder any) []any
}

func (b goBlock) String() string { return b.text }

// testHost records what is written.
type testHost struct {
	out, err strings.Builder
	color    bool
	width    int
}

func (h *testHost) Write(s string)                    { h.out.WriteString(s) }
func (h *testHost) WriteErr(s string)                 { h.err.WriteString(s) }
func (h *testHost) Interactive() bool                 { return false }
func (h *testHost) ReadLine(string) (string, error)   { return "", errors.New("not interactive") }
func (h *testHost) ReadSecret(string) (string, error) { return "", errors.New("not interactive") }
func (h *testHost) Color(int) bool                    { return h.color }
func (h *testHost) Width() int {
	if h.width > 0 {
		return h.width
	}
	return 120
}

// testRT is a Runtime with variables in a map that records the streams.
type testRT struct {
	vars    map[string]any
	host    *testHost
	session pipeline.Session
	streams map[pipeline.StreamKind][]any
}

func newRT() *testRT {
	return &testRT{vars: map[string]any{}, host: &testHost{}, streams: map[pipeline.StreamKind][]any{}}
}

func (r *testRT) Invoke(sb object.ScriptBlock, opt pipeline.InvokeOptions) ([]any, error) {
	b, ok := sb.(goBlock)
	if !ok {
		return nil, errors.New("not a test block")
	}
	return b.fn(opt.DollarUnder), nil
}
func (r *testRT) GetVar(name string) (any, bool) {
	v, ok := r.vars[strings.ToLower(name)]
	return v, ok
}
func (r *testRT) SetVar(name string, v any, scope string) error {
	r.vars[strings.ToLower(name)] = v
	return nil
}
func (r *testRT) RemoveVar(name, scope string) error          { return nil }
func (r *testRT) Variables() []*pipeline.Variable             { return nil }
func (r *testRT) Lookup(string) (*pipeline.CommandInfo, bool) { return nil, false }
func (r *testRT) Commands() []*pipeline.CommandInfo           { return nil }
func (r *testRT) SetAlias(name, target, scope string) error   { return nil }
func (r *testRT) RunString(string) ([]any, error)             { return nil, nil }
func (r *testRT) Host() pipeline.Host                         { return r.host }
func (r *testRT) Session() *pipeline.Session                  { return &r.session }
func (r *testRT) Stream(kind pipeline.StreamKind, rec any) {
	r.streams[kind] = append(r.streams[kind], rec)
}

// args builds arguments: "-Name" strings become parameter tokens, the
// rest values.
func args(vs ...any) []pipeline.Arg {
	var out []pipeline.Arg
	for _, v := range vs {
		if s, ok := v.(string); ok && strings.HasPrefix(s, "-") && len(s) > 1 {
			out = append(out, pipeline.Arg{IsParam: true, Name: s[1:], Text: s})
			continue
		}
		out = append(out, pipeline.Arg{Value: v, Text: "x"})
	}
	return out
}

// run binds and runs a cmdlet with the given pipeline input (nil: none).
func run(t *testing.T, rt *testRT, ci *pipeline.CommandInfo, input []any, a ...any) ([]any, error) {
	t.Helper()
	b, err := pipeline.Bind(ci, args(a...), rt, input != nil)
	if err != nil {
		return nil, err
	}
	var out []any
	p := pipeline.NewProcessor(ci, b, rt, func(v any) error { out = append(out, v); return nil })
	if err := p.Begin(); err != nil {
		return out, err
	}
	if input == nil {
		if err := p.Process(nil); err != nil {
			return out, err
		}
	}
	for _, in := range input {
		if err := p.Process(in); err != nil {
			return out, err
		}
	}
	err = p.End()
	return out, err
}

// obj builds a PSCustomObject from name/value pairs in order.
func obj(kv ...any) *object.PSObject {
	o := object.NewObject()
	for i := 0; i+1 < len(kv); i += 2 {
		o.SetProp(kv[i].(string), kv[i+1])
	}
	return o
}
