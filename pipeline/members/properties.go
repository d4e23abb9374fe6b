package members

import (
	"sort"
	"time"

	"cspsh/pipeline/object"
)

// Properties returns the displayable properties of v in .NET's
// declaration order, for Format-*, Select-Object * and Get-Member.
// Values with no properties to show (numbers, booleans) give nil.
func Properties(v any) []*object.Member {
	if h := object.Attached(v); h != nil {
		return attachedProperties(v, h)
	}
	var names []string
	switch x := v.(type) {
	case *object.PSObject:
		ps := withTypeMembers(x, x.Properties())
		if len(ps) == 0 && x.Base != nil {
			return Properties(x.Base)
		}
		switch x.Base.(type) {
		case time.Time, string:
			// Get-Date's date: its DisplayHint note, then the date's own
			// properties (Select-Object *, ConvertTo-Csv Example 2); a
			// line from Get-Content: its PSPath … ReadCount notes, then
			// Length.
			return withBaseProperties(ps, x.Base)
		}
		return ps
	case string:
		names = []string{"Length"}
	case time.Time:
		names = []string{"DisplayHint", "DateTime", "Date", "Day", "DayOfWeek", "DayOfYear", "Hour", "Kind", "Millisecond", "Minute", "Month", "Second", "Ticks", "TimeOfDay", "Year"}
	case object.TimeSpan:
		names = []string{"Ticks", "Days", "Hours", "Milliseconds", "Minutes", "Seconds", "TotalDays", "TotalHours", "TotalMilliseconds", "TotalMinutes", "TotalSeconds"}
	case *object.Hashtable:
		names = []string{"IsReadOnly", "IsFixedSize", "IsSynchronized", "Keys", "Values", "SyncRoot", "Count"}
	case *object.List:
		names = []string{"Capacity", "Count", "IsFixedSize", "IsReadOnly", "IsSynchronized", "SyncRoot"}
	case *object.ErrorRecord:
		// PSMessageDetails, the type's extended property, comes first
		// (about_Preference_Variables: $Error[0] | Format-List -Property * -Force).
		names = []string{"PSMessageDetails", "Exception", "TargetObject", "CategoryInfo", "FullyQualifiedErrorId", "ErrorDetails", "InvocationInfo", "ScriptStackTrace", "PipelineIterationInfo"}
	case *object.Exception:
		names = []string{"Message", "Data", "InnerException", "TargetSite", "StackTrace", "HelpLink", "Source", "HResult"}
		if x.Record != nil {
			names = append([]string{"ErrorRecord", "WasThrownFromThrowStatement"}, names...)
		}
		// Map order is random; a sorted list shows the same way each run.
		extra := make([]string, 0, len(x.Props))
		for k := range x.Props {
			extra = append(extra, k)
		}
		sort.Strings(extra)
		names = append(names, extra...)
	case *object.TypeValue:
		names = []string{"IsPublic", "IsClass", "IsEnum", "IsValueType", "IsArray", "Name", "Namespace", "FullName", "BaseType", "UnderlyingSystemType"}
	default:
		return nil
	}
	out := make([]*object.Member, 0, len(names))
	for _, n := range names {
		n := n
		if n == "DisplayHint" {
			out = append(out, &object.Member{Name: n, Kind: object.NoteProperty, Value: "DateTime", Type: "Microsoft.PowerShell.Commands.DisplayHintType"})
			continue
		}
		kind := object.Property
		if n == "DateTime" || n == "PSMessageDetails" {
			// Both come from PowerShell's type data, not from the .NET type.
			kind = object.ScriptProperty
		}
		out = append(out, &object.Member{Name: n, Kind: kind, Get: func() any {
			r, _, _ := get(v, n)
			return r
		}})
	}
	return out
}
