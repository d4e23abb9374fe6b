package core

import (
	"strings"

	"cspsh/internal/lazy"
	"cspsh/pipeline/dotnet"
)

// The method lists Get-Member shows for the common .NET types, with the
// overload definitions of the .NET Framework that Windows PowerShell 5.1
// runs on. Types not listed show System.Object's four methods.

const fmtProvider = "System.IFormatProvider provider"

// convertibleMethods are IConvertible's explicit implementations, which
// every primitive type and String list.
func convertibleMethods() []memberDef {
	conv := func(name, ret string) memberDef {
		return memberDef{name, "Method", ret + " IConvertible." + name + "(" + fmtProvider + ")"}
	}
	out := []memberDef{
		conv("ToBoolean", "bool"), conv("ToByte", "byte"), conv("ToChar", "char"), conv("ToDateTime", "datetime"),
		conv("ToDecimal", "decimal"), conv("ToDouble", "double"), conv("ToInt16", "int16"), conv("ToInt32", "int"),
		conv("ToInt64", "long"), conv("ToSByte", "sbyte"), conv("ToSingle", "float"),
		{"ToType", "Method", "System.Object IConvertible.ToType(type conversionType, " + fmtProvider + ")"},
		conv("ToUInt16", "uint16"), conv("ToUInt32", "uint32"), conv("ToUInt64", "uint64"),
	}
	return out
}

// numberMethods are the methods of a numeric type whose Get-Member name
// is s ("int", "long", "double", …).
func numberMethods(s string) []memberDef {
	out := []memberDef{
		{"CompareTo", "Method", "int CompareTo(System.Object value), int CompareTo(" + s + " value), int IComparable.CompareTo(System.Object obj), int IComparable[" + s + "].CompareTo(" + s + " other)"},
		{"Equals", "Method", "bool Equals(System.Object obj), bool Equals(" + s + " obj), bool IEquatable[" + s + "].Equals(" + s + " other)"},
		{"GetHashCode", "Method", "int GetHashCode()"},
		{"GetType", "Method", "type GetType()"},
		{"GetTypeCode", "Method", "System.TypeCode GetTypeCode(), System.TypeCode IConvertible.GetTypeCode()"},
		{"ToString", "Method", "string ToString(), string ToString(string format), string ToString(" + fmtProvider + "), string ToString(string format, " + fmtProvider + "), string IConvertible.ToString(" + fmtProvider + ")"},
	}
	return append(out, convertibleMethods()...)
}

