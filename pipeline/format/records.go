package format

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// Type names of the records the non-output streams carry.
const (
	WarningRecordType     = "System.Management.Automation.WarningRecord"
	VerboseRecordType     = "System.Management.Automation.VerboseRecord"
	DebugRecordType       = "System.Management.Automation.DebugRecord"
	InformationRecordType = "System.Management.Automation.InformationRecord"
	informationalRecord   = "System.Management.Automation.InformationalRecord"
)

// NewStreamRecord builds the WarningRecord, VerboseRecord or DebugRecord
// that carries message (what 3>&1 merges into the output, and what
// -WarningVariable collects); see pipeline.NewStreamRecord.
func NewStreamRecord(kind pipeline.StreamKind, message string) *object.PSObject {
	return pipeline.NewStreamRecord(kind, message)
}

// HostMessage is Write-Host's HostInformationMessage: the text and how
// the console should show it.
type HostMessage struct {
	Message         string
	ForegroundColor string // a ConsoleColor name, "" for the default
	BackgroundColor string
	NoNewLine       bool
}

// String is the message text (what $record.MessageData shows).
func (m *HostMessage) String() string { return m.Message }

// NewInformationRecord builds an InformationRecord for Write-Information
// and Write-Host (tagged PSHOST).
func NewInformationRecord(data any, tags []string, source string) *object.PSObject {
	if m, ok := data.(*HostMessage); ok {
		data = hostMessageObject(m)
	}
	o := object.NewObject(InformationRecordType, "System.Object")
	o.SetProp("MessageData", data)
	o.SetProp("Source", source)
	t := make([]any, len(tags))
	for i, s := range tags {
		t[i] = s
	}
	o.SetProp("Tags", t)
	o.SetProp("TimeGenerated", nil)
	// InformationRecord.ToString() is its message data's text: "$record"
	// for a Write-Host record is what Write-Host printed.
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) {
		if data == nil {
			return InformationRecordType, nil
		}
		return toString(data), nil
	}})
	return o
}

// StreamText is the text the console shows for a record written to a
// stream, with its line end: "WARNING: msg", "VERBOSE: msg",
// "DEBUG: msg", an information record's message data, Write-Host's text
// (in its colours), an error record in the error view. With color set,
// ANSI colours mark the stream as the console host does.
func StreamText(kind pipeline.StreamKind, record any, color bool) string {
	switch kind {
	case pipeline.ErrorStream:
		if r, ok := record.(*object.ErrorRecord); ok {
			return paint(ErrorView(r, "NormalView"), "Red", "", color)
		}
		return paint(toString(record)+"\n", "Red", "", color)
	case pipeline.WarningStream:
		return paint("WARNING: "+recordMessage(record), "Yellow", "", color) + "\n"
	case pipeline.VerboseStream:
		return paint("VERBOSE: "+recordMessage(record), "Cyan", "", color) + "\n"
	case pipeline.DebugStream:
		return paint("DEBUG: "+recordMessage(record), "Cyan", "", color) + "\n"
	case pipeline.InformationStream:
		data := record
		if o, ok := record.(*object.PSObject); ok && o.TypeName() == InformationRecordType {
			data, _ = o.Prop("MessageData")
		}
		if m, ok := asHostMessage(data); ok {
			text := paint(m.Message, m.ForegroundColor, m.BackgroundColor, color)
			if !m.NoNewLine {
				text += "\n"
			}
			return text
		}
		return toString(data) + "\n"
	}
	return toString(record) + "\n"
}

// recordMessage is the message of a stream record or a plain string.
func recordMessage(v any) string {
	if o, ok := v.(*object.PSObject); ok {
		if m, ok := o.Prop("Message"); ok {
			return toString(m)
		}
	}
	return toString(v)
}

// consoleColor maps a ConsoleColor name (lower case) to its ANSI colour
// number (foreground; background adds 10).
func consoleColor(name string) (int, bool) {
	switch name {
	case "black":
		return 30, true
	case "darkblue":
		return 34, true
	case "darkgreen":
		return 32, true
	case "darkcyan":
		return 36, true
	case "darkred":
		return 31, true
	case "darkmagenta":
		return 35, true
	case "darkyellow":
		return 33, true
	case "gray":
		return 37, true
	case "darkgray":
		return 90, true
	case "blue":
		return 94, true
	case "green":
		return 92, true
	case "cyan":
		return 96, true
	case "red":
		return 91, true
	case "magenta":
		return 95, true
	case "yellow":
		return 93, true
	case "white":
		return 97, true
	}
	return 0, false
}

// ConsoleColors lists the ConsoleColor enum's names in order.
var ConsoleColors = []string{"Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta",
	"DarkYellow", "Gray", "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow", "White"}

// paint wraps text in ANSI colours when color is set; a trailing line
// end stays outside the colour.
func paint(text, fg, bg string, color bool) string {
	if !color || (fg == "" && bg == "") {
		return text
	}
	var codes []string
	if n, ok := consoleColor(strings.ToLower(fg)); ok {
		codes = append(codes, itoa(n))
	}
	if n, ok := consoleColor(strings.ToLower(bg)); ok {
		codes = append(codes, itoa(n+10))
	}
	if len(codes) == 0 {
		return text
	}
	body := strings.TrimSuffix(text, "\n")
	tail := text[len(body):]
	return "\x1b[" + strings.Join(codes, ";") + "m" + body + "\x1b[0m" + tail
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
