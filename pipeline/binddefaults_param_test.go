package pipeline

import "testing"

// TestDefaultParam: the parameter name after the colon of a
// $PSDefaultParameterValues key is a name, an alias or a wildcard
// pattern that must pick out one parameter
// (about_Parameters_Default_Values).
func TestDefaultParam(t *testing.T) {
	b := &binder{all: []*ParamDecl{
		NewParam("GadgetName", "string").Alias("GN"),
		NewParam("GadgetCount", "int"),
		NewParam("Verbose", "switch").Alias("vb"),
	}}
	tests := []struct{ key, want string }{
		{"GadgetName", "GadgetName"},
		{"gadgetname", "GadgetName"},
		{"GN", "GadgetName"},
		{"Gadget", ""}, // a prefix is not a name
		{"GadgetN*", "GadgetName"},
		{"*Count", "GadgetCount"},
		{"Gadget*", ""}, // two parameters match
		{"V?rbose", "Verbose"},
		{"v[a-c]", "Verbose"}, // the alias matches
		{"Nothing*", ""},
	}
	for _, tc := range tests {
		got := ""
		if p := b.defaultParam(tc.key); p != nil {
			got = p.Name
		}
		if got != tc.want {
			t.Errorf("defaultParam(%q) = %q, want %q", tc.key, got, tc.want)
		}
	}
}
