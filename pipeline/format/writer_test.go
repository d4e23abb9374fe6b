package format

import (
	"strings"
	"testing"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// obj builds a PSCustomObject from name/value pairs in order.
func obj(kv ...any) *object.PSObject {
	o := object.NewObject()
	for i := 0; i+1 < len(kv); i += 2 {
		o.SetProp(kv[i].(string), kv[i+1])
	}
	return o
}

// render runs values through a Writer of the given width.
func render(t *testing.T, width int, vs ...any) string {
	t.Helper()
	var sb strings.Builder
	w := NewWriter(&sb, width)
	for _, v := range vs {
		if err := w.Write(v); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return sb.String()
}

func TestWriterGolden(t *testing.T) {
	// [ordered], so the rows come in the order written: the test is about
	// the Name/Value view, and a Hashtable would list its keys in 5.1's
	// bucket order (object.Hashtable.Keys).
	ht := object.NewHashtable(true)
	ht.Set("Number", int32(1))
	ht.Set("Shape", "Square")
	ht.Set("Color", "Blue")
	july1 := time.Date(2015, 7, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		in   []any
		want string
	}{
		// about_PSCustomObject: a [pscustomobject] literal keeps its order.
		{"pscustomobject table", []any{obj("Name", "Server30", "System", "Server Core", "PSVersion", "4.0")},
			"\nName     System      PSVersion\n----     ------      ---------\nServer30 Server Core 4.0\n\n\n"},
		// Select-Object example 11: one new property.
		{"single column", []any{obj("MyCustomProperty", "New Custom Property")},
			"\nMyCustomProperty\n----------------\nNew Custom Property\n\n\n"},
		// typeDataQuery.cs GetShapeFromPropertyCount: five properties make a list.
		{"five properties list", []any{obj("Prop1", int32(1), "Prop2", int32(2), "Prop3", int32(3), "Prop4", int32(4), "Prop5", int32(5))},
			"\n\nProp1 : 1\nProp2 : 2\nProp3 : 3\nProp4 : 4\nProp5 : 5\n\n\n\n"},
		// Strings, numbers and booleans one per line; $null prints nothing.
		{"scalars", []any{"a", int32(42), nil, true, object.Null, []any{"x", "y"}},
			"a\n42\nTrue\nx\ny\n"},
		// DefaultScalarTypes other than string are right-aligned.
		{"numbers right aligned", []any{obj("Name", "a", "Count", int32(10)), obj("Name", "bb", "Count", int32(7))},
			"\nName Count\n---- -----\na       10\nbb       7\n\n\n"},
		// A property-derived table takes every later object as a row.
		{"second shape same table", []any{obj("a", int32(1)), obj("b", int32(2))},
			"\na\n-\n1\n \n\n\n"},
		// DotNetTypes.format.ps1xml: the Dictionary view, Name 30 wide.
		{"hashtable", []any{ht},
			"\nName                           Value\n----                           -----\nNumber                         1\nShape                          Square\nColor                          Blue\n\n\n"},
		// Nested collections honour $FormatEnumerationLimit (4).
		{"nested collection", []any{obj("Name", "x", "Items", []any{"a", "b", "c", "d", "e"})},
			"\nName Items\n---- -----\nx    {a, b, c, d...}\n\n\n"},
		// The DateTime view: long date and long time.
		{"datetime", []any{july1}, "\nWednesday, July 1, 2015 12:00:00 AM\n\n\n"},
		// A string among objects stands alone (out of band).
		{"string inside table", []any{obj("a", int32(1)), "text", obj("a", int32(2))},
			"\na\n-\n1\ntext\n2\n\n\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := render(t, 120, tc.in...); got != tc.want {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

func TestTableTruncation(t *testing.T) {
	long := strings.Repeat("x", 30)
	got := render(t, 20, obj("Name", "a", "Description", long))
	want := "\nName Description\n---- -----------\na    xxxxxxxxxxxx...\n\n\n"
	if got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

func TestRegisteredViewOutOfBand(t *testing.T) {
	RegisterView("Test.Widget", &View{Kind: TableKind, Columns: []Column{{Label: "Id", Property: "Id", Width: 4}}})
	w := object.NewObject("Test.Widget", "System.Object")
	w.SetProp("Id", int32(7))
	other := obj("A", int32(1), "B", int32(2))
	got := render(t, 120, w, other)
	// After a registered view's table, an object of another type is shown
	// as a list (OutOfBandFormatViewManager).
	want := "\nId\n--\n7\n\nA : 1\nB : 2\n\n\n\n"
	if got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

func TestGroupByHeader(t *testing.T) {
	cert := func(tp, subj string) *object.PSObject {
		o := object.NewObject("System.Security.Cryptography.X509Certificates.X509Certificate2", "System.Object")
		o.SetProp("PSParentPath", `Microsoft.PowerShell.Security\Certificate::LocalMachine\My`)
		o.SetProp("Thumbprint", tp)
		o.SetProp("Subject", subj)
		return o
	}
	got := render(t, 120, cert("A909502DD82AE41433E6F83886B00D4277A32A7B", "CN=atl-cs-001.litwareinc.com"))
	want := "\n\n   PSParentPath: Microsoft.PowerShell.Security\\Certificate::LocalMachine\\My\n\n" +
		"Thumbprint                                Subject\n" +
		"----------                                -------\n" +
		"A909502DD82AE41433E6F83886B00D4277A32A7B  CN=atl-cs-001.litwareinc.com\n\n\n"
	if got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

func TestDirectoryView(t *testing.T) {
	f := object.NewObject("System.IO.FileInfo", "System.IO.FileSystemInfo", "System.Object")
	f.SetProp("PSParentPath", `Microsoft.PowerShell.Core\FileSystem::C:\Certificates`)
	f.SetProp("Mode", "-a----")
	f.SetProp("LastWriteTime", time.Date(2015, 7, 1, 14, 3, 0, 0, time.UTC))
	f.SetProp("Length", int64(2710))
	f.SetProp("Name", "ServerToServerAuth.pfx")
	got := render(t, 120, f)
	want := "\n\n    Directory: C:\\Certificates\n\n\n" +
		"Mode                LastWriteTime         Length Name\n" +
		"----                -------------         ------ ----\n" +
		"-a----         7/1/2015   2:03 PM           2710 ServerToServerAuth.pfx\n\n\n"
	if got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

func TestFormatDataAfterObjects(t *testing.T) {
	// `$o; $o | Format-List` in one script: the table is closed before the
	// list starts.
	var data []any
	f := NewFormatter(Params{Shape: ListKind, Limit: 4}, func(v any) error { data = append(data, v); return nil })
	if err := f.Process(obj("a", int32(2))); err != nil {
		t.Fatal(err)
	}
	if err := f.End(); err != nil {
		t.Fatal(err)
	}
	got := render(t, 120, append([]any{obj("a", int32(1))}, data...)...)
	want := "\na\n-\n1\n\n\n\n\na : 2\n\n\n\n"
	if got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestGroupingWindow(t *testing.T) {
	// Rows that arrive after the 300 ms window keep the widths of the
	// first ones and are cut to fit.
	var sb strings.Builder
	w := NewWriter(&sb, 120)
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	w.out.now = func() time.Time { return clock }
	for _, s := range []string{"ab", "abc"} {
		if err := w.Write(obj("Name", s)); err != nil {
			t.Fatal(err)
		}
	}
	clock = clock.Add(time.Second)
	for _, s := range []string{"abcdefgh", "x"} {
		if err := w.Write(obj("Name", s)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	// The window closes when "abcdefgh" arrives: it counts toward the
	// widths (OutputGroupQueue adds it before notifying).
	want := "\nName\n----\nab\nabc\nabcdefgh\nx\n\n\n"
	if got := sb.String(); got != want {
		t.Errorf("got %q want %q", got, want)
	}
	sb.Reset()
	w = NewWriter(&sb, 120)
	clock = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	w.out.now = func() time.Time { return clock }
	_ = w.Write(obj("Name", "ab"))
	clock = clock.Add(time.Second)
	_ = w.Write(obj("Name", "a"))
	_ = w.Write(obj("Name", "abcdefgh"))
	_ = w.Close()
	want = "\nName\n----\nab\na\na...\n\n\n"
	if got := sb.String(); got != want {
		t.Errorf("late row: got %q want %q", got, want)
	}
}

func TestWrapAndListWrap(t *testing.T) {
	var data []any
	f := NewFormatter(Params{Shape: TableKind, Wrap: true, Limit: 4}, func(v any) error { data = append(data, v); return nil })
	_ = f.Process(obj("Id", int32(1), "Text", "the quick brown fox jumps"))
	_ = f.End()
	got := render(t, 14, data...)
	want := "\nId Text\n-- ----\n 1 the quick\n   brown fox\n   jumps\n\n\n"
	if got != want {
		t.Errorf("wrap: got %q want %q", got, want)
	}
	got = render(t, 20, obj("P1", "the quick brown fox jumps", "P2", 1, "P3", 1, "P4", 1, "P5", 1))
	if !strings.HasPrefix(got, "\n\nP1 : the quick \n     brown fox jumps\nP2 : 1\n") {
		t.Errorf("list wrap: got %q", got)
	}
}

func TestEnumIsScalar(t *testing.T) {
	day := dotnet.Enum{Type: &dotnet.EnumType{FullName: "System.DayOfWeek", Names: []string{"Sunday", "Monday"}, Values: []int64{0, 1}}, Value: 1}
	if got := render(t, 120, day); got != "Monday\n" {
		t.Errorf("got %q", got)
	}
	// Enums in a table are left-aligned: 5.1's default scalar types
	// (DefaultScalarTypes) do not include enums (Get-Service reference,
	// Example 9: "MachineName    Status  Name", "localhost      Running WinRM").
	got := render(t, 120, obj("Name", "x", "Day", day))
	if want := "\nName Day\n---- ---\nx    Monday\n\n\n"; got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestOutOfBandRegisteredList(t *testing.T) {
	RegisterView("Test.Assignment", &View{Kind: ListKind, Columns: []Column{{Property: "Use"}, {Property: "NotAfter"}}})
	RegisterView("Test.Row", &View{Kind: TableKind, Columns: []Column{{Label: "Id", Property: "Id", Width: 3}}})
	row := object.NewObject("Test.Row", "System.Object")
	row.SetProp("Id", int32(1))
	a := object.NewObject("Test.Assignment", "System.Object")
	a.SetProp("Use", "Default")
	a.SetProp("Extra", "hidden")
	a.SetProp("NotAfter", time.Date(2035, 12, 31, 23, 59, 59, 0, time.UTC))
	got := render(t, 120, row, a)
	// The assignment keeps its own list view, dates in the en-US
	// culture's format.
	want := "\nId\n--\n1\n\nUse      : Default\nNotAfter : 12/31/2035 11:59:59 PM\n\n\n\n"
	if got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestListSkipsMissingProperty(t *testing.T) {
	var data []any
	cols := []Column{{Property: "a"}, {Property: "nope"}}
	f := NewFormatter(Params{Shape: ListKind, Columns: cols, Limit: 4}, func(v any) error { data = append(data, v); return nil })
	_ = f.Process(obj("a", int32(1)))
	_ = f.End()
	if got, want := render(t, 120, data...), "\n\na : 1\n\n\n\n"; got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestGenericMeasureInfoView(t *testing.T) {
	// Measure-Object reference, example 4: every statistic is listed,
	// the ones not asked for empty.
	m := func(count int32, prop any) *object.PSObject {
		o := object.NewObject("Microsoft.PowerShell.Commands.GenericMeasureInfo", "Microsoft.PowerShell.Commands.MeasureInfo", "System.Object")
		o.SetProp("Count", count)
		o.SetProp("Average", nil)
		o.SetProp("Sum", nil)
		o.SetProp("Maximum", nil)
		o.SetProp("Minimum", nil)
		o.SetProp("Property", prop)
		return o
	}
	got := render(t, 120, m(682, nil), m(290, "DisplayName"))
	want := "\n\nCount    : 682\nAverage  : \nSum      : \nMaximum  : \nMinimum  : \nProperty : \n\n" +
		"Count    : 290\nAverage  : \nSum      : \nMaximum  : \nMinimum  : \nProperty : DisplayName\n\n\n\n"
	if got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestGroupInfoView(t *testing.T) {
	// Group-Object reference, example 2: 1..20 | Group-Object -Property {$_ % 2}
	g := func(name string, start int32) *object.PSObject {
		o := object.NewObject("Microsoft.PowerShell.Commands.GroupInfo", "System.Object")
		var items []any
		for i := start; i <= 20; i += 2 {
			items = append(items, i)
		}
		o.SetProp("Count", int32(len(items)))
		o.SetProp("Name", name)
		o.SetProp("Group", items)
		return o
	}
	got := render(t, 120, g("0", 2), g("1", 1))
	want := "\nCount Name                      Group\n----- ----                      -----\n" +
		"   10 0                         {2, 4, 6, 8...}\n" +
		"   10 1                         {1, 3, 5, 7...}\n\n\n"
	if got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestShapeViews(t *testing.T) {
	cert := object.NewObject("System.Security.Cryptography.X509Certificates.X509Certificate2", "System.Object")
	for _, kv := range [][2]string{{"PSParentPath", `Microsoft.PowerShell.Security\Certificate::LocalMachine\My`},
		{"Subject", "CN=sip.litwareinc.com"}, {"Issuer", "CN=myca"}, {"Thumbprint", "A909"}, {"FriendlyName", ""}} {
		cert.SetProp(kv[0], kv[1])
	}
	cert.SetProp("NotBefore", time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	cert.SetProp("NotAfter", time.Date(2035, 12, 31, 23, 59, 59, 0, time.UTC))
	cert.SetProp("Extensions", []any{})
	var data []any
	f := NewFormatter(Params{Shape: ListKind, Limit: 4}, func(v any) error { data = append(data, v); return nil })
	_ = f.Process(cert)
	_ = f.End()
	// Certificate.format.ps1xml's list view.
	want := "\n\nSubject      : CN=sip.litwareinc.com\nIssuer       : CN=myca\nThumbprint   : A909\nFriendlyName : \n" +
		"NotBefore    : 1/1/2025 12:00:00 AM\nNotAfter     : 12/31/2035 11:59:59 PM\nExtensions   : {}\n\n\n\n"
	if got := render(t, 120, data...); got != want {
		t.Errorf("got %q want %q", got, want)
	}
	dir := object.NewObject("System.IO.DirectoryInfo", "System.Object")
	dir.SetProp("Name", "Certificates")
	file := object.NewObject("System.IO.FileInfo", "System.Object")
	file.SetProp("Name", "a.pfx")
	data = nil
	f = NewFormatter(Params{Shape: WideKind, Limit: 4}, func(v any) error { data = append(data, v); return nil })
	_ = f.Process([]any{dir, file})
	_ = f.End()
	if got, want := render(t, 40, data...), "\n\n[Certificates]       a.pfx\n\n\n"; got != want {
		t.Errorf("wide: got %q want %q", got, want)
	}
}

func TestExpressionErrors(t *testing.T) {
	bad := Column{Label: "Bad", Expr: func(any) (any, error) {
		return nil, &object.Exception{Type: "System.Management.Automation.RuntimeException", Message: "Attempted to divide by zero."}
	}}
	run := func(p Params) string {
		var data []any
		f := NewFormatter(p, func(v any) error { data = append(data, v); return nil })
		_ = f.Process(obj("a", int32(1)))
		_ = f.End()
		return render(t, 120, data...)
	}
	cols := []Column{{Property: "a"}, bad}
	if got, want := run(Params{Shape: TableKind, Columns: cols}), "\na Bad\n- ---\n1 \n\n\n"; got != want {
		t.Errorf("plain: got %q want %q", got, want)
	}
	if got, want := run(Params{Shape: TableKind, Columns: cols, DisplayError: true}), "\na Bad\n- ---\n1 #ERR\n\n\n"; got != want {
		t.Errorf("DisplayError: got %q want %q", got, want)
	}
	got := run(Params{Shape: TableKind, Columns: cols, ShowError: true})
	if !strings.Contains(got, "1 \nFailed to evaluate expression \"Bad\".\n    + CategoryInfo          : InvalidArgument: (@{a=1}:PSObject) [], RuntimeException\n    + FullyQualifiedErrorId : mshExpressionError\n") {
		t.Errorf("ShowError: got %q", got)
	}
}

func TestFormatCustom(t *testing.T) {
	var data []any
	f := NewFormatter(Params{Shape: CustomKind, Limit: 4}, func(v any) error { data = append(data, v); return nil })
	_ = f.Process(obj("Name", "a", "Inner", obj("x", int32(1))))
	_ = f.End()
	want := "\nclass PSCustomObject\n{\n  Name = a\n  Inner = \n    class PSCustomObject\n    {\n      x = 1\n    }\n}\n\n\n"
	if got := render(t, 120, data...); got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestPropertyNameSpelling(t *testing.T) {
	var data []any
	f := NewFormatter(Params{Shape: TableKind, Columns: []Column{{Property: "name"}, {Property: "missing"}}, Limit: 4}, func(v any) error { data = append(data, v); return nil })
	_ = f.Process(obj("Name", "a"))
	_ = f.End()
	if got, want := render(t, 120, data...), "\nName missing\n---- -------\na    \n\n\n"; got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestEmptyObject(t *testing.T) {
	// An object without properties shows its (empty) text.
	if got := render(t, 120, object.NewObject()); got != "\n" {
		t.Errorf("got %q", got)
	}
}

func TestWideAutoSize(t *testing.T) {
	var data []any
	f := NewFormatter(Params{Shape: WideKind, AutoSize: true, Limit: 4}, func(v any) error { data = append(data, v); return nil })
	for _, n := range []string{"a", "bbbb", "cc", "d", "e"} {
		_ = f.Process(obj("Name", n))
	}
	_ = f.End()
	// Items 4 wide fit three to a 16-cell line
	// (ComputeWideViewBestItemsPerRowFit); the three columns then share
	// the line: 5, 5 and 4 cells.
	got := render(t, 16, data...)
	want := "\n\na     bbbb  cc\nd     e     \n\n\n"
	if got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestListGroupBy(t *testing.T) {
	var data []any
	f := NewFormatter(Params{Shape: ListKind, GroupBy: &Column{Property: "Issuer"}, Columns: []Column{{Property: "Use"}}, Limit: 4},
		func(v any) error { data = append(data, v); return nil })
	_ = f.Process(obj("Use", "Default", "Issuer", "CN=myca"))
	_ = f.Process(obj("Use", "OAuth", "Issuer", "CN=other"))
	_ = f.End()
	want := "\n\n   Issuer: CN=myca\n\n\nUse : Default\n\n\n\n   Issuer: CN=other\n\n\nUse : OAuth\n\n\n\n"
	if got := render(t, 120, data...); got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestExpandBoth(t *testing.T) {
	var data []any
	f := NewFormatter(Params{Shape: TableKind, Limit: 4}, func(v any) error { data = append(data, v); return nil })
	_ = f.ProcessBoth([]any{obj("a", int32(1)), obj("a", int32(2))})
	_ = f.End()
	got := render(t, 120, data...)
	if !strings.HasPrefix(got, "The following object supports IEnumerable:\n") ||
		!strings.Contains(got, "The IEnumerable contains the following 2 objects:\n\na\n-\n1\n2\n") {
		t.Errorf("got %q", got)
	}
}

func TestVersionView(t *testing.T) {
	// DotNetTypes.format.ps1xml's System.Version table: widths 6, 6, 6, 8.
	v, err := dotnet.Convert("1.2.3.4", "System.Version")
	if err != nil {
		t.Fatal(err)
	}
	got := render(t, 120, v)
	want := "\nMajor  Minor  Build  Revision\n-----  -----  -----  --------\n1      2      3      4\n\n\n"
	trim := func(s string) string {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			lines[i] = strings.TrimRight(l, " ")
		}
		return strings.Join(lines, "\n")
	}
	if trim(got) != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
