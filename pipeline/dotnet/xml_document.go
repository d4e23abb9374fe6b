package dotnet

import (
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"

	"cspsh/pipeline/object"
	"cspsh/pipeline/xmldom"
)

// xmlPathResolver maps a path given to Load and Save to a host path;
// the data cmdlets set it (to the session's resolver) among their
// extensions. Unset, paths are the host's.
var xmlPathResolver func(string) (string, error)

// SetXMLPathResolver sets how XmlDocument.Load and Save find files.
func SetXMLPathResolver(f func(string) (string, error)) { xmlPathResolver = f }

func resolveXMLPath(p string) (string, error) {
	LoadExtensions()
	if xmlPathResolver == nil {
		return p, nil
	}
	return xmlPathResolver(p)
}

// documentMethods are XmlDocument's factory, load and save methods.
func documentMethods(d *xmldom.Node, method func(string, func([]any) (any, error))) {
	qualified := func(name string, args []any) (string, string, error) {
		switch len(args) {
		case 1:
			return ToString(args[0]), "", nil
		case 2:
			q := ToString(args[0])
			ns := ""
			if args[1] != nil {
				ns = ToString(args[1])
			}
			return q, ns, nil
		case 3:
			p, l := ToString(args[0]), ToString(args[1])
			q := l
			if p != "" {
				q = p + ":" + l
			}
			return q, ToString(args[2]), nil
		}
		return "", "", xmlOverload(name, len(args))
	}
	method("CreateElement", func(args []any) (any, error) {
		q, ns, err := qualified("CreateElement", args)
		if err != nil {
			return nil, err
		}
		if q == "" {
			return nil, argError("The local name for elements or attributes cannot be null or an empty string.")
		}
		return XMLObject(d.CreateElement(q, ns)), nil
	})
	method("CreateAttribute", func(args []any) (any, error) {
		q, ns, err := qualified("CreateAttribute", args)
		if err != nil {
			return nil, err
		}
		if q == "" {
			return nil, argError("The local name for elements or attributes cannot be null or an empty string.")
		}
		return XMLObject(d.CreateAttribute(q, ns)), nil
	})
	method("CreateNode", func(args []any) (any, error) {
		if len(args) != 3 && len(args) != 4 {
			return nil, xmlOverload("CreateNode", len(args))
		}
		kind := strings.ToLower(ToString(args[0]))
		if e, ok := args[0].(Enum); ok {
			kind = strings.ToLower(e.String())
		}
		name, ns := ToString(args[1]), ToString(args[2])
		if len(args) == 4 {
			name = ToString(args[1]) + ":" + ToString(args[2])
			if ToString(args[1]) == "" {
				name = ToString(args[2])
			}
			ns = ToString(args[3])
		}
		switch kind {
		case "element", "1":
			return XMLObject(d.CreateElement(name, ns)), nil
		case "attribute", "2":
			return XMLObject(d.CreateAttribute(name, ns)), nil
		case "text", "3":
			return XMLObject(d.CreateLeaf(xmldom.Text, "")), nil
		case "cdatasection", "cdata", "4":
			return XMLObject(d.CreateLeaf(xmldom.CDATA, "")), nil
		case "comment", "8":
			return XMLObject(d.CreateLeaf(xmldom.Comment, "")), nil
		case "whitespace", "13":
			return XMLObject(d.CreateLeaf(xmldom.Whitespace, "")), nil
		}
		return nil, argError("Cannot create node of type " + ToString(args[0]) + ".")
	})
	leaf := func(name string, t xmldom.Type) {
		method(name, func(args []any) (any, error) {
			if len(args) != 1 {
				return nil, xmlOverload(name, len(args))
			}
			v := ""
			if args[0] != nil {
				v = ToString(args[0])
			}
			return XMLObject(d.CreateLeaf(t, v)), nil
		})
	}
	leaf("CreateTextNode", xmldom.Text)
	leaf("CreateComment", xmldom.Comment)
	leaf("CreateCDataSection", xmldom.CDATA)
	leaf("CreateWhitespace", xmldom.Whitespace)
	method("CreateXmlDeclaration", func(args []any) (any, error) {
		if len(args) != 3 {
			return nil, xmlOverload("CreateXmlDeclaration", len(args))
		}
		v := "version=\"" + ToString(args[0]) + "\""
		if e := ToString(args[1]); args[1] != nil && e != "" {
			v += " encoding=\"" + e + "\""
		}
		if s := ToString(args[2]); args[2] != nil && s != "" {
			v += " standalone=\"" + s + "\""
		}
		if ToString(args[0]) != "1.0" {
			return nil, argError("Wrong XML version information. The XML must match production \"VersionNum ::= '1.' [0-9]+\".")
		}
		return XMLObject(d.CreateLeaf(xmldom.XmlDeclaration, v)), nil
	})
	method("ImportNode", func(args []any) (any, error) {
		if len(args) != 2 {
			return nil, xmlOverload("ImportNode", len(args))
		}
		src, err := xmlNodeArg("ImportNode", "node", args[0])
		if err != nil {
			return nil, err
		}
		if src == nil || src.Type == xmldom.Document {
			return nil, invalidOp("Cannot import nodes of type 'Document'.")
		}
		return XMLObject(d.Import(src, ToBool(args[1]))), nil
	})
	replace := func(nd *xmldom.Node) {
		d.RemoveChildren()
		for _, c := range append([]*xmldom.Node(nil), nd.Children...) {
			d.InsertAt(-1, c)
		}
		d.Adapter.(*object.PSObject).TypeNames = xmlTypeNames(xmldom.Document)
		xmlChanged(d)
	}
	method("LoadXml", func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, xmlOverload("LoadXml", len(args))
		}
		nd, err := xmldom.Parse(ToString(args[0]), d.PreserveWhitespace)
		if err != nil {
			return nil, xmlException(err)
		}
		replace(nd)
		return object.Null, nil
	})
	method("Load", func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, xmlOverload("Load", len(args))
		}
		p := ToString(args[0])
		host, err := resolveXMLPath(p)
		if err != nil {
			return nil, err
		}
		b, err := os.ReadFile(host)
		if err != nil {
			return nil, xmlFileError(p, host, err)
		}
		nd, err := xmldom.Parse(decodeXMLBytes(b), d.PreserveWhitespace)
		if err != nil {
			return nil, xmlException(err)
		}
		replace(nd)
		return object.Null, nil
	})
	method("Save", func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, xmlOverload("Save", len(args))
		}
		if _, isString := args[0].(string); !isString {
			if w, ok := xmlTextWriterOf(args[0]); ok {
				writeNodeTo(d, args[0], false)
				return object.Null, w.sink.flush()
			}
			if s, ok := stringSinkOf(args[0]); ok {
				// A TextWriter's own encoding (UTF-16 for a
				// StringWriter) goes in the declaration.
				tmp := &stringSink{}
				writeNodeTo(d, newStringWriterOf(tmp), false)
				s.b.WriteString(utf16Declaration(tmp.b.String()))
				return object.Null, nil
			}
		}
		p := ToString(args[0])
		host, err := resolveXMLPath(p)
		if err != nil {
			return nil, err
		}
		text := d.OuterXML()
		if !d.PreserveWhitespace {
			text = d.Indented()
		}
		if err := os.WriteFile(host, xmlFileBytes(d, text), 0o644); err != nil {
			return nil, xmlFileError(p, host, err)
		}
		return object.Null, nil
	})
}

