package repl

import (
	"context"
	"sort"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/wildcard"
)

// Candidate is one completion: the text that replaces the word under the
// cursor, and the shorter text the list shows.
type Candidate struct {
	Text, Display string
}

// Completion is the answer to one Tab: line[Start:End] is the word under
// the cursor, to be replaced by one of Items.
type Completion struct {
	Start, End int
	Items      []Candidate
}

// Completer finds completions for an input line against the session: the
// commands and their parameter declarations, variables, the lab (through
// the argument completers the cmdlet families register), the file system
// and the provider drives. It must not run while a command runs (it
// reads the interpreter's state).
type Completer struct {
	Rt pipeline.Runtime
	// MaxEntries bounds how many directory entries one completion reads,
	// so a huge folder never stalls the prompt.
	MaxEntries int
}

// request is one completion being computed.
type request struct {
	c    *Completer
	ctx  context.Context
	line []rune
}

func (q *request) text(t Token) string { return string(q.line[t.Start:t.End]) }

// Complete returns the completions for the cursor at pos in line. ctx
// cancels the slow parts (directory listing, the lab).
func (c *Completer) Complete(ctx context.Context, line []rune, pos int) Completion {
	if pos > len(line) {
		pos = len(line)
	}
	if pos > 0 && !isSpace(line[pos-1]) {
		// In the middle of a word the whole word is completed, as
		// PowerShell completes the token under the cursor.
		pos = wordEndAt(line, pos)
	}
	prefix := line[:pos]
	toks := Tokenize(prefix)
	end := wordEndAt(line, pos)
	if len(toks) == 0 || toks[len(toks)-1].End != pos || pos > 0 && isSpace(line[pos-1]) {
		// Nothing typed yet for this word: see what a word here would be.
		probeLine := append(append([]rune(nil), prefix...), 'x')
		probe := Tokenize(probeLine)
		if len(probe) == 0 {
			return Completion{Start: pos, End: end}
		}
		t := probe[len(probe)-1]
		if t.Kind == TokCommand || t.Cmd < 0 {
			return Completion{Start: pos, End: end}
		}
		q := &request{c: c, ctx: ctx, line: probeLine}
		return q.argument(probe, len(probe)-1, "", pos, end)
	}
	q := &request{c: c, ctx: ctx, line: line}
	k := len(toks) - 1
	t := toks[k]
	word := string(line[t.Start:pos])
	// A member chain: $c.Thu, $c.Subject.Le, $c.
	if t.Kind == TokMember || t.Kind == TokOperator && (word == "." || word == "::") {
		return q.member(toks, k, pos, end)
	}
	switch t.Kind {
	case TokVariable:
		return Completion{Start: t.Start, End: end, Items: c.variables(word)}
	case TokType:
		return Completion{Start: t.Start, End: end, Items: typeNames(word)}
	case TokCommand:
		if looksLikePath(word) {
			return q.paths(word, t.Start, end)
		}
		return Completion{Start: t.Start, End: end, Items: c.commands(word)}
	case TokParameter:
		if i := strings.IndexByte(word, ':'); i >= 0 {
			return q.value(toks[t.Cmd], strings.TrimLeftFunc(word[:i], isDash), word[i+1:], t.Start+len([]rune(word[:i+1])), end)
		}
		return Completion{Start: t.Start, End: end, Items: q.parameters(toks, k, word)}
	case TokString, TokGeneric, TokNumber:
		if t.Cmd >= 0 {
			return q.argument(toks, k, word, t.Start, end)
		}
		if t.Kind == TokString {
			return q.paths(word, t.Start, end)
		}
	}
	return Completion{Start: pos, End: end}
}

// wordEndAt extends the word under the cursor to its end, so completion
// replaces the whole word, not only the part before the cursor.
func wordEndAt(line []rune, pos int) int {
	end := pos
	for end < len(line) && !wordEnd(line[end]) {
		end++
	}
	return end
}

func looksLikePath(w string) bool {
	return strings.ContainsAny(w, `\/`) || strings.HasPrefix(w, ".") || strings.HasPrefix(w, "~")
}

