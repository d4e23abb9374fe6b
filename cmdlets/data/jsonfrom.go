package data

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// convertFromJson is ConvertFrom-Json: JSON text to custom objects.
func convertFromJson() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:   "ConvertFrom-Json",
		Module: utility,
		Params: []*pipeline.ParamDecl{
			{Name: "InputObject", Type: "string", AllowEmptyString: true, Help: "The JSON text; several lines are joined when one alone is not a complete JSON value.",
				Sets: []pipeline.SetBinding{{Set: pipeline.AllSets, Position: 0, Mandatory: true, ValueFromPipeline: true}}},
			withHelp(param("AsHashtable", "switch"), "Returns hashtables instead of custom objects."),
			withHelp(param("Depth", "int"), "The deepest nesting accepted (default 1024)."),
			withHelp(param("NoEnumerate", "switch"), "Writes a JSON array as one object."),
		},
		Synopsis:    "Converts a JSON-formatted string to a custom object or a hash table.",
		Description: "ConvertFrom-Json reads JSON text and returns a PSCustomObject for each JSON object, with a note property per member in the order written; a JSON array is written element by element (as PowerShell 7 does; -NoEnumerate writes it as one Object[]). When the input arrives as several strings, each is converted on its own if the first one is a complete JSON value, and otherwise all are joined into one text.",
		Examples: []pipeline.Example{
			{Title: "Example 1: An object", Code: "'{\"Name\":\"Pool01\",\"Servers\":3}' | ConvertFrom-Json", Remarks: "An object with Name and Servers."},
			{Title: "Example 2: A file", Code: "Get-Content settings.json | ConvertFrom-Json", Remarks: "The file's lines are joined and converted."},
			{Title: "Example 3: As a hashtable", Code: "'{\"a\":1}' | ConvertFrom-Json -AsHashtable", Remarks: "A hashtable with key a."},
		},
		Outputs: "System.Management.Automation.PSCustomObject",
		Begin:   func(c *pipeline.Call) error { c.State = &jsonFromState{}; return nil },
		Process: jsonFromProcess,
		End:     jsonFromEnd,
	}
}

type jsonFromState struct{ lines []string }

func jsonFromProcess(c *pipeline.Call) error {
	in, ok := c.Current()
	if !ok {
		return nil
	}
	st := c.State.(*jsonFromState)
	st.lines = append(st.lines, dotnet.ToString(in))
	return nil
}

func jsonFromEnd(c *pipeline.Call) error {
	st := c.State.(*jsonFromState)
	if len(st.lines) == 0 {
		return nil
	}
	asHash := c.Switch("AsHashtable")
	if len(st.lines) > 1 {
		if v, err := ParseJSON(st.lines[0], asHash); err == nil {
			if err := jsonEmit(c, v); err != nil {
				return err
			}
			for _, l := range st.lines[1:] {
				v, err := ParseJSON(l, asHash)
				if err != nil {
					return jsonError(c, err, l)
				}
				if err := jsonEmit(c, v); err != nil {
					return err
				}
			}
			return nil
		}
	}
	text := strings.Join(st.lines, "\n")
	if strings.TrimSpace(text) == "" {
		return nil
	}
	v, err := ParseJSON(text, asHash)
	if err != nil {
		return jsonError(c, err, text)
	}
	return jsonEmit(c, v)
}

// jsonEmit writes one converted value; a JSON array is written element
// by element unless -NoEnumerate (PowerShell 7's behaviour, which
// round-trips the same way for everything but one-element arrays).
func jsonEmit(c *pipeline.Call, v any) error {
	if items, ok := v.([]any); ok && !c.Switch("NoEnumerate") {
		return c.OutAll(items)
	}
	return c.Out(v)
}

func jsonError(c *pipeline.Call, err error, text string) error {
	return c.Fail(object.NewException("System.ArgumentException", "%s", err.Error()),
		"System.ArgumentException", "NotSpecified", text)
}

// jsonErr is a parse error in JavaScriptSerializer's words.
type jsonErr string

func (e jsonErr) Error() string { return string(e) }

