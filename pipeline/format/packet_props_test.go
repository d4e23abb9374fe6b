package format

import (
	"strings"
	"testing"

	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// TestPacketFields: Format-Table's objects carry the public fields 5.1's
// format classes have, which Export-Csv Example 7 writes out.
func TestPacketFields(t *testing.T) {
	var got []string
	f := NewFormatter(Params{Shape: TableKind}, func(v any) error {
		var parts []string
		for _, m := range members.Properties(v) {
			parts = append(parts, m.Name+"="+toString(m.GetValue()))
		}
		got = append(got, strings.Join(parts, ";"))
		return nil
	})
	o := object.NewObject()
	o.SetProp("Day", int32(5))
	if err := f.Process(o); err != nil {
		t.Fatal(err)
	}
	if err := f.End(); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"ClassId2e4f51ef21dd47e99d3c952918aff9cd=033ecb2bc07a4d43b5ef94ed5a35d280;pageHeaderEntry=;pageFooterEntry=;autosizeInfo=;shapeInfo=Microsoft.PowerShell.Commands.Internal.Format.TableHeaderInfo;groupingEntry=",
		"ClassId2e4f51ef21dd47e99d3c952918aff9cd=9e210fe47d09416682b841769c78b8a3;groupingEntry=",
		"ClassId2e4f51ef21dd47e99d3c952918aff9cd=27c87ef9bbda4f709f6b4002fa4af63c;formatEntryInfo=Microsoft.PowerShell.Commands.Internal.Format.TableRowEntry;outOfBand=False;writeStream=None",
		"ClassId2e4f51ef21dd47e99d3c952918aff9cd=4ec4f0187cb04f4cb6973460dfe252df;groupingEntry=",
		"ClassId2e4f51ef21dd47e99d3c952918aff9cd=cf522b78d86c486691226b40aa69e95c;groupingEntry=",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
