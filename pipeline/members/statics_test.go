package members

import (
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

func typ(name string) *object.TypeValue {
	t, ok := dotnet.ResolveType(name)
	if !ok {
		panic(name)
	}
	return t
}

func TestGetStatic(t *testing.T) {
	cases := []struct {
		t, name string
		want    any
	}{
		{"int", "MaxValue", int32(math.MaxInt32)},
		{"int", "MinValue", int32(math.MinInt32)},
		{"long", "MaxValue", int64(math.MaxInt64)},
		{"byte", "MaxValue", uint8(255)},
		{"double", "PositiveInfinity", math.Inf(1)},
		{"math", "PI", math.Pi},
		{"string", "Empty", ""},
		{"timespan", "Zero", object.TimeSpan(0)},
		{"System.IO.Path", "DirectorySeparatorChar", object.Char('\\')},
		{"int", "NoSuchMember", nil},
	}
	for _, c := range cases {
		got, err := GetStatic(typ(c.t), c.name)
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("[%s]::%s = %#v, %v; want %#v", c.t, c.name, got, err, c.want)
		}
	}
	if d, _ := GetStatic(typ("decimal"), "MaxValue"); dotnet.ToString(d) != "79228162514264337593543950335" {
		t.Errorf("[decimal]::MaxValue = %v", d)
	}
}

// Expected values: the System.Math, System.String, System.DateTime,
// System.IO.Path and System.Convert documentation.
func TestCallStatic(t *testing.T) {
	cases := []struct {
		t, name string
		args    []any
		want    any
	}{
		{"math", "Round", []any{2.5}, 2.0},
		{"math", "Round", []any{3.5}, 4.0},
		{"math", "Round", []any{2.5, "AwayFromZero"}, 3.0},
		{"math", "Round", []any{1.2345, int32(2)}, 1.23},
		{"math", "Round", []any{2.135, int32(2)}, 2.13},
		{"math", "Floor", []any{-1.5}, -2.0},
		{"math", "Ceiling", []any{1.1}, 2.0},
		{"math", "Abs", []any{int32(-5)}, int32(5)},
		{"math", "Max", []any{int32(3), int32(7)}, int32(7)},
		{"math", "Min", []any{int32(3), 1.5}, 1.5},
		{"math", "Pow", []any{int32(2), int32(10)}, 1024.0},
		{"math", "Sqrt", []any{int32(16)}, 4.0},
		{"math", "Truncate", []any{-2.7}, -2.0},
		{"math", "Sign", []any{int32(-3)}, int32(-1)},
		{"math", "Log10", []any{int32(1000)}, 3.0},
		{"string", "Join", []any{",", []any{"a", "b", "c"}}, "a,b,c"},
		{"string", "Join", []any{"-", "a", "b"}, "a-b"},
		{"string", "IsNullOrEmpty", []any{""}, true},
		{"string", "IsNullOrEmpty", []any{nil}, true},
		{"string", "IsNullOrEmpty", []any{" "}, false},
		{"string", "IsNullOrWhiteSpace", []any{" \t"}, true},
		{"string", "Concat", []any{"a", int32(1), "b"}, "a1b"},
		{"string", "Compare", []any{"a", "B"}, int32(-1)},
		{"string", "Compare", []any{"a", "A", true}, int32(0)},
		{"int", "Parse", []any{"42"}, int32(42)},
		{"int", "Parse", []any{" -7 "}, int32(-7)},
		{"bool", "Parse", []any{"false"}, false},
		{"bool", "Parse", []any{" TRUE "}, true},
		{"char", "IsDigit", []any{object.Char('5')}, true},
		{"char", "IsLetter", []any{object.Char('5')}, false},
		{"char", "IsUpper", []any{"aB", int32(1)}, true},
		{"char", "ToUpper", []any{object.Char('a')}, object.Char('A')},
		{"datetime", "DaysInMonth", []any{int32(2020), int32(2)}, int32(29)},
		{"datetime", "IsLeapYear", []any{int32(1900)}, false},
		// ParseExact of a string without a zone gives Kind Unspecified (DateTime.ParseExact docs).
		{"datetime", "ParseExact", []any{"2015-07-01", "yyyy-MM-dd", nil}, dotnet.Unspecified(time.Date(2015, 7, 1, 0, 0, 0, 0, time.Local))},
		{"datetime", "ParseExact", []any{"01/07/2015 14:30", "dd/MM/yyyy HH:mm", nil}, dotnet.Unspecified(time.Date(2015, 7, 1, 14, 30, 0, 0, time.Local))},
		{"datetime", "ParseExact", []any{"Jul 1 2015 2:05 PM", "MMM d yyyy h:mm tt", nil}, dotnet.Unspecified(time.Date(2015, 7, 1, 14, 5, 0, 0, time.Local))},
		{"timespan", "FromDays", []any{1.5}, object.TimeSpan(36 * object.TicksPerHour)},
		{"timespan", "FromMinutes", []any{int32(90)}, object.TimeSpan(90 * object.TicksPerMinute)},
		{"System.IO.Path", "GetFileName", []any{`C:\Certificates\ServerToServerAuth.pfx`}, "ServerToServerAuth.pfx"},
		{"System.IO.Path", "GetExtension", []any{`C:\Certificates\a.pfx`}, ".pfx"},
		{"System.IO.Path", "GetFileNameWithoutExtension", []any{"/tmp/x.tar.gz"}, "x.tar"},
		{"System.IO.Path", "GetDirectoryName", []any{`C:\Certificates\a.pfx`}, `C:\Certificates`},
		{"System.IO.Path", "GetDirectoryName", []any{`/tmp/a.pfx`}, `/tmp`},
		{"System.IO.Path", "Combine", []any{`C:\Certs`, "a.pfx"}, `C:\Certs\a.pfx`},
		{"System.IO.Path", "Combine", []any{"/tmp", "a", "b.txt"}, "/tmp/a/b.txt"},
		{"System.IO.Path", "Combine", []any{`C:\a`, `D:\b`}, `D:\b`},
		{"regex", "Escape", []any{"a.b*c (d)"}, `a\.b\*c\ \(d\)`},
		{"regex", "IsMatch", []any{"abc", "B"}, false},
		{"regex", "IsMatch", []any{"abc", "B", "IgnoreCase"}, true},
		{"regex", "Replace", []any{"a1b22", `\d+`, "#"}, "a#b#"},
		{"regex", "Split", []any{"a1b22c", `\d+`}, []any{"a", "b", "c"}},
		{"convert", "ToBase64String", []any{[]any{uint8(104), uint8(105)}}, "aGk="},
		{"convert", "FromBase64String", []any{"aGk="}, []any{uint8(104), uint8(105)}},
		{"convert", "ToInt32", []any{"ff", int32(16)}, int32(255)},
		{"convert", "ToInt32", []any{"1010", int32(2)}, int32(10)},
		{"convert", "ToString", []any{int32(255), int32(16)}, "ff"},
		{"convert", "ToString", []any{int32(-1), int32(16)}, "ffffffff"},
		{"convert", "ToInt32", []any{2.5}, int32(2)},
	}
	for _, c := range cases {
		got, err := CallStatic(typ(c.t), c.name, c.args)
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("[%s]::%s(%v) = %#v, %v; want %#v", c.t, c.name, c.args, got, err, c.want)
		}
	}
}