// stringMethodsTable is System.String's methods, built on first use
// (Get-Member), not at start-up.
var stringMethodsTable = lazy.Value[[]memberDef]{Build: func() []memberDef {
	sc := "System.StringComparison comparisonType"
	idx := func(name string) string {
		return "int " + name + "(char value), int " + name + "(char value, int startIndex), int " + name + "(string value), int " + name +
			"(string value, int startIndex), int " + name + "(string value, int startIndex, int count), int " + name + "(string value, " + sc +
			"), int " + name + "(string value, int startIndex, " + sc + "), int " + name + "(char value, int startIndex, int count), int " + name +
			"(string value, int startIndex, int count, " + sc + ")"
	}
	any := func(name string) string {
		return "int " + name + "(char[] anyOf), int " + name + "(char[] anyOf, int startIndex), int " + name + "(char[] anyOf, int startIndex, int count)"
	}
	with := func(name string) string {
		return "bool " + name + "(string value), bool " + name + "(string value, " + sc + "), bool " + name + "(string value, bool ignoreCase, cultureinfo culture)"
	}
	out := []memberDef{
		{"Clone", "Method", "System.Object Clone(), System.Object ICloneable.Clone()"},
		{"CompareTo", "Method", "int CompareTo(System.Object value), int CompareTo(string strB), int IComparable.CompareTo(System.Object obj), int IComparable[string].CompareTo(string other)"},
		{"Contains", "Method", "bool Contains(string value)"},
		{"CopyTo", "Method", "void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)"},
		{"EndsWith", "Method", with("EndsWith")},
		{"Equals", "Method", "bool Equals(System.Object obj), bool Equals(string value), bool Equals(string value, " + sc + "), bool IEquatable[string].Equals(string other)"},
		{"GetEnumerator", "Method", "System.CharEnumerator GetEnumerator(), System.Collections.IEnumerator IEnumerable.GetEnumerator(), System.Collections.Generic.IEnumerator[char] IEnumerable[char].GetEnumerator()"},
		{"GetHashCode", "Method", "int GetHashCode()"},
		{"GetType", "Method", "type GetType()"},
		{"GetTypeCode", "Method", "System.TypeCode GetTypeCode(), System.TypeCode IConvertible.GetTypeCode()"},
		{"IndexOf", "Method", idx("IndexOf")},
		{"IndexOfAny", "Method", any("IndexOfAny")},
		{"Insert", "Method", "string Insert(int startIndex, string value)"},
		{"IsNormalized", "Method", "bool IsNormalized(), bool IsNormalized(System.Text.NormalizationForm normalizationForm)"},
		{"LastIndexOf", "Method", idx("LastIndexOf")},
		{"LastIndexOfAny", "Method", any("LastIndexOfAny")},
		{"Normalize", "Method", "string Normalize(), string Normalize(System.Text.NormalizationForm normalizationForm)"},
		{"PadLeft", "Method", "string PadLeft(int totalWidth), string PadLeft(int totalWidth, char paddingChar)"},
		{"PadRight", "Method", "string PadRight(int totalWidth), string PadRight(int totalWidth, char paddingChar)"},
		{"Remove", "Method", "string Remove(int startIndex, int count), string Remove(int startIndex)"},
		{"Replace", "Method", "string Replace(char oldChar, char newChar), string Replace(string oldValue, string newValue)"},
		{"Split", "Method", "string[] Split(Params char[] separator), string[] Split(char[] separator, int count), string[] Split(char[] separator, System.StringSplitOptions options), string[] Split(char[] separator, int count, System.StringSplitOptions options), string[] Split(string[] separator, System.StringSplitOptions options), string[] Split(string[] separator, int count, System.StringSplitOptions options)"},
		{"StartsWith", "Method", with("StartsWith")},
		{"Substring", "Method", "string Substring(int startIndex), string Substring(int startIndex, int length)"},
		{"ToCharArray", "Method", "char[] ToCharArray(), char[] ToCharArray(int startIndex, int length)"},
		{"ToLower", "Method", "string ToLower(), string ToLower(cultureinfo culture)"},
		{"ToLowerInvariant", "Method", "string ToLowerInvariant()"},
		{"ToString", "Method", "string ToString(), string ToString(" + fmtProvider + "), string IConvertible.ToString(" + fmtProvider + ")"},
		{"ToUpper", "Method", "string ToUpper(), string ToUpper(cultureinfo culture)"},
		{"ToUpperInvariant", "Method", "string ToUpperInvariant()"},
		{"Trim", "Method", "string Trim(Params char[] trimChars), string Trim()"},
		{"TrimEnd", "Method", "string TrimEnd(Params char[] trimChars)"},
		{"TrimStart", "Method", "string TrimStart(Params char[] trimChars)"},
		{"Chars", "ParameterizedProperty", "char Chars(int index) {get;}"},
	}
	return append(out, convertibleMethods()...)
}}

func stringMethods() []memberDef { return stringMethodsTable.Get() }

// typeMethods returns the methods Get-Member lists for a value of the
// given .NET type.
func typeMethods(full string) []memberDef {
	switch full {
	case "System.String":
		return stringMethods()
	case "System.Boolean":
		return append([]memberDef{
			{"CompareTo", "Method", "int CompareTo(System.Object obj), int CompareTo(bool value), int IComparable.CompareTo(System.Object obj), int IComparable[bool].CompareTo(bool other)"},
			{"Equals", "Method", "bool Equals(System.Object obj), bool Equals(bool obj), bool IEquatable[bool].Equals(bool other)"},
			{"GetHashCode", "Method", "int GetHashCode()"},
			{"GetType", "Method", "type GetType()"},
			{"GetTypeCode", "Method", "System.TypeCode GetTypeCode(), System.TypeCode IConvertible.GetTypeCode()"},
			{"ToString", "Method", "string ToString(), string ToString(" + fmtProvider + "), string IConvertible.ToString(" + fmtProvider + ")"},
		}, convertibleMethods()...)
	case "System.Object[]":
		return arrayMethods()
	case "System.Collections.Hashtable":
		return hashtableMethods()
	case "System.Collections.Specialized.OrderedDictionary":
		return orderedDictionaryMethods()
	case "System.DateTime":
		return dateTimeMethods()
	case "System.TimeSpan":
		return timeSpanMethods()
	case "System.Int32", "System.Int64", "System.Int16", "System.Byte", "System.SByte", "System.UInt16",
		"System.UInt32", "System.UInt64", "System.Double", "System.Single", "System.Decimal":
		return numberMethods(ShortTypeName(full))
	}
	return []memberDef{
		{"Equals", "Method", "bool Equals(System.Object obj)"},
		{"GetHashCode", "Method", "int GetHashCode()"},
		{"GetType", "Method", "type GetType()"},
		{"ToString", "Method", "string ToString()"},
	}
}

