package members

import (
	"strings"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// hintedDateTime is the DateTime script property of a date Get-Date
// wrapped with a DisplayHint note: types.ps1xml shows only the long date
// for the hint Date, only the long time for Time, and both otherwise.
func hintedDateTime(o *object.PSObject) (string, bool) {
	t, ok := o.Base.(time.Time)
	if !ok {
		return "", false
	}
	m := o.Member("DisplayHint")
	if m == nil {
		return "", false
	}
	switch strings.ToLower(dotnet.ToString(m.GetValue())) {
	case "date":
		return dotnet.FormatDate(t, "D"), true
	case "time":
		return dotnet.FormatDate(t, "T"), true
	}
	return dotnet.FormatDate(t, "D") + " " + dotnet.FormatDate(t, "T"), true
}

// withBaseProperties is the instance members of a wrapped value followed
// by the value's own properties that they do not hide.
func withBaseProperties(own []*object.Member, base any) []*object.Member {
	out := append([]*object.Member(nil), own...)
	for _, m := range Properties(base) {
		hidden := false
		for _, o := range own {
			if strings.EqualFold(o.Name, m.Name) {
				hidden = true
				break
			}
		}
		if !hidden {
			out = append(out, m)
		}
	}
	return out
}

// unwrapDateArgs passes Get-Date's wrapped dates to a .NET method as the
// DateTime they carry, as PowerShell's method binder converts a PSObject
// argument to the parameter's type ($a.Equals($b), [datetime]::Compare).
func unwrapDateArgs(args []any) []any {
	for i, a := range args {
		if o, ok := a.(*object.PSObject); ok {
			if t, ok := o.Base.(time.Time); ok {
				out := append([]any(nil), args...)
				out[i] = t
				for j := i + 1; j < len(out); j++ {
					if o, ok := out[j].(*object.PSObject); ok {
						if t, ok := o.Base.(time.Time); ok {
							out[j] = t
						}
					}
				}
				return out
			}
		}
	}
	return args
}
