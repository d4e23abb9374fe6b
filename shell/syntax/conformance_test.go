package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// conformanceScripts returns the script sections of the shared
// conformance cases (they are real PowerShell that must parse).
func conformanceScripts(tb testing.TB) map[string]string {
	out := map[string]string{}
	for _, dir := range []string{"seed", "lang"} {
		files, _ := filepath.Glob(filepath.Join("/work/shared/conformance", dir, "*.txt"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				continue
			}
			if s, ok := caseScript(string(data)); ok {
				out[filepath.Base(f)] = s
			}
		}
	}
	return out
}

// caseScript returns the script section of a case file (the lines after
// "--- script" up to the next "--- " section).
func caseScript(s string) (string, bool) {
	i := strings.Index(s, "--- script\n")
	if i < 0 {
		return "", false
	}
	s = s[i+len("--- script\n"):]
	if j := strings.Index(s, "\n--- "); j >= 0 {
		s = s[:j+1]
	}
	return s, true
}

// Every conformance script parses, except those whose documented output is
// a parse error.
func TestConformanceScriptsParse(t *testing.T) {
	scripts := conformanceScripts(t)
	if len(scripts) == 0 {
		t.Skip("no conformance cases")
	}
	wantErr := map[string]string{"102-numbers-malformed-literal-error.txt": "BadNumericConstant"}
	for name, src := range scripts {
		_, err := Parse(NewFile(name, src))
		if id, ok := wantErr[name]; ok {
			if err == nil || err.(ParseErrors)[0].ErrorID != id {
				t.Errorf("%s: got %v, want %s", name, err, id)
			}
			continue
		}
		if err != nil {
			e := err.(ParseErrors)[0]
			l, c := e.File.Position(e.Start)
			t.Errorf("%s:%d:%d: %s", name, l, c, e.Message)
		}
	}
}