// matcher returns a predicate for candidate names: a wildcard pattern
// when the word has one (*-CsCert*), else a case-insensitive prefix.
func matcher(word string) func(string) bool {
	if wildcard.HasWildcard(word) {
		p, err := wildcard.Compile(word, false)
		if err == nil {
			return func(s string) bool { return p.Match(s) }
		}
	}
	lw := strings.ToLower(word)
	return func(s string) bool { return strings.HasPrefix(strings.ToLower(s), lw) }
}

// commands lists command names and aliases matching word, sorted,
// without duplicates.
func (c *Completer) commands(word string) []Candidate {
	match := matcher(word)
	seen := map[string]bool{}
	var out []Candidate
	for _, ci := range c.Rt.Commands() {
		name := ci.Name
		if ci.Kind == pipeline.KindAlias {
			// Aliases are listed under their own name as typed in the
			// registry (lower case); give them as the user would see them.
			name = aliasName(ci)
		}
		key := strings.ToLower(name)
		if seen[key] || !match(name) {
			continue
		}
		seen[key] = true
		out = append(out, Candidate{Text: name, Display: name})
	}
	sortCandidates(out)
	return out
}

func aliasName(ci *pipeline.CommandInfo) string { return ci.Name }

func sortCandidates(cs []Candidate) {
	sort.SliceStable(cs, func(i, j int) bool { return strings.ToLower(cs[i].Text) < strings.ToLower(cs[j].Text) })
}

// lookup resolves a command token to its declaration, following aliases.
func (c *Completer) lookup(name string) *pipeline.CommandInfo {
	for i := 0; i < 8; i++ {
		ci, ok := c.Rt.Lookup(name)
		if !ok {
			return nil
		}
		if ci.Kind != pipeline.KindAlias {
			return ci
		}
		name = ci.Target
	}
	return nil
}

// parameters lists the parameter names of the command the word belongs
// to that begin with it, leaving out those already given.
func (q *request) parameters(toks []Token, k int, word string) []Candidate {
	t := toks[k]
	if t.Cmd < 0 {
		return nil
	}
	ci := q.c.lookup(q.text(toks[t.Cmd]))
	if ci == nil {
		return nil
	}
	given := map[string]bool{}
	for j, o := range toks {
		if j != k && o.Cmd == t.Cmd && o.Kind == TokParameter {
			name := strings.TrimRight(strings.TrimLeftFunc(q.text(o), isDash), ":")
			if p := resolveParam(ci, name); p != nil {
				given[strings.ToLower(p.Name)] = true
			}
		}
	}
	var out []Candidate
	for _, n := range pipeline.CompleteParameterName(ci, strings.TrimLeftFunc(word, isDash)) {
		if !given[strings.ToLower(n[1:])] {
			out = append(out, Candidate{Text: n, Display: n})
		}
	}
	return out
}

// resolveParam finds the declaration a parameter name refers to: its
// name or alias, or a unique prefix, common parameters included.
func resolveParam(ci *pipeline.CommandInfo, name string) *pipeline.ParamDecl {
	all := append([]*pipeline.ParamDecl(nil), ci.Params...)
	all = append(all, pipeline.CommonParams...)
	if ci.SupportsShouldProcess {
		all = append(all, pipeline.ShouldProcessParams...)
	}
	var prefixed []*pipeline.ParamDecl
	for _, p := range all {
		if strings.EqualFold(p.Name, name) {
			return p
		}
		for _, a := range p.Aliases {
			if strings.EqualFold(a, name) {
				return p
			}
		}
		if len(name) > 0 && len(p.Name) >= len(name) && strings.EqualFold(p.Name[:len(name)], name) {
			prefixed = append(prefixed, p)
		}
	}
	if len(prefixed) == 1 {
		return prefixed[0]
	}
	return nil
}

