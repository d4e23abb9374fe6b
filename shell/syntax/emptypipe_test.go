package syntax

import (
	"fmt"
	"testing"
)

// TestEmptyPipeElement: a statement that is not a pipeline (a loop, an if)
// cannot be piped; PowerShell reports the pipe as an empty pipe element,
// once, with the marker on the pipe, and a doubled pipe is one error.
func TestEmptyPipeElement(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"foreach ($i in 1..3) { $i } | Measure-Object", []string{"1:29 EmptyPipeElement"}},
		{"if ($x) { 1 } | Out-Null", []string{"1:15 EmptyPipeElement"}},
		{"while ($false) {}\n| Out-Null", []string{"2:1 EmptyPipeElement"}},
		{"Get-Foo | | b", []string{"1:10 EmptyPipeElement"}},
		{"| Get-Foo", []string{"1:1 EmptyPipeElement"}},
		{"foreach ($i in 1) { $i } | foreach { $_ }", []string{"1:26 EmptyPipeElement"}},
	}
	for _, tc := range tests {
		_, err := Parse(NewFile("", tc.in))
		if err == nil {
			t.Errorf("%q: no error, want %v", tc.in, tc.want)
			continue
		}
		var got []string
		for _, e := range err.(ParseErrors) {
			l, c := e.File.Position(e.Start)
			got = append(got, fmt.Sprintf("%d:%d %s", l, c, e.ErrorID))
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%q: got %v, want %v", tc.in, got, tc.want)
		}
	}
}
