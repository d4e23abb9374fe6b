package data

import (
	"strings"
	"testing"

	"cspsh/cmdlets/core/cmdtest"
	"cspsh/pipeline/object"
)

// TestConvertToHtmlLabelOnly: a calculated -Property takes Label and
// Expression; "unlike with Select-Object or Format-Table, the Name key is
// not supported" (ConvertTo-Html, -Property).
func TestConvertToHtmlLabelOnly(t *testing.T) {
	in := object.NewObject()
	in.SetProp("a", int32(1))
	label := object.NewHashtable(false)
	label.Set("Label", "X")
	label.Set("Expression", "a")
	out, err := cmdtest.New().Run(convertToHtml(), []any{in}, P("Fragment"), P("Property"), []any{label})
	if err != nil || !strings.Contains(lines(out), "<tr><th>X</th></tr>") {
		t.Errorf("Label: %v %v", lines(out), err)
	}
	name := object.NewHashtable(false)
	name.Set("Name", "X")
	name.Set("Expression", "a")
	_, err = cmdtest.New().Run(convertToHtml(), []any{in}, P("Fragment"), P("Property"), []any{name})
	if err == nil || !strings.Contains(err.Error(), "The Name key is not valid.") {
		t.Errorf("Name: %v", err)
	}
}
