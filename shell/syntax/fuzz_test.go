package syntax

import (
	"testing"
)

// tokenEnds parses src and returns the offsets after each consumed token,
// or ok=false when src does not parse.
func tokenEnds(src string) (f *File, ends []int, ok bool) {
	f = NewFile("", src)
	p := &parser{f: f, src: f.Src}
	p.trace = &ends
	p.parseScript()
	return f, ends, len(p.errs) == 0
}

// checkPrefixes reports any cut of a valid script after a complete token
// that parses as a plain (not merely incomplete) error.
func checkPrefixes(t *testing.T, name, src string) {
	f, ends, ok := tokenEnds(src)
	if !ok {
		return
	}
	seen := map[int]bool{}
	for _, cut := range ends {
		if cut > len(f.Src) || seen[cut] {
			continue
		}
		seen[cut] = true
		prefix := f.Src[:cut]
		_, err := Parse(NewFile("", prefix))
		if err == nil {
			continue
		}
		if errs := err.(ParseErrors); !errs.Incomplete() {
			for _, e := range errs {
				if !e.Incomplete {
					l, c := e.File.Position(e.Start)
					t.Errorf("%s: prefix %q: %d:%d %s %s", name, prefix, l, c, e.ErrorID, e.Message)
					break
				}
			}
		}
	}
}

// Every valid script cut after any complete token parses as valid or as
// incomplete, so the REPL asks for more instead of reporting an error.
func TestPrefixesAreIncomplete(t *testing.T) {
	for name, src := range conformanceScripts(t) {
		checkPrefixes(t, name, src)
	}
	for _, tc := range parseTests {
		checkPrefixes(t, tc.in, tc.in)
	}
}

func FuzzParse(f *testing.F) {
	for _, src := range conformanceScripts(f) {
		f.Add(src)
	}
	for _, tc := range parseTests {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, src string) {
		// Never panics; valid scripts cut after a token are incomplete.
		checkPrefixes(t, "fuzz", src)
	})
}