func TestStaticErrors(t *testing.T) {
	cases := []struct {
		t, name string
		args    []any
		msg, id string
	}{
		{"bool", "Parse", []any{"Not True"}, `Exception calling "Parse" with "1" argument(s): "String 'Not True' was not recognized as a valid Boolean."`, "FormatException"},
		{"int", "Parse", []any{"abc"}, `Exception calling "Parse" with "1" argument(s): "Input string was not in a correct format."`, "FormatException"},
		{"int", "Parse", []any{"99999999999"}, `Exception calling "Parse" with "1" argument(s): "Value was either too large or too small for an Int32."`, "OverflowException"},
		{"datetime", "ParseExact", []any{"2015-13-01", "yyyy-MM-dd", nil}, `Exception calling "ParseExact" with "3" argument(s): "String was not recognized as a valid DateTime."`, "FormatException"},
		{"math", "NoSuch", nil, "Method invocation failed because [System.Math] does not contain a method named 'NoSuch'.", "MethodNotFound"},
	}
	for _, c := range cases {
		_, err := CallStatic(typ(c.t), c.name, c.args)
		rec, ok := err.(*object.ErrorRecord)
		if !ok || rec.Error() != c.msg || rec.FullyQualifiedErrorID != c.id {
			t.Errorf("[%s]::%s error = %v, want %q (%s)", c.t, c.name, err, c.msg, c.id)
		}
	}
}

