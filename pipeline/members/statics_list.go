package members

import (
	"strings"

	"cspsh/internal/lazy"
	"cspsh/pipeline/object"
)

// StaticMember is one row of Get-Member -Static: a static method or
// property that GetStatic/CallStatic serve for a type, with the
// definition .NET declares for it.
type StaticMember struct {
	Name       string
	Kind       object.MemberKind // object.Method or object.Property
	Definition string
}

// staticDefs lists, per type, the statics this package implements,
// with their .NET Framework 4.x signatures (Math.Tau, Cbrt and Log2,
// which cspsh serves too, are .NET Core additions that Windows
// PowerShell 5.1 does not list). The statics themselves are
// switches in statics_*.go; statics_list_test.go checks every name
// here against GetStatic/CallStatic so the listing cannot drift.
//
// It is built on first use (Get-Member -Static), not at start-up.
func staticDefs() map[string][]StaticMember { return staticDefsTable.Get() }

// staticDefsTable is built on the first call of staticDefs, not at start-up.
var staticDefsTable = lazy.Value[map[string][]StaticMember]{Build: func() map[string][]StaticMember {
	return map[string][]StaticMember{
		"system.math": {
			{"E", object.Property, "static double E {get;}"},
			{"PI", object.Property, "static double PI {get;}"},
			{"Abs", object.Method, "static sbyte Abs(sbyte value), static int16 Abs(int16 value), static int Abs(int value), static long Abs(long value), static float Abs(float value), static double Abs(double value), static decimal Abs(decimal value)"},
			{"Acos", object.Method, "static double Acos(double d)"},
			{"Asin", object.Method, "static double Asin(double d)"},
			{"Atan", object.Method, "static double Atan(double d)"},
			{"Atan2", object.Method, "static double Atan2(double y, double x)"},
			{"BigMul", object.Method, "static long BigMul(int a, int b)"},
			{"Ceiling", object.Method, "static decimal Ceiling(decimal d), static double Ceiling(double a)"},
			{"Cos", object.Method, "static double Cos(double d)"},
			{"Cosh", object.Method, "static double Cosh(double value)"},
			{"DivRem", object.Method, "static int DivRem(int a, int b, [ref] int result), static long DivRem(long a, long b, [ref] long result)"},
			{"Exp", object.Method, "static double Exp(double d)"},
			{"Floor", object.Method, "static decimal Floor(decimal d), static double Floor(double d)"},
			{"IEEERemainder", object.Method, "static double IEEERemainder(double x, double y)"},
			{"Log", object.Method, "static double Log(double d), static double Log(double a, double newBase)"},
			{"Log10", object.Method, "static double Log10(double d)"},
			{"Max", object.Method, minMaxDef("Max")},
			{"Min", object.Method, minMaxDef("Min")},
			{"Pow", object.Method, "static double Pow(double x, double y)"},
			{"Round", object.Method, "static double Round(double a), static double Round(double value, int digits), static double Round(double value, System.MidpointRounding mode), static double Round(double value, int digits, System.MidpointRounding mode), static decimal Round(decimal d), static decimal Round(decimal d, int decimals), static decimal Round(decimal d, System.MidpointRounding mode), static decimal Round(decimal d, int decimals, System.MidpointRounding mode)"},
			{"Sign", object.Method, "static int Sign(sbyte value), static int Sign(int16 value), static int Sign(int value), static int Sign(long value), static int Sign(float value), static int Sign(double value), static int Sign(decimal value)"},
			{"Sin", object.Method, "static double Sin(double a)"},
			{"Sinh", object.Method, "static double Sinh(double value)"},
			{"Sqrt", object.Method, "static double Sqrt(double d)"},
			{"Tan", object.Method, "static double Tan(double a)"},
			{"Tanh", object.Method, "static double Tanh(double value)"},
			{"Truncate", object.Method, "static decimal Truncate(decimal d), static double Truncate(double d)"},
		},
		"system.string": {
			{"Empty", object.Property, "static string Empty {get;}"},
			{"Compare", object.Method, "static int Compare(string strA, string strB), static int Compare(string strA, string strB, bool ignoreCase), static int Compare(string strA, string strB, System.StringComparison comparisonType)"},
			{"Concat", object.Method, "static string Concat(System.Object arg0), static string Concat(System.Object arg0, System.Object arg1), static string Concat(Params System.Object[] args), static string Concat(string str0, string str1), static string Concat(Params string[] values)"},
			{"Copy", object.Method, "static string Copy(string str)"},
			{"Format", object.Method, "static string Format(string format, System.Object arg0), static string Format(string format, System.Object arg0, System.Object arg1), static string Format(string format, Params System.Object[] args)"},
			{"IsNullOrEmpty", object.Method, "static bool IsNullOrEmpty(string value)"},
			{"IsNullOrWhiteSpace", object.Method, "static bool IsNullOrWhiteSpace(string value)"},
			{"Join", object.Method, "static string Join(string separator, Params string[] value), static string Join(string separator, Params System.Object[] values)"},
		},
		"system.datetime": {
			{"MaxValue", object.Property, "static datetime MaxValue {get;}"},
			{"MinValue", object.Property, "static datetime MinValue {get;}"},
			{"Now", object.Property, "datetime Now {get;}"},
			{"Today", object.Property, "datetime Today {get;}"},
			{"UtcNow", object.Property, "datetime UtcNow {get;}"},
			{"Compare", object.Method, "static int Compare(datetime t1, datetime t2)"},
			{"DaysInMonth", object.Method, "static int DaysInMonth(int year, int month)"},
			{"FromBinary", object.Method, "static datetime FromBinary(long dateData)"},
			{"FromFileTime", object.Method, "static datetime FromFileTime(long fileTime)"},
			{"FromFileTimeUtc", object.Method, "static datetime FromFileTimeUtc(long fileTime)"},
			{"FromOADate", object.Method, "static datetime FromOADate(double d)"},
			{"IsLeapYear", object.Method, "static bool IsLeapYear(int year)"},
			{"Parse", object.Method, "static datetime Parse(string s), static datetime Parse(string s, System.IFormatProvider provider), static datetime Parse(string s, System.IFormatProvider provider, System.Globalization.DateTimeStyles styles)"},
			{"ParseExact", object.Method, "static datetime ParseExact(string s, string format, System.IFormatProvider provider), static datetime ParseExact(string s, string format, System.IFormatProvider provider, System.Globalization.DateTimeStyles style), static datetime ParseExact(string s, string[] formats, System.IFormatProvider provider, System.Globalization.DateTimeStyles style)"},
			{"SpecifyKind", object.Method, "static datetime SpecifyKind(datetime value, System.DateTimeKind kind)"},
			{"TryParse", object.Method, "static bool TryParse(string s, [ref] datetime result), static bool TryParse(string s, System.IFormatProvider provider, System.Globalization.DateTimeStyles styles, [ref] datetime result)"},
			{"TryParseExact", object.Method, "static bool TryParseExact(string s, string format, System.IFormatProvider provider, System.Globalization.DateTimeStyles style, [ref] datetime result), static bool TryParseExact(string s, string[] formats, System.IFormatProvider provider, System.Globalization.DateTimeStyles style, [ref] datetime result)"},
		},
		"system.guid": {
			{"Empty", object.Property, "static guid Empty {get;}"},
			{"NewGuid", object.Method, "static guid NewGuid()"},
			{"Parse", object.Method, "static guid Parse(string input)"},
			{"TryParse", object.Method, "static bool TryParse(string input, [ref] guid result)"},
		},
	}
}}

// minMaxDef is Math.Max/Min's overload list: one per numeric type.
func minMaxDef(name string) string {
	var b strings.Builder
	for i, t := range []string{"sbyte", "byte", "int16", "uint16", "int", "uint32", "long", "uint64", "float", "double", "decimal"} {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("static " + t + " " + name + "(" + t + " val1, " + t + " val2)")
	}
	return b.String()
}

// commonStatics are the System.Object statics CallStatic serves for
// every type.
var commonStatics = []StaticMember{
	{"Equals", object.Method, "static bool Equals(System.Object objA, System.Object objB)"},
	{"ReferenceEquals", object.Method, "static bool ReferenceEquals(System.Object objA, System.Object objB)"},
}

// StaticMembers lists the static members of t that this package
// implements, unsorted; ok is false for a type whose statics are not
// catalogued, so that Get-Member can say nothing rather than guess.
func StaticMembers(t *object.TypeValue) (list []StaticMember, ok bool) {
	defs, ok := staticDefs()[strings.ToLower(t.FullName)]
	if !ok {
		if defs, ok = catalogued(t); !ok {
			return nil, false
		}
	}
	return withCommon(defs), true
}
