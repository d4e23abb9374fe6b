package format

import (
	"strconv"
	"strings"

	"cspsh/pipeline/object"
)

// conciseView is PowerShell 7's ConciseView: "Name: message" on one line
// for an error typed at the prompt, and for script code (a script file,
// a later line, a parse error) the "Line |" block with the source line
// and its marker above the message.
func conciseView(rec *object.ErrorRecord) string {
	inv := rec.Invocation
	msg := message(rec)
	label := conciseLabel(rec)
	parser := strings.EqualFold(rec.Category, "ParserError")
	if inv == nil || !(inv.ScriptName != "" || inv.Line > 1 || parser) || inv.Line <= 0 {
		return label + ": " + msg + "\n"
	}
	var sb strings.Builder
	sb.WriteString(label + ": ")
	if inv.ScriptName != "" {
		sb.WriteString(inv.ScriptName + ":" + strconv.Itoa(inv.Line))
	}
	sb.WriteString("\n")
	num := strconv.Itoa(inv.Line)
	w := max(4, len(num))
	sb.WriteString(pad(w-4) + "Line |\n")
	src := strings.TrimRight(inv.LineText, " \t\r\n")
	sb.WriteString(pad(w-len(num)) + num + " |  " + src + "\n")
	col := max(inv.Column-1, 0)
	n := inv.MarkerLen
	if n <= 0 || strings.Contains(inv.ExtentText, "\n") {
		n = len([]rune(src)) - col
	}
	sb.WriteString(pad(w) + " |  " + pad(col) + strings.Repeat("~", max(n, 1)) + "\n")
	for _, line := range splitLines(msg) {
		sb.WriteString(pad(w) + " | " + line + "\n")
	}
	return sb.String()
}

// conciseLabel is what leads a concise error: the command's name, or for
// script code the kind of error.
func conciseLabel(rec *object.ErrorRecord) string {
	if inv := rec.Invocation; inv != nil && inv.MyCommand != "" {
		if inv.InvocationName != "" && inv.InvocationName != "&" && inv.InvocationName != "." {
			return inv.InvocationName
		}
		return inv.MyCommand
	}
	if strings.EqualFold(rec.Category, "ParserError") {
		return "ParserError"
	}
	if rec.Exception != nil && rec.Exception.Thrown != nil {
		return "Exception"
	}
	return reason(rec)
}
