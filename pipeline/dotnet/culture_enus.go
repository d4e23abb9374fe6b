package dotnet

import (
	"time"

	"cspsh/pipeline/object"
)

// cultureInfoTypeName is the type of the CultureInfo objects.
const cultureInfoTypeName = "System.Globalization.CultureInfo"

// EnUSCulture builds the en-US CultureInfo cspsh runs in, with every
// property Get-Culture's Example 2 lists: what Get-Culture,
// [cultureinfo]::CurrentCulture, $Host.CurrentCulture and a cast of
// 'en-US' or 1033 all return.
func EnUSCulture() *object.PSObject {
	o := object.NewObject(cultureInfoTypeName, "System.Object")
	prop := func(name string, v any, typ string) {
		o.Add(&object.Member{Name: name, Kind: object.Property, Value: v, Type: typ})
	}
	parent := object.NewObject(cultureInfoTypeName, "System.Object")
	parent.Add(&object.Member{Name: "LCID", Kind: object.Property, Value: int32(9), Type: "int"})
	parent.Add(&object.Member{Name: "Name", Kind: object.Property, Value: "en", Type: "string"})
	parent.Add(&object.Member{Name: "DisplayName", Kind: object.Property, Value: "English", Type: "string"})
	parent.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return "en", nil }})
	prop("Parent", parent, cultureInfoTypeName)
	prop("LCID", int32(1033), "int")
	prop("KeyboardLayoutId", int32(1033), "int")
	prop("Name", "en-US", "string")
	prop("IetfLanguageTag", "en-US", "string")
	prop("DisplayName", "English (United States)", "string")
	prop("NativeName", "English (United States)", "string")
	prop("EnglishName", "English (United States)", "string")
	prop("TwoLetterISOLanguageName", "en", "string")
	prop("ThreeLetterISOLanguageName", "eng", "string")
	prop("ThreeLetterWindowsLanguageName", "ENU", "string")
	prop("CompareInfo", infoObject("System.Globalization.CompareInfo", "CompareInfo - en-US", map[string]any{"Name": "en-US", "LCID": int32(1033)}, "Name", "LCID"), "System.Globalization.CompareInfo")
	prop("TextInfo", textInfo(), "System.Globalization.TextInfo")
	prop("IsNeutralCulture", false, "bool")
	prop("CultureTypes", "SpecificCultures, InstalledWin32Cultures, FrameworkCultures", "System.Globalization.CultureTypes")
	prop("NumberFormat", infoObject("System.Globalization.NumberFormatInfo", "System.Globalization.NumberFormatInfo", map[string]any{
		"CurrencyDecimalDigits": int32(2), "CurrencyDecimalSeparator": ".", "CurrencyGroupSeparator": ",", "CurrencySymbol": "$",
		"NaNSymbol": "NaN", "NegativeSign": "-", "NumberDecimalDigits": int32(2), "NumberDecimalSeparator": ".",
		"NumberGroupSeparator": ",", "PercentSymbol": "%", "PositiveSign": "+", "PositiveInfinitySymbol": "Infinity",
		"NegativeInfinitySymbol": "-Infinity", "PerMilleSymbol": "‰", "IsReadOnly": false,
	}, "CurrencyDecimalDigits", "CurrencyDecimalSeparator", "IsReadOnly", "CurrencyGroupSeparator", "CurrencySymbol", "NaNSymbol",
		"NegativeInfinitySymbol", "NegativeSign", "NumberDecimalDigits", "NumberDecimalSeparator", "NumberGroupSeparator",
		"PercentSymbol", "PerMilleSymbol", "PositiveInfinitySymbol", "PositiveSign"), "System.Globalization.NumberFormatInfo")
	prop("DateTimeFormat", infoObject("System.Globalization.DateTimeFormatInfo", "System.Globalization.DateTimeFormatInfo", map[string]any{
		"AMDesignator": "AM", "DateSeparator": "/", "FirstDayOfWeek": "Sunday", "CalendarWeekRule": "FirstDay",
		"FullDateTimePattern": "dddd, MMMM d, yyyy h:mm:ss tt", "LongDatePattern": "dddd, MMMM d, yyyy",
		"LongTimePattern": "h:mm:ss tt", "MonthDayPattern": "MMMM d", "PMDesignator": "PM",
		"RFC1123Pattern": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'", "ShortDatePattern": "M/d/yyyy", "ShortTimePattern": "h:mm tt",
		"SortableDateTimePattern": "yyyy'-'MM'-'dd'T'HH':'mm':'ss", "TimeSeparator": ":",
		"UniversalSortableDateTimePattern": "yyyy'-'MM'-'dd HH':'mm':'ss'Z'", "YearMonthPattern": "MMMM yyyy",
		"AbbreviatedDayNames":   []any{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"},
		"DayNames":              []any{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
		"MonthNames":            []any{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", ""},
		"AbbreviatedMonthNames": []any{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", ""},
		// Get-Culture Example 2's $C.DateTimeFormat lists these too.
		"Calendar":                      gregorianCalendar(),
		"ShortestDayNames":              []any{"Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"},
		"IsReadOnly":                    false,
		"NativeCalendarName":            "Gregorian Calendar",
		"AbbreviatedMonthGenitiveNames": []any{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", ""},
		"MonthGenitiveNames":            []any{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", ""},
	}, "AMDesignator", "Calendar", "DateSeparator", "FirstDayOfWeek", "CalendarWeekRule", "FullDateTimePattern", "LongDatePattern",
		"LongTimePattern", "MonthDayPattern", "PMDesignator", "RFC1123Pattern", "ShortDatePattern", "ShortTimePattern",
		"SortableDateTimePattern", "TimeSeparator", "UniversalSortableDateTimePattern", "YearMonthPattern",
		"AbbreviatedDayNames", "ShortestDayNames", "DayNames", "AbbreviatedMonthNames", "MonthNames", "IsReadOnly",
		"NativeCalendarName", "AbbreviatedMonthGenitiveNames", "MonthGenitiveNames"), "System.Globalization.DateTimeFormatInfo")
	cal := gregorianCalendar()
	prop("Calendar", cal, "System.Globalization.Calendar")
	// en-US offers the Gregorian calendar twice: Localized and USEnglish
	// (Get-Culture Example 2: "{System.Globalization.GregorianCalendar,
	// System.Globalization.GregorianCalendar}").
	prop("OptionalCalendars", []any{cal, gregorianCalendarOf(2)}, "System.Globalization.Calendar[]")
	prop("UseUserOverride", true, "bool")
	prop("IsReadOnly", false, "bool")
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return "en-US", nil }})
	return o
}

// Enums of the calendar's properties.
var (
	calendarAlgorithmType = &EnumType{FullName: "System.Globalization.CalendarAlgorithmType",
		Names: []string{"Unknown", "SolarCalendar", "LunarCalendar", "LunisolarCalendar"}, Values: []int64{0, 1, 2, 3}}
	gregorianCalendarTypes = &EnumType{FullName: "System.Globalization.GregorianCalendarTypes",
		Names:  []string{"Localized", "USEnglish", "MiddleEastFrench", "Arabic", "TransliteratedEnglish", "TransliteratedFrench"},
		Values: []int64{1, 2, 9, 10, 11, 12}}
)

// gregorianCalendar is en-US's System.Globalization.GregorianCalendar.
func gregorianCalendar() *object.PSObject { return gregorianCalendarOf(1) }

// gregorianCalendarOf is a GregorianCalendar of the given
// GregorianCalendarTypes value (1 Localized, 2 USEnglish).
func gregorianCalendarOf(calendarType int64) *object.PSObject {
	return infoObject("System.Globalization.GregorianCalendar", "System.Globalization.GregorianCalendar", map[string]any{
		"MinSupportedDateTime": time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		"MaxSupportedDateTime": time.Date(9999, 12, 31, 23, 59, 59, 999999900, time.UTC),
		"AlgorithmType":        Enum{Type: calendarAlgorithmType, Value: 1},
		"CalendarType":         Enum{Type: gregorianCalendarTypes, Value: calendarType},
		"Eras":                 []any{int32(1)},
		"TwoDigitYearMax":      int32(2029),
		"IsReadOnly":           false,
	}, "MinSupportedDateTime", "MaxSupportedDateTime", "AlgorithmType", "CalendarType", "Eras", "TwoDigitYearMax", "IsReadOnly")
}

// infoObject builds a read-only object with the given properties in order.
func infoObject(typeName, str string, vals map[string]any, order ...string) *object.PSObject {
	o := object.NewObject(typeName, "System.Object")
	for _, n := range order {
		o.Add(&object.Member{Name: n, Kind: object.Property, Value: vals[n]})
	}
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return str, nil }})
	return o
}
