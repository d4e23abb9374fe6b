package format

import (
	"testing"

	"cspsh/pipeline/object"
)

func hash(kv ...any) *object.Hashtable {
	h := object.NewHashtable(false)
	for i := 0; i+1 < len(kv); i += 2 {
		h.Set(kv[i], kv[i+1])
	}
	return h
}

func TestParseColumnsErrors(t *testing.T) {
	// Messages from FormatAndOut_MshParameter.resx.
	tests := []struct {
		spec any
		kind Kind
		want string
	}{
		{hash("Foo", "x"), TableKind, "The Foo key is not valid."},
		{hash("Name", "x"), TableKind, "A mandatory entry for Expression is missing."},
		// The key met second in enumeration order is the duplicate: a
		// Hashtable filled with Name, Label, Expression enumerates Label
		// before Name in 5.1 (object.Hashtable.Keys).
		{hash("Name", "a", "Label", "b", "Expression", "x"), TableKind, "The duplicated key \"Name\" conflicts with \"Label\"."},
		{hash("e", "x", "Width", int32(0)), TableKind, "The value \"0\" for key \"Width\" should be greater than 0."},
		{hash("e", "x", "Alignment", "top"), TableKind, "The value \"top\" for key \"Alignment\" is not valid; valid values are left, center, right."},
		{hash("e", "x", "Width", int32(5)), ListKind, "The Width key is not valid."},
		{hash("e", ""), TableKind, "The \"e\" key cannot have an empty string value."},
		{hash("e", "x", "FormatString", ""), TableKind, "Cannot have an empty formatting string for key \"FormatString\"."},
		{"", TableKind, "An empty string value is not allowed."},
	}
	for _, tc := range tests {
		_, err := ParseColumns([]any{tc.spec}, tc.kind, nil)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%v: got %v, want %q", tc.spec, err, tc.want)
		}
	}
}

func TestParseColumnsKeys(t *testing.T) {
	cols, err := ParseColumns([]any{"Name", hash("l", "Size", "e", "Length", "w", int32(8), "a", "r", "f", "N0")}, TableKind, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := cols[1]
	if cols[0].Property != "Name" || c.Label != "Size" || c.Property != "Length" || c.Width != 8 || c.Align != AlignRight || c.FormatString != "N0" {
		t.Errorf("got %+v", cols)
	}
}
