package dotnet

import "testing"

func TestStringArrayMark(t *testing.T) {
	full := make([]any, 3)
	full[0], full[1], full[2] = "a", "b", "c"
	spare := make([]any, 2, 8)
	spare[0], spare[1] = "a", "b"
	marked := StringArray([]any{"a", "b", "c"})
	appended := StringArray(append(make([]any, 0, 3), "x", "y"))
	_ = append(appended, "z") // overwrites the mark slot
	tests := []struct {
		name string
		v    []any
		want string
	}{
		{"no spare capacity", StringArray(full), "System.String[]"},
		{"spare capacity", StringArray(spare), "System.String[]"},
		{"empty", StringArray([]any{}), "System.Object[]"},
		{"head sub-slice", marked[:2], "System.Object[]"},
		{"tail sub-slice", marked[1:], "System.Object[]"},
		{"copy", append([]any(nil), marked...), "System.Object[]"},
		{"mark overwritten by append", appended, "System.Object[]"},
		{"plain", []any{"a"}, "System.Object[]"},
		{"keys", KeyCollection([]any{"a", "b"}), "System.Collections.Hashtable+KeyCollection"},
		{"values", ValueCollection([]any{int32(1)}), "System.Collections.Hashtable+ValueCollection"},
		{"keys copied", append([]any(nil), KeyCollection([]any{"a"})...), "System.Object[]"},
	}
	for _, tt := range tests {
		if got := TypeName(tt.v); got != tt.want {
			t.Errorf("%s: TypeName = %s, want %s", tt.name, got, tt.want)
		}
	}
	if len(marked) != 3 || marked[2] != "c" {
		t.Errorf("marking changed the elements: %v", marked)
	}
}

func TestMarkedElementType(t *testing.T) {
	// A String[] converts what is assigned into it; a KeyCollection
	// has no element type to convert to.
	if e, ok := ArrayElemType(StringArray([]any{"a"})); !ok || e != "System.String" {
		t.Errorf("String[] element = %q, %v", e, ok)
	}
	if e, ok := ArrayElemType(KeyCollection([]any{"a"})); ok {
		t.Errorf("KeyCollection element = %q, want none", e)
	}
	if got := GetType(KeyCollection([]any{"a"})).Name; got != "KeyCollection" {
		t.Errorf("KeyCollection Name = %q", got)
	}
}
