// Package interp runs PowerShell: it compiles the syntax tree once into Go
// closures and runs them against scopes, pipelines and the error model of
// Windows PowerShell 5.1.
package interp

import (
	"io"
	"os"
	"sync"
	"sync/atomic"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

// Runner interprets PowerShell scripts. It is not safe for concurrent use
// (Interrupt excepted). Build one with New.
type Runner struct {
	reg            *pipeline.Registry
	host           pipeline.Host
	sess           *pipeline.Session
	stdout, stderr io.Writer
	nonInteractive bool
	args           []string

	global *Scope
	scope  *Scope // the current scope
	gen    uint32 // bumped when a variable is created outside the current scope or removed

	// errorVar is $Error, newest first.
	errorVar *object.List
	// lastOK is $?.
	lastOK bool
	// block and blockIdx are the block and statement running, for a
	// pipeline chain that handles its own pipelines' errors (chain.go).
	block    *blockCode
	blockIdx int
	// errCount counts every error written, so a statement can tell
	// whether it wrote one (for $?).
	errCount int
	// catchDepth counts enclosing try/catch blocks and traps: while it is
	// zero, a statement-terminating error is shown and the script goes on.
	catchDepth int
	// scriptTerm marks errors that end the whole script (throw, Stop).
	scriptTerm map[*object.ErrorRecord]bool
	// caught maps the $_ a running catch clause or trap holds to the
	// error it caught, when the two differ (see findHandler).
	caught map[*object.ErrorRecord]*object.ErrorRecord

	sinks     *sinks // where the non-output streams go (redirections)
	baseSinks *sinks // the console's, when nothing is redirected

	exitCode  int
	exited    bool
	interrupt atomic.Bool
	intMu     sync.Mutex
	intCh     chan struct{}

	// strictUsed is set once some scope turned strict mode on (the
	// setting itself lives on the scopes: strictmode.go).
	strictUsed bool
	scripts    map[string]*cachedScript
	// cmdGen is bumped when a function or alias is defined, so command
	// sites look their command up again.
	cmdGen uint32
	// imported records the modules Import-Module loaded (lower-case
	// name to name).
	imported map[string]string
	// policy is the execution policy Set-ExecutionPolicy set.
	policy string
	// statics holds values assigned to static properties.
	statics map[string]any
	// actPool holds finished activations for reuse.
	actPool []*activation
	// colPool holds collectors for reuse.
	colPool []*collector
	depth   int // call depth, to stop runaway recursion
	// stack holds the running activations, innermost last, for
	// ErrorRecord.ScriptStackTrace (stacktrace.go).
	stack []*activation
	// pending holds what a subexpression had written when `return`
	// left it; the returning function writes it out (flowout.go).
	pending []any
	// promptPending is set until the default prompt function is defined
	// (see ensurePrompt).
	promptPending bool
	// stdin is the top-level $input over standard input (WithInput).
	stdin *object.Enumerator
	// captures are the -ErrorVariable/-WarningVariable/
	// -InformationVariable lists of the advanced functions running,
	// innermost last (see commonvars.go).
	captures []*streamCapture
	// received keeps the tokens of the lines the session received, for
	// $^ and $$ (linetokens.go).
	received receivedLines
	// topText is the text a top-level Run is running (a received line,
	// a profile), nil inside a script file run by RunFile: it adds the
	// <ScriptBlock> frame at the bottom of Get-PSCallStack.
	topText *syntax.File
}

// Option configures a Runner.
type Option func(*Runner)

// WithRegistry sets the built-in commands.
func WithRegistry(reg *pipeline.Registry) Option { return func(r *Runner) { r.reg = reg } }

// WithHost sets the console. Without it a non-interactive host writing to
// the runner's stdout and stderr is used.
func WithHost(h pipeline.Host) Option { return func(r *Runner) { r.host = h } }

// WithSession sets the session state shared with the cmdlets.
func WithSession(s *pipeline.Session) Option { return func(r *Runner) { r.sess = s } }

// WithStdout sets where formatted output goes.
func WithStdout(w io.Writer) Option { return func(r *Runner) { r.stdout = w } }

// WithStderr sets where error records go.
func WithStderr(w io.Writer) Option { return func(r *Runner) { r.stderr = w } }

// WithNonInteractive makes every prompt fail, as powershell.exe
// -NonInteractive does.
func WithNonInteractive(b bool) Option { return func(r *Runner) { r.nonInteractive = b } }

// WithArgs sets $args of the top-level script.
func WithArgs(args []string) Option { return func(r *Runner) { r.args = args } }

// New returns a Runner with the options applied. It does no expensive work:
// the lab database, profiles and the like are opened by whoever needs them.
func New(opts ...Option) *Runner {
	r := &Runner{lastOK: true, scriptTerm: map[*object.ErrorRecord]bool{}}
	for _, o := range opts {
		o(r)
	}
	if r.reg == nil {
		r.reg = pipeline.NewRegistry()
	}
	// Delegates made from script blocks run on the newest runner.
	object.ScriptInvoker = r.scriptInvoker
	if r.stdout == nil {
		r.stdout = os.Stdout
	}
	if r.stderr == nil {
		r.stderr = os.Stderr
	}
	if r.sess == nil {
		r.sess = &pipeline.Session{}
	}
	if r.host == nil {
		r.host = NewHost(r.stdout, r.stderr, false)
	}
	if h, ok := r.host.(*Host); ok && h.sess == nil {
		h.sess = r.sess
	}
	r.errorVar = &object.List{TypeName: "System.Collections.ArrayList"}
	r.global = newScope(nil)
	r.global.isScript = true
	r.scope = r.global
	r.sinks = r.defaultSinks()
	r.baseSinks = r.sinks
	r.initVariables()
	r.promptPending = true
	// .NET statics ([IO.File]::ReadAllText('C:\x')) resolve lab paths and
	// write to this console.
	members.ResolvePath = r.resolvePath
	dotnet.OFS = r.ofs
	members.ConsoleOut = r.stdout
	members.Now = r.now
	return r
}

// ExitCode returns the code given to `exit` and whether the script exited.
func (r *Runner) ExitCode() (int, bool) { return r.exitCode, r.exited }

// Interrupt stops the running pipeline at the next stage boundary or loop
// iteration (Ctrl-C), and wakes a cmdlet waiting on Interrupted. It may be
// called from another goroutine.
func (r *Runner) Interrupt() {
	r.interrupt.Store(true)
	r.intMu.Lock()
	if r.intCh != nil {
		select {
		case <-r.intCh:
		default:
			close(r.intCh)
		}
	}
	r.intMu.Unlock()
}

// Interrupted is closed when the running pipeline is being stopped
// (pipeline.Interrupter, for Start-Sleep and prompts).
func (rt rtView) Interrupted() <-chan struct{} {
	rt.intMu.Lock()
	defer rt.intMu.Unlock()
	if rt.intCh == nil {
		rt.intCh = make(chan struct{})
	}
	return rt.intCh
}

// resetInterrupt clears a Ctrl-C that came between runs.
func (r *Runner) resetInterrupt() {
	r.interrupt.Store(false)
	r.intMu.Lock()
	r.intCh = make(chan struct{})
	r.intMu.Unlock()
}

// LastOK is $?: whether the last statement succeeded.
func (r *Runner) LastOK() bool { return r.lastOK }

// Host returns the console the runner writes to.
func (r *Runner) Host() pipeline.Host { return r.host }
