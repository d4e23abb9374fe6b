package format

import (
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// Params are a Format-* command's choices. The zero value (with Shape
// left undefined through Undefined) is Out-Default's: the view decides.
type Params struct {
	// Shape forces a table, list, wide or custom layout; Undefined lets
	// the object's view or its property count decide.
	Shape Kind
	// Columns are the -Property entries (names, wildcards, calculated
	// properties). Empty means the view's or the object's own.
	Columns []Column
	GroupBy *Column
	// AutoSize, Wrap, HideTableHeaders are Format-Table's switches;
	// AutoSize also applies to Format-Wide.
	AutoSize         bool
	Wrap             bool
	HideTableHeaders bool
	// WideColumns is Format-Wide -Column.
	WideColumns int
	// Depth is Format-Custom -Depth (0: the default, 5).
	Depth int
	// Limit is $FormatEnumerationLimit (negative: no limit).
	Limit int
	// Force formats strings, numbers and error records with the chosen
	// shape too instead of showing them as they are (Format-* -Force).
	Force bool
	// ErrorView is $ErrorView for error records among the objects
	// ("" = NormalView).
	ErrorView string
	// View names the registered view to use (Format-* -View).
	View string
	// DisplayError shows "#ERR" in a cell whose expression failed;
	// ShowError shows the failure itself after the object.
	DisplayError, ShowError bool
}

// Undefined is the Shape of Params that leave the choice to the view.
const Undefined Kind = -1

// shaper is the format-default/format-* half of the protocol.
type shaper struct {
	p     Params
	emit  func(*packet)
	inDoc bool
	group bool // inside a group
	gen   *generator
	key   string // current group value
	// errorView reads $ErrorView for error records in the output.
	errorView func() string
	// err is a failure that ends the formatting (an unknown -View).
	err error
}

func newShaper(p Params, emit func(*packet)) *shaper {
	s := &shaper{p: p, emit: emit}
	if p.ErrorView != "" {
		s.errorView = func() string { return p.ErrorView }
	}
	return s
}

// process formats one object (collections are unrolled by the caller).
func (s *shaper) process(v any) {
	if v == nil {
		return
	}
	if _, ok := v.(object.AutomationNull); ok {
		return
	}
	if pk, ok := packetOf(v); ok {
		// Format data after our own objects: close our document first, as
		// OutCommandInner does with a FormatStartData out of sequence.
		if pk.kind == pkStart && s.inDoc {
			s.end()
		}
		s.emit(pk)
		return
	}
	// Objects that stand alone whatever the document state: scalars as
	// their text, error records as the error view.
	if oob := s.outOfBandAlways(v); oob != nil {
		s.emit(oob)
		return
	}
	if !s.inDoc {
		if s.err != nil {
			return
		}
		var named *View
		if s.p.View != "" && s.p.Shape != Undefined {
			view, err := namedView(typeNames(v), s.p.Shape, s.p.View)
			if err != nil {
				s.err = err
				return
			}
			named = view
		}
		s.gen = newGenerator(v, s.p)
		if named != nil {
			s.gen.useView(named, s.p)
		}
		s.emit(&packet{kind: pkStart, start: s.gen.startInfo(v)})
		s.inDoc = true
	} else if !s.gen.applicable(v) {
		s.emit(s.outOfBand(v))
		return
	}
	key, grouped := s.gen.groupKey(v)
	switch {
	case !s.group:
		s.key = key
		s.emit(&packet{kind: pkGroupStart, header: s.gen.groupHeader(v, grouped)})
		s.group = true
	case grouped && key != s.key:
		s.emit(&packet{kind: pkGroupEnd})
		s.key = key
		s.emit(&packet{kind: pkGroupStart, header: s.gen.groupHeader(v, grouped)})
	}
	s.emit(&packet{kind: pkEntry, entry: s.gen.entry(v)})
	s.drainErrors()
}

// drainErrors shows the expression failures of the last object
// (-ShowError) in the error view.
func (s *shaper) drainErrors() {
	if s.gen == nil || len(s.gen.errors) == 0 {
		return
	}
	view := "NormalView"
	if s.errorView != nil {
		view = s.errorView()
	}
	for _, rec := range s.gen.errors {
		s.emit(rawPacket(ErrorView(rec, view)))
	}
	s.gen.errors = nil
}

// end closes the open group and document.
func (s *shaper) end() {
	if s.group {
		s.emit(&packet{kind: pkGroupEnd})
		s.group = false
	}
	if s.inDoc {
		s.emit(&packet{kind: pkEnd})
		s.inDoc = false
	}
	s.gen = nil
}

// outOfBandAlways returns the packet for an object shown on its own
// line(s) in any state, or nil: scalars as their text, error records in
// the error view, records with an out-of-band view, and for Out-Default
// objects with nothing to format. Format-* -Force formats them all.
func (s *shaper) outOfBandAlways(v any) *packet {
	if s.p.Shape != Undefined && s.p.Force {
		return nil
	}
	// An explicit Format-Wide lays scalars out in its columns
	// (ProcessOutOfBandObjectOutsideDocumentSequence passes
	// useToStringFallback=false, so only an out-of-band view escapes).
	if (isScalar(v) && s.p.Shape != WideKind) || isRawText(v) {
		return rawPacket(toString(v))
	}
	if r, ok := v.(*object.ErrorRecord); ok {
		view := "NormalView"
		if s.errorView != nil {
			view = s.errorView()
		}
		return rawPacket(ErrorView(r, view))
	}
	if view, ok := ViewFor(typeNames(v)); ok && view.OutOfBand && view.Render != nil {
		return rawPacket(view.Render(v))
	}
	if s.p.Shape != Undefined {
		return nil
	}
	if _, ok := ViewFor(typeNames(v)); ok {
		return nil
	}
	if len(objectProps(v)) == 0 && !isViewless(v) {
		return rawPacket(toString(v))
	}
	return nil
}

// isRawText reports values printed as their text rather than formatted:
// script blocks print their source.
func isRawText(v any) bool {
	if _, ok := v.(object.ScriptBlock); !ok {
		return false
	}
	return dotnet.TypeName(v) == "System.Management.Automation.ScriptBlock"
}

// isViewless reports values that have a built-in rendering despite
// having no properties of their own.
func isViewless(v any) bool {
	switch v.(type) {
	case *object.Hashtable, object.TimeSpan, *object.TypeValue:
		return true
	}
	return isDateTime(v)
}

// outOfBand renders an object that does not fit the current document:
// as a list of its properties (OutOfBandFormatViewManager's default).
func (s *shaper) outOfBand(v any) *packet {
	g := &generator{kind: ListKind, limit: s.p.Limit, perObject: true}
	if view, ok := ViewFor(typeNames(v)); ok && view.Kind == ListKind {
		g.view, g.cols, g.perObject = view, view.Columns, false
	}
	e := g.entry(v)
	pk := &packet{kind: pkEntry, entry: e, outOfBand: true}
	if view, ok := ViewFor(typeNames(v)); ok && (view.Kind == CustomKind || view.Render != nil) {
		pk.entry = &entry{raw: true, text: view.Render(v)}
	}
	return pk
}

func rawPacket(text string) *packet {
	return &packet{kind: pkEntry, outOfBand: true, entry: &entry{raw: true, text: text}}
}
