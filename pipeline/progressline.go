package pipeline

import "io"

// eraseLine returns to the start of the line and clears it.
const eraseLine = "\r\x1b[K"

// ShowProgress records that Write-Progress left its bar on the
// terminal's current line (shown false: the bar was removed).
func (s *Session) ShowProgress(shown bool) {
	if s != nil {
		s.progressShown = shown
	}
}

// ClearProgress erases a progress bar left on the terminal line before
// other text is written there; w is the error stream the bar was drawn
// on (standard output may be redirected to a file, which must not get
// the erase sequence). Windows PowerShell draws its bars in a
// pane of their own that output never shares; on one line, the text that
// follows must start on a clean line instead of after the bar. The hosts
// and the console writer call it before each write, and the REPL when a
// command line ends (5.1 removes the bars of a finished command).
func (s *Session) ClearProgress(w io.Writer) {
	if s != nil && s.progressShown {
		s.progressShown = false
		_, _ = io.WriteString(w, eraseLine)
	}
}
