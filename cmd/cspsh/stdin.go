package main

import (
	"bufio"
	"os"
	"strings"
)

// stdinLines reads standard input as powershell.exe does for -Command and
// -File when it is redirected: one string per line, line ends removed.
func stdinLines() []any {
	var lines []any
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<30)
	for sc.Scan() {
		lines = append(lines, strings.TrimSuffix(sc.Text(), "\r"))
	}
	return lines
}
