package core

import (
	"slices"
	"strings"

	"cspsh/pipeline/object"
)

// Get-Member -Force also lists the intrinsic members every PowerShell
// object has (about_Intrinsic_Members): the pstypenames code property
// and the psadapted, psbase, psextended and psobject member sets, whose
// Definition is the set's name and its members' names in braces. The
// texts are Windows PowerShell 5.1's (.NET Framework 4 type names).

const pstypenamesDefinition = "System.Collections.ObjectModel.Collection`1[[System.String, mscorlib, Version=4.0.0.0, " +
	"Culture=neutral, PublicKeyToken=b77a5c561934e089]] pstypenames{get=PSTypeNames;}"

// psobjectMembers are the public members of the PSObject class in their
// reflection order: properties, their getters, then the methods.
const psobjectMembers = "BaseObject, Members, Properties, Methods, ImmediateBaseObject, TypeNames, " +
	"get_BaseObject, get_Members, get_Properties, get_Methods, get_ImmediateBaseObject, get_TypeNames, " +
	"ToString, Copy, CompareTo, Equals, GetHashCode, GetObjectData, GetType"

// objectMethods are the methods every type inherits from System.Object,
// which reflection lists after the type's own.
var objectMethods = []string{"ToString", "Equals", "GetHashCode", "GetType"}

// intrinsicDefinitions returns the intrinsic members of v, given the
// members Get-Member found on it (in the object's own order). Hidden
// properties stay out of the member sets' lists, as in about_Hidden's
// classes.
func intrinsicDefinitions(v any, defs []memberDef, hidden map[string]bool) []memberDef {
	var adapted, extended []string
	custom := false
	if o, ok := v.(*object.PSObject); ok && o.Base == nil {
		for _, t := range o.TypeNames {
			if t == object.PSCustomObjectType {
				custom = true
			}
		}
	}
	var methods, inherited, indexers []string
	for _, d := range defs {
		if hidden[strings.ToLower(d.name)] {
			continue
		}
		if d.kind == "Method" && slices.Contains(objectMethods, d.name) {
			continue
		}
		switch viewOf(d.kind) {
		case "adapted":
			switch {
			case strings.HasSuffix(d.kind, "Method"):
				methods = append(methods, d.name)
			case d.kind == "ParameterizedProperty":
				// The indexer leads (about_Intrinsic_Members: a
				// Hashtable's psbase {Item, IsReadOnly, …}).
				indexers = append(indexers, d.name)
			default:
				adapted = append(adapted, d.name)
			}
		default:
			extended = append(extended, d.name)
		}
	}
	for _, m := range objectMethods {
		if slices.ContainsFunc(defs, func(d memberDef) bool { return d.kind == "Method" && d.name == m }) {
			inherited = append(inherited, m)
		}
	}
	adapted = append(append(append(indexers, adapted...), methods...), inherited...)
	base := strings.Join(adapted, ", ")
	if custom {
		// A PSCustomObject's notes are extended members; its base has
		// only the methods of System.Object.
		base = strings.Join(objectMethods, ", ")
	}
	set := func(name, members string) memberDef {
		return memberDef{name, "MemberSet", name + " {" + members + "}"}
	}
	return []memberDef{
		{"pstypenames", "CodeProperty", pstypenamesDefinition},
		set("psadapted", base),
		set("psbase", base),
		set("psextended", strings.Join(extended, ", ")),
		set("psobject", psobjectMembers),
	}
}
