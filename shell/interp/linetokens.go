package interp

import "cspsh/shell/syntax"

// receivedLines is the state behind $^ and $$: "the first (last) token
// in the last line received by the session" (about_Automatic_Variables).
// A line is received when the session parses it as a command of its own:
// a line typed at the prompt, the -Command text, a script read from
// standard input. The lines of a script file or of Invoke-Expression are
// not, so inside them the variables still describe the line that was
// received before.
type receivedLines struct {
	// pending is the source of the line now running; its tokens are
	// only worked out when the next line arrives, so a session that
	// never receives a second line never tokenizes the first twice.
	pending    string
	hasPending bool
	// first and last are what $^ and $$ will hold during the next line.
	first, last any
}

// receiveLine records that src was received and sets $^ and $$ as
// PowerShell does when it parses a received line: to the first and last
// token of the previous line. A line that starts (ends) with $^ or $$
// itself leaves the kept first (last) token as it was, so that reading
// the variable does not replace what it shows. A line with no token
// (blank, or only a comment) changes nothing.
func (r *Runner) receiveLine(src string) {
	rl := &r.received
	if rl.hasPending {
		if first, last, ok := edgeTokens(rl.pending); ok {
			if !isDollarToken(first) {
				rl.first = first
			}
			if !isDollarToken(last) {
				rl.last = last
			}
		}
	}
	rl.pending, rl.hasPending = src, true
	if !syntax.HasTokens(src) {
		return
	}
	r.define(r.global, "^").Value = rl.first
	r.define(r.global, "$").Value = rl.last
}

// isDollarToken reports whether a token is $^ or $$, which PowerShell
// does not keep as the line's first or last token.
func isDollarToken(s string) bool { return s == "$^" || s == "$$" }

// edgeTokens is syntax.EdgeTokens, with a failure in it costing only the
// variables' update: it runs outside any command, where nothing would
// catch a panic.
func edgeTokens(src string) (first, last string, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return syntax.EdgeTokens(src)
}
