package format

import (
	"strconv"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// defaultErrorWidth is the console width the error view wraps its
// "+ CategoryInfo" lines at when the caller does not say (redirected
// output).
const defaultErrorWidth = 120

// ErrorView renders an error record as $ErrorView asks: "NormalView"
// (the default, Windows PowerShell 5.1's), "CategoryView", or PowerShell
// 7's "ConciseView". The text ends with a newline.
func ErrorView(rec *object.ErrorRecord, view string) string {
	return ErrorViewWidth(rec, view, defaultErrorWidth)
}

// ErrorViewWidth is ErrorView for a console width columns wide.
func ErrorViewWidth(rec *object.ErrorRecord, view string, width int) string {
	if rec == nil {
		return ""
	}
	switch strings.ToLower(view) {
	case "categoryview":
		return CategoryMessage(rec) + "\n"
	case "conciseview":
		return conciseView(rec)
	}
	return normalView(rec, width)
}

// normalView follows the ErrorInstance view of PowerShellCore.format.ps1xml
// in Windows PowerShell 5.1: "<command> : " prefix, the message, the
// position message, the indented CategoryInfo and FullyQualifiedErrorId
// lines, and a final line holding one space.
func normalView(rec *object.ErrorRecord, width int) string {
	if rec.FullyQualifiedErrorID == "NativeCommandErrorMessage" {
		return message(rec) + "\n"
	}
	inv := rec.Invocation
	var sb strings.Builder
	sb.WriteString(commandPrefix(inv))
	msg := message(rec)
	posmsg := ""
	parser := strings.EqualFold(rec.Category, "ParserError")
	if inv != nil {
		if parser && inv.MyCommand == "" {
			// A ParseException's message already leads with the
			// position ("At line:1 char:6 … ~" then the text).
			if !strings.HasPrefix(msg, "At ") {
				if pm := PositionMessage(inv); pm != "" {
					msg = pm + "\n" + msg
				}
			}
		} else {
			posmsg = PositionMessage(inv)
		}
	}
	if posmsg != "" {
		posmsg = "\n" + posmsg
	}
	chunk := width - 4 - 2
	posmsg += "\n" + indentChunks("+ CategoryInfo          : "+CategoryMessage(rec), chunk)
	posmsg += "\n" + indentChunks("+ FullyQualifiedErrorId : "+rec.FullyQualifiedErrorID, chunk)
	sb.WriteString(msg)
	sb.WriteString(posmsg)
	sb.WriteString("\n \n")
	return sb.String()
}

// indentChunks cuts s into pieces of n characters, each led by four
// spaces and run together, as the 5.1 view's `-split "(.{n})"` loop
// does (the console's own wrapping then puts each piece on a line).
func indentChunks(s string, n int) string {
	r := []rune(s)
	if n <= 0 || len(r) <= n {
		return "    " + s
	}
	var sb strings.Builder
	for len(r) > 0 {
		k := n
		if k > len(r) {
			k = len(r)
		}
		sb.WriteString("    ")
		sb.WriteString(string(r[:k]))
		r = r[k:]
	}
	return sb.String()
}

// commandPrefix is the "Name : " that leads an error written by a
// command: the script path for a script, the name the command was
// invoked by, nothing for script code.
func commandPrefix(inv *object.InvocationInfo) string {
	if inv == nil {
		return ""
	}
	if inv.MyCommand != "" {
		if isScriptPath(inv.MyCommand) {
			// An external script is named by its path, however invoked.
			return inv.MyCommand + " : "
		}
		name := inv.InvocationName
		if name == "" || name == "&" || name == "." {
			name = inv.MyCommand
		}
		return name + " : "
	}
	if inv.InvocationName != "" {
		return inv.InvocationName + " : "
	}
	return ""
}

// isScriptPath reports whether a command name is a script file's path.
func isScriptPath(name string) bool {
	l := strings.ToLower(name)
	return strings.HasSuffix(l, ".ps1") && strings.ContainsAny(name, `/\`)
}

// message is the error's text: ErrorDetails.Message when set, else the
// exception's message.
func message(rec *object.ErrorRecord) string {
	if rec.DetailsMessage != "" {
		return rec.DetailsMessage
	}
	if rec.Exception != nil {
		return rec.Exception.Message
	}
	return ""
}

// PositionMessage is InvocationInfo.PositionMessage: "At line:L char:C"
// (or "At <script>:L char:C"), the source line after "+ ", and a "~"
// marker under the extent, the line shortened around the marker to 69
// characters as PositionUtilities.VerboseMessage does.
func PositionMessage(inv *object.InvocationInfo) string {
	if inv == nil || inv.Line <= 0 {
		return ""
	}
	file := inv.ScriptName
	if file == "" {
		file = "line"
	}
	head := "At " + file + ":" + strconv.Itoa(inv.Line) + " char:" + strconv.Itoa(inv.Column)
	src := []rune(strings.TrimRight(inv.LineText, " \t\r\n"))
	if len(src) == 0 {
		return head + "\n+ "
	}
	before := inv.Column - 1
	if before > len(src) {
		before = len(src)
	}
	if before < 0 {
		before = 0
	}
	errLen := inv.MarkerLen
	if strings.ContainsAny(inv.ExtentText, "\n") || errLen <= 0 && inv.ExtentText == "" {
		errLen = len(src) - inv.Column + 1
	} else if errLen <= 0 {
		errLen = len([]rune(inv.ExtentText))
	}
	if before+errLen > len(src) {
		errLen = len(src) - before
	}
	if errLen < 0 {
		errLen = 0
	}
	// Expand tabs before deciding whether to shorten the line.
	if strings.ContainsRune(string(src), '\t') {
		b := strings.ReplaceAll(string(src[:before]), "\t", "    ")
		e := strings.ReplaceAll(string(src[before:before+errLen]), "\t", "    ")
		a := strings.ReplaceAll(string(src[before+errLen:]), "\t", "    ")
		src = []rune(b + e + a)
		before = len([]rune(b))
		errLen = len([]rune(e))
	}
	const maxLen = 69
	cutHead, cutTail := false, false
	if len(src) > maxLen {
		lead := before
		keepBefore := min(lead, 12)
		after := len(src) - errLen - before
		keepAfter := min(after, 8)
		total := keepBefore + errLen + keepAfter
		if total >= maxLen {
			if keepBefore+errLen >= maxLen {
				errLen = maxLen - keepBefore
			}
			cutTail = true
		} else {
			if more := lead - keepBefore; more > 0 {
				keepBefore += min(more, maxLen-total)
				total = keepBefore + errLen + keepAfter
			}
			if total < maxLen && after > 0 {
				keepAfter += min(after, maxLen-total)
			}
			cutTail = keepAfter < after
		}
		cutHead = keepBefore < lead
		start := max(before-keepBefore, 0)
		end := min(start+maxLen, len(src))
		src = src[start:end]
		before = min(before, keepBefore)
		errLen = min(errLen, maxLen-before)
	}
	var sb strings.Builder
	sb.WriteString(head)
	sb.WriteString("\n+ ")
	if cutHead {
		sb.WriteString("... ")
	}
	sb.WriteString(string(src))
	if cutTail {
		sb.WriteString(" ...")
	}
	sb.WriteString("\n+ ")
	n := before
	if cutHead {
		n += 4
	}
	sb.WriteString(pad(n))
	sb.WriteString(strings.Repeat("~", max(errLen, 1)))
	return sb.String()
}

// CategoryMessage is CategoryInfo.GetMessage():
// "Category: (TargetName:TargetType) [Activity], Reason", with long
// names shortened in the middle.
func CategoryMessage(rec *object.ErrorRecord) string {
	cat := rec.Category
	if cat == "" {
		cat = "NotSpecified"
	}
	return cat + ": (" + ellipsize(targetName(rec)) + ":" + ellipsize(targetType(rec)) + ") [" +
		ellipsize(activity(rec)) + "], " + reason(rec)
}

// ellipsize keeps the first and last 15 characters of text longer than
// 40 (CategoryInfo.Ellipsize).
func ellipsize(s string) string {
	r := []rune(s)
	if len(r) <= 40 {
		return s
	}
	return string(r[:15]) + "..." + string(r[len(r)-15:])
}

func targetName(rec *object.ErrorRecord) string {
	if rec.TargetName != "" || rec.TargetObject == nil {
		return rec.TargetName
	}
	return toString(rec.TargetObject)
}

func targetType(rec *object.ErrorRecord) string {
	if rec.TargetType != "" || rec.TargetObject == nil {
		return rec.TargetType
	}
	return dotnet.ShortName(dotnet.TypeName(rec.TargetObject))
}

func activity(rec *object.ErrorRecord) string {
	if rec.Activity != "" {
		return rec.Activity
	}
	if rec.Invocation != nil && !rec.Invocation.Application {
		return rec.Invocation.MyCommand
	}
	return ""
}

func reason(rec *object.ErrorRecord) string {
	if rec.Reason != "" {
		return rec.Reason
	}
	if rec.Exception != nil {
		return dotnet.ShortName(rec.Exception.Type)
	}
	return ""
}
