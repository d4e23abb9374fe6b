package dotnet

import "strings"

// genericInterface returns the open generic interface a short name in a
// type literal stands for ([IEnumerable[string]], [IList[int]],
// [IComparable[int]]), or "" when it names none.
func genericInterface(short string) string {
	switch short {
	case "ienumerable":
		return "System.Collections.Generic.IEnumerable`1"
	case "icollection":
		return "System.Collections.Generic.ICollection`1"
	case "ilist":
		return "System.Collections.Generic.IList`1"
	case "idictionary":
		return "System.Collections.Generic.IDictionary`2"
	case "iset":
		return "System.Collections.Generic.ISet`1"
	case "ireadonlycollection":
		return "System.Collections.Generic.IReadOnlyCollection`1"
	case "ireadonlylist":
		return "System.Collections.Generic.IReadOnlyList`1"
	case "ireadonlydictionary":
		return "System.Collections.Generic.IReadOnlyDictionary`2"
	case "icomparable":
		return "System.IComparable`1"
	case "iequatable":
		return "System.IEquatable`1"
	}
	return ""
}

// genericInterfacesOf lists the closed generic interfaces a type
// implements, so that -is can answer for them: a List[int] is an
// IList[int] and an IEnumerable[int], an Int32 an IComparable[int].
func genericInterfacesOf(full string) []string {
	const gen = "System.Collections.Generic."
	seq := func(t string, list bool) []string {
		out := []string{gen + "IEnumerable`1[" + t + "]", gen + "ICollection`1[" + t + "]", gen + "IReadOnlyCollection`1[" + t + "]"}
		if list {
			out = append(out, gen+"IList`1["+t+"]", gen+"IReadOnlyList`1["+t+"]")
		}
		return out
	}
	if elem, rank, ok := SplitArrayType(full); ok {
		if rank != 1 {
			return nil
		}
		return seq(elem, true)
	}
	if i := strings.IndexByte(full, '['); i > 0 && strings.HasSuffix(full, "]") {
		args := splitTypeArgs(full[i+1 : len(full)-1])
		switch strings.ToLower(full[:i]) {
		case "system.collections.generic.list`1", "system.collections.objectmodel.collection`1":
			return seq(args[0], true)
		case "system.collections.generic.hashset`1":
			return append(seq(args[0], false), gen+"ISet`1["+args[0]+"]")
		case "system.collections.generic.queue`1", "system.collections.generic.stack`1":
			return []string{gen + "IEnumerable`1[" + args[0] + "]", gen + "IReadOnlyCollection`1[" + args[0] + "]"}
		case "system.collections.generic.dictionary`2", "system.collections.generic.sorteddictionary`2":
			if len(args) != 2 {
				return nil
			}
			kv := strings.Join(args, ",")
			return append(seq(gen+"KeyValuePair`2["+kv+"]", false),
				gen+"IDictionary`2["+kv+"]", gen+"IReadOnlyDictionary`2["+kv+"]")
		}
		return nil
	}
	self := []string{"System.IComparable`1[" + full + "]", "System.IEquatable`1[" + full + "]"}
	switch full {
	case "System.String":
		return append(self, gen+"IEnumerable`1[System.Char]")
	case "System.SByte", "System.Byte", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32",
		"System.Int64", "System.UInt64", "System.Single", "System.Double", "System.Decimal", "System.Char",
		"System.Boolean", "System.DateTime", "System.TimeSpan", "System.Guid", "System.DateTimeOffset",
		"System.Version", "System.Numerics.BigInteger":
		return self
	}
	return nil
}

// implementsGeneric reports whether a value of type full implements the
// closed generic interface target.
func implementsGeneric(full, target string) bool {
	for _, g := range genericInterfacesOf(full) {
		if strings.EqualFold(g, target) {
			return true
		}
	}
	return false
}
