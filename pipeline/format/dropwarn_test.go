package format

import (
	"strings"
	"testing"
)

// An -AutoSize table names the columns it had to leave out ("Using Format
// Commands to Change Output View": Format-Table -Property
// Company,Path,Id,Name -AutoSize on an 80-column console, laid out in 79).
func TestAutoSizeDroppedColumnWarning(t *testing.T) {
	row := obj("Company", "Microsoft Corporation", "Path", `C:\Program Files\Windows PowerShell\v1.0\powershell.exe`,
		"Id", int32(2836), "Name", "powershell")
	var data []any
	f := NewFormatter(Params{Shape: TableKind, AutoSize: true, Limit: 4}, func(v any) error { data = append(data, v); return nil })
	if err := f.Process(row); err != nil {
		t.Fatal(err)
	}
	if err := f.End(); err != nil {
		t.Fatal(err)
	}
	got := render(t, 79, data...)
	want := strings.Join([]string{
		"",
		`WARNING: column "Name" does not fit into the display and was removed.`,
		"",
		"Company               Path                                                    I",
		"                                                                              d",
		"-------               ----                                                    -",
		`Microsoft Corporation C:\Program Files\Windows PowerShell\v1.0\powershell.exe 6`,
		"", "", "",
	}, "\n")
	if got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	// Two dropped columns are counted.
	data = data[:0]
	f = NewFormatter(Params{Shape: TableKind, AutoSize: true, Limit: 4}, func(v any) error { data = append(data, v); return nil })
	if err := f.Process(row); err != nil {
		t.Fatal(err)
	}
	if err := f.End(); err != nil {
		t.Fatal(err)
	}
	if got := render(t, 60, data...); !strings.Contains(got, "\nWARNING: 2 columns do not fit into the display and were removed.\n\n") {
		t.Errorf("two columns: got %q", got)
	}
}
