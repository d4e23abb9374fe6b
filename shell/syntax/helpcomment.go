package syntax

import "strings"

// FunctionHelpComments returns the comments that may hold a function's
// comment-based help, in the order PowerShell looks for them
// (about_Comment_Based_Help): the comment block just before the function
// keyword (at most one blank line between), the comment at the start of
// the body, and the block comment at the end of the body. Each text is the
// inside of a <# … #> block, or consecutive # lines as written; the caller
// keeps the first one with help keywords (pipeline.ParseCommentHelp).
// Comments are not in the AST, so they are read from the source here.
func FunctionHelpComments(fn *FunctionDef) []string {
	if fn == nil || fn.Body == nil {
		return nil
	}
	var out []string
	if f := fn.Body.File; f != nil && int(fn.Pos()) <= len(f.Src) {
		if c := commentBefore(f.Src[:fn.Pos()]); c != "" {
			out = append(out, c)
		}
	}
	body := fn.Body.Text
	if c := leadingComment(body); c != "" {
		out = append(out, c)
	}
	if c := trailingBlockComment(body); c != "" {
		out = append(out, c)
	}
	return out
}

// leadingComment is the comment that opens text (after white space): a
// block comment's inside, or the run of consecutive # lines.
func leadingComment(text string) string {
	t := strings.TrimLeft(text, " \t\r\n")
	if strings.HasPrefix(t, "<#") {
		if end := strings.Index(t, "#>"); end >= 0 {
			return t[2:end]
		}
		return ""
	}
	var lines []string
	for _, l := range strings.Split(t, "\n") {
		l = strings.TrimSpace(l)
		if !strings.HasPrefix(l, "#") {
			break
		}
		lines = append(lines, l)
	}
	return strings.Join(lines, "\n")
}

// trailingBlockComment is the inside of a <# … #> block that ends text
// (before trailing white space).
func trailingBlockComment(text string) string {
	t := strings.TrimRight(text, " \t\r\n")
	if !strings.HasSuffix(t, "#>") {
		return ""
	}
	start := strings.LastIndex(t, "<#")
	if start < 0 {
		return ""
	}
	return t[start+2 : len(t)-2]
}

// commentBefore is the comment block that ends src, allowing one blank
// line between it and what follows: a <# … #> block or consecutive #
// lines.
func commentBefore(src string) string {
	lines := strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
	// The last element is the text before the function keyword on its
	// own line; it must be blank.
	if strings.TrimSpace(lines[len(lines)-1]) != "" {
		return ""
	}
	i := len(lines) - 2
	if i >= 0 && strings.TrimSpace(lines[i]) == "" {
		i-- // one blank line is allowed
	}
	if i < 0 {
		return ""
	}
	last := strings.TrimSpace(lines[i])
	if strings.HasSuffix(last, "#>") {
		block := strings.Join(lines[:i+1], "\n")
		start := strings.LastIndex(block, "<#")
		if start < 0 {
			return ""
		}
		return block[start+2 : strings.LastIndex(block, "#>")]
	}
	j := i
	for j >= 0 && strings.HasPrefix(strings.TrimSpace(lines[j]), "#") {
		j--
	}
	if j == i {
		return ""
	}
	var run []string
	for _, l := range lines[j+1 : i+1] {
		run = append(run, strings.TrimSpace(l))
	}
	return strings.Join(run, "\n")
}
