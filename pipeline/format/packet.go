package format

// The formatting protocol, as PowerShell's format-* and out-* commands
// speak it: a shaper turns objects into packets (start of a document,
// start of a group, one entry per object, end of group, end of document,
// and out-of-band entries that stand alone), and an outputter turns
// packets into lines. Format-Table and its siblings emit the packets as
// pipeline objects; Out-Default, Out-String and Out-File render them.

// packetKind says which message a packet is.
type packetKind int

const (
	pkStart packetKind = iota
	pkGroupStart
	pkEntry
	pkGroupEnd
	pkEnd
)

// packetTypeNames are the .NET names PowerShell gives the format objects
// (what Get-Member shows for `Get-Date | Format-Table | Get-Member`).
var packetTypeNames = [...]string{
	"Microsoft.PowerShell.Commands.Internal.Format.FormatStartData",
	"Microsoft.PowerShell.Commands.Internal.Format.GroupStartData",
	"Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData",
	"Microsoft.PowerShell.Commands.Internal.Format.GroupEndData",
	"Microsoft.PowerShell.Commands.Internal.Format.FormatEndData",
}

// packet is one formatting message.
type packet struct {
	kind packetKind
	// start: the shape of the document.
	start *startInfo
	// group start: the header lines shown above the group (nil when the
	// view does not group).
	header []string
	// entry: one object's formatted values.
	entry *entry
	// outOfBand marks an entry shown on its own, outside the current
	// table or list (a string among objects, an object of another type).
	outOfBand bool
}

// startInfo is FormatStartData's shape information.
type startInfo struct {
	shape      Kind
	cols       []colHeader // table
	autoSize   bool        // -AutoSize: widths from every object of a group
	hideHeader bool
	wrap       bool
	wideCols   int // Format-Wide -Column (0: fit)
}

// colHeader is one table column's header information.
type colHeader struct {
	label string
	width int // 0: computed
	align Align
}

// entry is one object's payload.
type entry struct {
	// Table: one string per column.
	cells []string
	// List: labels and values.
	labels []string
	values []string
	// Wide: the single item; raw text for an out-of-band scalar.
	text string
	// Custom: lines of a custom control.
	lines []string
	raw   bool // out-of-band raw text (text holds it)
}
