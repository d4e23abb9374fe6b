package objutil

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// CompareStrings orders two strings as .NET's culture-aware comparison
// (en-US / invariant) does, which is what Sort-Object and PowerShell's
// relational operators use: punctuation before digits before letters,
// letters alphabetically regardless of case, hyphens and apostrophes
// weighed only when everything else is equal, and, when case matters,
// lower case before upper case ("a" < "A" < "b").
func CompareStrings(a, b string, ignoreCase bool) int {
	if a == b {
		return 0
	}
	if c := comparePrimary(a, b); c != 0 {
		return c
	}
	// Equal at the primary level: ignorable characters decide next.
	if c := compareIgnorables(a, b); c != 0 {
		return c
	}
	if ignoreCase {
		return 0
	}
	// Tertiary level: case, lower first.
	ra, rb := []rune(a), []rune(b)
	for i := 0; i < len(ra) && i < len(rb); i++ {
		if ra[i] == rb[i] {
			continue
		}
		la, lb := unicode.IsLower(ra[i]), unicode.IsLower(rb[i])
		if la && !lb {
			return -1
		}
		if lb && !la {
			return 1
		}
		return cmpOrdered(int64(ra[i]), int64(rb[i]))
	}
	return cmpOrdered(int64(len(ra)), int64(len(rb)))
}

func ignorable(r rune) bool { return r == '-' || r == '\'' || r == '\u00AD' }

// weight gives a rune's primary sort class and value.
func weight(r rune) (int, rune) {
	switch {
	case unicode.IsLetter(r):
		return 2, foldAccent(unicode.ToLower(r))
	case unicode.IsDigit(r):
		return 1, r
	case unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsSymbol(r):
		return 0, r
	}
	return 3, r
}

// foldAccent maps common Latin-1 accented letters to their base letter
// (accents weigh less than letters in a culture comparison).
func foldAccent(r rune) rune {
	if r < 0xC0 || r > 0x17F {
		return r
	}
	const from = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿ"
	const to = "aaaaaaceeeeiiiinooooouuuuyy"
	fr := []rune(from)
	tr := []rune(to)
	for i, f := range fr {
		if f == r {
			return tr[i]
		}
	}
	return r
}

func comparePrimary(a, b string) int {
	i, j := 0, 0
	for {
		for i < len(a) {
			r, _ := utf8.DecodeRuneInString(a[i:])
			if !ignorable(r) {
				break
			}
			i += utf8.RuneLen(r)
		}
		for j < len(b) {
			r, _ := utf8.DecodeRuneInString(b[j:])
			if !ignorable(r) {
				break
			}
			j += utf8.RuneLen(r)
		}
		if i >= len(a) || j >= len(b) {
			switch {
			case i >= len(a) && j >= len(b):
				return 0
			case i >= len(a):
				return -1
			}
			return 1
		}
		ra, na := utf8.DecodeRuneInString(a[i:])
		rb, nb := utf8.DecodeRuneInString(b[j:])
		ca, wa := weight(ra)
		cb, wb := weight(rb)
		if ca != cb {
			return cmpOrdered(int64(ca), int64(cb))
		}
		if wa != wb {
			return cmpOrdered(int64(wa), int64(wb))
		}
		i += na
		j += nb
	}
}

func compareIgnorables(a, b string) int {
	// Accents (secondary level) and then the ignorable characters.
	la, lb := strings.ToLower(a), strings.ToLower(b)
	ra, rb := []rune(la), []rune(lb)
	var fa, fb []rune
	for _, r := range ra {
		if !ignorable(r) {
			fa = append(fa, r)
		}
	}
	for _, r := range rb {
		if !ignorable(r) {
			fb = append(fb, r)
		}
	}
	for k := 0; k < len(fa) && k < len(fb); k++ {
		if fa[k] != fb[k] {
			return cmpOrdered(int64(fa[k]), int64(fb[k]))
		}
	}
	// Fewer ignorable characters first ("coop" < "co-op").
	if c := cmpOrdered(int64(len(ra)), int64(len(rb))); c != 0 {
		return c
	}
	for k := range ra {
		if ra[k] != rb[k] {
			return cmpOrdered(int64(ra[k]), int64(rb[k]))
		}
	}
	return 0
}
