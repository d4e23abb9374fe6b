package core

// matchContext is a match's -Context lines: the logical context (every
// line around it, other matches included) and the display context, in
// which each line appears once across consecutive matches.
type matchContext struct {
	pre, post               []string
	displayPre, displayPost []string
}

// displayContexts computes the display context of every matched line as
// Select-String's DisplayContextTracker does: lines before a match are
// its pre-context only until the previous match's post-context has
// taken them, and a match cuts the previous one's post-context short
// (Select-String Example 8: two adjacent matches show as one block).
func displayContexts(matched []bool, lines []string, before, after int) map[int][2][]string {
	out := map[int][2][]string{}
	var pre, post []string
	cur, collecting := -1, false
	finish := func() {
		if cur >= 0 {
			out[cur] = [2][]string{pre, post}
		}
		pre, post, cur, collecting = nil, nil, -1, false
	}
	for i, l := range lines {
		if matched[i] {
			if collecting {
				finish()
			}
			cur = i
			if after > 0 {
				collecting = true
			} else {
				finish()
			}
			continue
		}
		switch {
		case collecting:
			post = append(post, l)
			if len(post) >= after {
				finish()
			}
		case before > 0:
			pre = append(pre, l)
			if len(pre) > before {
				pre = pre[1:]
			}
		}
	}
	if collecting {
		finish()
	}
	return out
}