func TestEncoding(t *testing.T) {
	utf8, _ := GetStatic(typ("System.Text.Encoding"), "UTF8")
	b, err := Call(utf8, "GetBytes", []any{"hé"})
	if err != nil || !reflect.DeepEqual(b, []any{uint8('h'), uint8(0xC3), uint8(0xA9)}) {
		t.Fatalf("GetBytes = %v, %v", b, err)
	}
	s, err := Call(utf8, "GetString", []any{b})
	if err != nil || s != "hé" {
		t.Fatalf("GetString = %v, %v", s, err)
	}
}

func TestBigIntegerStatics(t *testing.T) {
	r, err := CallStatic(typ("bigint"), "Pow", []any{int32(2), int32(64)})
	if err != nil || dotnet.ToString(r) != "18446744073709551616" {
		t.Errorf("[bigint]::Pow(2, 64) = %v, %v", r, err)
	}
}

func TestArrayAndLinqStatics(t *testing.T) {
	a := []any{int32(3), int32(1), int32(2)}
	if _, err := CallStatic(typ("array"), "Sort", []any{a}); err != nil || !reflect.DeepEqual(a, []any{int32(1), int32(2), int32(3)}) {
		t.Errorf("[array]::Sort gave %v, %v", a, err)
	}
	if _, err := CallStatic(typ("array"), "Reverse", []any{a}); err != nil || !reflect.DeepEqual(a, []any{int32(3), int32(2), int32(1)}) {
		t.Errorf("[array]::Reverse gave %v, %v", a, err)
	}
	if i, _ := CallStatic(typ("array"), "IndexOf", []any{a, int32(2)}); i != int32(1) {
		t.Errorf("[array]::IndexOf = %v", i)
	}
	s := []any{"b", "A", "a"}
	_, _ = CallStatic(typ("array"), "Sort", []any{s})
	if !reflect.DeepEqual(s, []any{"a", "A", "b"}) {
		t.Errorf("string sort = %v", s)
	}
	if r, _ := CallStatic(typ("System.Linq.Enumerable"), "Sum", []any{[]any{int32(1), int32(2), int32(3)}}); r != int32(6) {
		t.Errorf("Sum = %v", r)
	}
	if r, _ := CallStatic(typ("System.Linq.Enumerable"), "Range", []any{int32(1), int32(3)}); !reflect.DeepEqual(r, []any{int32(1), int32(2), int32(3)}) {
		t.Errorf("Range = %v", r)
	}
}

func TestStopwatchAndConsole(t *testing.T) {
	sw, err := CallStatic(typ("System.Diagnostics.Stopwatch"), "StartNew", nil)
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := Get(sw, "IsRunning"); r != true {
		t.Errorf("IsRunning = %v", r)
	}
	_, _ = Call(sw, "Stop", nil)
	if r, _ := Get(sw, "IsRunning"); r != false {
		t.Errorf("IsRunning after Stop = %v", r)
	}
	if _, ok := mustGet(t, sw, "Elapsed").(object.TimeSpan); !ok {
		t.Error("Elapsed is not a TimeSpan")
	}
	var buf strings.Builder
	old := ConsoleOut
	ConsoleOut = &buf
	defer func() { ConsoleOut = old }()
	_, _ = CallStatic(typ("System.Console"), "WriteLine", []any{"{0}-{1}", "a", int32(1)})
	if buf.String() != "a-1\n" {
		t.Errorf("[Console]::WriteLine wrote %q", buf.String())
	}
}

func mustGet(t *testing.T, v any, name string) any {
	t.Helper()
	r, err := Get(v, name)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestHashesAndBitConverter(t *testing.T) {
	sha, err := CallStatic(typ("System.Security.Cryptography.SHA1"), "Create", nil)
	if err != nil {
		t.Fatal(err)
	}
	utf8, _ := GetStatic(typ("System.Text.Encoding"), "UTF8")
	b, _ := Call(utf8, "GetBytes", []any{"abc"})
	sum, err := Call(sha, "ComputeHash", []any{b})
	if err != nil {
		t.Fatal(err)
	}
	s, err := CallStatic(typ("System.BitConverter"), "ToString", []any{sum})
	// SHA-1("abc") from FIPS 180-2.
	if err != nil || s != "A9-99-3E-36-47-06-81-6A-BA-3E-25-71-78-50-C2-6C-9C-D0-D8-9D" {
		t.Errorf("BitConverter.ToString(SHA1('abc')) = %v, %v", s, err)
	}
	if e, _ := CallStatic(typ("uri"), "EscapeDataString", []any{"a b&c"}); e != "a%20b%26c" {
		t.Errorf("EscapeDataString = %v", e)
	}
}
