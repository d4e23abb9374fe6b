package data

import (
	"strings"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline/object"
)

// csvRecords splits CSV text into records of fields: fields may be quoted
// ("" is a quote inside), and a quoted field may span lines. Blank lines
// are skipped.
func csvRecords(text string, delim rune) [][]string {
	var recs [][]string
	var rec []string
	var field strings.Builder
	inQuotes, fieldStarted, any := false, false, false
	rs := []rune(strings.ReplaceAll(text, "\r\n", "\n"))
	endField := func() {
		rec = append(rec, field.String())
		field.Reset()
		fieldStarted = false
	}
	endRecord := func() {
		if any || len(rec) > 0 {
			endField()
			recs = append(recs, rec)
		}
		rec, any = nil, false
	}
	afterQuote := false // a quoted field ended; white space until the delimiter is dropped
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case inQuotes:
			if r == '"' {
				if i+1 < len(rs) && rs[i+1] == '"' {
					field.WriteRune('"')
					i++
				} else {
					inQuotes, afterQuote = false, true
				}
			} else {
				field.WriteRune(r)
			}
		case r == delim:
			endField()
			any, afterQuote = true, false
		case r == '\n' || r == '\r':
			endRecord()
			afterQuote = false
		case r == '"' && !fieldStarted:
			inQuotes, fieldStarted, any = true, true, true
		case (r == ' ' || r == '\t') && (!fieldStarted || afterQuote):
			// White space before a field, or after its closing quote.
		default:
			field.WriteRune(r)
			fieldStarted, any = true, true
		}
	}
	endRecord()
	return recs
}

// csvObjects turns CSV text into objects: an optional "#TYPE name" line,
// the header (unless header is given), then one PSCustomObject per
// record with a string property per column; missing trailing values
// are $null.
// The warning PowerShell writes when a header field is empty; the
// missing names become H1, H2, … in order.
const missingHeaderWarning = `One or more headers were not specified. Default names starting with "H" have been used in place of any missing headers.`

func csvObjects(text string, delim rune, header []string) ([]any, bool) {
	// Leading lines that start with an unquoted # are directives or
	// comments: "#TYPE name" gives the objects' type, a W3C log's
	// "#Fields: a,b" the header; the others are skipped.
	typeName := ""
	text = strings.ReplaceAll(text, "\r\n", "\n")
	for {
		line, rest, more := strings.Cut(text, "\n")
		t := strings.TrimSpace(line)
		if !strings.HasPrefix(t, "#") {
			break
		}
		switch {
		case strings.HasPrefix(strings.ToUpper(t), "#TYPE "):
			typeName = strings.TrimSpace(t[6:])
		case strings.HasPrefix(strings.ToLower(t), "#fields:") && header == nil:
			if recs := csvRecords(strings.TrimSpace(t[8:]), delim); len(recs) > 0 {
				header = recs[0]
			}
		}
		if !more {
			rest = ""
		}
		text = rest
	}
	recs := csvRecords(text, delim)
	missing := 0
	if header == nil {
		if len(recs) == 0 {
			return nil, false
		}
		header, recs = recs[0], recs[1:]
	}
	for i, h := range header {
		if h == "" {
			missing++
			header[i] = "H" + itoa(missing)
		}
	}
	var out []any
	for _, r := range recs {
		var o *object.PSObject
		if typeName != "" {
			o = object.NewObject(typeName, "CSV:"+typeName)
			obj := o
			o.Add(&object.Member{Name: "ToString", Kind: object.Method, Hidden: true, Type: "string ToString()",
				Call: func([]any) (any, error) { return objutil.CustomObjectString(obj), nil }})
		} else {
			o = object.NewObject()
		}
		for i, h := range header {
			var v any
			if i < len(r) {
				v = r[i]
			}
			o.SetProp(h, v)
		}
		out = append(out, o)
	}
	return out, missing > 0
}
