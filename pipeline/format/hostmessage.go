package format

import (
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// hostInformationMessageType is the type of Write-Host's message data.
const hostInformationMessageType = "System.Management.Automation.HostInformationMessage"

// hostMessageObject is the HostInformationMessage a Write-Host record
// carries as its MessageData: a script that captures Write-Host with 6>&1
// reads .MessageData.Message, .ForegroundColor (a ConsoleColor, $null
// when none was given), .BackgroundColor and .NoNewLine from it, and
// "$($r.MessageData)" is the text.
func hostMessageObject(m *HostMessage) *object.PSObject {
	o := object.NewObject(hostInformationMessageType, "System.Object")
	o.SetProp("Message", m.Message)
	o.SetProp("NoNewLine", m.NoNewLine)
	o.SetProp("ForegroundColor", consoleColorValue(m.ForegroundColor))
	o.SetProp("BackgroundColor", consoleColorValue(m.BackgroundColor))
	text := m.Message
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return text, nil }})
	return o
}

// consoleColorValue is the ConsoleColor value of a colour name, nil for "".
func consoleColorValue(name string) any {
	if name == "" {
		return nil
	}
	if t, ok := dotnet.LookupEnum("System.ConsoleColor"); ok {
		if v, ok := dotnet.EnumValue(t, name); ok {
			return v
		}
	}
	return name
}

// asHostMessage reads Write-Host's message back from a record's message
// data, so the console shows it in its colours and without a line end
// under -NoNewline.
func asHostMessage(v any) (*HostMessage, bool) {
	switch t := v.(type) {
	case *HostMessage:
		return t, true
	case *object.PSObject:
		if t.TypeName() != hostInformationMessageType {
			return nil, false
		}
		m := &HostMessage{}
		if s, ok := t.Prop("Message"); ok {
			m.Message = toString(s)
		}
		if b, ok := t.Prop("NoNewLine"); ok {
			m.NoNewLine = dotnet.ToBool(b)
		}
		if c, ok := t.Prop("ForegroundColor"); ok && c != nil {
			m.ForegroundColor = dotnet.ToString(c)
		}
		if c, ok := t.Prop("BackgroundColor"); ok && c != nil {
			m.BackgroundColor = dotnet.ToString(c)
		}
		return m, true
	}
	return nil, false
}
