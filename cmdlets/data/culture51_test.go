package data

import (
	"testing"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
)

// TestCultureCalendars: en-US's OptionalCalendars are two Gregorian
// calendars (Localized, USEnglish) and its DateTimeFormat has the
// properties Get-Culture Example 2 lists.
func TestCultureCalendars(t *testing.T) {
	c := dotnet.EnUSCulture()
	cals, _ := members.Get(c, "OptionalCalendars")
	list, ok := cals.([]any)
	if !ok || len(list) != 2 {
		t.Fatalf("OptionalCalendars = %#v", cals)
	}
	for i, want := range []string{"Localized", "USEnglish"} {
		got, _ := members.Get(list[i], "CalendarType")
		if dotnet.ToString(got) != want {
			t.Errorf("calendar %d: CalendarType %v, want %s", i, got, want)
		}
	}
	dtf, _ := members.Get(c, "DateTimeFormat")
	for name, want := range map[string]string{"NativeCalendarName": "Gregorian Calendar", "Calendar": "System.Globalization.GregorianCalendar"} {
		got, _ := members.Get(dtf, name)
		if s := dotnet.ToString(got); s != want {
			t.Errorf("DateTimeFormat.%s = %q, want %q", name, s, want)
		}
	}
}
