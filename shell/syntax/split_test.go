package syntax

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"testing"
)

// parseWhole is Parse without cutting: the reference a cut parse must
// reproduce.
func parseWhole(f *File) (*ScriptBlock, error) {
	p := &parser{f: f, src: f.Src}
	sb := p.parseScript()
	if len(p.errs) > 0 {
		return nil, p.finishErrors()
	}
	return sb, nil
}

// splitCorpus is every script the repository's tests run: the language
// cases, the cmdlet cases, the admin script, the shared conformance
// cases when present, and the parser table's inputs.
func splitCorpus(t *testing.T) map[string]string {
	out := conformanceScripts(t)
	globs := []string{"../../testdata/lang/*.txt", "../../cmdlets/*/testdata/cases/*.txt"}
	for _, g := range globs {
		files, _ := filepath.Glob(g)
		for _, name := range files {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			if s, ok := caseScript(string(data)); ok {
				out[name] = s
			}
		}
	}
	scripts, _ := filepath.Glob("../../testdata/scripts/*.ps1")
	for _, name := range scripts {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = string(data)
	}
	for i, tc := range parseTests {
		out["parseTests/"+string(rune('a'+i%26))+tc.in] = tc.in
	}
	for i, s := range splitTricky {
		out["tricky/"+string(rune('a'+i))] = s
	}
	if len(out) < 500 {
		t.Fatalf("only %d scripts found", len(out))
	}
	return out
}

// splitTricky are scripts where a line starting with function is not a
// top-level definition, or where what comes before the cut could read on.
var splitTricky = []string{
	"$h = @\"\nfunction f { 1 }\n\"@\n$h\n",
	"$h = @'\nfunction f { 1 }\n'@\n",
	"<#\nfunction f { 1 }\n#>\n1\n",
	"$s = \"a\nfunction f { 1 }\nb\"\n",
	"if (1) {\nfunction f { 1 }\n}\n",
	"if ($true) { 1 }\nfunction f { 2 }\nelse { 3 }\n",
	"try { 1 }\nfunction f { 2 }\ncatch { 3 }\n",
	"do { 1 }\nfunction f { 2 }\nwhile ($false)\n",
	"begin { 1 }\nfunction f { 2 }\n",
	"param($a)\nfunction f { 2 }\nf\n",
	"[CmdletBinding()]\nfunction f { 2 }\n",
	"[CmdletBinding()]\nparam()\nfunction f { 2 }\n",
	"Write-Output 1 `\nfunction f { 2 }\n",
	"1 +\nfunction f { 2 }\n",
	"Get-Item x |\nfunction f { 2 }\n",
	":outer\nfunction f { 2 }\n",
	"switch (1)\nfunction f { 2 }\n",
	"foreach ($x in 1)\nfunction f { 2 }\n",
	"function g\nfunction f { 2 }\n",
	"data {\nfunction f { 2 }\n}\n",
	"class C {\nfunction f { 2 }\n}\n",
	"using namespace System\nfunction f { 2 }\nusing namespace System.IO\n",
	"function f { 1 }\nusing namespace System\n",
	"trap { 1 }\nfunction f { 2 }\ntrap { 3 }\n",
	"$x = 1;\nfunction f { 2 };\n\n",
	"'a'\r\nfunction f { 2 }\r\nf\r\n",
	"# help\nfunction f { 2 }\n<# trailing #>\n",
	"}\nfunction f { 2 }\n",
	"function f { 2 }\n}\n",
	"function f { 2 }\nfunction g { 3 }\nFUNCTION h { 4 }\nFilter k { 5 }\n",
	"$a = @{\nfunction = 1 }\n",
	"@(\nfunction f { 1 }\n)\n",
	"end { 1 }\nfunction f { 2 }\n",
	"dynamicparam { 1 }\nfunction f { 2 }\n",
}

