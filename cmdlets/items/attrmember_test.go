package items

import (
	"os"
	"path/filepath"
	"testing"

	"cspsh/pipeline/dotnet"
)

// TestAttributesMember: Get-Member.md Example 7 lists Attributes among a
// file's settable properties; a read-only file shows "ReadOnly,
// Archive", and setting Attributes applies ReadOnly to the file.
func TestAttributesMember(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f.txt")
	if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(p)
	m := attributesMember(p, fi)
	if got := dotnet.ToString(m.Value); got != "Archive" {
		t.Errorf("attributes %q, want Archive", got)
	}
	if m.Set == nil {
		t.Fatal("Attributes is not settable")
	}
	if err := m.Set("ReadOnly"); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(p)
	if st.Mode().Perm()&0o200 != 0 {
		t.Error("file still writable after Attributes = ReadOnly")
	}
	if got := dotnet.ToString(m.Value); got != "ReadOnly, Archive" {
		t.Errorf("attributes %q after set, want ReadOnly, Archive", got)
	}
	if err := m.Set("Normal"); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(p); st.Mode().Perm()&0o200 == 0 {
		t.Error("file still read-only after Attributes = Normal")
	}
}
