package format

import "testing"

// An explicit Format-Wide puts scalars in its columns, as it does any
// object: 5.1's InnerFormatShapeCommand asks for out-of-band data with
// useToStringFallback=false outside a document, so only types with an
// out-of-band view escape (`1..4 | Format-Wide -Column 2`). Out-Default
// keeps printing scalars one per line.
func TestWideScalars(t *testing.T) {
	cases := []struct {
		in    []any
		shape Kind
		want  string
	}{
		{[]any{int32(1), int32(2), int32(3), int32(4)}, WideKind, "\n\n1          2\n3          4\n\n\n"},
		{[]any{"a", "bb", "c"}, WideKind, "\n\na          bb\nc          \n\n\n"},
		{[]any{int32(1), int32(2)}, Undefined, "1\n2\n"},
	}
	for _, tc := range cases {
		var data []any
		f := NewFormatter(Params{Shape: tc.shape, WideColumns: 2, Limit: 4}, func(v any) error { data = append(data, v); return nil })
		for _, v := range tc.in {
			_ = f.Process(v)
		}
		_ = f.End()
		if got := render(t, 20, data...); got != tc.want {
			t.Errorf("%v: got %q want %q", tc.in, got, tc.want)
		}
	}
}
