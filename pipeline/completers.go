package pipeline

import (
	"strings"
	"sync"

	"cspsh/pipeline/dotnet"
)

// ArgumentCompleterFunc lists values for a parameter whose values live in
// the lab or the session (thumbprints, computer names), for tab
// completion. word is what the user typed so far (quotes removed); the
// function may return every value and let the caller filter, but should
// stay quick: it runs while the user waits at the prompt.
type ArgumentCompleterFunc func(rt Runtime, word string) []string

var (
	completerMu sync.RWMutex
	completers  map[string]ArgumentCompleterFunc // "command\x00param", lower case; made on first use, under completerMu
	// completerSources register their completers when one is first
	// asked for (RegisterCompleterSource).
	completerSources []func()
	sourcesOnce      sync.Once
)

// RegisterCompleterSource records register, which calls
// RegisterArgumentCompleter, to be run the first time a completer is
// looked up: completion happens at the prompt, so a script run should
// not pay for building the table at start.
func RegisterCompleterSource(register func()) {
	completerSources = append(completerSources, register)
}

// RegisterArgumentCompleter makes fn the value completer for parameter
// param of command (the declared names; command "*" applies to every
// command that has that parameter). A cmdlet family registers its own,
// so the REPL needs no knowledge of the lab.
func RegisterArgumentCompleter(command, param string, fn ArgumentCompleterFunc) {
	completerMu.Lock()
	defer completerMu.Unlock()
	if completers == nil {
		completers = map[string]ArgumentCompleterFunc{}
	}
	completers[strings.ToLower(command)+"\x00"+strings.ToLower(param)] = fn
}

// ArgumentCompleter returns the completer registered for command's
// parameter param: the command's own first, then a "*" one.
func ArgumentCompleter(command, param string) (ArgumentCompleterFunc, bool) {
	dotnet.LoadExtensions()
	sourcesOnce.Do(func() {
		for _, register := range completerSources {
			register()
		}
	})
	completerMu.RLock()
	defer completerMu.RUnlock()
	p := "\x00" + strings.ToLower(param)
	if fn, ok := completers[strings.ToLower(command)+p]; ok {
		return fn, true
	}
	fn, ok := completers["*"+p]
	return fn, ok
}
