package pipeline

import "strings"

// ScriptCommentHelp finds a script's comment-based help at the start of
// its text (about_Comment_Based_Help, "Comment-based help for
// scripts"): the first comment block with help keywords among the
// comments before any code, skipping others (a copyright header,
// #requires). A block followed by a function with fewer than two blank
// lines between belongs to that function, and ends the search.
func ScriptCommentHelp(src string) (*CommentHelp, bool) {
	lines := strings.Split(strings.ReplaceAll(strings.TrimPrefix(src, "\ufeff"), "\r\n", "\n"), "\n")
	i := 0
	for i < len(lines) {
		for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
			i++
		}
		if i >= len(lines) {
			break
		}
		t := strings.TrimSpace(lines[i])
		var block []string
		switch {
		case strings.HasPrefix(t, "<#"):
			for ; i < len(lines); i++ {
				block = append(block, lines[i])
				if strings.Contains(lines[i], "#>") {
					i++
					break
				}
			}
			text := strings.Join(block, "\n")
			text = strings.TrimPrefix(strings.TrimSpace(text), "<#")
			if end := strings.LastIndex(text, "#>"); end >= 0 {
				text = text[:end]
			}
			block = []string{text}
		case strings.HasPrefix(t, "#"):
			for ; i < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i]), "#"); i++ {
				block = append(block, strings.TrimSpace(lines[i]))
			}
		default:
			return nil, false
		}
		blank := 0
		j := i
		for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
			blank++
			j++
		}
		if j < len(lines) && blank < 2 && startsFunction(lines[j]) {
			return nil, false
		}
		if h, ok := ParseCommentHelp(strings.Join(block, "\n")); ok {
			return h, true
		}
	}
	return nil, false
}

// startsFunction reports whether a line starts a function or filter
// definition.
func startsFunction(line string) bool {
	f := strings.Fields(line)
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(f[0]) {
	case "function", "filter", "workflow":
		return true
	}
	return false
}
