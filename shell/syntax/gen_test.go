package syntax

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

func TestGen(t *testing.T) {
	path := os.Getenv("PSCASES")
	if path == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(path)
	var cases []string
	json.Unmarshal(data, &cases)
	for _, c := range cases {
		sb, err := Parse(NewFile("", c))
		if err != nil {
			e := err.(ParseErrors)[0]
			l, col := e.File.Position(e.Start)
			fmt.Printf("{%q, \"ERR %d:%d %s\"},\n", c, l, col, e.Message)
			continue
		}
		fmt.Printf("{%q, %q},\n", c, sexpr(sb))
	}
}
