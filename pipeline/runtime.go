package pipeline

import (
	"io"

	"cspsh/pipeline/object"
)

// Runtime is what a command may ask of the interpreter. shell/interp
// implements it; cmdlets only see this interface.
type Runtime interface {
	// Invoke runs a script block. With UseDollarUnder, $_ (and $PSItem)
	// is DollarUnder in the new scope; Args become $args or bind to the
	// block's param(); Input feeds $input and the block's process{}.
	// NewScope false runs it dot-sourced (ForEach-Object and Where-Object
	// run their blocks in the caller's scope, so `$sum += $_` works).
	Invoke(sb object.ScriptBlock, opt InvokeOptions) ([]any, error)
	// GetVar and SetVar read and write variables as seen from the
	// caller's scope. Scope is "" (local), "global", "script", or a
	// number of levels up as text ("1").
	GetVar(name string) (any, bool)
	SetVar(name string, v any, scope string) error
	RemoveVar(name string, scope string) error
	// Variables lists the variables visible in the caller's scope.
	Variables() []*Variable
	// Lookup resolves a command name (aliases followed, functions first).
	Lookup(name string) (*CommandInfo, bool)
	// Commands lists every command (cmdlets, functions, aliases).
	Commands() []*CommandInfo
	// SetAlias defines or replaces an alias in the given scope.
	SetAlias(name, target, scope string) error
	// RunString parses and runs PowerShell text in the caller's scope
	// (Invoke-Expression).
	RunString(src string) ([]any, error)
	// Host is the console: output text, prompts, width.
	Host() Host
	// Session holds what lasts for the whole shell session.
	Session() *Session
	// Stream sends a record to the session's streams as the caller would
	// (honouring redirections such as 2>$null and 3>&1). Cmdlets normally
	// use Call.WriteError and friends instead.
	Stream(kind StreamKind, record any)
}

// InvokeOptions says how to run a script block.
type InvokeOptions struct {
	DollarUnder    any
	UseDollarUnder bool
	Args           []any
	Input          []any
	HasInput       bool
	NewScope       bool
	// Vars are extra variables defined in the new scope (e.g. "this" for
	// a ScriptMethod).
	Vars map[string]any
	// Output, when set, receives each output object as it is produced
	// (streaming) instead of the result slice.
	Output func(v any) error
	// PropagateErrors makes a terminating error inside the block end the
	// invocation and come back as Invoke's error instead of being shown
	// and skipped (PowerShell's DoInvokeReturnAsIs, which the format
	// cmdlets' calculated properties use so that a failing expression
	// becomes #ERR or a -ShowError record).
	PropagateErrors bool
}

// Variable is one PowerShell variable as Get-Variable shows it.
type Variable struct {
	Name        string
	Value       any
	Description string
	Options     string // "None", "ReadOnly", "Constant", "AllScope", …
	Scope       string
	// Attributes is PSVariable.Attributes: the type constraint (an
	// ArgumentTypeConverterAttribute) and the validation attributes the
	// variable was declared with, as attribute objects.
	Attributes []any
}

// StreamKind names an output stream by its redirection number.
type StreamKind int

// Streams, numbered as in redirection (2>, 3>, …).
const (
	OutputStream      StreamKind = 1
	ErrorStream       StreamKind = 2
	WarningStream     StreamKind = 3
	VerboseStream     StreamKind = 4
	DebugStream       StreamKind = 5
	InformationStream StreamKind = 6
)

// Host is the console the shell runs in.
type Host interface {
	// Write writes text to standard output (Write-Host, prompts).
	Write(text string)
	// WriteErr writes text to standard error (error display).
	WriteErr(text string)
	// Interactive reports whether a user can answer prompts (a terminal
	// and not -NonInteractive).
	Interactive() bool
	// ReadLine reads one line from the user after printing prompt; it
	// fails when not interactive.
	ReadLine(prompt string) (string, error)
	// ReadSecret reads a line without echo.
	ReadSecret(prompt string) (string, error)
	// Width is the console width used for formatting: the terminal's, or
	// 120 when output is redirected.
	Width() int
	// Color reports whether ANSI colour may be used on the stream
	// (1 stdout, 2 stderr).
	Color(stream int) bool
}

// Session holds state shared by every command of one shell session.
type Session struct {
	// Home is the lab folder ($CSPSH_HOME, default ~/.cspsh).
	Home string
	// Computer is the computer commands act on: the local one, or the
	// one entered with Enter-PSSession.
	Computer string
	// ComputerName is the name the user typed for Computer
	// (Enter-PSSession atl-cs-002): the prompt shows it as written,
	// as PowerShell does, while commands use the resolved FQDN.
	ComputerName string
	// Services lets a command family keep its own state for the session
	// (for example the opened lab store), keyed by a name it owns.
	Services map[string]any
	// Location is the current location as PowerShell shows it
	// (C:\Users\Administrator, /tmp, Cert:\LocalMachine\My).
	Location string
	// LocationStack holds Push-Location entries.
	LocationStack []string
	// Closers run when the session ends (close the database, …).
	Closers []func()
	// History is the session's command history (Get-History): the REPL
	// appends one entry per command line it runs.
	History []HistoryEntry
	// Transcript, when set (Start-Transcript), receives a copy of
	// everything the host writes: Host implementations tee their output
	// (and the commands they echo) to it.
	Transcript io.Writer
	// historyNext is the last history id given (ids are not reused after
	// Clear-History).
	historyNext int64
	// progressShown is set while a Write-Progress bar sits on the
	// terminal's current line (ShowProgress, ClearProgress).
	progressShown bool
}

// Service returns the session service called name, creating it with mk on
// first use.
func (s *Session) Service(name string, mk func() (any, error)) (any, error) {
	if s.Services == nil {
		s.Services = map[string]any{}
	}
	if v, ok := s.Services[name]; ok {
		return v, nil
	}
	v, err := mk()
	if err != nil {
		return nil, err
	}
	s.Services[name] = v
	return v, nil
}

// Registry holds the built-in commands (cmdlets and default aliases).
// Cmdlet families add themselves with Register.
type Registry struct {
	cmds    map[string]*CommandInfo
	order   []*CommandInfo
	Aliases map[string]string // default aliases: lower-case alias → command name; read it through AliasTarget and AliasMap, which fill a lazy registry first

	lazy lazyFill // set by NewLazyRegistry
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry {
	// Sized for the built-in set (about 120 commands, 90 aliases), so
	// start-up does not grow them step by step.
	return &Registry{cmds: make(map[string]*CommandInfo, 160), order: make([]*CommandInfo, 0, 160), Aliases: make(map[string]string, 128)}
}

// Add registers a command; a later one with the same name replaces it.
func (r *Registry) Add(ci *CommandInfo) {
	r.ensure()
	key := lower(ci.Name)
	if _, ok := r.cmds[key]; !ok {
		r.order = append(r.order, ci)
	} else {
		for i, c := range r.order {
			if lower(c.Name) == key {
				r.order[i] = ci
			}
		}
	}
	r.cmds[key] = ci
}

// Alias registers a default alias.
func (r *Registry) Alias(alias, target string) {
	r.ensure()
	r.Aliases[lower(alias)] = target
}

// Get returns the command called name (not following aliases).
func (r *Registry) Get(name string) (*CommandInfo, bool) {
	r.ensure()
	ci, ok := r.cmds[lower(name)]
	return ci, ok
}

// All returns every registered command in registration order.
func (r *Registry) All() []*CommandInfo {
	r.ensure()
	return r.order
}
