package format

import "cspsh/pipeline/object"

// packetMember is the hidden member of a format object that carries its
// packet.
const packetMember = "__FormatPacket"

// Formatter is the engine of Format-Table, Format-List, Format-Wide and
// Format-Custom: it turns input objects into the format objects that
// Out-Default, Out-String and Out-File render.
type Formatter struct {
	sh   *shaper
	emit func(any) error
	err  error
	// shape is the current document's view kind (for the entries'
	// formatEntryInfo field).
	shape Kind
}

// NewFormatter returns a Formatter that sends each format object to emit.
func NewFormatter(p Params, emit func(any) error) *Formatter {
	f := &Formatter{emit: emit}
	f.sh = newShaper(p, f.send)
	return f
}

func (f *Formatter) send(p *packet) {
	if f.err != nil {
		return
	}
	o := object.NewObject(packetTypeNames[p.kind], "System.Object")
	if p.kind == pkStart && p.start != nil {
		f.shape = p.start.shape
	}
	addPacketFields(o, p, f.shape)
	o.Add(&object.Member{Name: packetMember, Kind: object.NoteProperty, Value: p, Hidden: true})
	f.err = f.emit(o)
}

// Process formats one input object (collections element by element).
func (f *Formatter) Process(v any) error {
	f.sh.input(v)
	if f.sh.err != nil {
		return f.sh.err
	}
	return f.err
}

// ProcessCore formats the object itself, without enumerating a
// collection (Format-* -Expand CoreOnly).
func (f *Formatter) ProcessCore(v any) error {
	f.sh.process(v)
	if f.sh.err != nil {
		return f.sh.err
	}
	return f.err
}

// ProcessBoth formats a collection itself and then its elements
// (Format-* -Expand Both), with PowerShell's notes between them.
func (f *Formatter) ProcessBoth(v any) error {
	items, ok := enumerate(v)
	if !ok {
		if h, isHash := v.(*object.Hashtable); isHash {
			for i := 0; i < h.Len(); i++ {
				k, val := h.At(i)
				items = append(items, dictItem(h, k, val))
			}
			ok = true
		}
	}
	if !ok {
		return f.Process(v)
	}
	f.sh.emit(rawPacket("The following object supports IEnumerable:"))
	f.sh.emit(f.sh.outOfBand(v))
	switch len(items) {
	case 0:
		f.sh.emit(rawPacket("The IEnumerable contains no objects."))
	case 1:
		f.sh.emit(rawPacket("The IEnumerable contains the following object:"))
	default:
		f.sh.emit(rawPacket("The IEnumerable contains the following " + itoa(len(items)) + " objects:"))
	}
	for _, e := range items {
		f.sh.process(e)
	}
	if f.sh.err != nil {
		return f.sh.err
	}
	return f.err
}

// End closes the document.
func (f *Formatter) End() error {
	f.sh.end()
	return f.err
}

// packetOf returns the packet a format object carries.
func packetOf(v any) (*packet, bool) {
	o, ok := v.(*object.PSObject)
	if !ok || len(o.TypeNames) == 0 || len(o.TypeNames[0]) < 40 {
		return nil, false
	}
	m := o.Member(packetMember)
	if m == nil {
		return nil, false
	}
	p, ok := m.Value.(*packet)
	return p, ok
}
