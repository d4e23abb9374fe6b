package interp

import "cspsh/pipeline/dotnet"

// shouldProcessReason is the ShouldProcessReason the four-argument
// $PSCmdlet.ShouldProcess stores in its [ref] argument: WhatIf when
// -WhatIf (or $WhatIfPreference) answered the question, None otherwise
// (Cmdlet.ShouldProcess(String, String, String, ShouldProcessReason)).
func shouldProcessReason(whatIf bool) any {
	name := "None"
	if whatIf {
		name = "WhatIf"
	}
	if t, ok := dotnet.LookupEnum("System.Management.Automation.ShouldProcessReason"); ok {
		if v, ok := dotnet.EnumValue(t, name); ok {
			return v
		}
	}
	return name
}
