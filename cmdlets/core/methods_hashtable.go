package core

// hashtableMethods are System.Collections.Hashtable's methods (with its
// explicit interface implementations) and its Item indexer, as Windows
// PowerShell 5.1's Get-Member lists them.
func hashtableMethods() []memberDef {
	const (
		info    = "System.Runtime.Serialization.SerializationInfo info"
		context = "System.Runtime.Serialization.StreamingContext context"
	)
	return []memberDef{
		{"Add", "Method", "void Add(System.Object key, System.Object value), void IDictionary.Add(System.Object key, System.Object value)"},
		{"Clear", "Method", "void Clear(), void IDictionary.Clear()"},
		{"Clone", "Method", "System.Object Clone(), System.Object ICloneable.Clone()"},
		{"Contains", "Method", "bool Contains(System.Object key), bool IDictionary.Contains(System.Object key)"},
		{"ContainsKey", "Method", "bool ContainsKey(System.Object key)"},
		{"ContainsValue", "Method", "bool ContainsValue(System.Object value)"},
		{"CopyTo", "Method", "void CopyTo(array array, int arrayIndex), void ICollection.CopyTo(array array, int index)"},
		{"Equals", "Method", "bool Equals(System.Object obj)"},
		{"GetEnumerator", "Method", "System.Collections.IDictionaryEnumerator GetEnumerator(), System.Collections.IDictionaryEnumerator IDictionary.GetEnumerator(), System.Collections.IEnumerator IEnumerable.GetEnumerator()"},
		{"GetHashCode", "Method", "int GetHashCode()"},
		{"GetObjectData", "Method", "void GetObjectData(" + info + ", " + context + "), void ISerializable.GetObjectData(" + info + ", " + context + ")"},
		{"GetType", "Method", "type GetType()"},
		{"OnDeserialization", "Method", "void OnDeserialization(System.Object sender), void IDeserializationCallback.OnDeserialization(System.Object sender)"},
		{"Remove", "Method", "void Remove(System.Object key), void IDictionary.Remove(System.Object key)"},
		{"ToString", "Method", "string ToString()"},
		{"Item", "ParameterizedProperty", "System.Object Item(System.Object key) {get;set;}"},
	}
}

// orderedDictionaryMethods are OrderedDictionary's ([ordered]@{}) methods
// and its two Item indexers, by position and by key.
func orderedDictionaryMethods() []memberDef {
	const (
		obj  = "System.Object"
		info = "System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context"
	)
	return []memberDef{
		{"Add", "Method", "void Add(" + obj + " key, " + obj + " value), void IDictionary.Add(" + obj + " key, " + obj + " value)"},
		{"AsReadOnly", "Method", "System.Collections.Specialized.OrderedDictionary AsReadOnly()"},
		{"Clear", "Method", "void Clear(), void IDictionary.Clear()"},
		{"Contains", "Method", "bool Contains(" + obj + " key), bool IDictionary.Contains(" + obj + " key)"},
		{"CopyTo", "Method", "void CopyTo(array array, int index), void ICollection.CopyTo(array array, int index)"},
		{"Equals", "Method", "bool Equals(" + obj + " obj)"},
		{"GetEnumerator", "Method", "System.Collections.IDictionaryEnumerator GetEnumerator(), System.Collections.IDictionaryEnumerator IDictionary.GetEnumerator(), System.Collections.IEnumerator IEnumerable.GetEnumerator()"},
		{"GetHashCode", "Method", "int GetHashCode()"},
		{"GetObjectData", "Method", "void GetObjectData(" + info + "), void ISerializable.GetObjectData(" + info + ")"},
		{"GetType", "Method", "type GetType()"},
		{"Insert", "Method", "void Insert(int index, " + obj + " key, " + obj + " value), void IOrderedDictionary.Insert(int index, " + obj + " key, " + obj + " value)"},
		{"OnDeserialization", "Method", "void IDeserializationCallback.OnDeserialization(" + obj + " sender)"},
		{"Remove", "Method", "void Remove(" + obj + " key), void IDictionary.Remove(" + obj + " key)"},
		{"RemoveAt", "Method", "void RemoveAt(int index), void IOrderedDictionary.RemoveAt(int index)"},
		{"ToString", "Method", "string ToString()"},
		{"Item", "ParameterizedProperty", obj + " Item(int index) {get;set;}, " + obj + " Item(" + obj + " key) {get;set;}"},
	}
}