// ParseJSON parses one JSON text: objects become PSCustomObjects (or
// hashtables), arrays Object[], whole numbers Int32/Int64/Decimal,
// fractions Decimal (as JavaScriptSerializer gives them), and
// "\/Date(ms)\/" strings DateTime.
func ParseJSON(text string, asHash bool) (any, error) {
	p := &jsonParser{s: text, asHash: asHash}
	p.skip()
	if p.i >= len(p.s) {
		return nil, nil
	}
	v, err := p.value()
	if err != nil {
		return nil, err
	}
	p.skip()
	if p.i < len(p.s) {
		return nil, p.primitiveErr()
	}
	return v, nil
}

type jsonParser struct {
	s      string
	i      int
	asHash bool
}

func (p *jsonParser) skip() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r', '\f', '\v':
			p.i++
		default:
			if strings.HasPrefix(p.s[p.i:], "\u00a0") || strings.HasPrefix(p.s[p.i:], "\ufeff") {
				_, n := utf8.DecodeRuneInString(p.s[p.i:])
				p.i += n
				continue
			}
			return
		}
	}
}

// primitiveErr reports the token at the current position.
func (p *jsonParser) primitiveErr() error {
	j := p.i
	for j < len(p.s) && !strings.ContainsRune(",:]}[{ \t\r\n", rune(p.s[j])) {
		j++
	}
	tok := p.s[p.i:j]
	return jsonErr("Invalid JSON primitive: " + tok + ".")
}

func (p *jsonParser) structErr(expected string) error {
	return jsonErr("Invalid object passed in, " + expected + " expected. (" + strconv.Itoa(p.i) + "): " + p.s)
}

func (p *jsonParser) value() (any, error) {
	p.skip()
	if p.i >= len(p.s) {
		return nil, jsonErr("Invalid JSON primitive: .")
	}
	switch c := p.s[p.i]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"' || c == '\'':
		s, err := p.str()
		if err != nil {
			return nil, err
		}
		if t, ok := jsonDate(s); ok {
			return t, nil
		}
		return s, nil
	}
	j := p.i
	for j < len(p.s) && !strings.ContainsRune(",:]}[{ \t\r\n", rune(p.s[j])) {
		j++
	}
	tok := p.s[p.i:j]
	switch tok {
	case "null":
		p.i = j
		return nil, nil
	case "true":
		p.i = j
		return true, nil
	case "false":
		p.i = j
		return false, nil
	}
	if v, ok := jsonNumber(tok); ok {
		p.i = j
		return v, nil
	}
	return nil, p.primitiveErr()
}

// jsonNumber converts a numeric token: Int32, Int64, else Decimal, else
// Double.
func jsonNumber(tok string) (any, bool) {
	if tok == "" {
		return nil, false
	}
	if n, err := strconv.ParseInt(tok, 10, 32); err == nil {
		return int32(n), true
	}
	if n, err := strconv.ParseInt(tok, 10, 64); err == nil {
		return n, true
	}
	c := tok[0]
	if c != '-' && (c < '0' || c > '9') {
		return nil, false
	}
	if !strings.ContainsAny(tok, "eE") {
		if d, err := dotnet.ParseDecimal(tok); err == nil {
			return d, true
		}
	}
	if f, err := strconv.ParseFloat(tok, 64); err == nil {
		return f, true
	}
	return nil, false
}

// jsonDate recognises JavaScriptSerializer's "\/Date(ms)\/" form (the
// escaped slashes are already gone).
func jsonDate(s string) (time.Time, bool) {
	if !strings.HasPrefix(s, "/Date(") || !strings.HasSuffix(s, ")/") {
		return time.Time{}, false
	}
	body := s[6 : len(s)-2]
	if k := strings.IndexAny(body[1:], "+-"); k >= 0 {
		body = body[:k+1]
	}
	ms, err := strconv.ParseInt(body, 10, 64)
	if err != nil {
		return time.Time{}, false
	}
	return time.UnixMilli(ms).UTC(), true
}

