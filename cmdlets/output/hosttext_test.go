package output

import (
	"strings"
	"testing"
	"time"
)

// Write-Host shows each object's ToString(): dates in the culture's
// format, collections element by element, $null as nothing
// (WriteHostCommand.ProcessObject).
func TestHostText(t *testing.T) {
	day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.Local)
	tests := []struct {
		in   any
		want string
	}{
		{day, "1/1/2020 12:00:00 AM"},
		{[]any{int32(1), []any{int32(2), int32(3)}}, "1 2 3"},
		{1.5, "1.5"},
		{"text", "text"},
		{nil, ""},
	}
	for _, tt := range tests {
		var sb strings.Builder
		hostText(&sb, tt.in, " ", true)
		if sb.String() != tt.want {
			t.Errorf("hostText(%v) = %q, want %q", tt.in, sb.String(), tt.want)
		}
	}
}
