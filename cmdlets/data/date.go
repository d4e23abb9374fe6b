package data

import (
	"strings"
	"time"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// displayHintType is Microsoft.PowerShell.Commands.DisplayHintType, and
// displayHintNames its values.
const displayHintType = "Microsoft.PowerShell.Commands.DisplayHintType"

var displayHintNames = []string{"Date", "Time", "DateTime"}

// displayHint is the enum -DisplayHint binds to.
var displayHint = &pipeline.EnumType{FullName: displayHintType, Values: displayHintNames}

// now is the host clock (tests replace it).
var now = time.Now

// ClockService is the Session.Services key under which a cmdlet family
// may put a func() time.Time that Get-Date and New-TimeSpan read instead
// of the host clock (the lab clock, so that Move-LabClock moves "now").
const ClockService = "clock"

// clock returns the session's notion of now.
func clock(c *pipeline.Call) time.Time {
	if s := c.Rt.Session(); s != nil && s.Services != nil {
		switch f := s.Services[ClockService].(type) {
		case func() time.Time:
			return f()
		case func() (time.Time, error):
			if t, err := f(); err == nil {
				return t
			}
		}
	}
	return now()
}

// getDate is Get-Date.
func getDate() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "Get-Date",
		Module:     utility,
		DefaultSet: "net",
		Params: []*pipeline.ParamDecl{
			{Name: "Date", Type: "datetime", Aliases: []string{"LastWriteTime"}, Help: "The date to use instead of now.",
				Sets: []pipeline.SetBinding{{Set: pipeline.AllSets, Position: 0, ValueFromPipeline: true, ValueFromPipelineByPropertyName: true}}},
			inRange(withHelp(param("Year", "int"), "Replaces the year."), 1, 9999),
			inRange(withHelp(param("Month", "int"), "Replaces the month."), 1, 12),
			inRange(withHelp(param("Day", "int"), "Replaces the day."), 1, 31),
			inRange(withHelp(param("Hour", "int"), "Replaces the hour."), 0, 23),
			inRange(withHelp(param("Minute", "int"), "Replaces the minute."), 0, 59),
			inRange(withHelp(param("Second", "int"), "Replaces the second."), 0, 59),
			inRange(withHelp(param("Millisecond", "int"), "Replaces the millisecond."), 0, 999),
			{Name: "DisplayHint", Type: "string", Enum: displayHint, Help: "Shows only the date, only the time, or both."},
			withHelp(param("Format", "string", named("net")), "A .NET format string (or FileDate, FileDateTime, FileDateUniversal, FileDateTimeUniversal); the result is a string."),
			func() *pipeline.ParamDecl {
				p := withHelp(param("UFormat", "string", named("UFormat")), "A Unix-style format (%Y-%m-%d); the result is a string.")
				p.ValidateNotNullOrEmpty = true
				return p
			}(),
			withHelp(param("AsUTC", "switch"), "Converts the date to UTC."),
		},
		Synopsis:    "Gets the current date and time.",
		Description: "Get-Date returns a DateTime for now, or for -Date, with the parts named by -Year, -Month, … replaced. With -Format or -UFormat it returns the date as a formatted string instead.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Now", Code: "Get-Date", Remarks: "The current date and time."},
			{Title: "Example 2: A format", Code: "Get-Date -Date 'Jan 1, 2020' -Format 'MMM-dd-yy'", Remarks: "Jan-01-20."},
			{Title: "Example 3: A Unix format", Code: "Get-Date -UFormat '%Y/%m/%d'", Remarks: "Today as 2026/11/25."},
			{Title: "Example 4: For file names", Code: "Get-Date -Format FileDateTime", Remarks: "Like 20261125T1734391234."},
		},
		Outputs: "System.DateTime",
		Process: getDateProcess,
	}
}

