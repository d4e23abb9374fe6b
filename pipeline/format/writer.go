package format

import (
	"io"
	"strings"

	"cspsh/pipeline/object"
)

// Writer is Out-Default (and Out-String, Out-File, Out-Host): it formats
// each object it is given as Windows PowerShell 5.1 does and writes the
// text. Consecutive objects share a table or list; Close ends the last
// one. A Writer is not safe for concurrent use.
type Writer struct {
	// LookupVar reads a variable ($FormatEnumerationLimit, $ErrorView)
	// as the session sees it; nil means the defaults.
	LookupVar func(name string) (any, bool)

	out   *outputter
	sh    *shaper
	w     io.Writer
	err   error
	begun bool
	buf   []byte
}

// NewWriter returns a Writer for a screen width columns wide (the
// terminal's, or 120 when output is redirected).
func NewWriter(w io.Writer, width int) *Writer {
	wr := &Writer{w: w}
	wr.out = newOutputter(width, wr.writeLine)
	return wr
}

// NewLineWriter returns a Writer that hands each finished line to line
// (Out-String -Stream). A string input is handed over whole, its own
// line breaks included, as Windows PowerShell 5.1's Out-String -Stream
// emits it.
func NewLineWriter(width int, line func(string)) *Writer {
	wr := &Writer{}
	wr.out = newOutputter(width, line)
	wr.out.rawWhole = true
	return wr
}

func (wr *Writer) writeLine(s string) {
	if wr.err != nil {
		return
	}
	wr.buf = append(append(wr.buf[:0], s...), '\n')
	_, wr.err = wr.w.Write(wr.buf)
}

// Width is the screen width the Writer lays text out for.
func (wr *Writer) Width() int { return wr.out.width }

func (wr *Writer) init() {
	if wr.begun {
		return
	}
	wr.begun = true
	p := Params{Shape: Undefined, Limit: wr.limit()}
	wr.sh = newShaper(p, wr.out.add)
	wr.sh.errorView = wr.errorView
}

// Write formats v: collections one element at a time, $null and
// AutomationNull as nothing.
func (wr *Writer) Write(v any) error {
	wr.init()
	// Fast path: a string or number outside a table being sized is its
	// text on a line of its own.
	if !wr.out.holding && isScalar(v) {
		text := toString(v)
		if strings.IndexByte(text, '\n') < 0 && strings.IndexByte(text, '\r') < 0 {
			wr.out.line(text)
			return wr.err
		}
	}
	wr.sh.input(v)
	return wr.err
}

// Close ends the open table or list and writes its trailing blank lines.
func (wr *Writer) Close() error {
	if wr.sh != nil {
		wr.sh.end()
	}
	wr.out.flush()
	wr.begun = false
	return wr.err
}

// limit is $FormatEnumerationLimit (global), 4 unless set to an int.
func (wr *Writer) limit() int {
	if wr.LookupVar != nil {
		if v, ok := wr.LookupVar("FormatEnumerationLimit"); ok {
			switch n := v.(type) {
			case int32:
				return int(n)
			case int:
				return n
			case int64:
				return int(n)
			}
		}
	}
	return DefaultEnumerationLimit
}

// errorView is $ErrorView ("NormalView" unless set).
func (wr *Writer) errorView() string {
	if wr.LookupVar != nil {
		if v, ok := wr.LookupVar("ErrorView"); ok {
			if s := toString(v); s != "" {
				return s
			}
		}
	}
	return "NormalView"
}

// input unrolls what the formatter enumerates (arrays, lists, and
// dictionaries as their entries) and formats each element.
func (s *shaper) input(v any) {
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			s.input(e)
		}
		return
	case *object.List:
		for _, e := range t.Items {
			s.input(e)
		}
		return
	case *object.Hashtable:
		for i := 0; i < t.Len(); i++ {
			k, val := t.At(i)
			s.process(dictItem(t, k, val))
		}
		return
	}
	s.process(v)
}

// DictionaryEntry builds the System.Collections.DictionaryEntry a
// hashtable enumerates to (Name is an alias of Key, as types.ps1xml
// defines it).
func DictionaryEntry(k, v any) *object.PSObject {
	o := object.NewObject("System.Collections.DictionaryEntry", "System.ValueType", "System.Object")
	o.Add(&object.Member{Name: "Name", Kind: object.AliasProperty, Value: k})
	o.Add(&object.Member{Name: "Key", Kind: object.Property, Value: k})
	o.Add(&object.Member{Name: "Value", Kind: object.Property, Value: v})
	return o
}
