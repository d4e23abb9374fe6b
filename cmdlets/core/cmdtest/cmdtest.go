// Package cmdtest runs cmdlets in tests without the interpreter: a fake
// pipeline.Runtime whose script blocks are Go functions, a scripted
// console host, and Run, which binds arguments with the real binder and
// feeds input through the real processor.
package cmdtest

import (
	"errors"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// Block is a script block written in Go: Fn receives $_ (when set), the
// arguments and the extra variables ($this) of the invocation.
type Block struct {
	Text string
	Fn   func(dollar any, args []any, vars map[string]any) []any
}

// String is the block's source text.
func (b Block) String() string { return b.Text }

// SB returns a block computing one value from $_.
func SB(text string, fn func(dollar any) any) Block {
	return Block{Text: text, Fn: func(d any, _ []any, _ map[string]any) []any { return []any{fn(d)} }}
}

// Host is a console whose answers are scripted.
type Host struct {
	Interact bool
	Answers  []string
	Out      strings.Builder
	Err      strings.Builder
}

// Write records standard output text.
func (h *Host) Write(s string) { h.Out.WriteString(s) }

// WriteErr records standard error text.
func (h *Host) WriteErr(s string) { h.Err.WriteString(s) }

// Interactive reports whether prompts may be answered.
func (h *Host) Interactive() bool { return h.Interact }

// ReadLine prints the prompt and returns the next scripted answer.
func (h *Host) ReadLine(prompt string) (string, error) {
	h.Out.WriteString(prompt)
	if !h.Interact || len(h.Answers) == 0 {
		return "", errors.New("not interactive")
	}
	a := h.Answers[0]
	h.Answers = h.Answers[1:]
	h.Out.WriteString(a + "\n")
	return a, nil
}

// ReadSecret is ReadLine without echoing the answer.
func (h *Host) ReadSecret(prompt string) (string, error) {
	h.Out.WriteString(prompt)
	if !h.Interact || len(h.Answers) == 0 {
		return "", errors.New("not interactive")
	}
	a := h.Answers[0]
	h.Answers = h.Answers[1:]
	h.Out.WriteString("\n")
	return a, nil
}

// Width is the console width.
func (h *Host) Width() int { return 120 }

// Color reports that no colour is used.
func (h *Host) Color(int) bool { return false }

// RT is a fake Runtime: variables in a map, streams recorded.
type RT struct {
	Vars    map[string]any
	H       *Host
	Sess    pipeline.Session
	Streams map[pipeline.StreamKind][]any
}

// New returns an empty runtime.
func New() *RT {
	return &RT{Vars: map[string]any{}, H: &Host{}, Streams: map[pipeline.StreamKind][]any{}}
}

// Invoke runs a Block.
func (r *RT) Invoke(sb object.ScriptBlock, opt pipeline.InvokeOptions) ([]any, error) {
	b, ok := sb.(Block)
	if !ok {
		return nil, errors.New("cmdtest: not a cmdtest.Block")
	}
	var d any
	if opt.UseDollarUnder {
		d = opt.DollarUnder
	}
	out := b.Fn(d, opt.Args, opt.Vars)
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

// GetVar reads a variable.
func (r *RT) GetVar(name string) (any, bool) {
	v, ok := r.Vars[strings.ToLower(name)]
	return v, ok
}

// SetVar sets a variable.
func (r *RT) SetVar(name string, v any, scope string) error {
	r.Vars[strings.ToLower(name)] = v
	return nil
}

// RemoveVar removes a variable.
func (r *RT) RemoveVar(name, scope string) error {
	delete(r.Vars, strings.ToLower(name))
	return nil
}

// Variables lists nothing.
func (r *RT) Variables() []*pipeline.Variable { return nil }

// Lookup finds nothing.
func (r *RT) Lookup(string) (*pipeline.CommandInfo, bool) { return nil, false }

// Commands lists nothing.
func (r *RT) Commands() []*pipeline.CommandInfo { return nil }

// SetAlias does nothing.
func (r *RT) SetAlias(name, target, scope string) error { return nil }

// RunString is not available.
func (r *RT) RunString(string) ([]any, error) { return nil, errors.New("cmdtest: no interpreter") }

// Host returns the scripted host.
func (r *RT) Host() pipeline.Host { return r.H }

// Session returns the session.
func (r *RT) Session() *pipeline.Session { return &r.Sess }

// Stream records a stream record.
func (r *RT) Stream(kind pipeline.StreamKind, rec any) {
	r.Streams[kind] = append(r.Streams[kind], rec)
}

// Errors returns the error records written.
func (r *RT) Errors() []*object.ErrorRecord {
	var out []*object.ErrorRecord
	for _, v := range r.Streams[pipeline.ErrorStream] {
		if rec, ok := v.(*object.ErrorRecord); ok {
			out = append(out, rec)
		}
		if rec, ok := pipeline.SilentError(v); ok {
			out = append(out, rec)
		}
	}
	return out
}

// Param is a -Name argument token.
type Param string

// Args turns a compact argument list into pipeline.Args: a Param is a
// parameter token; a Param ending in ":" takes the next value
// (-Name:value); everything else is a positional value.
func Args(list ...any) []pipeline.Arg {
	var out []pipeline.Arg
	for i := 0; i < len(list); i++ {
		switch x := list[i].(type) {
		case Param:
			name := string(x)
			if strings.HasSuffix(name, ":") && i+1 < len(list) {
				out = append(out, pipeline.Arg{IsParam: true, Name: strings.TrimSuffix(name, ":"), Value: list[i+1], HasValue: true, Text: "-" + name})
				i++
				continue
			}
			out = append(out, pipeline.Arg{IsParam: true, Name: name, Text: "-" + name})
		default:
			_, isBlock := x.(Block)
			out = append(out, pipeline.Arg{Value: x, Text: textOf(x), IsScriptBlockLiteral: isBlock})
		}
	}
	return out
}

func textOf(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return ""
}

// Run binds args to ci, then runs it with input piped in (nil input:
// nothing piped). It returns the output and the first terminating error.
func (r *RT) Run(ci *pipeline.CommandInfo, input []any, args ...any) ([]any, error) {
	b, err := pipeline.Bind(ci, Args(args...), r, input != nil)
	if err != nil {
		return nil, err
	}
	var out []any
	p := pipeline.NewProcessor(ci, b, r, func(v any) error { out = append(out, v); return nil })
	if err := p.Begin(); err != nil {
		return out, err
	}
	for _, in := range input {
		if err := p.Process(in); err == pipeline.ErrStopUpstream {
			// The command wants no more input; its End still runs.
			break
		} else if err != nil {
			return out, err
		}
	}
	if err := p.End(); err != nil {
		return out, err
	}
	return out, nil
}