func (p *jsonParser) str() (string, error) {
	q := p.s[p.i]
	p.i++
	var b strings.Builder
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == q:
			p.i++
			return b.String(), nil
		case c == '\\':
			if p.i+1 >= len(p.s) {
				return "", jsonErr("Unterminated string passed in. (" + strconv.Itoa(p.i) + "): " + p.s)
			}
			e := p.s[p.i+1]
			p.i += 2
			switch e {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
				b.WriteByte('\r')
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'u':
				if p.i+4 > len(p.s) {
					return "", jsonErr("Unrecognized escape sequence. (" + strconv.Itoa(p.i) + "): " + p.s)
				}
				n, err := strconv.ParseUint(p.s[p.i:p.i+4], 16, 32)
				if err != nil {
					return "", jsonErr("Unrecognized escape sequence. (" + strconv.Itoa(p.i) + "): " + p.s)
				}
				r := rune(n)
				p.i += 4
				if r >= 0xD800 && r < 0xDC00 && p.i+6 <= len(p.s) && p.s[p.i] == '\\' && p.s[p.i+1] == 'u' {
					if lo, err := strconv.ParseUint(p.s[p.i+2:p.i+6], 16, 32); err == nil && lo >= 0xDC00 && lo < 0xE000 {
						r = (r-0xD800)<<10 + (rune(lo) - 0xDC00) + 0x10000
						p.i += 6
					}
				}
				b.WriteRune(r)
			default:
				b.WriteByte(e)
			}
		default:
			b.WriteByte(c)
			p.i++
		}
	}
	return "", jsonErr("Unterminated string passed in. (" + strconv.Itoa(p.i) + "): " + p.s)
}

func (p *jsonParser) object() (any, error) {
	p.i++ // {
	var obj *object.PSObject
	var h *object.Hashtable
	if p.asHash {
		h = object.NewHashtable(true)
	} else {
		obj = object.NewObject()
	}
	p.skip()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		if h != nil {
			return h, nil
		}
		return obj, nil
	}
	for {
		p.skip()
		if p.i >= len(p.s) {
			return nil, p.structErr("':' or '}'")
		}
		var key string
		if c := p.s[p.i]; c == '"' || c == '\'' {
			k, err := p.str()
			if err != nil {
				return nil, err
			}
			key = k
		} else {
			j := p.i
			for j < len(p.s) && !strings.ContainsRune(":, \t\r\n}", rune(p.s[j])) {
				j++
			}
			key = p.s[p.i:j]
			p.i = j
		}
		p.skip()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return nil, p.structErr("':' or '}'")
		}
		p.i++
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		if h != nil {
			h.Set(key, v)
		} else if _, hint := v.(string); hint && key == "__type" {
			// Windows PowerShell's JavaScriptSerializer takes a string
			// "__type" as a type hint and removes it from the object.
		} else {
			if m := obj.Member(key); m != nil {
				return nil, jsonErr("Cannot convert the JSON string because a dictionary that was converted from the string contains the duplicated keys '" + m.Name + "' and '" + key + "'.")
			}
			obj.SetProp(key, v)
		}
		p.skip()
		if p.i >= len(p.s) {
			return nil, p.structErr("':' or '}'")
		}
		switch p.s[p.i] {
		case ',':
			p.i++
		case '}':
			p.i++
			if h != nil {
				return h, nil
			}
			return obj, nil
		default:
			return nil, p.structErr("':' or '}'")
		}
	}
}

func (p *jsonParser) array() (any, error) {
	p.i++ // [
	items := []any{}
	p.skip()
	if p.i < len(p.s) && p.s[p.i] == ']' {
		p.i++
		return items, nil
	}
	for {
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		items = append(items, v)
		p.skip()
		if p.i >= len(p.s) {
			return nil, jsonErr("Invalid array passed in, ']' expected. (" + strconv.Itoa(p.i) + "): " + p.s)
		}
		switch p.s[p.i] {
		case ',':
			p.i++
		case ']':
			p.i++
			return items, nil
		default:
			return nil, jsonErr("Invalid array passed in, ',' expected. (" + strconv.Itoa(p.i) + "): " + p.s)
		}
	}
}