// argument completes a word in a command's arguments: the value of the
// parameter before it, else a path.
func (q *request) argument(toks []Token, k int, word string, start, end int) Completion {
	t := toks[k]
	if k > 0 && toks[k-1].Kind == TokParameter && toks[k-1].Cmd == t.Cmd {
		p := strings.TrimSuffix(strings.TrimLeftFunc(q.text(toks[k-1]), isDash), ":")
		if c := q.value(toks[t.Cmd], p, word, start, end); c.Items != nil {
			return c
		}
		if ci := q.c.lookup(q.text(toks[t.Cmd])); ci == nil || resolveParam(ci, p) == nil || !resolveParam(ci, p).IsSwitch() {
			return q.paths(word, start, end)
		}
	}
	// A positional argument: the values of the parameter at its position
	// (Enter-PSSession atl<Tab>), else a path.
	if p := q.positional(toks, k); p != "" {
		if c := q.value(toks[t.Cmd], p, word, start, end); c.Items != nil {
			return c
		}
	}
	return q.paths(word, start, end)
}

// positional names the parameter a positional argument at toks[k] binds
// to: the k-th unnamed argument of the command, matched against the
// positions its parameters declare (the default parameter set first).
func (q *request) positional(toks []Token, k int) string {
	t := toks[k]
	ci := q.c.lookup(q.text(toks[t.Cmd]))
	if ci == nil {
		return ""
	}
	given := map[string]bool{}
	n := 0
	for j := t.Cmd + 1; j < k; j++ {
		o := toks[j]
		if o.Cmd != t.Cmd {
			continue
		}
		if o.Kind == TokParameter {
			name := strings.TrimRight(strings.TrimLeftFunc(q.text(o), isDash), ":")
			p := resolveParam(ci, name)
			if p != nil {
				given[strings.ToLower(p.Name)] = true
			}
			if p != nil && !p.IsSwitch() && j+1 < k && toks[j+1].Cmd == t.Cmd && toks[j+1].Kind != TokParameter {
				j++ // its value
			}
			continue
		}
		if o.Kind == TokGeneric || o.Kind == TokString || o.Kind == TokNumber || o.Kind == TokVariable {
			n++
		}
	}
	// Positions order the parameters (PowerShell binds the n-th unnamed
	// argument to the n-th position), first within the default set.
	for _, inDefault := range []bool{true, false} {
		byPos := map[int]string{}
		var order []int
		for _, p := range ci.Params {
			for _, sb := range p.Sets {
				if sb.Position < 0 || inDefault && sb.Set != ci.DefaultSet && sb.Set != pipeline.AllSets {
					continue
				}
				if _, ok := byPos[sb.Position]; !ok {
					byPos[sb.Position] = p.Name
					order = append(order, sb.Position)
				}
			}
		}
		sort.Ints(order)
		var free []int
		for _, pos := range order {
			if !given[strings.ToLower(byPos[pos])] {
				free = append(free, pos)
			}
		}
		if n < len(free) {
			return byPos[free[n]]
		}
	}
	return ""
}

// value completes the value of parameter param of the command token cmd:
// enum and ValidateSet values, then what a registered argument completer
// offers (thumbprints, computers). A switch takes no value: the word is
// then a positional argument or a path.
func (q *request) value(cmd Token, param, word string, start, end int) Completion {
	ci := q.c.lookup(q.text(cmd))
	if ci == nil {
		return Completion{Start: start, End: end}
	}
	p := resolveParam(ci, param)
	if p == nil || strings.EqualFold(p.Type, "switch") {
		return Completion{Start: start, End: end}
	}
	bare, quote := unquote(word)
	match := matcher(bare)
	seen := map[string]bool{}
	var out []Candidate
	add := func(v string) {
		if seen[strings.ToLower(v)] || !match(v) {
			return
		}
		seen[strings.ToLower(v)] = true
		out = append(out, Candidate{Text: quoteArg(v, quote), Display: v})
	}
	for _, v := range pipeline.CompleteParameterValue(ci, p.Name, "") {
		add(v)
	}
	if fn, ok := pipeline.ArgumentCompleter(ci.Name, p.Name); ok && q.ctx.Err() == nil {
		for _, v := range safeComplete(fn, q.c.Rt, bare) {
			add(v)
		}
	}
	return Completion{Start: start, End: end, Items: out}
}

