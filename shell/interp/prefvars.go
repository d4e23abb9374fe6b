package interp

import (
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// actionPreferenceType is the type of the action preference variables.
const actionPreferenceType = "System.Management.Automation.ActionPreference"

// actionPreference is the ActionPreference value named s.
func actionPreference(s string) any {
	if v, err := dotnet.Convert(s, actionPreferenceType); err == nil {
		return v
	}
	return s
}

// refuseSuspendValue is Windows PowerShell 5.1's refusal of Suspend for a
// variable typed ActionPreference (the preference variables, or one
// declared [System.Management.Automation.ActionPreference]$x): its
// ArgumentTypeConverterAttribute throws PSInvalidCastException
// (ErrorPackage.resx, UnsupportedPreferenceVariable), which reaches the
// script as ArgumentTransformationMetadataException and leaves the
// variable as it was. Parameters typed so still accept it. nil for any
// other value.
func refuseSuspendValue(val any) error {
	e, ok := val.(dotnet.Enum)
	if !ok || e.Type == nil || e.Type.FullName != actionPreferenceType || e.String() != "Suspend" {
		return nil
	}
	inner := object.NewException("System.Management.Automation.PSInvalidCastException",
		"The value %s is not supported for an ActionPreference variable. The provided value should be used only as a value for a preference parameter. For more information, see the Help topic, \"about_Preference_Variables.\"", e.String())
	ex := object.NewException("System.Management.Automation.ArgumentTransformationMetadataException", "%s", inner.Message)
	ex.Inner = inner
	return object.NewError(ex, "RuntimeException", "MetadataError", nil)
}
