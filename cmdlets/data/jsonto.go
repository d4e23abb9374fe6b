package data

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// convertToJson is ConvertTo-Json with Windows PowerShell 5.1's output:
// JavaScriptSerializer's compact text, pretty-printed by 5.1's own
// indenter (two spaces after a colon, nested blocks aligned under their
// key).
func convertToJson() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:   "ConvertTo-Json",
		Module: utility,
		Params: []*pipeline.ParamDecl{
			{Name: "InputObject", Type: "object", AllowNull: true, Help: "The objects to convert.",
				Sets: []pipeline.SetBinding{{Set: pipeline.AllSets, Position: 0, Mandatory: true, ValueFromPipeline: true}}},
			inRange(&pipeline.ParamDecl{Name: "Depth", Type: "int", Default: "2", Help: "How many levels of contained objects are converted; deeper ones become their string form."}, 0, 1<<31-1),
			withHelp(param("Compress", "switch"), "Omits white space and indentation."),
			withHelp(param("EnumsAsStrings", "switch"), "Writes enum values as their names instead of numbers."),
			withHelp(param("AsArray", "switch"), "Writes a JSON array even for a single input object."),
			{Name: "EscapeHandling", Type: "string", ValidateSet: []string{"Default", "EscapeNonAscii", "EscapeHtml"},
				Help: "Which characters are escaped: Default (Windows PowerShell's escaping), EscapeNonAscii also escapes non-ASCII characters, EscapeHtml the HTML characters."},
		},
		Synopsis:    "Converts an object to a JSON-formatted string.",
		Description: "ConvertTo-Json writes its input as one JSON text: objects and hashtables become JSON objects, collections arrays, dates \"\\/Date(milliseconds)\\/\" strings. Several input objects form an array. Objects nested deeper than -Depth (default 2) are written as their string form. The layout is Windows PowerShell 5.1's.",
		Examples: []pipeline.Example{
			{Title: "Example 1: An object", Code: "[pscustomobject]@{Name='Pool01'; Servers=3} | ConvertTo-Json", Remarks: "Writes a JSON object with two members."},
			{Title: "Example 2: Compressed", Code: "@{a=1} | ConvertTo-Json -Compress", Remarks: "Writes {\"a\":1}."},
		},
		Outputs: "System.String",
		Begin:   func(c *pipeline.Call) error { c.State = &jsonToState{}; return nil },
		Process: jsonToProcess,
		End:     jsonToEnd,
	}
}

type jsonToState struct {
	items []any
}

func jsonToProcess(c *pipeline.Call) error {
	st := c.State.(*jsonToState)
	in, ok := c.Current()
	if !ok {
		return nil
	}
	if in == object.Null {
		in = nil
	}
	st.items = append(st.items, in)
	return nil
}

func jsonToEnd(c *pipeline.Call) error {
	st := c.State.(*jsonToState)
	if len(st.items) == 0 {
		return nil
	}
	depth := 2
	if n, ok := objutil.ToInt(c.Get("Depth")); ok && c.Has("Depth") {
		depth = n
	}
	if depth > 100 {
		return c.Fail(object.NewException("System.InvalidOperationException",
			"The maximum depth allowed for serialization is 100."), "ReachedMaximumDepthAllowed", "InvalidOperation", nil)
	}
	var v any = st.items
	if len(st.items) == 1 && !c.Switch("AsArray") {
		v = st.items[0]
	}
	j := &jsonWriter{depth: depth, enumsAsStrings: c.Switch("EnumsAsStrings"),
		nonASCII: strings.EqualFold(c.String("EscapeHandling"), "EscapeNonAscii")}
	j.value(v, 0)
	if j.badKeys != "" {
		return c.Fail(object.NewException("System.InvalidOperationException",
			"The type '%s' is not supported for serialization or deserialization of a dictionary. Keys must be strings.", j.badKeys),
			"NonStringKeyInDictionary", "InvalidOperation", v)
	}
	text := j.b.String()
	if !c.Switch("Compress") {
		text = PrettyJSON(text)
	}
	return c.Out(text)
}

