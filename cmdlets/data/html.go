package data

import (
	"strings"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// convertToHtml is ConvertTo-Html with Windows PowerShell 5.1's XHTML
// page layout.
func convertToHtml() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "ConvertTo-Html",
		Module:     utility,
		DefaultSet: "Page",
		Params: []*pipeline.ParamDecl{
			inputObject("The objects to show in the table."),
			withHelp(param("Property", "object[]", at(pipeline.AllSets, 0)), "The properties to show (names, wildcards or calculated properties)."),
			withHelp(param("Body", "string[]", at("Page", 3)), "Text to put after the <body> tag."),
			withHelp(param("Head", "string[]", at("Page", 1)), "The content of the <head> element (replaces the title)."),
			withHelp(param("Title", "string", at("Page", 2)), "The page title (default HTML TABLE)."),
			{Name: "As", Type: "string", ValidateSet: []string{"Table", "List"}, Help: "Table (default) or List layout."},
			withHelp(param("CssUri", "string", named("Page")), "A style sheet to link.", "cu", "uri"),
			withHelp(param("Fragment", "switch", named("Fragment")), "Writes only the table, without the page around it."),
			withHelp(param("PostContent", "string[]"), "Text after the table."),
			withHelp(param("PreContent", "string[]"), "Text before the table."),
		},
		Synopsis:    "Converts .NET objects into HTML that can be displayed in a Web browser.",
		Description: "ConvertTo-Html writes an XHTML page (or with -Fragment just a table) showing the input objects: a header row of property names and a row per object. Values are HTML-encoded. Each line is a separate output string.",
		Examples: []pipeline.Example{
			{Title: "Example 1: A page", Code: "Get-CsCertificate | ConvertTo-Html -Property Use, Thumbprint -Title Certificates", Remarks: "A page with a two-column table."},
			{Title: "Example 2: A fragment", Code: "1..2 | ForEach-Object { [pscustomobject]@{N=$_} } | ConvertTo-Html -Fragment", Remarks: "Only the <table> element."},
		},
		Outputs: "System.String",
		Begin:   htmlBegin,
		Process: htmlProcess,
		End:     htmlEnd,
	}
}

type htmlState struct {
	props   []objutil.Prop
	list    bool
	headers []objutil.Prop
	first   bool
}

func htmlBegin(c *pipeline.Call) error {
	st := &htmlState{list: strings.EqualFold(c.String("As"), "List"), first: true}
	c.State = st
	props, _, err := objutil.PropertyArg(c, "Width", "Alignment", "NoName")
	if err != nil {
		return err
	}
	st.props = props
	var out []string
	if !c.Switch("Fragment") {
		out = append(out, `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">`,
			`<html xmlns="http://www.w3.org/1999/xhtml">`, `<head>`)
		if c.Has("Head") {
			out = append(out, c.Strings("Head")...)
		} else {
			title := "HTML TABLE"
			if c.Has("Title") {
				title = c.String("Title")
			}
			// The title is written as given: PowerShell computes its
			// HTML encoding but does not use it.
			out = append(out, "<title>"+title+"</title>")
		}
		if c.Has("CssUri") {
			out = append(out, `<link rel="stylesheet" type="text/css" href="`+c.String("CssUri")+`" />`)
		}
		out = append(out, `</head><body>`)
		out = append(out, c.Strings("Body")...)
	}
	out = append(out, c.Strings("PreContent")...)
	out = append(out, "<table>")
	return outStrings(c, out)
}

func outStrings(c *pipeline.Call, lines []string) error {
	for _, l := range lines {
		if err := c.Out(l); err != nil {
			return err
		}
	}
	return nil
}

// htmlText encodes a value for a table cell: its ToString(), so a
// collection shows its type name as in PowerShell.
func htmlText(v any) string {
	if v == nil || v == object.Null {
		return ""
	}
	return htmlEncode(dotnet.MethodToString(v))
}

func htmlProcess(c *pipeline.Call) error {
	st := c.State.(*htmlState)
	in, ok := c.Current()
	if !ok || in == nil || in == object.Null {
		return nil
	}
	var props []objutil.Prop
	if st.props != nil {
		props = objutil.Expand(st.props, in)
	} else {
		for _, m := range members.Properties(in) {
			props = append(props, objutil.Prop{Name: m.Name})
		}
	}
	if st.first || st.list {
		// A list shows each object's own properties; a table keeps the
		// first object's columns.
		st.headers = props
	}
	vals := make([]string, len(st.headers))
	for i, p := range st.headers {
		v, err := p.Value(c.Rt, in)
		if err == nil {
			vals[i] = htmlText(v)
		}
	}
	var out []string
	if st.list {
		// Objects after the first are separated by a rule.
		if !st.first {
			out = append(out, "<tr><td><hr></td></tr>")
		}
		for i, p := range st.headers {
			out = append(out, "<tr><td>"+p.Name+":</td><td>"+vals[i]+"</td></tr>")
		}
	} else {
		if st.first {
			var cols strings.Builder
			cols.WriteString("<colgroup>")
			for _, p := range st.headers {
				cols.WriteString("<col")
				if p.Extra != nil {
					if w, ok := extraKey(p.Extra, "Width"); ok {
						cols.WriteString(` width = "` + dotnet.ToString(w) + `"`)
					}
					if a, ok := extraKey(p.Extra, "Alignment"); ok {
						cols.WriteString(` align = "` + dotnet.ToString(a) + `"`)
					}
				}
				cols.WriteString("/>")
			}
			cols.WriteString("</colgroup>")
			out = append(out, cols.String())
			var b strings.Builder
			b.WriteString("<tr>")
			for _, p := range st.headers {
				b.WriteString("<th>" + p.Name + "</th>")
			}
			b.WriteString("</tr>")
			out = append(out, b.String())
		}
		var b strings.Builder
		b.WriteString("<tr>")
		for _, v := range vals {
			b.WriteString("<td>" + v + "</td>")
		}
		b.WriteString("</tr>")
		out = append(out, b.String())
	}
	st.first = false
	return outStrings(c, out)
}

func htmlEnd(c *pipeline.Call) error {
	out := []string{"</table>"}
	out = append(out, c.Strings("PostContent")...)
	if !c.Switch("Fragment") {
		out = append(out, "</body></html>")
	}
	return outStrings(c, out)
}

// htmlEncode is WebUtility.HtmlEncode. A loop, not a strings.Replacer: a
// package-level Replacer is built at start-up.
func htmlEncode(s string) string {
	if !strings.ContainsAny(s, `&<>"'`) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '\'':
			b.WriteString("&#39;")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// extraKey finds a calculated property's key by unique prefix.
func extraKey(h *object.Hashtable, full string) (any, bool) {
	for _, k := range h.Keys() {
		ks := dotnet.ToString(k)
		if ks != "" && len(ks) <= len(full) && strings.EqualFold(full[:len(ks)], ks) {
			return h.Get(k)
		}
	}
	return nil, false
}
