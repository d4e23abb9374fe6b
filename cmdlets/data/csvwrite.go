package data

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// csvWriter turns objects into CSV lines: a header from the first
// object's properties, then one line per object, every field quoted.
type csvWriter struct {
	delim      rune
	typeInfo   bool
	noHeader   bool
	quoteMode  string   // "Always" (default), "Never", "AsNeeded"
	quoteNames []string // -QuoteFields
	headers    []string
	started    bool
}

// csvDelimiter resolves -Delimiter / -UseCulture (en-US lists use ",").
func csvDelimiter(c *pipeline.Call) rune {
	if c.Has("Delimiter") {
		switch d := c.Get("Delimiter").(type) {
		case object.Char:
			return rune(d)
		case string:
			if d != "" {
				return []rune(d)[0]
			}
		}
	}
	return ','
}

func newCSVWriter(c *pipeline.Call) *csvWriter {
	w := &csvWriter{delim: csvDelimiter(c), typeInfo: c.Switch("IncludeTypeInformation") && !c.Switch("NoTypeInformation"),
		noHeader: c.Switch("NoHeader"), quoteMode: "Always", quoteNames: c.Strings("QuoteFields")}
	if c.Has("UseQuotes") {
		w.quoteMode = c.String("UseQuotes")
	}
	if len(w.quoteNames) > 0 {
		w.quoteMode = "Fields"
	}
	return w
}

// csvProps lists the properties CSV writes for v (a hashtable's keys, as
// PowerShell 7 does, or the object's properties).
func csvProps(v any) []jsonPair {
	if o, ok := v.(*object.PSObject); ok && o.Base != nil {
		if _, isStr := o.Base.(string); isStr && len(o.Properties()) == 0 {
			v = o.Base
		}
	}
	var extra []*object.Member
	if o, ok := v.(*object.PSObject); ok {
		if h, ok := o.Base.(*object.Hashtable); ok {
			v, extra = h, o.Properties()
		}
	}
	if h, ok := v.(*object.Hashtable); ok {
		// PowerShell 7.2: a hashtable's keys are the columns, followed by
		// the properties Add-Member gave it (a key wins over a property).
		var out []jsonPair
		for _, k := range h.Keys() {
			val, _ := h.Get(k)
			out = append(out, jsonPair{dotnet.ToString(k), val})
		}
		for _, m := range extra {
			if !h.Has(m.Name) {
				out = append(out, jsonPair{m.Name, m.GetValue()})
			}
		}
		return out
	}
	var out []jsonPair
	for _, m := range members.Properties(v) {
		out = append(out, jsonPair{m.Name, m.GetValue()})
	}
	return out
}

// lines returns the CSV lines for one object: on the first object the
// #TYPE line (when asked) and the header, then its values.
func (w *csvWriter) lines(v any) []string {
	props := csvProps(v)
	var out []string
	if !w.started {
		w.started = true
		if w.headers == nil {
			for _, p := range props {
				w.headers = append(w.headers, p.name)
			}
			if w.typeInfo {
				out = append(out, "#TYPE "+csvTypeName(v))
			}
			if !w.noHeader {
				out = append(out, w.join(w.headers, true))
			}
		}
	}
	vals := make([]string, len(w.headers))
	present := make([]bool, len(w.headers))
	for i, h := range w.headers {
		for _, p := range props {
			if strings.EqualFold(p.name, h) {
				if p.value != nil && p.value != object.Null {
					vals[i] = csvValue(p.value)
					present[i] = true
				}
				break
			}
		}
	}
	out = append(out, w.joinPresent(vals, present))
	return out
}

// csvTypeName is the #TYPE line's name: the object's most derived type.
func csvTypeName(v any) string {
	if o, ok := v.(*object.PSObject); ok {
		return o.TypeName()
	}
	return dotnet.TypeName(v)
}

// csvValue is a field's text: the value's ToString().
func csvValue(v any) string {
	return dotnet.MethodToString(v)
}

func (w *csvWriter) join(fields []string, header bool) string {
	present := make([]bool, len(fields))
	for i := range present {
		present[i] = true
	}
	return w.joinPresent(fields, present)
}

// joinPresent quotes and joins fields; a $null value is written empty,
// without quotes.
func (w *csvWriter) joinPresent(fields []string, present []bool) string {
	var b strings.Builder
	for i, f := range fields {
		if i > 0 {
			b.WriteRune(w.delim)
		}
		if !present[i] {
			continue
		}
		if w.quote(i, f) {
			b.WriteByte('"')
			b.WriteString(strings.ReplaceAll(f, `"`, `""`))
			b.WriteByte('"')
		} else {
			b.WriteString(f)
		}
	}
	return b.String()
}

func (w *csvWriter) quote(i int, f string) bool {
	switch strings.ToLower(w.quoteMode) {
	case "never":
		return false
	case "asneeded":
		return strings.ContainsAny(f, "\"\r\n"+string(w.delim))
	case "fields":
		for _, n := range w.quoteNames {
			if i < len(w.headers) && strings.EqualFold(n, w.headers[i]) {
				return true
			}
		}
		return false
	}
	return true
}
