package format

import (
	"time"

	"cspsh/pipeline/object"
)

// dateScriptPropertyLast moves a date's DateTime script property after
// the date's own .NET properties. Windows PowerShell's Format-List and
// Format-Table show Get-Date as DisplayHint, Date … Year, DateTime,
// while Select-Object * and ConvertTo-Csv keep the DateTime property
// second; only the formatter's order changes here. A date that is not
// Get-Date's own result also loses the DisplayHint note.
func dateScriptPropertyLast(v any, ms []*object.Member) []*object.Member {
	base := v
	if o, ok := v.(*object.PSObject); ok && o.Base != nil {
		base = o.Base
	}
	if _, ok := base.(time.Time); !ok {
		return ms
	}
	if _, raw := v.(time.Time); raw {
		// DisplayHint is the note Get-Date adds to its own result; a
		// date from anywhere else (a property, a cast) has none.
		kept := make([]*object.Member, 0, len(ms))
		for _, m := range ms {
			if m.Name != "DisplayHint" {
				kept = append(kept, m)
			}
		}
		ms = kept
	}
	for i, m := range ms {
		if m.Name == "DateTime" && m.Kind == object.ScriptProperty && i < len(ms)-1 {
			out := make([]*object.Member, 0, len(ms))
			out = append(out, ms[:i]...)
			out = append(out, ms[i+1:]...)
			return append(out, m)
		}
	}
	return ms
}
