package interp

import "cspsh/pipeline"

// transcriptTee is the console writer of a top-level unit: what the
// formatter writes goes to the console and, while Start-Transcript runs,
// to the transcript, which records the console as the user saw it.
type transcriptTee struct{ r *Runner }

func (t transcriptTee) Write(p []byte) (int, error) {
	t.r.sess.ClearProgress(t.r.stderr)
	n, err := t.r.stdout.Write(p)
	if s := t.r.sess; s != nil && s.Transcript != nil && n > 0 {
		pipeline.TeeTranscript(s, string(p[:n]))
	}
	return n, err
}
