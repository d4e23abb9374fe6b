package pipeline

import (
	"strings"
)

// CommentHelp is the comment-based help of a function or script
// (about_Comment_Based_Help): the sections of a <# … #> block or of
// consecutive # lines that use the .KEYWORD syntax.
type CommentHelp struct {
	Synopsis    string
	Description string
	// Parameters maps a parameter name (as written after .PARAMETER) to
	// its description.
	Parameters map[string]string
	Examples   []Example
	Inputs     string
	Outputs    string
	Notes      string
	Links      []string
	// Component, Role and Functionality are the sections Get-Help
	// -Component/-Role/-Functionality filter on.
	Component, Role, Functionality string
	// ForwardTarget is .FORWARDHELPTARGETNAME: the command whose help
	// Get-Help shows instead (a proxy function's wrapped cmdlet).
	ForwardTarget string
}

// ParseCommentHelp reads comment-based help from a comment's text: the
// inside of a <# … #> block, or # line comments (their # markers are
// removed). ok is false when the text has no help keyword, so that an
// ordinary comment is not taken for help.
func ParseCommentHelp(text string) (h *CommentHelp, ok bool) {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "#") && !strings.HasPrefix(t, "#>") {
			lines[i] = strings.TrimPrefix(t, "#")
		}
	}
	h = &CommentHelp{Parameters: map[string]string{}}
	var key, arg string
	var body []string
	flush := func() {
		text := trimBlock(body)
		switch key {
		case "SYNOPSIS":
			h.Synopsis = text
		case "DESCRIPTION":
			h.Description = text
		case "PARAMETER":
			h.Parameters[arg] = text
		case "EXAMPLE":
			code, remarks := text, ""
			if i := strings.Index(text, "\n"); i >= 0 {
				code, remarks = text[:i], strings.TrimSpace(text[i+1:])
			}
			code = strings.TrimPrefix(strings.TrimSpace(code), "PS C:\\>")
			h.Examples = append(h.Examples, Example{Title: "EXAMPLE " + itoa(len(h.Examples)+1), Code: code, Remarks: remarks})
		case "INPUTS":
			h.Inputs = text
		case "OUTPUTS":
			h.Outputs = text
		case "NOTES":
			h.Notes = text
		case "LINK":
			if text != "" {
				h.Links = append(h.Links, text)
			}
		case "COMPONENT":
			h.Component = text
		case "ROLE":
			h.Role = text
		case "FUNCTIONALITY":
			h.Functionality = text
		case "FORWARDHELPTARGETNAME":
			h.ForwardTarget = arg
		}
		body = nil
	}
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, ".") {
			fields := strings.Fields(t[1:])
			if len(fields) > 0 && isHelpKeyword(strings.ToUpper(fields[0])) {
				flush()
				ok = true
				key = strings.ToUpper(fields[0])
				arg = ""
				if len(fields) > 1 {
					arg = fields[1]
				}
				continue
			}
		}
		if key != "" {
			body = append(body, l)
		}
	}
	flush()
	return h, ok
}

// isHelpKeyword reports whether k (upper case) is a section keyword of
// comment-based help.
func isHelpKeyword(k string) bool {
	switch k {
	case "SYNOPSIS", "DESCRIPTION", "PARAMETER", "EXAMPLE",
		"INPUTS", "OUTPUTS", "NOTES", "LINK", "COMPONENT",
		"ROLE", "FUNCTIONALITY", "FORWARDHELPTARGETNAME",
		"FORWARDHELPCATEGORY", "REMOTEHELPRUNSPACE", "EXTERNALHELP":
		return true
	}
	return false
}

// trimBlock joins a section's lines, dropping blank lines around it and
// the indentation common to all of them.
func trimBlock(lines []string) string {
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	indent := -1
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		n := len(l) - len(strings.TrimLeft(l, " \t"))
		if indent < 0 || n < indent {
			indent = n
		}
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		if len(l) >= indent && indent > 0 {
			l = l[indent:]
		}
		out[i] = strings.TrimRight(l, " \t")
	}
	return strings.Join(out, "\n")
}

// Apply copies the help into a command declaration (the interpreter
// calls it for a function whose body or preceding comment holds help).
func (h *CommentHelp) Apply(ci *CommandInfo) {
	ci.Help = h
	ci.Synopsis = h.Synopsis
	ci.Description = h.Description
	ci.ForwardHelpTarget = h.ForwardTarget
	ci.Examples = h.Examples
	if h.Outputs != "" {
		ci.Outputs = h.Outputs
	}
	for _, p := range ci.Params {
		for name, text := range h.Parameters {
			if strings.EqualFold(name, p.Name) {
				p.Help = text
			}
		}
	}
}
