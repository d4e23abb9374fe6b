package format

import "cspsh/pipeline/object"

// The public fields of PowerShell's format objects, which Select-Object,
// Get-Member and Export-Csv see when a Format-* result is piped on
// (Export-Csv Example 7 shows the "ClassId2e4f51ef21dd47e99d3c952918aff9cd"
// header such a file gets). The values are what the fields' ToString()
// gives: the class name of the info objects, empty for null.
const formatNS = "Microsoft.PowerShell.Commands.Internal.Format."

// packetClassIDs are each format object's ClassId2e4f51ef21dd47e99d3c952918aff9cd.
var packetClassIDs = [...]string{
	"033ecb2bc07a4d43b5ef94ed5a35d280", // FormatStartData
	"9e210fe47d09416682b841769c78b8a3", // GroupStartData
	"27c87ef9bbda4f709f6b4002fa4af63c", // FormatEntryData
	"4ec4f0187cb04f4cb6973460dfe252df", // GroupEndData
	"cf522b78d86c486691226b40aa69e95c", // FormatEndData
}

// shapeInfoTypes are FormatStartData.shapeInfo's classes per view kind.
var shapeInfoTypes = [...]string{"TableHeaderInfo", "ListViewHeaderInfo", "WideViewHeaderInfo", "ComplexViewHeaderInfo"}

// entryInfoTypes are FormatEntryData.formatEntryInfo's classes per kind.
var entryInfoTypes = [...]string{"TableRowEntry", "ListViewEntry", "WideViewEntry", "ComplexViewEntry"}

// addPacketFields gives a format object its public fields, in the order
// 5.1's adapter lists them.
func addPacketFields(o *object.PSObject, p *packet, shape Kind) {
	o.SetProp("ClassId2e4f51ef21dd47e99d3c952918aff9cd", packetClassIDs[p.kind])
	switch p.kind {
	case pkStart:
		var autosize, shapeInfo any
		if p.start != nil {
			if p.start.autoSize {
				autosize = formatNS + "AutosizeInfo"
			}
			if int(p.start.shape) < len(shapeInfoTypes) {
				shapeInfo = formatNS + shapeInfoTypes[p.start.shape]
			}
		}
		o.SetProp("pageHeaderEntry", nil)
		o.SetProp("pageFooterEntry", nil)
		o.SetProp("autosizeInfo", autosize)
		o.SetProp("shapeInfo", shapeInfo)
		o.SetProp("groupingEntry", nil)
	case pkGroupStart, pkGroupEnd, pkEnd:
		var grouping any
		if p.kind == pkGroupStart && p.header != nil {
			grouping = formatNS + "GroupingEntry"
		}
		o.SetProp("groupingEntry", grouping)
	case pkEntry:
		info := formatNS + "RawTextFormatEntry"
		if p.entry != nil && !p.entry.raw && int(shape) < len(entryInfoTypes) {
			info = formatNS + entryInfoTypes[shape]
		}
		o.SetProp("formatEntryInfo", info)
		o.SetProp("outOfBand", p.outOfBand)
		o.SetProp("writeStream", "None")
	}
}
