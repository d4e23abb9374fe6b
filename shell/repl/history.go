package repl

import (
	"bufio"
	"os"
	"regexp"
	"strings"
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

// sensitive matches what PSReadLine treats as a secret: a parameter whose
// name carries password/secret/token/apikey (-Password, -CaPassword),
// ConvertTo-SecureString's -AsPlainText, and an assignment to a variable
// named like one. Reading a property such as $cred.Password is not an
// assignment and stays in the history.
var sensitive = []*regexp.Regexp{
	regexp.MustCompile(`(?i)(^|[\s(;|{])[-\x{2013}\x{2014}\x{2015}]\w*(password|passwd|secret|token|apikey)\w*\b`),
	regexp.MustCompile(`(?i)(^|[\s(;|{])[-\x{2013}\x{2014}\x{2015}]AsPlainText\b`),
	regexp.MustCompile(`(?i)\$\{?(\w+:)?\w*(password|passwd|secret|token|apikey)\w*\}?\s*(\+|-|\*|/|%|\?\?)?=[^=]`),
}

// IsSensitive reports whether a command line must not be written to the
// history file.
func IsSensitive(line string) bool {
	for _, re := range sensitive {
		if re.MatchString(line) {
			return true
		}
	}
	return false
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
