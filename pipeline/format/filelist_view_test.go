package format

import (
	"strings"
	"testing"

	"cspsh/pipeline/object"
)

// Format-List and Format-Wide of files use FileSystem.format.ps1xml's
// views: grouped under "    Directory: …", the list with the times,
// Mode, LinkType, Target and VersionInfo (FileVersionInfo.ToString()).
func TestFileViewsGroupByFolder(t *testing.T) {
	f := object.NewObject("System.IO.FileInfo", "System.IO.FileSystemInfo", "System.Object")
	f.SetProp("PSParentPath", `Microsoft.PowerShell.Core\FileSystem::C:\Test`)
	f.SetProp("Name", "a.txt")
	f.SetProp("FullName", `C:\Test\a.txt`)
	f.SetProp("Length", int64(3))
	f.SetProp("Mode", "-a----")
	for _, tt := range []struct {
		shape Kind
		want  []string
	}{
		{ListKind, []string{"    Directory: C:\\Test", "Name           : a.txt", "Length         : 3", "Mode           : -a----",
			"LinkType       : ", "Target         : {}", "VersionInfo    : File:             C:\\Test\\a.txt",
			"                 InternalName:     ", "                 Debug:            False", "                 Language:         "}},
		{WideKind, []string{"    Directory: C:\\Test", "a.txt"}},
	} {
		v, ok := viewOfKind(f.TypeNames, tt.shape)
		if !ok || v.GroupBy == nil {
			t.Fatalf("%v: no grouped view", tt.shape)
		}
		var data []any
		fm := NewFormatter(Params{Shape: tt.shape, Limit: 4}, func(v any) error { data = append(data, v); return nil })
		if err := fm.Process(f); err != nil {
			t.Fatal(err)
		}
		if err := fm.End(); err != nil {
			t.Fatal(err)
		}
		got := render(t, 80, data...)
		for _, l := range tt.want {
			if !strings.Contains(got, l+"\n") && !strings.Contains(got, l+" ") {
				t.Errorf("%v: missing line %q in\n%s", tt.shape, l, got)
			}
		}
	}
}

// The certificate list view shows each extension's Oid, which prints as
// its type name: {System.Security.Cryptography.Oid, …} (Certificate.format.ps1xml).
func TestCertificateListExtensions(t *testing.T) {
	cert := object.NewObject("System.Security.Cryptography.X509Certificates.X509Certificate2", "System.Object")
	var exts []any
	for _, name := range []string{"Key Usage", "Enhanced Key Usage"} {
		oid := object.NewObject("System.Security.Cryptography.Oid", "System.Object")
		oid.SetProp("FriendlyName", name)
		e := object.NewObject("System.Security.Cryptography.X509Certificates.X509Extension", "System.Object")
		e.SetProp("Oid", oid)
		exts = append(exts, e)
	}
	cert.SetProp("Extensions", exts)
	got, err := extensionOids(cert)
	if err != nil {
		t.Fatal(err)
	}
	if s := displayString(got, 4); s != "{System.Security.Cryptography.Oid, System.Security.Cryptography.Oid}" {
		t.Errorf("got %q", s)
	}
}
