package members

import (
	"bufio"
	"os"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// [System.IO.StreamWriter] and [System.IO.StreamReader] on a file path,
// the way admin scripts write reports and read lists:
//
//	$sw = New-Object System.IO.StreamWriter($path, $false, (New-Object System.Text.UTF8Encoding $false))
//	$sw.WriteLine('...'); $sw.Close()
//
// The writer opens (creates, truncates or appends to) the file at once,
// buffers what is written and writes it out on Flush, Close or Dispose,
// or at each write when AutoFlush is set; text is encoded with the given
// encoding (UTF-8 without a byte-order mark by default), whose preamble
// starts a file that was empty. Lines end in CR LF, Windows' NewLine. The
// reader reads the file when it is made and serves it from memory.

const (
	streamWriterType = "System.IO.StreamWriter"
	streamReaderType = "System.IO.StreamReader"
)

// newStreamWriter is StreamWriter(string path), (path, bool append),
// (path, append, Encoding) and (path, append, Encoding, int bufferSize).
func newStreamWriter(args []any) (any, error) {
	if len(args) < 1 || len(args) > 4 {
		return nil, overload
	}
	if _, isObj := args[0].(*object.PSObject); isObj {
		// StreamWriter(Stream …): cspsh has no Stream objects.
		return nil, overload
	}
	display, host, err := resolveArg(args[0])
	if err != nil {
		return nil, err
	}
	appendTo := len(args) > 1 && argBool(args[1])
	var enc any
	if len(args) > 2 {
		if enc = args[2]; enc == nil {
			return nil, argNull("encoding")
		}
	} else {
		enc = newEncodingBOM("utf-8", "Unicode (UTF-8)", 65001, false)
	}
	flag := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
	if appendTo {
		flag = os.O_CREATE | os.O_WRONLY | os.O_APPEND
	}
	f, err := os.OpenFile(host, flag, 0o644)
	if err != nil {
		return nil, writeErr(display, host, err)
	}
	w := &streamWriter{f: f, buf: bufio.NewWriter(f), enc: enc, display: display, newLine: "\r\n"}
	if st, err := f.Stat(); err == nil && st.Size() == 0 {
		p, err := Call(enc, "GetPreamble", nil)
		if err == nil {
			w.preamble, _ = bytesArg(p)
		}
	}
	if cp, _ := Get(enc, "CodePage"); cp == int32(65001) {
		w.utf8 = true
	}
	return w.object(), nil
}

// streamWriter is the state behind a StreamWriter object.
type streamWriter struct {
	f         *os.File
	buf       *bufio.Writer
	enc       any
	utf8      bool
	preamble  []byte
	display   string
	newLine   string
	autoFlush bool
	closed    bool
}

func closedWriter() *object.Exception {
	return dotnetErr("System.ObjectDisposedException", "Cannot write to a closed TextWriter.")
}

// write encodes s into the buffer.
func (w *streamWriter) write(s string) error {
	if w.closed {
		return closedWriter()
	}
	if w.preamble != nil {
		w.buf.Write(w.preamble)
		w.preamble = nil
	}
	if w.utf8 {
		w.buf.WriteString(s)
	} else {
		r, err := Call(w.enc, "GetBytes", []any{s})
		if err != nil {
			return err
		}
		b, err := bytesArg(r)
		if err != nil {
			return err
		}
		w.buf.Write(b)
	}
	if w.autoFlush {
		return w.flush()
	}
	return nil
}

func (w *streamWriter) flush() error {
	if w.closed {
		return closedWriter()
	}
	if w.preamble != nil {
		// Flush writes the preamble even before any text.
		w.buf.Write(w.preamble)
		w.preamble = nil
	}
	if err := w.buf.Flush(); err != nil {
		return ioError(w.display, err)
	}
	return nil
}

// close flushes and closes; closing twice is harmless, as Dispose is.
func (w *streamWriter) close() error {
	if w.closed {
		return nil
	}
	err := w.flush()
	w.closed = true
	if cerr := w.f.Close(); err == nil && cerr != nil {
		err = ioError(w.display, cerr)
	}
	return err
}

// writerText is what Write(value) writes: a string as is, a char array as its
// characters, a format with arguments through String.Format, anything
// else as its ToString().
func writerText(args []any) (string, error) {
	if len(args) > 1 {
		return dotnet.FormatOperator(argString(args[0]), args[1:])
	}
	if a, ok := args[0].([]any); ok {
		if e, typed := dotnet.ArrayElemType(a); typed && e == "System.Char" {
			var b strings.Builder
			for _, c := range a {
				r, _ := argChar(c)
				b.WriteRune(r)
			}
			return b.String(), nil
		}
	}
	return dotnet.MethodToString(args[0]), nil
}

// object builds the StreamWriter PSObject.
func (w *streamWriter) object() *object.PSObject {
	o := object.NewObject(streamWriterType, "System.IO.TextWriter", "System.MarshalByRefObject", "System.Object")
	o.Add(&object.Member{Name: "AutoFlush", Kind: object.Property, Type: "bool",
		Get: func() any { return w.autoFlush },
		Set: func(v any) error {
			w.autoFlush = argBool(v)
			if w.autoFlush && !w.closed {
				return w.flush()
			}
			return nil
		}})
	o.Add(&object.Member{Name: "Encoding", Kind: object.Property, Type: "System.Text.Encoding", Get: func() any { return w.enc }})
	o.Add(&object.Member{Name: "NewLine", Kind: object.Property, Type: "string",
		Get: func() any { return w.newLine },
		Set: func(v any) error {
			w.newLine = "\r\n"
			if v != nil {
				w.newLine = argString(v)
			}
			return nil
		}})
	o.Add(&object.Member{Name: "Write", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) == 0 {
			return nil, overload
		}
		s, err := writerText(args)
		if err != nil {
			return nil, err
		}
		return object.Null, w.write(s)
	}})
	o.Add(&object.Member{Name: "WriteLine", Kind: object.Method, Call: func(args []any) (any, error) {
		s := ""
		if len(args) > 0 {
			var err error
			if s, err = writerText(args); err != nil {
				return nil, err
			}
		}
		return object.Null, w.write(s + w.newLine)
	}})
	o.Add(&object.Member{Name: "Flush", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) != 0 {
			return nil, overload
		}
		return object.Null, w.flush()
	}})
	for _, n := range []string{"Close", "Dispose"} {
		o.Add(&object.Member{Name: n, Kind: object.Method, Call: func(args []any) (any, error) {
			if len(args) != 0 {
				return nil, overload
			}
			return object.Null, w.close()
		}})
	}
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return streamWriterType, nil }})
	return o
}
