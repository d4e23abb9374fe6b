package data

import (
	"strings"
	"testing"
	"time"

	"cspsh/cmdlets/core/cmdtest"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

type P = cmdtest.Param

func lines(out []any) string {
	parts := make([]string, len(out))
	for i, v := range out {
		parts[i] = dotnet.ToString(v)
	}
	return strings.Join(parts, "\n")
}

func obj(kv ...any) *object.PSObject {
	o := object.NewObject()
	for i := 0; i+1 < len(kv); i += 2 {
		o.SetProp(kv[i].(string), kv[i+1])
	}
	return o
}

func hash(kv ...any) *object.Hashtable {
	h := object.NewHashtable(false)
	for i := 0; i+1 < len(kv); i += 2 {
		h.Set(kv[i], kv[i+1])
	}
	return h
}

func TestConvertToJson(t *testing.T) {
	tests := []struct {
		name  string
		input []any
		args  []any
		want  string
	}{
		// ConvertTo-Json.Tests.ps1: null, arrays, AsArray.
		{"null property", []any{obj("prop", nil)}, []any{P("Compress")}, `{"prop":null}`},
		{"null", []any{nil}, []any{P("Compress")}, `null`},
		{"array with null", []any{int32(1), nil, int32(2)}, []any{P("Compress")}, `[1,null,2]`},
		{"scalar", []any{int32(1)}, nil, `1`},
		{"as array", []any{int32(1)}, []any{P("AsArray"), P("Compress")}, `[1]`},
		// Windows PowerShell 5.1's layout.
		{"object", []any{obj("a", int32(1), "b", "x")}, nil, "{\n    \"a\":  1,\n    \"b\":  \"x\"\n}"},
		{"nested", []any{hash("a", hash("b", int32(1)))}, nil, "{\n    \"a\":  {\n              \"b\":  1\n          }\n}"},
		{"array in object", []any{hash("a", []any{int32(1), int32(2)})}, nil, "{\n    \"a\":  [\n              1,\n              2\n          ]\n}"},
		{"objects in array", []any{obj("a", int32(1)), obj("a", int32(2))}, nil, "[\n    {\n        \"a\":  1\n    },\n    {\n        \"a\":  2\n    }\n]"},
		{"depth", []any{hash("one", hash("two", hash("three", hash("four", "value"))))}, []any{P("Compress")},
			`{"one":{"two":{"three":"System.Collections.Hashtable"}}}`},
		{"escaping", []any{"a\"b\\c<d>'\n"}, nil, `"a\"b\\c\u003cd\u003e\u0027\n"`},
		{"date", []any{time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)}, nil, `"\/Date(1577836800000)\/"`},
		{"bool and double", []any{obj("ok", true, "f", 1.5)}, []any{P("Compress")}, `{"ok":true,"f":1.5}`},
		// ConvertTo-Json.Tests.ps1: minimum depth 0; ETS properties on a value.
		{"depth 0", []any{int32(1)}, []any{P("Depth"), int32(0)}, `1`},
		{"added properties", []any{func() any {
			o := object.NewObject("System.String", "System.Object")
			o.Base = "s"
			o.SetProp("n", int32(1))
			return o
		}()}, []any{P("Compress")}, `{"value":"s","n":1}`},
		{"escape non-ascii", []any{"é"}, []any{P("EscapeHandling"), "EscapeNonAscii"}, `"\u00e9"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := cmdtest.New().Run(convertToJson(), tt.input, tt.args...)
			if err != nil {
				t.Fatal(err)
			}
			if got := lines(out); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestConvertFromJson(t *testing.T) {
	rt := cmdtest.New()
	// ConvertFrom-Json.Tests.ps1: one string per object, or a multi-line object.
	out, err := rt.Run(convertFromJson(), []any{`{"a" : "1"}`, `{"a" : "x"}`})
	if err != nil || len(out) != 2 {
		t.Fatalf("%v %v", out, err)
	}
	if v, _ := members.Get(out[1], "a"); v != "x" {
		t.Errorf("a = %v", v)
	}
	out, err = rt.Run(convertFromJson(), []any{`{"a" :`, `"x"}`})
	if err != nil || len(out) != 1 {
		t.Fatalf("%v %v", out, err)
	}
	if v, _ := members.Get(out[0], "a"); v != "x" {
		t.Errorf("joined a = %v", v)
	}
	out, err = rt.Run(convertFromJson(), []any{`{"b":[1,2.5,true,null],"c":{"d":"e"}}`})
	if err != nil {
		t.Fatal(err)
	}
	o := out[0].(*object.PSObject)
	b, _ := o.Prop("b")
	if got := dotnet.ToString(b); got != "1 2.5 True " {
		t.Errorf("b = %q", got)
	}
	out, err = rt.Run(convertFromJson(), []any{`{"a" : "1"}`}, P("AsHashtable"))
	if h, ok := out[0].(*object.Hashtable); !ok || err != nil {
		t.Fatalf("%T %v", out[0], err)
	} else if v, _ := h.Get("a"); v != "1" {
		t.Errorf("a = %v", v)
	}
	if _, err := rt.Run(convertFromJson(), []any{`{"a": nope}`}); err == nil || err.Error() != "Invalid JSON primitive: nope." {
		t.Errorf("error = %v", err)
	}
}

func TestCsv(t *testing.T) {
	rt := cmdtest.New()
	in := []any{obj("First", int32(1), "Second", int32(2))}
	tests := []struct {
		args []any
		want string
	}{
		{nil, "\"First\",\"Second\"\n\"1\",\"2\""},
		{[]any{P("Delimiter"), ";"}, "\"First\";\"Second\"\n\"1\";\"2\""},
		{[]any{P("IncludeTypeInformation")}, "#TYPE System.Management.Automation.PSCustomObject\n\"First\",\"Second\"\n\"1\",\"2\""},
		{[]any{P("UseQuotes"), "Never"}, "First,Second\n1,2"},
	}
	for _, tt := range tests {
		out, err := rt.Run(convertToCsv(), in, tt.args...)
		if err != nil {
			t.Fatal(err)
		}
		if got := lines(out); got != tt.want {
			t.Errorf("%v: got\n%s\nwant\n%s", tt.args, got, tt.want)
		}
	}
	out, err := rt.Run(convertToCsv(), []any{obj("a", nil, "b", `say "hi"`)})
	if err != nil || lines(out) != "\"a\",\"b\"\n,\"say \"\"hi\"\"\"" {
		t.Errorf("null and quotes: %q %v", lines(out), err)
	}
	out, err = rt.Run(convertFromCsv(), []any{"Name,Size", "a,1", `"b,c","2"`, "d"})
	if err != nil || len(out) != 3 {
		t.Fatalf("%v %v", out, err)
	}
	if v, _ := members.Get(out[1], "Name"); v != "b,c" {
		t.Errorf("Name = %v", v)
	}
	if v, _ := members.Get(out[2], "Size"); v != nil {
		t.Errorf("missing Size = %v", v)
	}
}

func TestStringData(t *testing.T) {
	// about_Hash_Tables: ConvertFrom-StringData.
	text := "Msg1 = Type \"Windows\".\nMsg2 = She said, \"Hello, World.\"\n# comment\n\nMsg3 = Enter an alias (or \"nickname\")."
	out, err := cmdtest.New().Run(convertFromStringData(), nil, text)
	if err != nil {
		t.Fatal(err)
	}
	h := out[0].(*object.Hashtable)
	for k, want := range map[string]string{"Msg1": `Type "Windows".`, "Msg2": `She said, "Hello, World."`, "Msg3": `Enter an alias (or "nickname").`} {
		if v, _ := h.Get(k); v != want {
			t.Errorf("%s = %v", k, v)
		}
	}
	out, err = cmdtest.New().Run(convertFromStringData(), nil, "Path = C:\\\\temp\nLine = a\\nb")
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := out[0].(*object.Hashtable).Get("Path"); v != `C:\temp` {
		t.Errorf("Path = %q", v)
	}
	if v, _ := out[0].(*object.Hashtable).Get("Line"); v != "a\nb" {
		t.Errorf("Line = %q", v)
	}
	if _, err := cmdtest.New().Run(convertFromStringData(), nil, "novalue"); err == nil || err.Error() != "Data line 'novalue' is not in 'name=value' format." {
		t.Errorf("error = %v", err)
	}
}

func TestGetDate(t *testing.T) {
	// Get-Date.Tests.ps1.
	tests := []struct {
		args []any
		want string
	}{
		{[]any{P("Date:"), "Jan 1, 2020", P("Format:"), "MMM-dd-yy"}, "Jan-01-20"},
		{[]any{P("Date"), "0030-01-01T01:02:03.0004", P("Format"), "FileDate"}, "00300101"},
		{[]any{P("Date"), "0030-01-01T01:02:03.0004", P("Format"), "FileDateTime"}, "00300101T0102030004"},
		{[]any{P("Date"), "0030-01-01T00:00:00", P("UFormat"), "%y/%m/%d-%H"}, "30/01/01-00"},
		{[]any{P("Date"), "2020-03-15", P("Day"), int32(31), P("Month"), int32(2), P("Format"), "yyyy-MM-dd"}, "2020-03-02"},
	}
	for _, tt := range tests {
		out, err := cmdtest.New().Run(getDate(), nil, tt.args...)
		if err != nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		if got := lines(out); got != tt.want {
			t.Errorf("%v: got %q, want %q", tt.args, got, tt.want)
		}
	}
	out, err := cmdtest.New().Run(newTimeSpan(), nil, P("Days"), int32(1), P("Hours"), int32(2))
	if err != nil || out[0] != object.TimeSpan(26*object.TicksPerHour) {
		t.Errorf("New-TimeSpan = %v %v", out, err)
	}
	out, err = cmdtest.New().Run(newTimeSpan(), nil, "2021-12-25", "2022-01-01")
	if err != nil || out[0] != object.TimeSpan(7*object.TicksPerDay) {
		t.Errorf("New-TimeSpan dates = %v %v", out, err)
	}
}

func TestSecureStrings(t *testing.T) {
	rt := cmdtest.New()
	rt.Sess.Home = t.TempDir()
	_, err := rt.Run(convertToSecureString(), nil, "P@ssw0rd", P("AsPlainText"))
	if err == nil || !strings.HasPrefix(err.Error(), "The system cannot protect plain text input.") {
		t.Errorf("without -Force: %v", err)
	}
	out, err := rt.Run(convertToSecureString(), nil, "P@ssw0rd", P("AsPlainText"), P("Force"))
	if err != nil {
		t.Fatal(err)
	}
	ss := out[0]
	if dotnet.ToString(ss) != "System.Security.SecureString" {
		t.Errorf("display %q", dotnet.ToString(ss))
	}
	enc, err := rt.Run(convertFromSecureString(), []any{ss})
	if err != nil || !strings.HasPrefix(enc[0].(string), dpapiPrefix) {
		t.Fatalf("encrypted %v %v", enc, err)
	}
	back, err := rt.Run(convertToSecureString(), []any{enc[0]})
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := SecureStringText(back[0]); s != "P@ssw0rd" {
		t.Errorf("round trip %q", s)
	}
	key := []any{}
	for i := 1; i <= 16; i++ {
		key = append(key, uint8(i))
	}
	enc, err = rt.Run(convertFromSecureString(), []any{ss}, P("Key"), key)
	if err != nil {
		t.Fatal(err)
	}
	back, err = rt.Run(convertToSecureString(), []any{enc[0]}, P("Key"), key)
	if s, _ := SecureStringText(back[0]); err != nil || s != "P@ssw0rd" {
		t.Errorf("key round trip %q %v", s, err)
	}
}

func TestPrompts(t *testing.T) {
	rt := cmdtest.New()
	_, err := rt.Run(readHost(), nil, "Pool")
	if err == nil || err.Error() != "Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available." {
		t.Errorf("non-interactive: %v", err)
	}
	rt = cmdtest.New()
	rt.H.Interact, rt.H.Answers = true, []string{"pool01.contoso.com"}
	out, err := rt.Run(readHost(), nil, "Pool FQDN")
	if err != nil || out[0] != "pool01.contoso.com" || rt.H.Out.String() != "Pool FQDN: pool01.contoso.com\n" {
		t.Errorf("Read-Host = %v %v %q", out, err, rt.H.Out.String())
	}
	rt = cmdtest.New()
	rt.H.Interact, rt.H.Answers = true, []string{`CONTOSO\admin`, "secret"}
	out, err = rt.Run(getCredential(), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := "Windows PowerShell Credential Request\nEnter your credentials.\nUser: CONTOSO\\admin\nPassword for user CONTOSO\\admin: \n"
	if rt.H.Out.String() != want {
		t.Errorf("prompt %q", rt.H.Out.String())
	}
	nc, err := members.Call(out[0], "GetNetworkCredential", nil)
	if err != nil {
		t.Fatal(err)
	}
	if u, _ := members.Get(nc, "UserName"); u != "admin" {
		t.Errorf("UserName %v", u)
	}
	if p, _ := members.Get(nc, "Password"); p != "secret" {
		t.Errorf("Password %v", p)
	}
}

func TestConvertToHtmlFragment(t *testing.T) {
	out, err := cmdtest.New().Run(convertToHtml(), []any{obj("Name", "a<b", "N", int32(1))}, P("Fragment"))
	if err != nil {
		t.Fatal(err)
	}
	want := "<table>\n<colgroup><col/><col/></colgroup>\n<tr><th>Name</th><th>N</th></tr>\n<tr><td>a&lt;b</td><td>1</td></tr>\n</table>"
	if got := lines(out); got != want {
		t.Errorf("got\n%s", got)
	}
}

func TestGetRandom(t *testing.T) {
	rt := cmdtest.New()
	for i := 0; i < 50; i++ {
		out, err := rt.Run(getRandom(), nil, P("Minimum"), int32(1), P("Maximum"), int32(7))
		if err != nil {
			t.Fatal(err)
		}
		if n := out[0].(int32); n < 1 || n > 6 {
			t.Fatalf("out of range: %d", n)
		}
	}
	_, err := rt.Run(getRandom(), nil, P("Minimum"), int32(10), P("Maximum"), int32(5))
	if err == nil || err.Error() != "The Minimum value (10) cannot be greater than or equal to the Maximum value (5)." {
		t.Errorf("error %v", err)
	}
	out, err := rt.Run(getRandom(), []any{"a", "b", "c"}, P("Count"), int32(5))
	if err != nil || len(out) != 3 {
		t.Errorf("count: %v %v", out, err)
	}
}

func TestCalendarJson(t *testing.T) {
	// ConvertTo-Json (5.1) Example 1: (Get-UICulture).Calendar | ConvertTo-Json
	rt := cmdtest.New()
	cult, err := rt.Run(getUICulture(), nil)
	if err != nil {
		t.Fatal(err)
	}
	cal, _ := members.Get(cult[0], "Calendar")
	out, err := rt.Run(convertToJson(), []any{cal})
	if err != nil {
		t.Fatal(err)
	}
	want := `{
    "MinSupportedDateTime":  "\/Date(-62135596800000)\/",
    "MaxSupportedDateTime":  "\/Date(253402300799999)\/",
    "AlgorithmType":  1,
    "CalendarType":  1,
    "Eras":  [
                 1
             ],
    "TwoDigitYearMax":  2029,
    "IsReadOnly":  false
}`
	if got := lines(out); got != want {
		t.Errorf("got\n%s", got)
	}
}

func TestConvertFromJsonEnumerates(t *testing.T) {
	// ConvertFrom-Json.md Example 5.
	rt := cmdtest.New()
	out, _ := rt.Run(convertFromJson(), []any{"[1]"}, P("NoEnumerate"))
	js, _ := rt.Run(convertToJson(), out, P("Compress"))
	if lines(js) != "[1]" {
		t.Errorf("with -NoEnumerate: %s", lines(js))
	}
	out, _ = rt.Run(convertFromJson(), []any{"[1]"})
	js, _ = rt.Run(convertToJson(), out, P("Compress"))
	if lines(js) != "1" {
		t.Errorf("without -NoEnumerate: %s", lines(js))
	}
	if out, err := rt.Run(convertFromJson(), []any{""}); err != nil || len(out) != 0 {
		t.Errorf("empty string: %v %v", out, err)
	}
}

func TestCsvHashtables(t *testing.T) {
	// ConvertTo-Csv.md Example 6 (PowerShell 7): the columns follow the
	// first table's enumeration order. The tables are [ordered] here to
	// keep the example's Name, Number; a 5.1 Hashtable filled with Name
	// then Number enumerates Number first (object.Hashtable.Keys).
	ordered := func(kv ...any) *object.Hashtable {
		h := hash(kv...)
		h.Ordered = true
		return h
	}
	out, err := cmdtest.New().Run(convertToCsv(), []any{ordered("Name", "John Smith", "Number", int32(1)), ordered("Name", "Jane Smith", "Number", int32(2))})
	if err != nil {
		t.Fatal(err)
	}
	want := "\"Name\",\"Number\"\n\"John Smith\",\"1\"\n\"Jane Smith\",\"2\""
	if got := lines(out); got != want {
		t.Errorf("got\n%s", got)
	}
}

func TestCsvMissingHeaders(t *testing.T) {
	// Import-Csv.md: an empty header field becomes H1, with a warning.
	rt := cmdtest.New()
	out, err := rt.Run(convertFromCsv(), []any{"ProjectID,ProjectName,,Completed", "13,Inventory,Redmond,True"})
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := members.Get(out[0], "H1"); v != "Redmond" {
		t.Errorf("H1 = %v", v)
	}
	if w := rt.Streams[3]; len(w) != 1 || !strings.Contains(dotnet.ToString(w[0]), `Default names starting with "H"`) {
		t.Errorf("warnings %v", w)
	}
}

func TestCsvReading(t *testing.T) {
	// Import-Csv.Tests.ps1: a quote as the delimiter, comment lines,
	// #Fields, #TYPE, and white space around fields.
	tests := []struct {
		lines  []any
		delim  any
		header string
	}{
		{[]any{`        a1""a3`, `        v1"v2"v3`}, "\"", "a1,H1,a3"},
		{[]any{`        a1,a2,a3`, `        v1,"v2",v3`}, ",", "a1,a2,a3"},
		{[]any{"#,b,c", "1,2,3", "4,5,6"}, ",", "1,2,3"},
		{[]any{"#Version: 1.0", "#Fields: a,b,c", "1,2,3"}, ",", "a,b,c"},
		{[]any{`"#","b","c"`, "1,2,3"}, ",", "#,b,c"},
	}
	for _, tt := range tests {
		out, err := cmdtest.New().Run(convertFromCsv(), tt.lines, P("Delimiter"), tt.delim)
		if err != nil || len(out) == 0 {
			t.Fatalf("%v: %v %v", tt.lines, out, err)
		}
		var names []string
		for _, m := range out[0].(*object.PSObject).Properties() {
			names = append(names, m.Name)
		}
		if got := strings.Join(names, ","); got != tt.header {
			t.Errorf("%v: header %q, want %q", tt.lines, got, tt.header)
		}
	}
	out, err := cmdtest.New().Run(convertFromCsv(), []any{"#TYPE System.Diagnostics.Process", "Name", "pwsh"})
	if err != nil {
		t.Fatal(err)
	}
	if tn := out[0].(*object.PSObject).TypeNames; len(tn) != 2 || tn[0] != "System.Diagnostics.Process" || tn[1] != "CSV:System.Diagnostics.Process" {
		t.Errorf("type names %v", tn)
	}
}

func TestConvertToHtmlList(t *testing.T) {
	out, err := cmdtest.New().Run(convertToHtml(), []any{obj("A", int32(1)), obj("A", []any{int32(1), int32(2)})}, P("As"), "List", P("Fragment"))
	if err != nil {
		t.Fatal(err)
	}
	want := "<table>\n<tr><td>A:</td><td>1</td></tr>\n<tr><td><hr></td></tr>\n<tr><td>A:</td><td>System.Object[]</td></tr>\n</table>"
	if got := lines(out); got != want {
		t.Errorf("got\n%s", got)
	}
	out, err = cmdtest.New().Run(convertToHtml(), nil, P("Title"), "A & B")
	if err != nil {
		t.Fatal(err)
	}
	want = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"  \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<title>A & B</title>\n</head><body>\n<table>\n</table>\n</body></html>"
	if got := lines(out); got != want {
		t.Errorf("page:\n%s", got)
	}
}
