package dotnet

import (
	"strings"

	"cspsh/internal/lazy"
)

// xmlNodeTypeEnum is System.Xml.XmlNodeType.
var xmlNodeTypeEnum = lazy.Value[*EnumType]{Build: func() *EnumType {
	return valEnum("System.Xml.XmlNodeType", false, "None", 0, "Element", 1, "Attribute", 2, "Text", 3, "CDATA", 4,
		"EntityReference", 5, "Entity", 6, "ProcessingInstruction", 7, "Comment", 8, "Document", 9, "DocumentType", 10,
		"DocumentFragment", 11, "Notation", 12, "Whitespace", 13, "SignificantWhitespace", 14, "EndElement", 15,
		"EndEntity", 16, "XmlDeclaration", 17)
}}

// addXMLTypes adds System.Xml's node types, XmlNodeType and
// XmlNamespaceManager to the type table as it loads.
func (r *registry) addXMLTypes() {
	const node, linked, chars = "System.Xml.XmlNode", "System.Xml.XmlLinkedNode", "System.Xml.XmlCharacterData"
	for _, t := range [][2]string{
		{linked, node}, {chars, linked}, {"System.Xml.XmlAttribute", node}, {"System.Xml.XmlElement", linked},
		{"System.Xml.XmlText", chars}, {"System.Xml.XmlCDataSection", "System.Xml.XmlText"},
		{"System.Xml.XmlComment", chars}, {"System.Xml.XmlWhitespace", chars},
		{"System.Xml.XmlDeclaration", linked}, {"System.Xml.XmlProcessingInstruction", linked},
		{"System.Xml.XmlDocumentType", linked}, {"System.Xml.XmlNamespaceManager", "System.Object"},
		{"System.Xml.XmlNameTable", "System.Object"}, {"System.Xml.NameTable", "System.Xml.XmlNameTable"},
		{"Microsoft.PowerShell.Commands.SelectXmlInfo", "System.Object"},
		{"System.Xml.XmlWriter", "System.Object"}, {"System.Xml.XmlTextWriter", "System.Xml.XmlWriter"},
	} {
		r.types[strings.ToLower(t[0])] = &typeInfo{full: t[0], base: t[1]}
	}
	e := xmlNodeTypeEnum.Get()
	r.enums[strings.ToLower(e.FullName)] = e
	r.types[strings.ToLower(e.FullName)] = &typeInfo{full: e.FullName, base: "System.Enum", ifaces: numericIfaces}
}
