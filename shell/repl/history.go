package repl

import (
	"bufio"
	"os"
	"regexp"
	"strings"

	"cspsh/internal/lazy"
)

// History is the command history kept across sessions in the lab. Lines
// that carry secrets stay in memory (so Up-arrow and Get-History still
// show them) but never reach the file, as PSReadLine's sensitive-history
// filter does.
type History struct {
	path  string
	lines []string // persisted and in-memory lines, oldest first
	max   int
}

// sensitiveWord is PSReadLine's pattern for names that may carry a
// secret (its s_sensitivePattern, plus passwd).
// It is compiled on first use, not at start-up.
var sensitiveWordRE = lazy.Value[*regexp.Regexp]{Build: func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)password|passwd|asplaintext|token|apikey|secret`)
}}

func sensitiveWord() *regexp.Regexp { return sensitiveWordRE.Get() }

// IsSensitive reports whether a command line must not be written to the
// history file. It follows PSReadLine's default AddToHistoryHandler, token
// by token, where the pattern matches:
//   - -AsPlainText is always sensitive;
//   - a parameter named like a secret (-Password, -CaPassword, -Token:)
//     is sensitive when its argument is a literal; a variable
//     (-Password $pw), a command in parentheses (-Token (Get-Secret)) or
//     no argument at all (a switch such as -UseDefaultPassword) is not;
//   - a variable or property named like one is sensitive only when
//     assigned a value that is not a pipeline or a member access
//     ($password = "x" yes; $token = Get-Secret, $pw = $c.Password,
//     $cred.Password, $password -eq $null no).
//
// Unlike PSReadLine, a bare word or string that merely contains the
// pattern (-Type OAuthTokenIssuer, Get-Help … -Parameter Password) is not
// treated as a secret: those were PSReadLine's false positives, and they
// would keep this shell's everyday certificate commands out of the file.
func IsSensitive(line string) bool {
	if !sensitiveWord().MatchString(line) {
		return false
	}
	src := []rune(line)
	toks := Tokenize(src)
	text := func(t Token) string { return string(src[t.Start:t.End]) }
	for k, t := range toks {
		if !sensitiveWord().MatchString(text(t)) {
			continue
		}
		switch t.Kind {
		case TokParameter:
			if sensitiveParam(src, toks, k) {
				return true
			}
		case TokVariable, TokMember:
			if assignedLiteral(src, toks, k) {
				return true
			}
		}
	}
	return false
}

// sensitiveParam applies PSReadLine's parameter rule to toks[k].
func sensitiveParam(src []rune, toks []Token, k int) bool {
	name := strings.TrimRight(strings.TrimLeftFunc(string(src[toks[k].Start:toks[k].End]), isDash), ":")
	if strings.EqualFold(name, "AsPlainText") {
		return true
	}
	if !sensitiveWord().MatchString(name) {
		return false
	}
	j := k + 1
	if j >= len(toks) || toks[j].Cmd != toks[k].Cmd || toks[j].Kind == TokParameter || toks[j].Kind == TokComment {
		return false // a switch
	}
	arg := toks[j]
	switch {
	case arg.Kind == TokVariable:
		// A variable, unless a member of it is taken ($c.Password).
		return j+1 < len(toks) && toks[j+1].Start == arg.End && toks[j+1].Kind == TokOperator && string(src[toks[j+1].Start:toks[j+1].End]) == "."
	case arg.Kind == TokOperator && string(src[arg.Start:arg.End]) == "(":
		return !(j+1 < len(toks) && toks[j+1].Kind == TokCommand)
	case arg.Kind == TokOperator && string(src[arg.Start:arg.End]) == "|":
		return false
	}
	return true
}

// assignedLiteral reports whether the variable or property at toks[k] is
// the target of an assignment whose right side is not a pipeline or a
// member access.
func assignedLiteral(src []rune, toks []Token, k int) bool {
	j := k + 1
	// Skip the rest of a member chain ($cred.Password, $a.b.Token).
	for j < len(toks) && (toks[j].Kind == TokMember || toks[j].Kind == TokOperator && (string(src[toks[j].Start:toks[j].End]) == "." || string(src[toks[j].Start:toks[j].End]) == "::")) {
		j++
	}
	if j >= len(toks) || toks[j].Kind != TokOperator {
		return false
	}
	op := string(src[toks[j].Start:toks[j].End])
	if !strings.HasSuffix(op, "=") || op == "==" || op == "!=" {
		return false
	}
	rhs := toks[j+1:]
	if len(rhs) == 0 {
		return false
	}
	if rhs[0].Kind == TokCommand {
		return false // a pipeline: $token = Get-Secret
	}
	for _, t := range rhs {
		if t.Kind == TokOperator && string(src[t.Start:t.End]) == "|" {
			return false
		}
		if t.Kind == TokOperator && string(src[t.Start:t.End]) == ";" {
			break
		}
	}
	// A member access or method call: $pw = $cred.Password.
	if len(rhs) >= 3 && rhs[0].Kind == TokVariable && rhs[1].Kind == TokOperator && rhs[2].Kind == TokMember {
		return false
	}
	return true
}

// LoadHistory reads the history file at path (missing is fine).
func LoadHistory(path string, max int) *History {
	h := &History{path: path, max: max}
	f, err := os.Open(path)
	if err != nil {
		return h
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var entry strings.Builder
	for sc.Scan() {
		// A line ending in a backtick continues the entry (multi-line
		// input is stored as PSReadLine stores it).
		t := sc.Text()
		if strings.HasSuffix(t, "`") {
			entry.WriteString(strings.TrimSuffix(t, "`"))
			entry.WriteByte('\n')
			continue
		}
		entry.WriteString(t)
		h.lines = append(h.lines, entry.String())
		entry.Reset()
	}
	return h
}

// Lines returns the history, oldest first.
func (h *History) Lines() []string { return h.lines }

// Add records a command line: in memory always, in the file unless it is
// sensitive. A repeat of the previous line is not stored twice.
func (h *History) Add(line string) error {
	line = strings.TrimRight(line, "\r\n")
	if strings.TrimSpace(line) == "" {
		return nil
	}
	if n := len(h.lines); n > 0 && h.lines[n-1] == line {
		return nil
	}
	h.lines = append(h.lines, line)
	if h.max > 0 && len(h.lines) > h.max {
		h.lines = h.lines[len(h.lines)-h.max:]
	}
	if h.path == "" || IsSensitive(line) {
		return nil
	}
	f, err := os.OpenFile(h.path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	defer f.Close()
	// Keep the mode tight even when the file existed with a looser one.
	if err := f.Chmod(0o600); err != nil {
		return err
	}
	_, err = f.WriteString(strings.ReplaceAll(line, "\n", "`\n") + "\n")
	return err
}