func getDateProcess(c *pipeline.Call) error {
	t := clock(c)
	if c.Has("Date") {
		if d, ok := objutil.Base(c.Get("Date")).(time.Time); ok {
			t = d
		}
	}
	// The ranges are checked by the binder ([ValidateRange] on each
	// parameter); here the given parts replace the date's.
	set := func(name string, lo, hi int, apply func(n int)) error {
		if !c.Has(name) {
			return nil
		}
		n, _ := objutil.ToInt(c.Get(name))
		apply(min(max(n, lo), hi))
		return nil
	}
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	ns := t.Nanosecond()
	for _, e := range []error{
		set("Year", 1, 9999, func(n int) { y = n }),
		set("Month", 1, 12, func(n int) { mo = time.Month(n) }),
		set("Day", 1, 31, func(n int) { d = n }),
		set("Hour", 0, 23, func(n int) { h = n }),
		set("Minute", 0, 59, func(n int) { mi = n }),
		set("Second", 0, 59, func(n int) { s = n }),
		set("Millisecond", 0, 999, func(n int) { ns = n*1e6 + ns%1e6 }),
	} {
		if e != nil {
			return e
		}
	}
	if c.Has("Day") {
		// .NET adds the day offset to the first of the month, so an
		// out-of-month day rolls over as AddDays does.
		t = time.Date(y, mo, 1, h, mi, s, ns, t.Location()).AddDate(0, 0, d-1)
	} else {
		if last := dotnet.DaysInMonth(y, mo); d > last {
			d = last
		}
		t = time.Date(y, mo, d, h, mi, s, ns, t.Location())
	}
	if c.Switch("AsUTC") {
		t = t.UTC()
	}
	if c.Has("UFormat") {
		return c.Out(dotnet.FormatUFormat(t, c.String("UFormat")))
	}
	if c.Has("Format") && c.String("Format") != "" {
		return c.Out(formatDate(t, c.String("Format")))
	}
	// Get-Date always wraps its date with a DisplayHint note (DateTime
	// unless -DisplayHint says otherwise), as 5.1 does: Select-Object *
	// and ConvertTo-Json show it.
	hint := int64(2)
	if c.Has("DisplayHint") {
		hint = hintValue(c.String("DisplayHint"))
	}
	o := object.NewObject("System.DateTime", "System.ValueType", "System.Object")
	o.Base = t
	o.Add(&object.Member{Name: "DisplayHint", Kind: object.NoteProperty, Value: dotnet.Enum{Type: displayHintEnum, Value: hint}})
	return c.Out(o)
}

var displayHintEnum = &dotnet.EnumType{FullName: displayHintType, Names: displayHintNames, Values: []int64{0, 1, 2}}

func hintValue(s string) int64 {
	for i, n := range displayHintNames {
		if strings.EqualFold(n, s) {
			return int64(i)
		}
	}
	return 2
}

// formatDate applies -Format, with PowerShell's named file-name formats.
func formatDate(t time.Time, f string) string {
	switch strings.ToLower(f) {
	case "filedate":
		return dotnet.FormatDate(t, "yyyyMMdd")
	case "filedateuniversal":
		return dotnet.FormatDate(t.UTC(), "yyyyMMdd") + "Z"
	case "filedatetime":
		return dotnet.FormatDate(t, "yyyyMMdd'T'HHmmssffff")
	case "filedatetimeuniversal":
		return dotnet.FormatDate(t.UTC(), "yyyyMMdd'T'HHmmssffff") + "Z"
	}
	return dotnet.FormatDate(t, f)
}

// newTimeSpan is New-TimeSpan.
func newTimeSpan() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "New-TimeSpan",
		Module:     utility,
		DefaultSet: "Date",
		Params: []*pipeline.ParamDecl{
			{Name: "Start", Type: "datetime", Aliases: []string{"LastWriteTime"}, Help: "The start of the span (default now).",
				Sets: []pipeline.SetBinding{{Set: "Date", Position: 0, ValueFromPipelineByPropertyName: true}}},
			withHelp(param("End", "datetime", at("Date", 1)), "The end of the span (default now)."),
			withHelp(param("Days", "int", named("Time")), "Days in the span."),
			withHelp(param("Hours", "int", named("Time")), "Hours in the span."),
			withHelp(param("Minutes", "int", named("Time")), "Minutes in the span."),
			withHelp(param("Seconds", "int", named("Time")), "Seconds in the span."),
			withHelp(param("Milliseconds", "int", named("Time")), "Milliseconds in the span."),
		},
		Synopsis:    "Creates a TimeSpan object.",
		Description: "New-TimeSpan returns the time between -Start and -End (each defaulting to now), or a span of the given days, hours, minutes and seconds.",
		Examples: []pipeline.Example{
			{Title: "Example 1: A fixed span", Code: "New-TimeSpan -Days 1 -Hours 2", Remarks: "One day and two hours."},
			{Title: "Example 2: Until a date", Code: "New-TimeSpan -End (Get-Date -Year 2027 -Month 1 -Day 1)", Remarks: "The time left until New Year 2027."},
		},
		Outputs: "System.TimeSpan",
		Process: func(c *pipeline.Call) error {
			if c.SetName == "Time" {
				var ts object.TimeSpan
				for _, u := range []struct {
					name string
					unit object.TimeSpan
				}{{"Days", object.TicksPerDay}, {"Hours", object.TicksPerHour}, {"Minutes", object.TicksPerMinute},
					{"Seconds", object.TicksPerSecond}, {"Milliseconds", object.TicksPerMillisecond}} {
					if n, ok := objutil.ToInt(c.Get(u.name)); ok && c.Has(u.name) {
						ts += object.TimeSpan(n) * u.unit
					}
				}
				return c.Out(ts)
			}
			n := clock(c)
			start, end := n, n
			if d, ok := objutil.Base(c.Get("Start")).(time.Time); ok {
				start = d
			}
			if d, ok := objutil.Base(c.Get("End")).(time.Time); ok {
				end = d
			}
			return c.Out(object.TimeSpan(dotnet.DateTicks(end) - dotnet.DateTicks(start)))
		},
	}
}
