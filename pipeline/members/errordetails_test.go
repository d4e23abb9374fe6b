package members

import (
	"testing"

	"cspsh/pipeline/object"
)

// TestSetErrorDetails: ErrorRecord.ErrorDetails is { get; set; } and its
// Message replaces the exception's message in ToString.
func TestSetErrorDetails(t *testing.T) {
	details, err := New("System.Management.Automation.ErrorDetails", []any{"from the object"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		val        any
		wantString string
		wantNil    bool
	}{
		{"string converts", "friendly text", "friendly text", false},
		{"ErrorDetails object", details, "from the object", false},
		{"null removes", nil, "bad op", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := object.NewError(object.NewException("System.InvalidOperationException", "bad op"), "Id", "InvalidOperation", nil)
			rec.DetailsMessage = "earlier"
			if err := Set(rec, "errordetails", tt.val); err != nil {
				t.Fatal(err)
			}
			got, err := Call(rec, "ToString", nil)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.wantString {
				t.Errorf("ToString() = %v, want %q", got, tt.wantString)
			}
			d, err := Get(rec, "ErrorDetails")
			if err != nil {
				t.Fatal(err)
			}
			if (d == nil) != tt.wantNil {
				t.Errorf("ErrorDetails = %v, want nil: %v", d, tt.wantNil)
			}
		})
	}
}

// TestErrorRecordMemberKinds: PSMessageDetails is a script property from
// PowerShell's type data; the rest are the .NET type's properties
// (Get-Member -MemberType Property leaves it out).
func TestErrorRecordMemberKinds(t *testing.T) {
	rec := object.NewError(object.NewException("System.Exception", "x"), "Id", "NotSpecified", nil)
	for _, m := range Properties(rec) {
		want := object.Property
		if m.Name == "PSMessageDetails" {
			want = object.ScriptProperty
		}
		if m.Kind != want {
			t.Errorf("%s: kind %v, want %v", m.Name, m.Kind, want)
		}
	}
}