// safeComplete runs a family's completer; a failure in it must not take
// the prompt down.
func safeComplete(fn pipeline.ArgumentCompleterFunc, rt pipeline.Runtime, word string) (out []string) {
	defer func() {
		if recover() != nil {
			out = nil
		}
	}()
	return fn(rt, word)
}

// variables lists variables whose name begins with the word ($ included);
// $env:X completes environment variables.
func (c *Completer) variables(word string) []Candidate {
	name := strings.TrimPrefix(word, "$")
	var out []Candidate
	if strings.HasPrefix(strings.ToLower(name), "env:") {
		pre := strings.ToLower(name[4:])
		for _, kv := range members.Environ() {
			k, _, _ := strings.Cut(kv, "=")
			if strings.HasPrefix(strings.ToLower(k), pre) {
				out = append(out, Candidate{Text: "$env:" + k, Display: k})
			}
		}
		sortCandidates(out)
		return out
	}
	scope := ""
	if i := strings.IndexByte(name, ':'); i >= 0 {
		scope, name = name[:i+1], name[i+1:]
	}
	match := matcher(name)
	for _, v := range c.Rt.Variables() {
		if match(v.Name) {
			text := "$" + scope + v.Name
			if strings.IndexFunc(v.Name, func(r rune) bool { return !isVarChar(r) }) >= 0 {
				text = "${" + scope + v.Name + "}"
			}
			out = append(out, Candidate{Text: text, Display: v.Name})
		}
	}
	return out
}

// member completes $var.Name (and longer chains of properties) when the
// variable's value is known.
func (q *request) member(toks []Token, k, pos, end int) Completion {
	// Walk back over .Name / :: pairs to the variable.
	partial := ""
	last := k
	if toks[k].Kind == TokMember {
		partial = q.text(toks[k])
		last = k - 1
	}
	var names []string
	j := last // the operator before the partial name
	for j >= 1 && toks[j].Kind == TokOperator && toks[j-1].End == toks[j].Start {
		prev := toks[j-1]
		if prev.Kind == TokMember && j >= 2 {
			names = append([]string{q.text(prev)}, names...)
			j -= 2
			continue
		}
		break
	}
	if j < 1 || toks[j-1].Kind != TokVariable || q.text(toks[j]) != "." {
		return Completion{Start: pos, End: end}
	}
	v, ok := q.c.Rt.GetVar(strings.Trim(strings.TrimPrefix(q.text(toks[j-1]), "$"), "{}"))
	if !ok || v == nil {
		return Completion{Start: pos, End: end}
	}
	for _, n := range names {
		next, err := members.Get(v, n)
		if err != nil || next == nil {
			return Completion{Start: pos, End: end}
		}
		v = next
	}
	start := pos - len([]rune(partial))
	match := matcher(partial)
	var out []Candidate
	seen := map[string]bool{}
	add := func(n string) {
		if !seen[strings.ToLower(n)] && match(n) {
			seen[strings.ToLower(n)] = true
			out = append(out, Candidate{Text: n, Display: n})
		}
	}
	for _, m := range members.Properties(v) {
		add(m.Name)
	}
	if h, ok := v.(interface{ Keys() []any }); ok {
		for _, key := range h.Keys() {
			if s, ok := key.(string); ok && strings.IndexFunc(s, func(r rune) bool { return !isVarChar(r) || r == '?' }) < 0 {
				add(s)
			}
		}
	}
	return Completion{Start: start, End: end, Items: out}
}

// typeNames completes a type literal after "[".
func typeNames(word string) []Candidate {
	name := strings.TrimPrefix(word, "[")
	if strings.ContainsAny(name, "]") {
		return nil
	}
	match := matcher(name)
	seen := map[string]bool{}
	var out []Candidate
	for _, n := range dotnet.TypeNames() {
		if seen[strings.ToLower(n)] || !match(n) || strings.ContainsAny(n, "`[") {
			continue
		}
		seen[strings.ToLower(n)] = true
		out = append(out, Candidate{Text: "[" + n + "]", Display: n})
	}
	return out
}
