package data

import (
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/xmldom"
)

// registerXMLExtensions gives the XML types their constructors and
// XmlDocument.Load/Save the session's paths (C:\… in the lab).
func registerXMLExtensions() {
	dotnet.SetXMLPathResolver(func(p string) (string, error) { return members.ResolvePath(p) })
	members.RegisterConstructor("System.Xml.XmlDocument", func(args []any) (any, error) {
		if len(args) != 0 {
			return nil, members.ErrNoOverload
		}
		return dotnet.XMLObject(xmldom.NewDocument()), nil
	})
	members.RegisterConstructor("System.IO.StringWriter", func(args []any) (any, error) {
		if len(args) != 0 {
			return nil, members.ErrNoOverload
		}
		return dotnet.NewStringWriter(), nil
	})
	members.RegisterConstructor("System.Xml.XmlTextWriter", func(args []any) (any, error) {
		w, ok, err := dotnet.NewXMLTextWriter(args)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, members.ErrNoOverload
		}
		return w, nil
	})
	members.RegisterConstructor("System.Xml.XmlNamespaceManager", func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, members.ErrNoOverload
		}
		return dotnet.NewXMLNamespaceManager(), nil
	})
}
