package core

import "cspsh/internal/lazy"

// The methods Get-Member lists for DateTime and TimeSpan values, with
// the .NET Framework 4.x overloads Windows PowerShell 5.1 shows.

var dateTimeMethodsTable = lazy.Value[[]memberDef]{Build: func() []memberDef {
	add := func(name, arg string) memberDef {
		return memberDef{name, "Method", "datetime " + name + "(" + arg + ")"}
	}
	out := []memberDef{
		add("Add", "timespan value"), add("AddDays", "double value"), add("AddHours", "double value"),
		add("AddMilliseconds", "double value"), add("AddMinutes", "double value"), add("AddMonths", "int months"),
		add("AddSeconds", "double value"), add("AddTicks", "long value"), add("AddYears", "int value"),
		{"CompareTo", "Method", "int CompareTo(System.Object value), int CompareTo(datetime value), int IComparable.CompareTo(System.Object obj), int IComparable[datetime].CompareTo(datetime other)"},
		{"Equals", "Method", "bool Equals(System.Object value), bool Equals(datetime value), bool IEquatable[datetime].Equals(datetime other)"},
		{"GetDateTimeFormats", "Method", "string[] GetDateTimeFormats(), string[] GetDateTimeFormats(System.IFormatProvider provider), string[] GetDateTimeFormats(char format), string[] GetDateTimeFormats(char format, System.IFormatProvider provider)"},
		{"GetHashCode", "Method", "int GetHashCode()"},
		{"GetObjectData", "Method", "void ISerializable.GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context)"},
		{"GetType", "Method", "type GetType()"},
		{"GetTypeCode", "Method", "System.TypeCode GetTypeCode(), System.TypeCode IConvertible.GetTypeCode()"},
		{"IsDaylightSavingTime", "Method", "bool IsDaylightSavingTime()"},
		{"Subtract", "Method", "timespan Subtract(datetime value), datetime Subtract(timespan value)"},
		{"ToBinary", "Method", "long ToBinary()"},
		{"ToFileTime", "Method", "long ToFileTime()"},
		{"ToFileTimeUtc", "Method", "long ToFileTimeUtc()"},
		{"ToLocalTime", "Method", "datetime ToLocalTime()"},
		{"ToLongDateString", "Method", "string ToLongDateString()"},
		{"ToLongTimeString", "Method", "string ToLongTimeString()"},
		{"ToOADate", "Method", "double ToOADate()"},
		{"ToShortDateString", "Method", "string ToShortDateString()"},
		{"ToShortTimeString", "Method", "string ToShortTimeString()"},
		{"ToString", "Method", "string ToString(), string ToString(string format), string ToString(System.IFormatProvider provider), string ToString(string format, System.IFormatProvider provider), string IFormattable.ToString(string format, System.IFormatProvider formatProvider), string IConvertible.ToString(System.IFormatProvider provider)"},
		{"ToUniversalTime", "Method", "datetime ToUniversalTime()"},
	}
	return append(out, convertibleMethods()...)
}}

func dateTimeMethods() []memberDef { return dateTimeMethodsTable.Get() }

var timeSpanMethodsTable = lazy.Value[[]memberDef]{Build: func() []memberDef {
	return []memberDef{
		{"Add", "Method", "timespan Add(timespan ts)"},
		{"CompareTo", "Method", "int CompareTo(System.Object value), int CompareTo(timespan value), int IComparable.CompareTo(System.Object obj), int IComparable[timespan].CompareTo(timespan other)"},
		{"Duration", "Method", "timespan Duration()"},
		{"Equals", "Method", "bool Equals(System.Object value), bool Equals(timespan obj), bool IEquatable[timespan].Equals(timespan other)"},
		{"GetHashCode", "Method", "int GetHashCode()"},
		{"GetType", "Method", "type GetType()"},
		{"Negate", "Method", "timespan Negate()"},
		{"Subtract", "Method", "timespan Subtract(timespan ts)"},
		{"ToString", "Method", "string ToString(), string ToString(string format), string ToString(string format, System.IFormatProvider formatProvider), string IFormattable.ToString(string format, System.IFormatProvider formatProvider)"},
	}
}}

func timeSpanMethods() []memberDef { return timeSpanMethodsTable.Get() }
