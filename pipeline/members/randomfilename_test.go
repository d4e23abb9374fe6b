package members

import (
	"regexp"
	"testing"
)

// TestRandomFileName: [System.IO.Path]::GetRandomFileName() is an 8.3
// name of .NET's alphabet (lower-case letters and the digits 0 to 5), and
// two calls differ.
func TestRandomFileName(t *testing.T) {
	form := regexp.MustCompile(`^[a-z0-5]{8}\.[a-z0-5]{3}$`)
	seen := map[string]bool{}
	for range 200 {
		v, found, err := pathStaticCall("getrandomfilename", nil)
		if err != nil || !found {
			t.Fatalf("GetRandomFileName: found=%v err=%v", found, err)
		}
		s := v.(string)
		if !form.MatchString(s) {
			t.Fatalf("GetRandomFileName() = %q, want 8.3 from [a-z0-5]", s)
		}
		seen[s] = true
	}
	if len(seen) < 190 {
		t.Fatalf("only %d different names in 200 calls", len(seen))
	}
}
