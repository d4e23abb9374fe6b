package members

import (
	"strings"

	"cspsh/internal/lazy"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// moreStaticDefs extends staticDefs to the other types whose statics
// this package serves (statics.go), so that Get-Member -Static lists
// them for [int], [timespan], [System.IO.Path], [convert], [regex], …
// As in staticDefs, only the members GetStatic/CallStatic implement are
// listed, each with the definition Windows PowerShell 5.1 shows for it
// on the .NET Framework 4.x (overloads joined by ", ");
// statics_catalog_test.go checks every name against the implementation.
//
// It is built on first use (Get-Member -Static), not at start-up.
func moreStaticDefs() map[string][]StaticMember { return moreStaticDefsTable.Get() }

// moreStaticDefsTable is built on the first call of moreStaticDefs, not at start-up.
var moreStaticDefsTable = lazy.Value[map[string][]StaticMember]{Build: func() map[string][]StaticMember {
	return map[string][]StaticMember{
		"system.timespan": {
			{"MaxValue", object.Property, "static timespan MaxValue {get;}"},
			{"MinValue", object.Property, "static timespan MinValue {get;}"},
			{"TicksPerDay", object.Property, "static long TicksPerDay {get;}"},
			{"TicksPerHour", object.Property, "static long TicksPerHour {get;}"},
			{"TicksPerMillisecond", object.Property, "static long TicksPerMillisecond {get;}"},
			{"TicksPerMinute", object.Property, "static long TicksPerMinute {get;}"},
			{"TicksPerSecond", object.Property, "static long TicksPerSecond {get;}"},
			{"Zero", object.Property, "static timespan Zero {get;}"},
			{"Compare", object.Method, "static int Compare(timespan t1, timespan t2)"},
			{"FromDays", object.Method, "static timespan FromDays(double value)"},
			{"FromHours", object.Method, "static timespan FromHours(double value)"},
			{"FromMilliseconds", object.Method, "static timespan FromMilliseconds(double value)"},
			{"FromMinutes", object.Method, "static timespan FromMinutes(double value)"},
			{"FromSeconds", object.Method, "static timespan FromSeconds(double value)"},
			{"FromTicks", object.Method, "static timespan FromTicks(long value)"},
			{"Parse", object.Method, "static timespan Parse(string s), static timespan Parse(string input, System.IFormatProvider formatProvider)"},
			{"TryParse", object.Method, "static bool TryParse(string s, [ref] timespan result), static bool TryParse(string input, System.IFormatProvider formatProvider, [ref] timespan result)"},
		},
		"system.boolean": {
			{"FalseString", object.Property, "static string FalseString {get;}"},
			{"TrueString", object.Property, "static string TrueString {get;}"},
			{"Parse", object.Method, "static bool Parse(string value)"},
			{"TryParse", object.Method, "static bool TryParse(string value, [ref] bool result)"},
		},
		"system.char": append([]StaticMember{
			{"MaxValue", object.Property, "static char MaxValue {get;}"},
			{"MinValue", object.Property, "static char MinValue {get;}"},
			{"GetNumericValue", object.Method, "static double GetNumericValue(char c), static double GetNumericValue(string s, int index)"},
			{"Parse", object.Method, "static char Parse(string s)"},
			{"ToLower", object.Method, "static char ToLower(char c, cultureinfo culture), static char ToLower(char c)"},
			{"ToLowerInvariant", object.Method, "static char ToLowerInvariant(char c)"},
			{"ToString", object.Method, "static string ToString(char c)"},
			{"ToUpper", object.Method, "static char ToUpper(char c, cultureinfo culture), static char ToUpper(char c)"},
			{"ToUpperInvariant", object.Method, "static char ToUpperInvariant(char c)"},
		}, charPredicates("IsControl", "IsDigit", "IsLetter", "IsLetterOrDigit", "IsLower", "IsNumber", "IsPunctuation",
			"IsSeparator", "IsSurrogate", "IsSymbol", "IsUpper", "IsWhiteSpace")...),
		"system.io.path": {
			{"AltDirectorySeparatorChar", object.Property, "static char AltDirectorySeparatorChar {get;}"},
			{"DirectorySeparatorChar", object.Property, "static char DirectorySeparatorChar {get;}"},
			{"PathSeparator", object.Property, "static char PathSeparator {get;}"},
			{"VolumeSeparatorChar", object.Property, "static char VolumeSeparatorChar {get;}"},
			{"ChangeExtension", object.Method, "static string ChangeExtension(string path, string extension)"},
			{"Combine", object.Method, "static string Combine(string path1, string path2), static string Combine(string path1, string path2, string path3), static string Combine(string path1, string path2, string path3, string path4), static string Combine(Params string[] paths)"},
			{"GetDirectoryName", object.Method, "static string GetDirectoryName(string path)"},
			{"GetExtension", object.Method, "static string GetExtension(string path)"},
			{"GetFileName", object.Method, "static string GetFileName(string path)"},
			{"GetFileNameWithoutExtension", object.Method, "static string GetFileNameWithoutExtension(string path)"},
			{"GetFullPath", object.Method, "static string GetFullPath(string path)"},
			{"GetInvalidFileNameChars", object.Method, "static char[] GetInvalidFileNameChars()"},
			{"GetInvalidPathChars", object.Method, "static char[] GetInvalidPathChars()"},
			{"GetPathRoot", object.Method, "static string GetPathRoot(string path)"},
			{"GetRandomFileName", object.Method, "static string GetRandomFileName()"},
			{"GetTempFileName", object.Method, "static string GetTempFileName()"},
			{"GetTempPath", object.Method, "static string GetTempPath()"},
			{"HasExtension", object.Method, "static bool HasExtension(string path)"},
			{"IsPathRooted", object.Method, "static bool IsPathRooted(string path)"},
		},
		"system.io.file": {
			{"AppendAllLines", object.Method, "static void AppendAllLines(string path, System.Collections.Generic.IEnumerable[string] contents), static void AppendAllLines(string path, System.Collections.Generic.IEnumerable[string] contents, System.Text.Encoding encoding)"},
			{"AppendAllText", object.Method, "static void AppendAllText(string path, string contents), static void AppendAllText(string path, string contents, System.Text.Encoding encoding)"},
			{"Copy", object.Method, "static void Copy(string sourceFileName, string destFileName), static void Copy(string sourceFileName, string destFileName, bool overwrite)"},
			{"Delete", object.Method, "static void Delete(string path)"},
			{"Exists", object.Method, "static bool Exists(string path)"},
			{"Move", object.Method, "static void Move(string sourceFileName, string destFileName)"},
			{"ReadAllBytes", object.Method, "static byte[] ReadAllBytes(string path)"},
			{"ReadAllLines", object.Method, "static string[] ReadAllLines(string path), static string[] ReadAllLines(string path, System.Text.Encoding encoding)"},
			{"ReadAllText", object.Method, "static string ReadAllText(string path), static string ReadAllText(string path, System.Text.Encoding encoding)"},
			{"WriteAllBytes", object.Method, "static void WriteAllBytes(string path, byte[] bytes)"},
			{"WriteAllLines", object.Method, "static void WriteAllLines(string path, string[] contents), static void WriteAllLines(string path, string[] contents, System.Text.Encoding encoding), static void WriteAllLines(string path, System.Collections.Generic.IEnumerable[string] contents), static void WriteAllLines(string path, System.Collections.Generic.IEnumerable[string] contents, System.Text.Encoding encoding)"},
			{"WriteAllText", object.Method, "static void WriteAllText(string path, string contents), static void WriteAllText(string path, string contents, System.Text.Encoding encoding)"},
		},
		"system.io.directory": {
			{"CreateDirectory", object.Method, "static System.IO.DirectoryInfo CreateDirectory(string path), static System.IO.DirectoryInfo CreateDirectory(string path, System.Security.AccessControl.DirectorySecurity directorySecurity)"},
			{"Delete", object.Method, "static void Delete(string path), static void Delete(string path, bool recursive)"},
			{"Exists", object.Method, "static bool Exists(string path)"},
			{"GetDirectories", object.Method, searchDef("GetDirectories")},
			{"GetFiles", object.Method, searchDef("GetFiles")},
			{"GetFileSystemEntries", object.Method, searchDef("GetFileSystemEntries")},
		},
		"system.environment": {
			{"CurrentDirectory", object.Property, "string CurrentDirectory {get;set;}"},
			{"Is64BitOperatingSystem", object.Property, "bool Is64BitOperatingSystem {get;}"},
			{"Is64BitProcess", object.Property, "bool Is64BitProcess {get;}"},
			{"MachineName", object.Property, "string MachineName {get;}"},
			{"NewLine", object.Property, "string NewLine {get;}"},
			{"ProcessorCount", object.Property, "int ProcessorCount {get;}"},
			{"TickCount", object.Property, "int TickCount {get;}"},
			{"UserDomainName", object.Property, "string UserDomainName {get;}"},
			{"UserName", object.Property, "string UserName {get;}"},
			{"ExpandEnvironmentVariables", object.Method, "static string ExpandEnvironmentVariables(string name)"},
			{"GetEnvironmentVariable", object.Method, "static string GetEnvironmentVariable(string variable), static string GetEnvironmentVariable(string variable, System.EnvironmentVariableTarget target)"},
			{"GetEnvironmentVariables", object.Method, "static System.Collections.IDictionary GetEnvironmentVariables(), static System.Collections.IDictionary GetEnvironmentVariables(System.EnvironmentVariableTarget target)"},
			{"SetEnvironmentVariable", object.Method, "static void SetEnvironmentVariable(string variable, string value), static void SetEnvironmentVariable(string variable, string value, System.EnvironmentVariableTarget target)"},
		},
		"system.text.regularexpressions.regex": {
			{"Escape", object.Method, "static string Escape(string str)"},
			{"IsMatch", object.Method, regexDef("bool", "IsMatch", "")},
			{"Match", object.Method, regexDef("System.Text.RegularExpressions.Match", "Match", "")},
			{"Matches", object.Method, regexDef("System.Text.RegularExpressions.MatchCollection", "Matches", "")},
			{"Replace", object.Method, regexDef("string", "Replace", "string replacement") + ", " + regexDef("string", "Replace", "System.Text.RegularExpressions.MatchEvaluator evaluator")},
			{"Split", object.Method, regexDef("string[]", "Split", "")},
			{"Unescape", object.Method, "static string Unescape(string str)"},
		},
		"system.intptr": {
			{"Zero", object.Property, "static System.IntPtr Zero {get;}"},
			{"Size", object.Property, "int Size {get;}"},
		},
		"system.dbnull": {
			{"Value", object.Property, "static System.DBNull Value {get;}"},
		},
		"system.convert": append([]StaticMember{
			{"DBNull", object.Property, "static System.Object DBNull {get;}"},
			{"FromBase64String", object.Method, "static byte[] FromBase64String(string s)"},
			{"IsDBNull", object.Method, "static bool IsDBNull(System.Object value)"},
			{"ToBase64String", object.Method, "static string ToBase64String(byte[] inArray), static string ToBase64String(byte[] inArray, System.Base64FormattingOptions options), static string ToBase64String(byte[] inArray, int offset, int length), static string ToBase64String(byte[] inArray, int offset, int length, System.Base64FormattingOptions options)"},
			{"ToString", object.Method, convertToStringDef()},
		}, convertToDefs()...),
		"system.text.encoding": {
			{"ASCII", object.Property, "System.Text.Encoding ASCII {get;}"},
			{"BigEndianUnicode", object.Property, "System.Text.Encoding BigEndianUnicode {get;}"},
			{"Default", object.Property, "System.Text.Encoding Default {get;}"},
			{"Unicode", object.Property, "System.Text.Encoding Unicode {get;}"},
			{"UTF32", object.Property, "System.Text.Encoding UTF32 {get;}"},
			{"UTF8", object.Property, "System.Text.Encoding UTF8 {get;}"},
		},
		"system.version": {
			{"Parse", object.Method, "static version Parse(string input)"},
			{"TryParse", object.Method, "static bool TryParse(string input, [ref] version result)"},
		},
		"system.array": {
			{"Clear", object.Method, "static void Clear(array array, int index, int length)"},
			{"Copy", object.Method, "static void Copy(array sourceArray, array destinationArray, int length), static void Copy(array sourceArray, int sourceIndex, array destinationArray, int destinationIndex, int length), static void Copy(array sourceArray, array destinationArray, long length), static void Copy(array sourceArray, long sourceIndex, array destinationArray, long destinationIndex, long length)"},
			{"Empty", object.Method, "static T[] Empty[T]()"},
			{"Exists", object.Method, "static bool Exists[T](T[] array, System.Predicate[T] match)"},
			{"IndexOf", object.Method, indexOfDef("IndexOf")},
			{"LastIndexOf", object.Method, indexOfDef("LastIndexOf")},
			{"Reverse", object.Method, "static void Reverse(array array), static void Reverse(array array, int index, int length)"},
			{"Sort", object.Method, "static void Sort(array array), static void Sort(array keys, array items), static void Sort(array array, int index, int length), static void Sort(array keys, array items, int index, int length), static void Sort(array array, System.Collections.IComparer comparer), static void Sort(array keys, array items, System.Collections.IComparer comparer), static void Sort(array array, int index, int length, System.Collections.IComparer comparer), static void Sort(array keys, array items, int index, int length, System.Collections.IComparer comparer), static void Sort[T](T[] array), static void Sort[T](T[] array, int index, int length), static void Sort[T](T[] array, System.Collections.Generic.IComparer[T] comparer), static void Sort[T](T[] array, int index, int length, System.Collections.Generic.IComparer[T] comparer), static void Sort[T](T[] array, System.Comparison[T] comparison), static void Sort[TKey, TValue](TKey[] keys, TValue[] items), static void Sort[TKey, TValue](TKey[] keys, TValue[] items, int index, int length), static void Sort[TKey, TValue](TKey[] keys, TValue[] items, System.Collections.Generic.IComparer[TKey] comparer), static void Sort[TKey, TValue](TKey[] keys, TValue[] items, int index, int length, System.Collections.Generic.IComparer[TKey] comparer)"},
		},
		"system.diagnostics.stopwatch": {
			{"Frequency", object.Property, "static long Frequency {get;}"},
			{"IsHighResolution", object.Property, "static bool IsHighResolution {get;}"},
			{"GetTimestamp", object.Method, "static long GetTimestamp()"},
			{"StartNew", object.Method, "static System.Diagnostics.Stopwatch StartNew()"},
		},
		"system.threading.thread": {
			{"Sleep", object.Method, "static void Sleep(int millisecondsTimeout), static void Sleep(timespan timeout)"},
		},
		"system.net.dns": {
			{"GetHostAddresses", object.Method, "static ipaddress[] GetHostAddresses(string hostNameOrAddress)"},
			{"GetHostEntry", object.Method, "static System.Net.IPHostEntry GetHostEntry(string hostNameOrAddress), static System.Net.IPHostEntry GetHostEntry(ipaddress address)"},
			{"GetHostName", object.Method, "static string GetHostName()"},
		},
		"system.console": {
			{"Write", object.Method, consoleWriteDef("Write")},
			{"WriteLine", object.Method, "static void WriteLine(), " + consoleWriteDef("WriteLine")},
		},
		"system.bitconverter": {
			{"ToString", object.Method, "static string ToString(byte[] value, int startIndex, int length), static string ToString(byte[] value), static string ToString(byte[] value, int startIndex)"},
		},
		"system.globalization.cultureinfo": {
			{"CurrentCulture", object.Property, "cultureinfo CurrentCulture {get;set;}"},
			{"CurrentUICulture", object.Property, "cultureinfo CurrentUICulture {get;set;}"},
			{"InstalledUICulture", object.Property, "cultureinfo InstalledUICulture {get;}"},
			{"InvariantCulture", object.Property, "cultureinfo InvariantCulture {get;}"},
			{"CreateSpecificCulture", object.Method, "static cultureinfo CreateSpecificCulture(string name)"},
			{"GetCultureInfo", object.Method, "static cultureinfo GetCultureInfo(int culture), static cultureinfo GetCultureInfo(string name), static cultureinfo GetCultureInfo(string name, string altName)"},
		},
		"system.uri": {
			{"EscapeDataString", object.Method, "static string EscapeDataString(string stringToEscape)"},
			{"UnescapeDataString", object.Method, "static string UnescapeDataString(string stringToUnescape)"},
		},
		"system.stringcomparer": {
			{"CurrentCulture", object.Property, "System.StringComparer CurrentCulture {get;}"},
			{"CurrentCultureIgnoreCase", object.Property, "System.StringComparer CurrentCultureIgnoreCase {get;}"},
			{"InvariantCulture", object.Property, "System.StringComparer InvariantCulture {get;}"},
			{"InvariantCultureIgnoreCase", object.Property, "System.StringComparer InvariantCultureIgnoreCase {get;}"},
			{"Ordinal", object.Property, "System.StringComparer Ordinal {get;}"},
			{"OrdinalIgnoreCase", object.Property, "System.StringComparer OrdinalIgnoreCase {get;}"},
		},
		"system.enum": {
			{"GetName", object.Method, "static string GetName(type enumType, System.Object value)"},
			{"GetNames", object.Method, "static string[] GetNames(type enumType)"},
			{"GetValues", object.Method, "static array GetValues(type enumType)"},
			{"IsDefined", object.Method, "static bool IsDefined(type enumType, System.Object value)"},
			{"Parse", object.Method, "static System.Object Parse(type enumType, string value), static System.Object Parse(type enumType, string value, bool ignoreCase)"},
			{"ToObject", object.Method, "static System.Object ToObject(type enumType, System.Object value), static System.Object ToObject(type enumType, sbyte value), static System.Object ToObject(type enumType, int16 value), static System.Object ToObject(type enumType, int value), static System.Object ToObject(type enumType, byte value), static System.Object ToObject(type enumType, uint16 value), static System.Object ToObject(type enumType, uint32 value), static System.Object ToObject(type enumType, long value), static System.Object ToObject(type enumType, uint64 value)"},
		},
		"system.numerics.biginteger": {
			{"Add", object.Method, "static bigint Add(bigint left, bigint right)"},
			{"Compare", object.Method, "static int Compare(bigint left, bigint right)"},
			{"Divide", object.Method, "static bigint Divide(bigint dividend, bigint divisor)"},
			{"GreatestCommonDivisor", object.Method, "static bigint GreatestCommonDivisor(bigint left, bigint right)"},
			{"Max", object.Method, "static bigint Max(bigint left, bigint right)"},
			{"Min", object.Method, "static bigint Min(bigint left, bigint right)"},
			{"Multiply", object.Method, "static bigint Multiply(bigint left, bigint right)"},
			{"Parse", object.Method, "static bigint Parse(string value), static bigint Parse(string value, System.Globalization.NumberStyles style), static bigint Parse(string value, System.IFormatProvider provider), static bigint Parse(string value, System.Globalization.NumberStyles style, System.IFormatProvider provider)"},
			{"Pow", object.Method, "static bigint Pow(bigint value, int exponent)"},
			{"Remainder", object.Method, "static bigint Remainder(bigint dividend, bigint divisor)"},
			{"Subtract", object.Method, "static bigint Subtract(bigint left, bigint right)"},
			{"TryParse", object.Method, "static bool TryParse(string value, [ref] bigint result), static bool TryParse(string value, System.Globalization.NumberStyles style, System.IFormatProvider provider, [ref] bigint result)"},
		},
	}
}}

// numberStaticType names a numeric type with MaxValue, MinValue, Parse
// and TryParse (given by lower-case full name) as Get-Member does, and
// is false for any other type.
func numberStaticType(lfull string) (string, bool) {
	switch lfull {
	case "system.byte":
		return "byte", true
	case "system.sbyte":
		return "sbyte", true
	case "system.int16":
		return "int16", true
	case "system.uint16":
		return "uint16", true
	case "system.int32":
		return "int", true
	case "system.uint32":
		return "uint32", true
	case "system.int64":
		return "long", true
	case "system.uint64":
		return "uint64", true
	case "system.single":
		return "float", true
	case "system.double":
		return "double", true
	case "system.decimal":
		return "decimal", true
	}
	return "", false
}

// numberStatics lists a numeric type's statics.
func numberStatics(lfull string) []StaticMember {
	s, _ := numberStaticType(lfull)
	parse := "static " + s + " Parse(string s), static " + s + " Parse(string s, System.Globalization.NumberStyles style), static " + s +
		" Parse(string s, System.IFormatProvider provider), static " + s + " Parse(string s, System.Globalization.NumberStyles style, System.IFormatProvider provider)"
	out := []StaticMember{
		{"MaxValue", object.Property, "static " + s + " MaxValue {get;}"},
		{"MinValue", object.Property, "static " + s + " MinValue {get;}"},
		{"Parse", object.Method, parse},
		{"TryParse", object.Method, "static bool TryParse(string s, [ref] " + s + " result), static bool TryParse(string s, System.Globalization.NumberStyles style, System.IFormatProvider provider, [ref] " + s + " result)"},
	}
	switch lfull {
	case "system.double", "system.single":
		for _, n := range []string{"Epsilon", "NaN", "NegativeInfinity", "PositiveInfinity"} {
			out = append(out, StaticMember{n, object.Property, "static " + s + " " + n + " {get;}"})
		}
	case "system.decimal":
		out = append(out,
			StaticMember{"Ceiling", object.Method, "static decimal Ceiling(decimal d)"},
			StaticMember{"Floor", object.Method, "static decimal Floor(decimal d)"},
			StaticMember{"Round", object.Method, "static decimal Round(decimal d), static decimal Round(decimal d, int decimals), static decimal Round(decimal d, System.MidpointRounding mode), static decimal Round(decimal d, int decimals, System.MidpointRounding mode)"},
			StaticMember{"Truncate", object.Method, "static decimal Truncate(decimal d)"})
	}
	return out
}

// enumStatics lists an enum type's statics: its values, as static
// fields, and the System.Enum statics enumStaticCall serves.
func enumStatics(e *dotnet.EnumType) []StaticMember {
	out := []StaticMember{
		{"GetNames", object.Method, "static string[] GetNames(type enumType)"},
		{"GetValues", object.Method, "static array GetValues(type enumType)"},
		{"Parse", object.Method, "static System.Object Parse(type enumType, string value), static System.Object Parse(type enumType, string value, bool ignoreCase)"},
	}
	for _, n := range e.Names {
		out = append(out, StaticMember{n, object.Property, "static " + e.FullName + " " + n + " {get;}"})
	}
	return out
}

// catalogued finds the statics of a type outside staticDefs.
func catalogued(t *object.TypeValue) ([]StaticMember, bool) {
	lfull := strings.ToLower(t.FullName)
	if defs, ok := moreStaticDefs()[lfull]; ok {
		return defs, true
	}
	if _, ok := numberStaticType(lfull); ok {
		return numberStatics(lfull), true
	}
	if strings.HasPrefix(lfull, "system.security.cryptography.") {
		if _, ok := hashAlgorithms.Get()[lfull]; ok {
			return []StaticMember{{"Create", object.Method, "static " + t.FullName + " Create(), static " + t.FullName + " Create(string hashName)"}}, true
		}
	}
	if e, ok := dotnet.LookupEnum(t.FullName); ok {
		return enumStatics(e), true
	}
	if ct, ok := dotnet.LookupClass(t.FullName); ok {
		out := make([]StaticMember, 0, len(ct.Statics))
		for _, m := range ct.Statics {
			kind := object.Property
			if m.Method {
				kind = object.Method
			}
			out = append(out, StaticMember{m.Name, kind, m.Definition})
		}
		return out, true
	}
	return nil, false
}

// withCommon appends System.Object's statics to a type's own, leaving
// out a name the type declares itself (TimeSpan.Equals has its own
// overloads).
func withCommon(defs []StaticMember) []StaticMember {
	out := append([]StaticMember(nil), defs...)
	for _, c := range commonStatics {
		if !hasStatic(defs, c.Name) {
			out = append(out, c)
		}
	}
	return out
}

func hasStatic(defs []StaticMember, name string) bool {
	for _, d := range defs {
		if strings.EqualFold(d.Name, name) {
			return true
		}
	}
	return false
}

func charPredicates(names ...string) []StaticMember {
	out := make([]StaticMember, len(names))
	for i, n := range names {
		out[i] = StaticMember{n, object.Method, "static bool " + n + "(char c), static bool " + n + "(string s, int index)"}
	}
	return out
}

func searchDef(name string) string {
	return "static string[] " + name + "(string path), static string[] " + name + "(string path, string searchPattern), static string[] " +
		name + "(string path, string searchPattern, System.IO.SearchOption searchOption)"
}

// regexDef is a Regex static's overloads: (input, pattern[, extra]),
// then with RegexOptions, then with a match timeout.
func regexDef(ret, name, extra string) string {
	args := "string input, string pattern"
	if extra != "" {
		args += ", " + extra
	}
	opts := "System.Text.RegularExpressions.RegexOptions options"
	return "static " + ret + " " + name + "(" + args + "), static " + ret + " " + name + "(" + args + ", " + opts + "), static " +
		ret + " " + name + "(" + args + ", " + opts + ", timespan matchTimeout)"
}

func indexOfDef(name string) string {
	return "static int " + name + "(array array, System.Object value), static int " + name + "(array array, System.Object value, int startIndex), static int " +
		name + "(array array, System.Object value, int startIndex, int count), static int " + name + "[T](T[] array, T value), static int " +
		name + "[T](T[] array, T value, int startIndex), static int " + name + "[T](T[] array, T value, int startIndex, int count)"
}

// convertSources are the parameter types of Convert.ToXxx's overloads,
// in the order .NET declares them.
var convertSources = []string{"bool", "char", "sbyte", "byte", "int16", "uint16", "int", "uint32", "long", "uint64", "float", "double", "decimal", "string", "datetime"}

// convertToDefs lists Convert.ToInt32 and the other conversions
// CallStatic serves (convertTarget).
func convertToDefs() []StaticMember {
	targets := []struct{ name, ret string }{
		{"ToBoolean", "bool"}, {"ToByte", "byte"}, {"ToChar", "char"}, {"ToDateTime", "datetime"}, {"ToDecimal", "decimal"},
		{"ToDouble", "double"}, {"ToInt16", "int16"}, {"ToInt32", "int"}, {"ToInt64", "long"}, {"ToSByte", "sbyte"},
		{"ToSingle", "float"}, {"ToUInt16", "uint16"}, {"ToUInt32", "uint32"}, {"ToUInt64", "uint64"},
	}
	out := make([]StaticMember, 0, len(targets))
	for _, t := range targets {
		defs := []string{
			"static " + t.ret + " " + t.name + "(System.Object value)",
			"static " + t.ret + " " + t.name + "(System.Object value, System.IFormatProvider provider)",
		}
		for _, src := range convertSources {
			defs = append(defs, "static "+t.ret+" "+t.name+"("+src+" value)")
		}
		defs = append(defs, "static "+t.ret+" "+t.name+"(string value, System.IFormatProvider provider)")
		switch t.ret {
		case "byte", "sbyte", "int16", "uint16", "int", "uint32", "long", "uint64":
			defs = append(defs, "static "+t.ret+" "+t.name+"(string value, int fromBase)")
		}
		out = append(out, StaticMember{t.name, object.Method, strings.Join(defs, ", ")})
	}
	return out
}

func convertToStringDef() string {
	defs := []string{"static string ToString(System.Object value)", "static string ToString(System.Object value, System.IFormatProvider provider)"}
	for _, src := range convertSources {
		defs = append(defs, "static string ToString("+src+" value)", "static string ToString("+src+" value, System.IFormatProvider provider)")
	}
	for _, src := range []string{"byte", "int16", "int", "long"} {
		defs = append(defs, "static string ToString("+src+" value, int toBase)")
	}
	return strings.Join(defs, ", ")
}

func consoleWriteDef(name string) string {
	var defs []string
	for _, t := range []string{"bool", "char", "char[] buffer", "char[] buffer, int index, int count", "decimal", "double", "float", "int", "uint32", "long", "uint64", "System.Object", "string"} {
		if strings.Contains(t, " ") {
			defs = append(defs, "static void "+name+"("+t+")")
			continue
		}
		defs = append(defs, "static void "+name+"("+t+" value)")
	}
	defs = append(defs,
		"static void "+name+"(string format, System.Object arg0)",
		"static void "+name+"(string format, System.Object arg0, System.Object arg1)",
		"static void "+name+"(string format, System.Object arg0, System.Object arg1, System.Object arg2)",
		"static void "+name+"(string format, System.Object arg0, System.Object arg1, System.Object arg2, System.Object arg3)",
		"static void "+name+"(string format, Params System.Object[] arg)")
	return strings.Join(defs, ", ")
}
