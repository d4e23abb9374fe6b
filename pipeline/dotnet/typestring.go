package dotnet

import "strings"

// accelOrder lists the built-in accelerators in the order PowerShell
// registers them; the first one naming a type is how that type prints
// (ToStringCodeMethods.Type uses TypeAccelerators.FindBuiltinAccelerator).
var accelOrder = []string{
	"alias", "allowemptycollection", "allowemptystring", "allownull", "argumentcompleter", "array", "bool", "byte",
	"char", "cmdletbinding", "datetime", "decimal", "double", "float", "single", "guid", "hashtable", "int",
	"int32", "int16", "long", "int64", "ciminstance", "outputtype", "parameter", "pscredential", "psdefaultvalue",
	"psobject", "pscustomobject", "psprimitivedictionary", "ref", "regex", "sbyte", "string", "supportswildcards",
	"switch", "cultureinfo", "bigint", "securestring", "timespan", "uint16", "uint32", "uint64", "uri",
	"validatecount", "validatelength", "validatenotnull", "validatenotnullorempty", "validatepattern",
	"validaterange", "validatescript", "validateset", "version", "void", "ipaddress", "wildcardpattern",
	"x509certificate", "x500distinguishedname", "xml", "wmi", "mailaddress", "scriptblock", "psvariable", "type",
	"psmoduleinfo", "powershell",
}

// displayNames maps a lower-case full name to the accelerator it prints as.
var displayNames = func() map[string]string {
	m := map[string]string{}
	for _, a := range accelOrder {
		full := strings.ToLower(accelerators[a])
		if _, ok := m[full]; !ok && full != "" {
			m[full] = a
		}
	}
	return m
}()

// TypeString is how PowerShell prints a type ("$([int])",
// [int].ToString()): the built-in accelerator when there is one ("int",
// "string[]", "hashtable"), generics in PowerShell syntax
// ("System.Collections.Generic.List[string]"), otherwise the full name.
func TypeString(full string) string {
	if strings.HasSuffix(full, "[]") {
		return TypeString(full[:len(full)-2]) + "[]"
	}
	if i := strings.IndexByte(full, '['); i > 0 && strings.HasSuffix(full, "]") {
		base := full[:i]
		if j := strings.IndexByte(base, '`'); j > 0 {
			base = base[:j]
		}
		args := splitTypeArgs(full[i+1 : len(full)-1])
		for k, a := range args {
			args[k] = TypeString(strings.TrimSpace(a))
		}
		return base + "[" + strings.Join(args, ",") + "]"
	}
	if a, ok := displayNames[strings.ToLower(full)]; ok {
		return a
	}
	return full
}
