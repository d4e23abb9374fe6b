package members

import (
	"os"
	"unicode/utf16"

	"cspsh/pipeline/object"
)

// newStreamReader is StreamReader(string path), (path, Encoding),
// (path, bool detectEncodingFromByteOrderMarks) and (path, Encoding,
// bool). A byte-order mark picks the encoding, as .NET's detection does;
// without one the given encoding decodes (UTF-8 by default).
func newStreamReader(args []any) (any, error) {
	if len(args) < 1 || len(args) > 4 {
		return nil, overload
	}
	if _, isObj := args[0].(*object.PSObject); isObj {
		return nil, overload // StreamReader(Stream …)
	}
	display, host, err := resolveArg(args[0])
	if err != nil {
		return nil, err
	}
	var enc any
	if len(args) > 1 {
		if _, isBool := args[1].(bool); !isBool {
			if enc = args[1]; enc == nil {
				return nil, argNull("encoding")
			}
		}
	}
	b, err := os.ReadFile(host)
	if err != nil {
		return nil, ioError(display, err)
	}
	s, err := decodeWith(b, enc)
	if err != nil {
		return nil, err
	}
	if enc == nil {
		enc = newEncodingBOM("utf-8", "Unicode (UTF-8)", 65001, true)
	}
	r := &streamReader{text: utf16.Encode([]rune(s)), enc: enc}
	return r.object(), nil
}

// hasBOM reports a UTF-8 or UTF-16 LE byte-order mark.
func hasBOM(b []byte) bool {
	return len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ||
		len(b) >= 2 && b[0] == 0xFF && b[1] == 0xFE
}

// streamReader is the state behind a StreamReader: the text as UTF-16
// code units (Read and Peek return them) and the read position.
type streamReader struct {
	text   []uint16
	pos    int
	enc    any
	closed bool
}

func closedReader() *object.Exception {
	return dotnetErr("System.ObjectDisposedException", "Cannot read from a closed TextReader.")
}

// readLine is TextReader.ReadLine: up to CR, LF or CR LF; $null at the end.
func (r *streamReader) readLine() any {
	if r.pos >= len(r.text) {
		return nil
	}
	start := r.pos
	for r.pos < len(r.text) {
		c := r.text[r.pos]
		if c == '\r' || c == '\n' {
			line := string(utf16.Decode(r.text[start:r.pos]))
			r.pos++
			if c == '\r' && r.pos < len(r.text) && r.text[r.pos] == '\n' {
				r.pos++
			}
			return line
		}
		r.pos++
	}
	return string(utf16.Decode(r.text[start:]))
}

func (r *streamReader) object() *object.PSObject {
	o := object.NewObject(streamReaderType, "System.IO.TextReader", "System.MarshalByRefObject", "System.Object")
	o.Add(&object.Member{Name: "CurrentEncoding", Kind: object.Property, Type: "System.Text.Encoding", Get: func() any { return r.enc }})
	o.Add(&object.Member{Name: "EndOfStream", Kind: object.Property, Type: "bool", Get: func() any { return r.pos >= len(r.text) }})
	method := func(name string, f func() any) {
		o.Add(&object.Member{Name: name, Kind: object.Method, Call: func(args []any) (any, error) {
			if len(args) != 0 {
				return nil, overload
			}
			if r.closed {
				return nil, closedReader()
			}
			return f(), nil
		}})
	}
	method("ReadLine", r.readLine)
	method("ReadToEnd", func() any {
		s := string(utf16.Decode(r.text[r.pos:]))
		r.pos = len(r.text)
		return s
	})
	method("Read", func() any {
		if r.pos >= len(r.text) {
			return int32(-1)
		}
		r.pos++
		return int32(r.text[r.pos-1])
	})
	method("Peek", func() any {
		if r.pos >= len(r.text) {
			return int32(-1)
		}
		return int32(r.text[r.pos])
	})
	for _, n := range []string{"Close", "Dispose"} {
		o.Add(&object.Member{Name: n, Kind: object.Method, Call: func(args []any) (any, error) {
			if len(args) != 0 {
				return nil, overload
			}
			r.closed = true
			return object.Null, nil
		}})
	}
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return streamReaderType, nil }})
	return o
}