// baseTypeName is the .NET type whose methods a value has: the wrapped
// value's for a decorated PSObject.
func baseTypeName(v any) string {
	return dotnet.TypeName(v)
}

// arrayMethodsTable is System.Object[]'s methods (with Array's explicit
// interface implementations) and its IList indexer, as Windows
// PowerShell 5.1 lists them on the .NET Framework, built on first use.
var arrayMethodsTable = lazy.Value[[]memberDef]{Build: func() []memberDef {
	idx := func(ret, name, pfx string, n int, long bool) string {
		t := "int"
		if long {
			t = "long"
		}
		var defs []string
		if n == 1 {
			defs = append(defs, pfx+ret+" "+name+"("+t+" index)")
		} else {
			var ps []string
			for i := 1; i <= n; i++ {
				ps = append(ps, t+" index"+string(rune('0'+i)))
			}
			defs = append(defs, pfx+ret+" "+name+"("+strings.Join(ps, ", ")+")")
		}
		return defs[0]
	}
	var get, set []string
	get = append(get, "System.Object GetValue(Params int[] indices)")
	for _, long := range []bool{false, true} {
		for n := 1; n <= 3; n++ {
			get = append(get, idx("System.Object", "GetValue", "", n, long))
			set = append(set, strings.Replace(idx("void", "SetValue", "", n, long), "SetValue(", "SetValue(System.Object value, ", 1))
		}
		if !long {
			set = append(set, "void SetValue(System.Object value, Params int[] indices)")
		}
	}
	get = append(get, "System.Object GetValue(Params long[] indices)")
	set = append(set, "void SetValue(System.Object value, Params long[] indices)")
	return []memberDef{
		{"Add", "Method", "int IList.Add(System.Object value)"},
		{"Address", "Method", "System.Object&, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089 Address(int )"},
		{"Clear", "Method", "void IList.Clear()"},
		{"Clone", "Method", "System.Object Clone(), System.Object ICloneable.Clone()"},
		{"CompareTo", "Method", "int IStructuralComparable.CompareTo(System.Object other, System.Collections.IComparer comparer)"},
		{"Contains", "Method", "bool IList.Contains(System.Object value)"},
		{"CopyTo", "Method", "void CopyTo(array array, int index), void CopyTo(array array, long index), void ICollection.CopyTo(array array, int index)"},
		{"Equals", "Method", "bool Equals(System.Object obj), bool IStructuralEquatable.Equals(System.Object other, System.Collections.IEqualityComparer comparer)"},
		{"Get", "Method", "System.Object Get(int )"},
		{"GetEnumerator", "Method", "System.Collections.IEnumerator GetEnumerator(), System.Collections.IEnumerator IEnumerable.GetEnumerator()"},
		{"GetHashCode", "Method", "int GetHashCode(), int IStructuralEquatable.GetHashCode(System.Collections.IEqualityComparer comparer)"},
		{"GetLength", "Method", "int GetLength(int dimension)"},
		{"GetLongLength", "Method", "long GetLongLength(int dimension)"},
		{"GetLowerBound", "Method", "int GetLowerBound(int dimension)"},
		{"GetType", "Method", "type GetType()"},
		{"GetUpperBound", "Method", "int GetUpperBound(int dimension)"},
		{"GetValue", "Method", strings.Join(get, ", ")},
		{"IndexOf", "Method", "int IList.IndexOf(System.Object value)"},
		{"Initialize", "Method", "void Initialize()"},
		{"Insert", "Method", "void IList.Insert(int index, System.Object value)"},
		{"Remove", "Method", "void IList.Remove(System.Object value)"},
		{"RemoveAt", "Method", "void IList.RemoveAt(int index)"},
		{"Set", "Method", "void Set(int , System.Object )"},
		{"SetValue", "Method", strings.Join(set, ", ")},
		{"ToString", "Method", "string ToString()"},
		{"Item", "ParameterizedProperty", "System.Object IList.Item(int index) {get;set;}"},
	}
}}

func arrayMethods() []memberDef { return arrayMethodsTable.Get() }
