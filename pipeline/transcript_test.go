package pipeline

import (
	"strings"
	"testing"
)

func TestTeeTranscript(t *testing.T) {
	var sb strings.Builder
	s := &Session{}
	TeeTranscript(s, "lost\n")
	s.Transcript = &sb
	TeeTranscript(s, "kept\n")
	TeeTranscript(nil, "ignored\n")
	if sb.String() != "kept\n" {
		t.Errorf("transcript = %q", sb.String())
	}
}
