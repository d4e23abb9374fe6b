package dotnet

import (
	"os"
	"strings"

	"cspsh/pipeline/object"
	"cspsh/pipeline/xmldom"
)

// System.IO.StringWriter and System.Xml.XmlTextWriter, as far as the
// usual "format this XML" script needs them: a StringWriter collects
// text; an XmlTextWriter over it takes a node's markup (WriteTo,
// WriteContentTo, XmlDocument.Save), indented when its Formatting is
// Indented, with Indentation IndentChars a level.

// stringSink is what a StringWriter has been given, or what an
// XmlTextWriter over a file writes to that file (host path) when
// flushed or closed.
type stringSink struct {
	b    strings.Builder
	path string
}

// flush writes a file-backed sink.
func (s *stringSink) flush() error {
	if s.path == "" {
		return nil
	}
	if err := os.WriteFile(s.path, []byte(s.b.String()), 0o644); err != nil {
		return xmlFileError(s.path, s.path, err)
	}
	return nil
}

// xmlTextWriter is an XmlTextWriter's state.
type xmlTextWriter struct {
	sink        *stringSink
	indented    bool
	indentation int
	indentChar  rune
}

// NewStringWriter is New-Object System.IO.StringWriter.
func NewStringWriter() *object.PSObject { return newStringWriterOf(&stringSink{}) }

// newStringWriterOf is a StringWriter object over sink s.
func newStringWriterOf(s *stringSink) *object.PSObject {
	o := object.NewObject("System.IO.StringWriter", "System.IO.TextWriter", "System.MarshalByRefObject", "System.Object")
	o.Add(&object.Member{Name: "Write", Kind: object.Method, Value: s, Call: func(args []any) (any, error) {
		for _, a := range args {
			s.b.WriteString(ToString(a))
		}
		return object.Null, nil
	}})
	o.Add(&object.Member{Name: "WriteLine", Kind: object.Method, Call: func(args []any) (any, error) {
		for _, a := range args {
			s.b.WriteString(ToString(a))
		}
		s.b.WriteString("\n")
		return object.Null, nil
	}})
	for _, name := range []string{"Flush", "Close", "Dispose"} {
		o.Add(&object.Member{Name: name, Kind: object.Method, Call: func([]any) (any, error) { return object.Null, nil }})
	}
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return s.b.String(), nil }})
	o.Add(&object.Member{Name: "NewLine", Kind: object.Property, Value: "\n", Type: "string"})
	return o
}

// stringSinkOf returns the text a StringWriter collects.
func stringSinkOf(v any) (*stringSink, bool) {
	o, ok := v.(*object.PSObject)
	if !ok {
		return nil, false
	}
	if m := o.Member("Write"); m != nil {
		s, ok := m.Value.(*stringSink)
		return s, ok
	}
	return nil, false
}

// NewXMLTextWriter is New-Object System.Xml.XmlTextWriter($textWriter)
// or ($path, $encoding). false when no overload takes the arguments.
func NewXMLTextWriter(args []any) (*object.PSObject, bool, error) {
	var sink *stringSink
	switch len(args) {
	case 1:
		s, ok := stringSinkOf(args[0])
		if !ok {
			return nil, false, nil
		}
		sink = s
	case 2:
		p, ok := args[0].(string)
		if !ok {
			return nil, false, nil
		}
		host, err := resolveXMLPath(p)
		if err != nil {
			return nil, true, err
		}
		sink = &stringSink{path: host}
		if err := sink.flush(); err != nil {
			return nil, true, err
		}
	default:
		return nil, false, nil
	}
	w := &xmlTextWriter{sink: sink, indentation: 2, indentChar: ' '}
	o := object.NewObject("System.Xml.XmlTextWriter", "System.Xml.XmlWriter", "System.Object")
	o.Add(&object.Member{Name: "Formatting", Kind: object.Property, Type: "System.Xml.Formatting",
		Get: func() any {
			if w.indented {
				return "Indented"
			}
			return "None"
		},
		Set: func(v any) error {
			switch strings.ToLower(ToString(v)) {
			case "indented", "1":
				w.indented = true
			case "none", "0":
				w.indented = false
			default:
				return object.NewException("System.Management.Automation.SetValueInvocationException",
					"Exception setting \"Formatting\": \"Cannot convert value \"%s\" to type \"System.Xml.Formatting\". Error: \"Unable to match the identifier name %s to a valid enumerator name. Specify one of the following enumerator names and try again:\nNone, Indented\"\"", ToString(v), ToString(v))
			}
			return nil
		}})
	o.Add(&object.Member{Name: "Indentation", Kind: object.Property, Type: "int",
		Get: func() any { return int32(w.indentation) },
		Set: func(v any) error {
			n, err := Convert(v, "int")
			if err != nil {
				return err
			}
			if n.(int32) < 0 {
				return argError("Indentation value must be greater than 0.")
			}
			w.indentation = int(n.(int32))
			return nil
		}})
	o.Add(&object.Member{Name: "IndentChar", Kind: object.Property, Type: "char",
		Get: func() any { return object.Char(w.indentChar) },
		Set: func(v any) error {
			c, err := Convert(v, "char")
			if err != nil {
				return err
			}
			w.indentChar = rune(c.(object.Char))
			return nil
		}})
	o.Add(&object.Member{Name: "WriteRaw", Kind: object.Method, Value: w, Call: func(args []any) (any, error) {
		for _, a := range args {
			w.sink.b.WriteString(ToString(a))
		}
		return object.Null, nil
	}})
	for _, name := range []string{"Flush", "Close", "Dispose"} {
		o.Add(&object.Member{Name: name, Kind: object.Method, Call: func([]any) (any, error) {
			if err := w.sink.flush(); err != nil {
				return nil, err
			}
			return object.Null, nil
		}})
	}
	return o, true, nil
}

// xmlTextWriterOf returns the state of an XmlTextWriter object.
func xmlTextWriterOf(v any) (*xmlTextWriter, bool) {
	o, ok := v.(*object.PSObject)
	if !ok {
		return nil, false
	}
	if m := o.Member("WriteRaw"); m != nil {
		w, ok := m.Value.(*xmlTextWriter)
		return w, ok
	}
	return nil, false
}

// writeNodeTo writes n (or, when content, its children) to a writer
// argument: an XmlTextWriter or a StringWriter. false when the
// argument is neither.
func writeNodeTo(n *xmldom.Node, target any, content bool) bool {
	unit, indented := "  ", false
	var sink *stringSink
	if w, ok := xmlTextWriterOf(target); ok {
		sink, indented = w.sink, w.indented
		unit = strings.Repeat(string(w.indentChar), w.indentation)
	} else if s, ok := stringSinkOf(target); ok {
		// Save to a TextWriter indents as Save to a file does.
		sink, indented = s, !n.Doc().PreserveWhitespace
	} else {
		return false
	}
	nodes := []*xmldom.Node{n}
	if content {
		nodes = n.Children
	}
	for i, c := range nodes {
		if indented {
			if i > 0 && (sink.b.Len() > 0) {
				sink.b.WriteString("\n")
			}
			sink.b.WriteString(c.IndentedWith(unit))
		} else {
			sink.b.WriteString(c.OuterXML())
		}
	}
	return true
}
