package syntax

import (
	"os"
	"testing"
)

func TestQuick(t *testing.T) {
	src := os.Getenv("PSSRC")
	if src == "" {
		t.Skip()
	}
	sb, err := Parse(NewFile("", src))
	if err != nil {
		for _, e := range err.(ParseErrors) {
			l, c := e.File.Position(e.Start)
			t.Logf("%d:%d %s %s incomplete=%v", l, c, e.ErrorID, e.Message, e.Incomplete)
		}
		return
	}
	t.Log(sexpr(sb))
}