// sameParse checks that cutting src at cuts either declines or gives
// the tree one parse gives, and never succeeds where one parse fails.
func sameParse(t *testing.T, name, src string, cuts []int) {
	t.Helper()
	f := NewFile(name, src)
	want, err := parseWhole(f)
	got := parseAt(f, cuts)
	if got == nil {
		return
	}
	if err != nil {
		t.Errorf("%s: cut at %v parses, one parse fails: %v\n%s", name, cuts, err, src)
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: cut at %v gives another tree than one parse\n%s", name, cuts, src)
	}
}

// lineStarts returns the offsets where the lines of src after the first
// begin.
func lineStarts(src string) []int {
	var out []int
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' && i+1 < len(src) {
			out = append(out, i+1)
		}
	}
	return out
}

// Cutting before any definition line of any script, or before a
// definition inserted at any line, gives one parse's tree or declines.
func TestSplitParseMatchesOneParse(t *testing.T) {
	for name, src := range splitCorpus(t) {
		var defs []int
		for _, l := range lineStarts(src) {
			if definitionKeyword(src[l:]) {
				defs = append(defs, l)
				sameParse(t, name, src, []int{l})
			}
		}
		if len(defs) > 1 {
			sameParse(t, name, src, defs)
		}
		starts := lineStarts(src)
		if len(starts) > 60 {
			starts = starts[:60]
		}
		for _, l := range starts {
			ins := src[:l] + "function zz { 1 }\n" + src[l:]
			sameParse(t, name+" (definition inserted)", ins, []int{l})
		}
	}
}

// The bench's parse workload is cut where Parse cuts it, and every part
// parses: the cut path is the one a long script takes.
func TestSplitParseLongScript(t *testing.T) {
	src := parseWorkload(2000)
	f := NewFile("parse.ps1", src)
	want, err := parseWhole(f)
	if err != nil {
		t.Fatal(err)
	}
	for parts := 2; parts <= 4; parts++ {
		var cuts []int
		for k := 1; k < parts; k++ {
			cuts = append(cuts, nextDefinitionLine(src, k*len(src)/parts))
		}
		got := parseAt(f, cuts)
		if got == nil {
			t.Fatalf("%d parts: the cut parse declined", parts)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%d parts: another tree than one parse", parts)
		}
	}
	if runtime.GOMAXPROCS(0) >= 2 && parseSplit(f) == nil {
		t.Error("Parse does not cut a long script")
	}
	// A long script with an error anywhere is reported as one parse
	// reports it.
	bad := src[:len(src)/3] + "function broken { if ( }\n" + src[len(src)/3:]
	_, err1 := Parse(NewFile("bad.ps1", bad))
	_, err2 := parseWhole(NewFile("bad.ps1", bad))
	if err1 == nil || err2 == nil || err1.Error() != err2.Error() {
		t.Errorf("errors differ: %v / %v", err1, err2)
	}
}

func TestNextDefinitionLine(t *testing.T) {
	tests := []struct {
		src  string
		from int
		want int
	}{
		{"function f {}\n", 0, 0},
		{"x\nfunction f {}\n", 0, 2},
		{"x\nfunction f {}\n", 1, 2},
		{"x\nfunction f {}\n", 3, -1},
		{"x\n  function f {}\n", 0, -1},
		{"x\nfunctions\n", 0, -1},
		{"x\nFunction\tf {}\n", 0, 2},
		{"x\nfilter f {}\n", 0, 2},
		{"x\nfunction", 0, -1},
	}
	for _, tc := range tests {
		if got := nextDefinitionLine(tc.src, tc.from); got != tc.want {
			t.Errorf("nextDefinitionLine(%q, %d) = %d, want %d", tc.src, tc.from, got, tc.want)
		}
	}
}

func FuzzSplitParse(f *testing.F) {
	for _, s := range splitTricky {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		// Cut before every definition line, one at a time and all at
		// once: the tree is one parse's, or the cut parse declines.
		var defs []int
		for _, l := range lineStarts(src) {
			if definitionKeyword(src[l:]) {
				defs = append(defs, l)
				sameParse(t, "fuzz", src, []int{l})
			}
		}
		if len(defs) > 1 {
			sameParse(t, "fuzz", src, defs)
		}
	})
}
