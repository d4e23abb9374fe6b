package pipeline

import "io"

// TeeTranscript copies host output to the session's transcript when one
// is running (Start-Transcript). Host implementations call it from Write
// and WriteErr, and the REPL calls it with each command line it echoes
// ("PS C:\> Get-Date"), so that the transcript reads like the console.
func TeeTranscript(s *Session, text string) {
	if s == nil || s.Transcript == nil || text == "" {
		return
	}
	_, _ = io.WriteString(s.Transcript, text)
}
