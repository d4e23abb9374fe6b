package dotnet

// xmlMethodDefinition is the Definition Get-Member shows for a
// System.Xml method: its .NET overloads.
func xmlMethodDefinition(name string) string {
	const node, list = "System.Xml.XmlNode", "System.Xml.XmlNodeList"
	switch name {
	case "AppendChild", "PrependChild":
		return node + " " + name + "(" + node + " newChild)"
	case "InsertBefore", "InsertAfter":
		return node + " " + name + "(" + node + " newChild, " + node + " refChild)"
	case "RemoveChild":
		return node + " RemoveChild(" + node + " oldChild)"
	case "ReplaceChild":
		return node + " ReplaceChild(" + node + " newChild, " + node + " oldChild)"
	case "RemoveAll", "RemoveAllAttributes":
		return "void " + name + "()"
	case "CloneNode":
		return node + " CloneNode(bool deep)"
	case "Clone":
		return node + " Clone(), System.Object ICloneable.Clone()"
	case "SelectNodes":
		return list + " SelectNodes(string xpath), " + list + " SelectNodes(string xpath, System.Xml.XmlNamespaceManager nsmgr)"
	case "SelectSingleNode":
		return node + " SelectSingleNode(string xpath), " + node + " SelectSingleNode(string xpath, System.Xml.XmlNamespaceManager nsmgr)"
	case "GetElementsByTagName":
		return list + " GetElementsByTagName(string name), " + list + " GetElementsByTagName(string localName, string namespaceURI)"
	case "GetNamespaceOfPrefix":
		return "string GetNamespaceOfPrefix(string prefix)"
	case "WriteTo", "WriteContentTo":
		return "void " + name + "(System.Xml.XmlWriter w)"
	case "GetAttribute":
		return "string GetAttribute(string name), string GetAttribute(string localName, string namespaceURI)"
	case "SetAttribute":
		return "void SetAttribute(string name, string value), string SetAttribute(string localName, string namespaceURI, string value)"
	case "HasAttribute":
		return "bool HasAttribute(string name), bool HasAttribute(string localName, string namespaceURI)"
	case "RemoveAttribute":
		return "void RemoveAttribute(string name), void RemoveAttribute(string localName, string namespaceURI)"
	case "GetAttributeNode":
		return "System.Xml.XmlAttribute GetAttributeNode(string name), System.Xml.XmlAttribute GetAttributeNode(string localName, string namespaceURI)"
	case "SetAttributeNode":
		return "System.Xml.XmlAttribute SetAttributeNode(System.Xml.XmlAttribute newAttr), System.Xml.XmlAttribute SetAttributeNode(string localName, string namespaceURI)"
	case "RemoveAttributeNode":
		return "System.Xml.XmlAttribute RemoveAttributeNode(System.Xml.XmlAttribute oldAttr), System.Xml.XmlAttribute RemoveAttributeNode(string localName, string namespaceURI)"
	case "CreateElement":
		return "System.Xml.XmlElement CreateElement(string name), System.Xml.XmlElement CreateElement(string qualifiedName, string namespaceURI), System.Xml.XmlElement CreateElement(string prefix, string localName, string namespaceURI)"
	case "CreateAttribute":
		return "System.Xml.XmlAttribute CreateAttribute(string name), System.Xml.XmlAttribute CreateAttribute(string qualifiedName, string namespaceURI), System.Xml.XmlAttribute CreateAttribute(string prefix, string localName, string namespaceURI)"
	case "CreateNode":
		return node + " CreateNode(System.Xml.XmlNodeType type, string prefix, string name, string namespaceURI), " + node + " CreateNode(string nodeTypeString, string name, string namespaceURI), " + node + " CreateNode(System.Xml.XmlNodeType type, string name, string namespaceURI)"
	case "CreateTextNode":
		return "System.Xml.XmlText CreateTextNode(string text)"
	case "CreateComment":
		return "System.Xml.XmlComment CreateComment(string data)"
	case "CreateCDataSection":
		return "System.Xml.XmlCDataSection CreateCDataSection(string data)"
	case "CreateWhitespace":
		return "System.Xml.XmlWhitespace CreateWhitespace(string text)"
	case "CreateXmlDeclaration":
		return "System.Xml.XmlDeclaration CreateXmlDeclaration(string version, string encoding, string standalone)"
	case "ImportNode":
		return node + " ImportNode(" + node + " node, bool deep)"
	case "Load":
		return "void Load(string filename), void Load(System.IO.Stream inStream), void Load(System.IO.TextReader txtReader), void Load(System.Xml.XmlReader reader)"
	case "LoadXml":
		return "void LoadXml(string xml)"
	case "Save":
		return "void Save(string filename), void Save(System.IO.Stream outStream), void Save(System.IO.TextWriter writer), void Save(System.Xml.XmlWriter w)"
	case "ToString":
		return "string ToString()"
	}
	return ""
}
