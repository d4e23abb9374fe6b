package dotnet

import "strings"

// .NET's Type.FullName writes the arguments of a generic type
// assembly-qualified: List[string] is
// System.Collections.Generic.List`1[[System.String, mscorlib,
// Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089]].
// cspsh keeps the shorter form (Type.ToString()'s) as its type names;
// QualifiedFullName produces FullName's.

const (
	asmMscorlib = "mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"
	asmSystem   = "System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"
	asmCore     = "System.Core, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"
	asmXML      = "System.Xml, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"
	asmSMA      = "System.Management.Automation, Version=3.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35"
)

// QualifiedFullName returns Type.FullName for a cspsh type name: the
// name itself for non-generic types, generic arguments
// assembly-qualified otherwise.
func QualifiedFullName(full string) string {
	if elem, rank, ok := SplitArrayType(full); ok {
		return QualifiedFullName(elem) + arraySuffix(rank)
	}
	i := strings.IndexByte(full, '[')
	if i <= 0 || !strings.HasSuffix(full, "]") {
		return full
	}
	args := splitTypeArgs(full[i+1 : len(full)-1])
	for k, a := range args {
		a = strings.TrimSpace(a)
		args[k] = "[" + QualifiedFullName(a) + ", " + assemblyOf(a) + "]"
	}
	return full[:i] + "[" + strings.Join(args, ",") + "]"
}

// assemblyOf names the .NET Framework assembly that defines a type.
func assemblyOf(full string) string {
	if elem, _, ok := SplitArrayType(full); ok {
		return assemblyOf(elem)
	}
	if i := strings.IndexByte(full, '['); i > 0 {
		full = full[:i]
	}
	switch {
	case strings.HasPrefix(full, "System.Management.Automation."):
		return asmSMA
	case strings.HasPrefix(full, "System.Xml."):
		return asmXML
	case strings.HasPrefix(full, "System.Linq."), full == "System.Collections.Generic.HashSet`1":
		return asmCore
	case strings.HasPrefix(full, "System.Text.RegularExpressions."), strings.HasPrefix(full, "System.Collections.Specialized."),
		strings.HasPrefix(full, "System.Net."), full == "System.Uri",
		full == "System.Collections.Generic.Queue`1", full == "System.Collections.Generic.Stack`1",
		full == "System.Collections.Generic.SortedDictionary`2", full == "System.Collections.Generic.LinkedList`1",
		full == "System.Collections.Generic.SortedSet`1":
		return asmSystem
	}
	return asmMscorlib
}
