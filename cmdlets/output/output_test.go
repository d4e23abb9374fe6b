package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cspsh/pipeline"
	"cspsh/pipeline/format"
	"cspsh/pipeline/object"
)

// formatToString pipes input through a Format-* cmdlet and Out-String.
func formatToString(t *testing.T, rt *testRT, ci *pipeline.CommandInfo, input []any, a ...any) string {
	t.Helper()
	data, err := run(t, rt, ci, input, a...)
	if err != nil {
		t.Fatal(err)
	}
	out, err := run(t, rt, outString(), data)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 1 {
		t.Fatalf("Out-String gave %d objects", len(out))
	}
	return out[0].(string)
}

func TestFormatTableOutString(t *testing.T) {
	rt := newRT()
	in := []any{obj("Name", "Server30", "System", "Server Core", "PSVersion", "4.0")}
	// about_PSCustomObject's example, through Format-Table and Out-String.
	got := formatToString(t, rt, formatTable(), in)
	want := "\nName     System      PSVersion\n----     ------      ---------\nServer30 Server Core 4.0\n\n\n"
	if got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestFormatTableProperties(t *testing.T) {
	rt := newRT()
	in := []any{obj("Name", "a.pfx", "Length", int64(2710), "Extra", "x"), obj("Name", "bb.cer", "Length", int64(1234567), "Extra", "y")}
	kb := object.NewHashtable(false)
	kb.Set("Name", "KB")
	kb.Set("Expression", goBlock{text: "$_.Length / 1KB", fn: func(v any) []any {
		n, _ := v.(*object.PSObject).Prop("Length")
		return []any{float64(n.(int64)) / 1024}
	}})
	kb.Set("FormatString", "N1")
	kb.Set("Width", int32(10))
	kb.Set("Align", "Right")
	// The first column has no width, so the table is sized from its rows
	// (OutCommandInner's grouping cache), which overrides Width as 5.1
	// does; Alignment and FormatString still apply.
	got := formatToString(t, rt, formatTable(), in, []any{"Name", kb})
	want := "\nName        KB\n----        --\na.pfx      2.6\nbb.cer 1,205.6\n\n\n"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	// -HideTableHeaders and -AutoSize.
	got = formatToString(t, rt, formatTable(), in, "-Property", []any{"Name", "Extra"}, "-HideTableHeaders")
	want = "\na.pfx  x\nbb.cer y\n\n\n"
	if got != want {
		t.Errorf("hidden headers: got %q want %q", got, want)
	}
}

func TestFormatTableBadKey(t *testing.T) {
	rt := newRT()
	h := object.NewHashtable(false)
	h.Set("Foo", "x")
	_, err := run(t, rt, formatTable(), []any{obj("a", int32(1))}, []any{h})
	if err == nil || !strings.Contains(err.Error(), "The Foo key is not valid.") {
		t.Errorf("got %v", err)
	}
}

func TestFormatTableGroupBy(t *testing.T) {
	rt := newRT()
	in := []any{obj("Use", "Default", "Issuer", "CN=myca"), obj("Use", "OAuth", "Issuer", "CN=myca"), obj("Use", "Web", "Issuer", "CN=other")}
	got := formatToString(t, rt, formatTable(), in, "-GroupBy", "Issuer", "-Property", "Use")
	want := "\n\n   Issuer: CN=myca\n\nUse\n---\nDefault\nOAuth\n\n\n   Issuer: CN=other\n\nUse\n---\nWeb\n\n\n"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestFormatList(t *testing.T) {
	rt := newRT()
	in := []any{obj("Use", "Default", "Thumbprint", "A909", "AlternativeNames", []any{"a", "b", "c", "d", "e"})}
	got := formatToString(t, rt, formatList(), in, "*")
	want := "\n\nUse              : Default\nThumbprint       : A909\nAlternativeNames : {a, b, c, d...}\n\n\n\n"
	if got != want {
		t.Errorf("got %q want %q", got, want)
	}
	rt.vars["formatenumerationlimit"] = int32(-1)
	got = formatToString(t, rt, formatList(), in, "AlternativeNames")
	want = "\n\nAlternativeNames : {a, b, c, d, e}\n\n\n\n"
	if got != want {
		t.Errorf("limit -1: got %q want %q", got, want)
	}
}

func TestFormatWide(t *testing.T) {
	rt := newRT()
	var in []any
	for _, n := range []string{"a.pfx", "b.cer", "ccc.txt", "d"} {
		in = append(in, obj("Name", n, "Length", int64(1)))
	}
	data, err := run(t, rt, formatWide(), in, "-Column", int32(3))
	if err != nil {
		t.Fatal(err)
	}
	out, err := run(t, rt, outString(), data, "-Width", int32(30))
	if err != nil {
		t.Fatal(err)
	}
	// Three columns share the 30 cells: 10, 9 and 9 wide.
	want := "\n\na.pfx      b.cer     ccc.txt\nd" + strings.Repeat(" ", 20) + "\n\n\n"
	if got := out[0].(string); got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestOutStringStream(t *testing.T) {
	rt := newRT()
	out, err := run(t, rt, outString(), []any{obj("a", int32(1)), "x"}, "-Stream")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"", "a", "-", "1", "x", "", ""}
	if len(out) != len(want) {
		t.Fatalf("got %q", out)
	}
	for i, w := range want {
		if out[i] != w {
			t.Errorf("line %d: got %q want %q", i, out[i], w)
		}
	}
}

func TestOutFile(t *testing.T) {
	rt := newRT()
	dir := t.TempDir()
	p := filepath.Join(dir, "out.txt")
	if _, err := run(t, rt, outFile(), []any{"first", int32(2)}, p); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "first\n2\n" {
		t.Errorf("default: %q", b)
	}
	if _, err := run(t, rt, outFile(), []any{"more"}, p, "-Append"); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "first\n2\nmore\n" {
		t.Errorf("append: %q", b)
	}
	_, err := run(t, rt, outFile(), []any{"x"}, p, "-NoClobber")
	if err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("NoClobber: %v", err)
	}
	u := filepath.Join(dir, "u.txt")
	if _, err := run(t, rt, outFile(), []any{"hé"}, "-FilePath", u, "-Encoding", "unicode"); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(u); string(b) != "\xff\xfeh\x00\xe9\x00\n\x00" {
		t.Errorf("unicode: %q", b)
	}
	n := filepath.Join(dir, "n.txt")
	if _, err := run(t, rt, outFile(), []any{"a", "b"}, n, "-NoNewline"); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(n); string(b) != "ab" {
		t.Errorf("NoNewline: %q", b)
	}
	_, err = run(t, rt, outFile(), []any{"x"}, filepath.Join(dir, "missing", "x.txt"))
	if err == nil || !strings.Contains(err.Error(), "Could not find a part of the path") {
		t.Errorf("missing dir: %v", err)
	}
}

func TestWriteOutput(t *testing.T) {
	rt := newRT()
	out, err := run(t, rt, writeOutput(), nil, []any{int32(1), int32(2)})
	if err != nil || len(out) != 2 {
		t.Fatalf("enumerate: %v %v", out, err)
	}
	out, err = run(t, rt, writeOutput(), nil, []any{int32(1), int32(2)}, "-NoEnumerate")
	if err != nil || len(out) != 1 {
		t.Fatalf("NoEnumerate: %v %v", out, err)
	}
}

func TestWriteHost(t *testing.T) {
	rt := newRT()
	if _, err := run(t, rt, writeHost(), nil, []any{int32(2), int32(4), int32(6)}, "-Separator", ", +2= "); err != nil {
		t.Fatal(err)
	}
	recs := rt.streams[pipeline.InformationStream]
	if len(recs) != 1 {
		t.Fatalf("records: %v", recs)
	}
	if got := format.StreamText(pipeline.InformationStream, recs[0], false); got != "2, +2= 4, +2= 6\n" {
		t.Errorf("got %q", got)
	}
	tags, _ := recs[0].(*object.PSObject).Prop("Tags")
	if ts, _ := tags.([]any); len(ts) != 1 || ts[0] != "PSHOST" {
		t.Errorf("tags %v", tags)
	}
	rt.streams = map[pipeline.StreamKind][]any{}
	if _, err := run(t, rt, writeHost(), nil, "no newline", "-NoNewline", "-ForegroundColor", "Green"); err != nil {
		t.Fatal(err)
	}
	if got := format.StreamText(pipeline.InformationStream, rt.streams[pipeline.InformationStream][0], true); got != "\x1b[92mno newline\x1b[0m" {
		t.Errorf("got %q", got)
	}
}

func TestWriteError(t *testing.T) {
	rt := newRT()
	rt.vars["myinvocation"] = &object.InvocationInfo{MyCommand: `Write-Error "x"`}
	if _, err := run(t, rt, writeError(), nil, "x"); err != nil {
		t.Fatal(err)
	}
	recs := rt.streams[pipeline.ErrorStream]
	if len(recs) != 1 {
		t.Fatalf("records %v", recs)
	}
	rec := recs[0].(*object.ErrorRecord)
	want := "Write-Error \"x\" : x\n" +
		"    + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException\n" +
		"    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException\n \n"
	if got := format.ErrorView(rec, "NormalView"); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// From a function: the id names it, the category and target show.
	rt.streams = map[pipeline.StreamKind][]any{}
	rt.vars["myinvocation"] = &object.InvocationInfo{MyCommand: "Test-Cert", InvocationName: "Test-Cert", Line: 1, Column: 1, LineText: "Test-Cert", MarkerLen: 9}
	if _, err := run(t, rt, writeError(), nil, "-Message", "not found", "-Category", "ObjectNotFound", "-TargetObject", "A909", "-ErrorId", "CertMissing"); err != nil {
		t.Fatal(err)
	}
	rec = rt.streams[pipeline.ErrorStream][0].(*object.ErrorRecord)
	want = "Test-Cert : not found\nAt line:1 char:1\n+ Test-Cert\n+ ~~~~~~~~~\n" +
		"    + CategoryInfo          : ObjectNotFound: (A909:String) [Write-Error], WriteErrorException\n" +
		"    + FullyQualifiedErrorId : CertMissing,Test-Cert\n \n"
	if got := format.ErrorView(rec, "NormalView"); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestWriteWarningVerbose(t *testing.T) {
	rt := newRT()
	if _, err := run(t, rt, writeWarning(), nil, "careful"); err != nil {
		t.Fatal(err)
	}
	if w := rt.streams[pipeline.WarningStream]; len(w) != 1 || format.StreamText(pipeline.WarningStream, w[0], false) != "WARNING: careful\n" {
		t.Errorf("warning: %v", w)
	}
	if _, err := run(t, rt, writeVerbose(), nil, "hidden"); err != nil {
		t.Fatal(err)
	}
	if v := rt.streams[pipeline.VerboseStream]; len(v) != 0 {
		t.Errorf("verbose shown without -Verbose: %v", v)
	}
	if _, err := run(t, rt, writeVerbose(), nil, "shown", "-Verbose"); err != nil {
		t.Fatal(err)
	}
	if v := rt.streams[pipeline.VerboseStream]; len(v) != 1 {
		t.Errorf("verbose: %v", v)
	}
}

func TestRegister(t *testing.T) {
	r := pipeline.NewRegistry()
	Register(r)
	for _, name := range []string{"Format-Table", "Out-File", "Write-Host", "Write-Progress"} {
		if _, ok := r.Get(name); !ok {
			t.Errorf("%s not registered", name)
		}
	}
	if r.Aliases["ft"] != "Format-Table" || r.Aliases["echo"] != "Write-Output" {
		t.Errorf("aliases %v", r.Aliases)
	}
}

func TestFormatListForceErrorRecord(t *testing.T) {
	rt := newRT()
	rec := object.NewError(&object.Exception{Type: "System.Exception", Message: "boom"}, "Boom", "NotSpecified", nil)
	// Without -Force an error record keeps its error view.
	got := formatToString(t, rt, formatList(), []any{rec})
	if !strings.HasPrefix(got, "boom\n    + CategoryInfo") {
		t.Errorf("no -Force: %q", got)
	}
	got = formatToString(t, rt, formatList(), []any{rec}, "*", "-Force")
	// PSMessageDetails comes first (about_Preference_Variables, $ErrorView:
	// $Error[0] | Format-List -Property * -Force).
	if !strings.Contains(got, "FullyQualifiedErrorId : Boom\n") || !strings.HasPrefix(got, "\n\nPSMessageDetails      : \nException ") {
		t.Errorf("-Force: %q", got)
	}
}

func TestWriteErrorFromScript(t *testing.T) {
	// $MyInvocation as the interpreter builds it for a script file.
	rt := newRT()
	cmd := obj("Name", "check.ps1", "CommandType", "ExternalScript")
	rt.vars["myinvocation"] = obj("MyCommand", cmd, "ScriptLineNumber", int32(0), "OffsetInLine", int32(0),
		"PSCommandPath", "/home/u/check.ps1", "ScriptName", "/home/u/check.ps1", "Line", "", "InvocationName", "check.ps1")
	if _, err := run(t, rt, writeError(), nil, "bad thing"); err != nil {
		t.Fatal(err)
	}
	rec := rt.streams[pipeline.ErrorStream][0].(*object.ErrorRecord)
	want := "/home/u/check.ps1 : bad thing\n" +
		"    + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException\n" +
		"    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException,check.ps1\n \n"
	if got := format.ErrorView(rec, "NormalView"); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestFormatView(t *testing.T) {
	rt := newRT()
	format.RegisterView("Test.Viewed", &format.View{Name: "Short", Kind: format.TableKind, Columns: []format.Column{{Property: "A"}}})
	o := object.NewObject("Test.Viewed", "System.Object")
	o.SetProp("A", "x")
	o.SetProp("B", "y")
	if got, want := formatToString(t, rt, formatTable(), []any{o}, "-View", "short"), "\nA\n-\nx\n\n\n"; got != want {
		t.Errorf("got %q want %q", got, want)
	}
	_, err := run(t, rt, formatTable(), []any{o}, "-View", "Long")
	if err == nil || err.Error() != "The view name Long cannot be found. Specify one of the following Table views and try again: Short." {
		t.Errorf("unknown table view: %v", err)
	}
	_, err = run(t, rt, formatList(), []any{o}, "-View", "Long")
	if err == nil || err.Error() != "The view name Long cannot be found. There are no existing List views for Test.Viewed objects." {
		t.Errorf("no list views: %v", err)
	}
	_, err = run(t, rt, formatTable(), []any{o}, "-View", "Short", "-Property", "A")
	if err == nil || !strings.Contains(err.Error(), "mutually exclusive") {
		t.Errorf("view and property: %v", err)
	}
}

func TestWriteProgress(t *testing.T) {
	rt := newRT()
	// Not a terminal: nothing is drawn.
	if _, err := run(t, rt, writeProgress(), nil, "Checking", "-PercentComplete", int32(50)); err != nil {
		t.Fatal(err)
	}
	if rt.host.err.Len() != 0 {
		t.Errorf("drew on a non-terminal: %q", rt.host.err.String())
	}
	rt.host.color = true
	if _, err := run(t, rt, writeProgress(), nil, "Checking", "Step 2", "-PercentComplete", int32(50)); err != nil {
		t.Fatal(err)
	}
	want := "\r\x1b[KChecking: Step 2 [===============>              ] 50%"
	if got := rt.host.err.String(); got != want {
		t.Errorf("got %q want %q", got, want)
	}
	_, err := run(t, rt, writeProgress(), nil, "Checking", "-PercentComplete", int32(101))
	if err == nil || !strings.Contains(err.Error(), "The 101 argument is greater than the maximum allowed range of 100.") {
		t.Errorf("range: %v", err)
	}
}

func TestOutFileAppendKeepsEncoding(t *testing.T) {
	rt := newRT()
	p := filepath.Join(t.TempDir(), "u.txt")
	if _, err := run(t, rt, outFile(), []any{"a"}, p, "-Encoding", "unicode"); err != nil {
		t.Fatal(err)
	}
	if _, err := run(t, rt, outFile(), []any{"b"}, p, "-Append"); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "\xff\xfea\x00\n\x00b\x00\n\x00" {
		t.Errorf("got %q", b)
	}
}
