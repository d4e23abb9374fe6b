package pipeline

import (
	"testing"

	"cspsh/pipeline/object"
)

// TestBindErrorParameterName: ParameterBindingException carries the
// parameter the error is about, its resource id, and where the offending
// text starts (ParameterName, ErrorId, Line, Offset).
func TestBindErrorParameterName(t *testing.T) {
	tests := []struct {
		name  string
		args  []Arg
		param string
		id    string
	}{
		{"unknown parameter", args(pn("Typo"), val("Default")), "Typo", "NamedParameterNotFound"},
		{"ambiguous prefix", args(pn("T"), val("Default")), "T", "AmbiguousParameter"},
		{"missing argument", args(pn("Thumbprint"), val("AB"), pn("Type")), "Type", "MissingArgument"},
		{"bad date", args(pn("Type"), val("Default"), pn("Thumbprint"), val("AB"), pn("EffectiveDate"), val("x")), "EffectiveDate", "CannotConvertArgumentNoMessage"},
		{"specified twice", args(pn("Thumbprint"), val("AB"), pn("Thumb"), val("CD")), "Thumbprint", "ParameterAlreadyBound"},
		{"validate range", args(pn("Count"), val(int32(50))), "Count", "ParameterArgumentValidationError"},
		{"extra positional", args(val("a"), val("b"), pn("Type"), val("Default"), pn("Thumbprint"), val("AB")), "", "PositionalParameterNotFound"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Bind(setCert(), tt.args, newFakeRT(), false)
			rec, ok := err.(*object.ErrorRecord)
			if !ok {
				t.Fatalf("error is %T, want *object.ErrorRecord", err)
			}
			if got := rec.Exception.Props["ParameterName"]; got != tt.param {
				t.Errorf("ParameterName = %v, want %q", got, tt.param)
			}
			if got := rec.Exception.Props["ErrorId"]; got != tt.id {
				t.Errorf("ErrorId = %v, want %q", got, tt.id)
			}
		})
	}
	a := pn("Typo")
	a.Pos = &object.InvocationInfo{Line: 2, Column: 19, MarkerLen: 5, LineText: "Get-CsCertificate -Typo Default"}
	_, err := Bind(setCert(), args(a, val("Default")), newFakeRT(), false)
	props := err.(*object.ErrorRecord).Exception.Props
	if props["Line"] != int64(2) || props["Offset"] != int64(19) {
		t.Errorf("Line, Offset = %v, %v; want 2, 19", props["Line"], props["Offset"])
	}
}
