package ops

import "cspsh/internal/lazy"

// Culture-aware ordering compares letters by their base letter first and
// by accents only when the words are otherwise equal (résumé sorts between
// resume and resumz). accentFold lists the Latin-1 and Latin Extended-A
// letters scripts meet in names. The table is made on first use: one
// built at package initialisation is paid by every start of the shell.
func accentFold() map[rune]rune { return accentFoldTable.Get() }

// accentFoldTable is built on the first call of accentFold, not at start-up.
var accentFoldTable = lazy.Value[map[rune]rune]{Build: func() map[rune]rune {
	fold := map[rune]rune{}
	for base, accented := range map[rune]string{
		'a': "àáâãäåāăą", 'c': "çćĉċč", 'd': "ď", 'e': "èéêëēĕėęě", 'g': "ĝğġģ",
		'h': "ĥ", 'i': "ìíîïĩīĭį", 'j': "ĵ", 'k': "ķ", 'l': "ĺļľ", 'n': "ñńņň",
		'o': "òóôõöōŏő", 'r': "ŕŗř", 's': "śŝşš", 't': "ţť", 'u': "ùúûüũūŭůűų",
		'w': "ŵ", 'y': "ýÿŷ", 'z': "źżž",
	} {
		for _, r := range accented {
			fold[r] = base
		}
	}
	return fold
}}

// baseLetter is r without its accent (r is lower case).
func baseLetter(r rune) rune {
	if r < 0xC0 {
		return r // ASCII and Latin-1 symbols carry no accent
	}
	if b, ok := accentFold()[r]; ok {
		return b
	}
	return r
}

// accentRank orders the variants of one base letter: the plain letter
// before any accented one.
func accentRank(r rune) int {
	if r < 0xC0 {
		return 0
	}
	if _, ok := accentFold()[r]; ok {
		return 1
	}
	return 0
}