// xmlFileBytes encodes a saved document: UTF-16 (little-endian, with
// a byte-order mark) when its declaration says so, as .NET writes it,
// else UTF-8 without a mark.
func xmlFileBytes(d *xmldom.Node, text string) []byte {
	for _, c := range d.Children {
		if c.Type != xmldom.XmlDeclaration {
			continue
		}
		v := strings.ToLower(c.Value)
		if strings.Contains(v, `encoding="utf-16"`) || strings.Contains(v, `encoding="unicode"`) {
			u := utf16.Encode([]rune(text))
			b := make([]byte, 2, 2+2*len(u))
			b[0], b[1] = 0xFF, 0xFE
			for _, x := range u {
				b = append(b, byte(x), byte(x>>8))
			}
			return b
		}
	}
	return []byte(text)
}

// xmlFileError is the .NET exception for a file Load or Save could not
// use.
func xmlFileError(p, host string, err error) *object.Exception {
	if os.IsNotExist(err) {
		if _, serr := os.Stat(filepath.Dir(host)); serr != nil {
			return object.NewException("System.IO.DirectoryNotFoundException", "Could not find a part of the path '%s'.", p)
		}
		return &object.Exception{Type: "System.IO.FileNotFoundException", Message: "Could not find file '" + p + "'.", Props: map[string]any{"FileName": p}}
	}
	if os.IsPermission(err) {
		return object.NewException("System.UnauthorizedAccessException", "Access to the path '%s' is denied.", p)
	}
	return object.NewException("System.IO.IOException", "%s", err.Error())
}

// decodeXMLBytes reads a file's bytes as text: UTF-8 (with or without
// a byte-order mark) or UTF-16 with one.
func decodeXMLBytes(b []byte) string {
	if len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF) {
		le := b[0] == 0xFF
		var us []uint16
		for i := 2; i+1 < len(b); i += 2 {
			if le {
				us = append(us, uint16(b[i])|uint16(b[i+1])<<8)
			} else {
				us = append(us, uint16(b[i])<<8|uint16(b[i+1]))
			}
		}
		return string(utf16.Decode(us))
	}
	return string(b)
}

// utf16Declaration rewrites the encoding of a leading XML declaration
// to utf-16.
func utf16Declaration(text string) string {
	if !strings.HasPrefix(text, "<?xml ") {
		return text
	}
	end := strings.Index(text, "?>")
	if end < 0 {
		return text
	}
	decl := text[:end]
	if i := strings.Index(decl, `encoding="`); i >= 0 {
		j := strings.IndexByte(decl[i+10:], '"')
		if j >= 0 {
			decl = decl[:i+10] + "utf-16" + decl[i+10+j:]
		}
	}
	return decl + text[end:]
}
