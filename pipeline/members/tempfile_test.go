package members

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

func TestCreateTempFile(t *testing.T) {
	dir := t.TempDir()
	name := regexp.MustCompile(`^tmp[0-9A-F]{1,4}\.tmp$`)
	seen := map[string]bool{}
	for range 50 {
		p, err := CreateTempFile(dir)
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Dir(p) != dir || !name.MatchString(filepath.Base(p)) {
			t.Errorf("created %s", p)
		}
		if seen[p] {
			t.Errorf("%s created twice", p)
		}
		seen[p] = true
		fi, err := os.Stat(p)
		if err != nil || fi.Size() != 0 {
			t.Errorf("%s: %v, size %v", p, err, fi)
		}
	}
}
