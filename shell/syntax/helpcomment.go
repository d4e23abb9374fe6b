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
	// Line by line, stopping at the first that is not a comment: most
	// bodies start with code, and splitting all of every body cost a
	// script of many functions a copy of its text.
	var lines []string
	for t != "" {
		l, rest, _ := strings.Cut(t, "\n")
		l = strings.TrimSpace(l)
		if !strings.HasPrefix(l, "#") {
			break
		}
		lines = append(lines, l)
		t = rest
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
// lines. It reads src backwards line by line, so a script of many
// functions costs each function only the lines just before it.
func commentBefore(src string) string {
	// The text before the function keyword on its own line must be
	// blank.
	end := strings.LastIndexByte(src, '\n')
	if end < 0 || strings.TrimSpace(src[end+1:]) != "" {
		return ""
	}
	line, start := lineEndingAt(src, end)
	if strings.TrimSpace(line) == "" {
		if start == 0 {
			return ""
		}
		end = start - 1 // one blank line is allowed
		line, start = lineEndingAt(src, end)
	}
	if strings.HasSuffix(strings.TrimSpace(line), "#>") {
		block := src[:end]
		open := strings.LastIndex(block, "<#")
		if open < 0 {
			return ""
		}
		close := strings.LastIndex(block, "#>")
		if close < open+2 {
			return ""
		}
		return strings.ReplaceAll(block[open+2:close], "\r\n", "\n")
	}
	var run []string
	for {
		t := strings.TrimSpace(line)
		if !strings.HasPrefix(t, "#") {
			break
		}
		run = append(run, t)
		if start == 0 {
			break
		}
		line, start = lineEndingAt(src, start-1)
	}
	for i, j := 0, len(run)-1; i < j; i, j = i+1, j-1 {
		run[i], run[j] = run[j], run[i]
	}
	return strings.Join(run, "\n")
}

// lineEndingAt returns the line of src that ends at end (the index of
// its newline, or len(src)) and where it starts.
func lineEndingAt(src string, end int) (string, int) {
	start := strings.LastIndexByte(src[:end], '\n') + 1
	return src[start:end], start
}