// jsonWriter serializes values as JavaScriptSerializer does.
type jsonWriter struct {
	b              strings.Builder
	depth          int
	enumsAsStrings bool
	nonASCII       bool // -EscapeHandling EscapeNonAscii
	// badKeys is the type of the first dictionary found with a key that
	// is not a string, which JavaScriptSerializer refuses.
	badKeys string
}

func (j *jsonWriter) value(v any, depth int) {
	if o, ok := v.(*object.PSObject); ok {
		if o.Base != nil && !isTypeValue(o.Base) {
			// A value with properties added (Add-Member) is written as an
			// object holding the value and those properties.
			if notes := o.Properties(); len(notes) > 0 && depth <= j.depth {
				pairs := []jsonPair{{"value", o.Base}}
				for _, m := range notes {
					pairs = append(pairs, jsonPair{m.Name, m.GetValue()})
				}
				if _, ok := o.Base.(time.Time); ok && o.Member("DateTime") == nil {
					// The DateTime script property of types.ps1xml is an
					// extended member too: Get-Date | ConvertTo-Json in 5.1
					// gives value, DisplayHint and DateTime.
					dt, _ := members.Get(o, "DateTime")
					pairs = append(pairs, jsonPair{"DateTime", dt})
				}
				j.object(pairs, depth)
				return
			}
			v = o.Base
		} else {
			switch o.TypeName() {
			case "System.Guid", "System.Uri", "System.Text.RegularExpressions.Regex":
				// JavaScriptSerializer writes these as their string form.
				j.str(dotnet.ToString(o))
				return
			}
		}
	}
	if dotnet.TypeName(v) == "System.DBNull" {
		v = nil
	}
	switch x := v.(type) {
	case nil, object.AutomationNull:
		j.b.WriteString("null")
		return
	case string:
		j.str(x)
		return
	case object.Char:
		if x == 0 {
			// JavaScriptSerializer writes the NUL character as null.
			j.b.WriteString("null")
			return
		}
		j.str(string(rune(x)))
		return
	case bool:
		j.b.WriteString(strconv.FormatBool(x))
		return
	case float64:
		j.b.WriteString(jsonDouble(x))
		return
	case float32:
		j.b.WriteString(jsonSingle(x))
		return
	case time.Time:
		j.b.WriteString(`"\/Date(` + strconv.FormatInt(x.UnixMilli(), 10) + `)\/"`)
		return
	case dotnet.Enum:
		if j.enumsAsStrings {
			j.str(x.String())
		} else {
			j.b.WriteString(strconv.FormatInt(x.Value, 10))
		}
		return
	case object.Decimal, *big.Int, int8, int16, int32, int64, int, uint8, uint16, uint32, uint64:
		j.b.WriteString(dotnet.ToString(x))
		return
	}
	if depth > j.depth {
		j.str(dotnet.ToString(v))
		return
	}
	switch x := v.(type) {
	case *object.Hashtable:
		for _, k := range x.EnumerationKeys() {
			if _, ok := objutil.Base(k).(string); !ok && j.badKeys == "" {
				j.badKeys = dotnet.TypeName(x)
			}
		}
		j.b.WriteByte('{')
		for i, k := range x.EnumerationKeys() {
			if i > 0 {
				j.b.WriteByte(',')
			}
			val, _ := x.Get(k)
			j.str(dotnet.ToString(k))
			j.b.WriteByte(':')
			j.value(val, depth+1)
		}
		j.b.WriteByte('}')
		return
	case *object.TypeValue, object.ScriptBlock:
		j.str(dotnet.ToString(x))
		return
	case object.TimeSpan:
		j.object(timeSpanProps(x), depth)
		return
	}
	if items, ok := dotnet.Enumerate(v); ok {
		j.b.WriteByte('[')
		for i, it := range items {
			if i > 0 {
				j.b.WriteByte(',')
			}
			j.value(it, depth+1)
		}
		j.b.WriteByte(']')
		return
	}
	props := members.Properties(v)
	var pairs []jsonPair
	for _, p := range props {
		pairs = append(pairs, jsonPair{p.Name, p.GetValue()})
	}
	j.object(pairs, depth)
}

