package repl

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
)

// press runs one marker key through the editor as readline would: the
// marker inserted at the cursor, then the listener.
func press(e *editor, line string, pos int, key rune) (string, int) {
	r := []rune(line)
	in := append(append(append([]rune(nil), r[:pos]...), key), r[pos:]...)
	nl, np, ok := e.OnChange(in, pos+1, key)
	if !ok {
		return line, pos
	}
	return string(nl), np
}

func TestEditorTab(t *testing.T) {
	var list bytes.Buffer
	cands := []Candidate{{"Get-CsAdminRole", "Get-CsAdminRole"}, {"Get-CsCertificate", "Get-CsCertificate"}, {"Get-CsComputer", "Get-CsComputer"}}
	e := &editor{
		complete: func(_ context.Context, line []rune, pos int) Completion {
			w := string(line[:pos])
			i := strings.LastIndex(w, " ") + 1
			var out []Candidate
			for _, c := range cands {
				if strings.HasPrefix(strings.ToLower(c.Text), strings.ToLower(w[i:])) {
					out = append(out, c)
				}
			}
			return Completion{Start: i, End: wordEndAt(line, pos), Items: out}
		},
		out:   func() io.Writer { return &list },
		width: func() int { return 80 },
	}
	// One candidate: replaced (case fixed), cursor after it, rest kept.
	if l, p := press(e, "get-cscer -Type", 9, keyComplete); l != "Get-CsCertificate -Type" || p != 17 {
		t.Errorf("single: %q %d", l, p)
	}
	// Common prefix longer than the word: extended.
	e.OnChange([]rune("x"), 1, 'x')
	l, p := press(e, "g", 1, keyComplete)
	if l != "Get-Cs" || p != 6 {
		t.Errorf("prefix: %q %d", l, p)
	}
	// Second Tab: the list, and the first candidate.
	l, p = press(e, l, p, keyComplete)
	if l != "Get-CsAdminRole" || !strings.Contains(list.String(), "Get-CsComputer") {
		t.Errorf("second tab: %q, list %q", l, list.String())
	}
	// Third: the next one; Shift+Tab: back.
	if l, p = press(e, l, p, keyComplete); l != "Get-CsCertificate" {
		t.Errorf("third tab: %q", l)
	}
	if l, _ = press(e, l, p, keyCompletePrev); l != "Get-CsAdminRole" {
		t.Errorf("shift+tab: %q", l)
	}
	// No common prefix: the first at once.
	e.OnChange([]rune("x"), 1, 'x')
	if l, _ = press(e, "Get-Cs", 6, keyComplete); l != "Get-CsAdminRole" || strings.Count(list.String(), "Get-CsComputer") != 1 {
		t.Errorf("cycle start: %q", l)
	}
	// Nothing: unchanged.
	e.OnChange([]rune("x"), 1, 'x')
	if l, p = press(e, "zz", 2, keyComplete); l != "zz" || p != 2 {
		t.Errorf("none: %q %d", l, p)
	}
}

func TestEditorKeys(t *testing.T) {
	hist := []string{"Get-Date", "Write-Output one", "Get-Process", "Write-Output two"}
	e := &editor{history: func() []string { return hist }}
	l, p := press(e, "Write", 5, keyHistPrev)
	if l != "Write-Output two" {
		t.Fatalf("up: %q", l)
	}
	if l, p = press(e, l, p, keyHistPrev); l != "Write-Output one" {
		t.Errorf("up again: %q", l)
	}
	if l, p = press(e, l, p, keyHistNext); l != "Write-Output two" {
		t.Errorf("down: %q", l)
	}
	if l, _ = press(e, l, p, keyHistNext); l != "Write" {
		t.Errorf("down past the end: %q", l)
	}
	e.OnChange([]rune("x"), 1, 'x')
	if l, _ = press(e, "", 0, keyHistPrev); l != "Write-Output two" {
		t.Errorf("up on empty line: %q", l)
	}
	if l, p = press(e, "abc", 1, keyClear); l != "" || p != 0 {
		t.Errorf("escape: %q %d", l, p)
	}
	if l, p = press(e, "abc", 1, keyDelete); l != "ac" || p != 1 {
		t.Errorf("delete: %q %d", l, p)
	}
	if l, p = press(e, "", 0, keyDelete); l != "" || p != 0 {
		t.Errorf("delete on empty line: %q %d", l, p)
	}
}

// Ctrl+C (through the input filter's hook) cancels a slow completion:
// the line stays as it was and the prompt is back at once.
func TestEditorCancelCompletion(t *testing.T) {
	started := make(chan struct{})
	e := &editor{complete: func(ctx context.Context, line []rune, pos int) Completion {
		close(started)
		<-ctx.Done()
		return Completion{Items: []Candidate{{"late", "late"}}}
	}}
	if e.interrupt() {
		t.Error("Ctrl+C used up with no completion running")
	}
	done := make(chan string)
	go func() {
		l, _ := press(e, "Get-", 4, keyComplete)
		done <- l
	}()
	<-started
	if !e.interrupt() {
		t.Error("Ctrl+C not taken by the running completion")
	}
	if l := <-done; l != "Get-" {
		t.Errorf("line after cancel %q", l)
	}
	e.inflight.Wait()
}
