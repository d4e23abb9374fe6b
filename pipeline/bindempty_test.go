package pipeline

import "testing"

// TestEmptyStringToObjectParameter: a mandatory [object] parameter takes
// "" as a value (the empty-string check is for string parameters: 5.1's
// ValidateNullOrEmptyArgument tests the parameter's type), while a
// mandatory string parameter refuses it.
func TestEmptyStringToObjectParameter(t *testing.T) {
	ci := &CommandInfo{Name: "ConvertTo-Json", Params: []*ParamDecl{
		{Name: "InputObject", Type: "object", AllowNull: true, Sets: []SetBinding{{Set: AllSets, Position: 0, Mandatory: true}}},
		{Name: "Name", Type: "string", Sets: []SetBinding{{Set: AllSets, Position: 1}}},
	}}
	if _, err := Bind(ci, args(val("")), newFakeRT(), false); err != nil {
		t.Errorf("object parameter: %v", err)
	}
	ci.Params[1].Sets[0].Mandatory = true
	_, err := Bind(ci, args(val("x"), val("")), newFakeRT(), false)
	if err == nil || err.Error() != "Cannot bind argument to parameter 'Name' because it is an empty string." {
		t.Errorf("string parameter: %v", err)
	}
}