type jsonPair struct {
	name  string
	value any
}

func (j *jsonWriter) object(pairs []jsonPair, depth int) {
	j.b.WriteByte('{')
	for i, p := range pairs {
		if i > 0 {
			j.b.WriteByte(',')
		}
		j.str(p.name)
		j.b.WriteByte(':')
		j.value(p.value, depth+1)
	}
	j.b.WriteByte('}')
}

func isTypeValue(v any) bool { _, ok := v.(*object.TypeValue); return ok }

// timeSpanProps are the properties JavaScriptSerializer writes for a
// TimeSpan.
func timeSpanProps(t object.TimeSpan) []jsonPair {
	f := t.Total
	return []jsonPair{
		{"Ticks", int64(t)},
		{"Days", int32(t / object.TicksPerDay)},
		{"Hours", int32(t / object.TicksPerHour % 24)},
		{"Milliseconds", int32(t / object.TicksPerMillisecond % 1000)},
		{"Minutes", int32(t / object.TicksPerMinute % 60)},
		{"Seconds", int32(t / object.TicksPerSecond % 60)},
		{"TotalDays", f(object.TicksPerDay)},
		{"TotalHours", f(object.TicksPerHour)},
		{"TotalMilliseconds", f(object.TicksPerMillisecond)},
		{"TotalMinutes", f(object.TicksPerMinute)},
		{"TotalSeconds", f(object.TicksPerSecond)},
	}
}

// jsonDouble writes a Double as .NET's round-trip ("R") format does.
func jsonDouble(f float64) string {
	switch {
	case math.IsNaN(f):
		return `"NaN"`
	case math.IsInf(f, 1):
		return `"Infinity"`
	case math.IsInf(f, -1):
		return `"-Infinity"`
	}
	// JavaScriptSerializer writes ToString("r"): 15 digits when they
	// round-trip, else 17 (0.83768775241087956, not 0.83768775241088).
	if s, err := dotnet.FormatValue(f, "R"); err == nil {
		return s
	}
	return dotnet.ToString(f)
}

// jsonSingle writes a Single as ToString("r") does (7 digits, else 9).
func jsonSingle(f float32) string {
	if math.IsNaN(float64(f)) || math.IsInf(float64(f), 0) {
		return jsonDouble(float64(f))
	}
	if s, err := dotnet.FormatValue(f, "R"); err == nil {
		return s
	}
	return dotnet.ToString(f)
}

// str writes a JSON string literal with JavaScriptSerializer's escaping,
// which also escapes the HTML-sensitive characters < > & and '.
func (j *jsonWriter) str(s string) {
	j.b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			j.b.WriteString(`\"`)
		case '\\':
			j.b.WriteString(`\\`)
		case '\b':
			j.b.WriteString(`\b`)
		case '\f':
			j.b.WriteString(`\f`)
		case '\n':
			j.b.WriteString(`\n`)
		case '\r':
			j.b.WriteString(`\r`)
		case '\t':
			j.b.WriteString(`\t`)
		case '<', '>', '&', '\'':
			j.b.WriteString(`\u00` + strconv.FormatInt(int64(r), 16))
		default:
			if r < 0x20 || (j.nonASCII && r > 0x7e) {
				for _, u := range utf16.Encode([]rune{r}) {
					h := strconv.FormatInt(int64(u), 16)
					j.b.WriteString(`\u` + strings.Repeat("0", 4-len(h)) + h)
				}
			} else {
				j.b.WriteRune(r)
			}
		}
	}
	j.b.WriteByte('"')
}
