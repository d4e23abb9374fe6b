package format

import (
	"strconv"
	"strings"

	"cspsh/pipeline/object"
)

// conciseWidth is the window width ConciseView wraps long messages at
// when it is not told (PowerShell's fallback when there is no console).
const conciseWidth = 120

// conciseView is PowerShell 7's ConciseView: "Label: message" on one line
// for an error typed at the prompt, and for script code (a script file, a
// later line, a parse error) the "Line |" block with the source line and
// its marker above the message.
func conciseView(rec *object.ErrorRecord) string {
	inv := rec.Invocation
	switch rec.FullyQualifiedErrorID {
	case "NativeCommandError", "NativeCommandErrorMessage":
		// A program's standard error line shows as it is.
		if rec.Exception != nil {
			return rec.Exception.Message + "\n"
		}
	}
	msg := conciseMessage(rec)
	label := conciseLabel(rec)
	parser := strings.EqualFold(rec.Category, "ParserError")
	detail := inv != nil && inv.Line > 0 && (parser || inv.ScriptName != "" || inv.Line > 1) &&
		!strings.HasSuffix(strings.ToLower(inv.ScriptName), ".psm1")
	if !detail {
		return label + ": " + msg + "\n"
	}
	var sb strings.Builder
	sb.WriteString(label + ": ")
	if inv.ScriptName != "" {
		sb.WriteString(inv.ScriptName + ":" + strconv.Itoa(inv.Line))
	}
	sb.WriteString("\n")
	num := strconv.Itoa(inv.Line)
	header := pad(len(num) - 4)
	sb.WriteString(header + "Line |\n")
	// The source line and marker are PositionMessage's, shortened alike.
	pm := strings.Split(PositionMessage(inv), "\n")
	line, marker := "", ""
	if len(pm) >= 3 {
		line, marker = pm[1][1:], pm[len(pm)-1][1:]
	}
	sb.WriteString(pad(4-len(num)) + num + " | " + line + "\n")
	prefix := header + "     | "
	sb.WriteString(prefix + marker + "\n")
	msg = strings.NewReplacer("\r\n", " ", "\n", " ", "\t", " ").Replace(msg)
	for _, l := range wrapMessage(prefix+msg, prefix, conciseWidth) {
		sb.WriteString(l + "\n")
	}
	return sb.String()
}

// wrapMessage breaks text at the last space that fits width, starting
// each following line with prefix (TruncateString's loop).
func wrapMessage(text, prefix string, width int) []string {
	var out []string
	for len([]rune(text)) > width {
		r := []rune(text)
		cut := width
		for cut > len([]rune(prefix)) && r[cut] != ' ' {
			cut--
		}
		if cut <= len([]rune(prefix)) {
			cut = width
		}
		out = append(out, strings.TrimRight(string(r[:cut]), " "))
		text = prefix + strings.TrimSpace(string(r[cut:]))
	}
	return append(out, text)
}

// conciseMessage is the message ConciseView shows: ErrorDetails, else
// the exception's message without a parse error's own position lines.
func conciseMessage(rec *object.ErrorRecord) string {
	msg := message(rec)
	if rec.DetailsMessage == "" && strings.EqualFold(rec.Category, "ParserError") {
		if i := strings.Index(msg, "~\n"); i >= 0 {
			msg = msg[i+2:]
			if j := strings.Index(msg, "\n\n"); j >= 0 {
				msg = msg[:j]
			}
		}
	}
	return msg
}

// conciseLabel is what leads a concise error, chosen as PowerShell 7
// chooses it: "Exception" for a throw, else the command, the activity,
// the name it was invoked by, the category (unless NotSpecified), the
// reason, or "Error".
func conciseLabel(rec *object.ErrorRecord) string {
	inv := rec.Invocation
	switch {
	case rec.Exception != nil && rec.Exception.Thrown != nil:
		return "Exception"
	case inv != nil && inv.MyCommand != "" && !strings.ContainsAny(inv.MyCommand, " \t\n"):
		return inv.MyCommand
	case activity(rec) != "":
		return activity(rec)
	case inv != nil && inv.InvocationName != "":
		return inv.InvocationName
	case rec.Category != "" && rec.Category != "NotSpecified":
		return rec.Category
	case reason(rec) != "":
		return reason(rec)
	}
	return "Error"
}
