package dotnet

import (
	"strings"

	"cspsh/internal/lazy"
)

// accelOrder lists the built-in accelerators, spelled and ordered as
// PowerShell registers them; the first one naming a type is how that
// type prints (ToStringCodeMethods.Type uses
// TypeAccelerators.FindBuiltinAccelerator).
var accelOrder = []string{
	"Alias", "AllowEmptyCollection", "AllowEmptyString", "AllowNull", "ArgumentCompleter", "array", "bool", "byte",
	"char", "CmdletBinding", "datetime", "decimal", "double", "DscResource", "float", "single", "guid", "hashtable",
	"int", "int32", "int16", "long", "int64", "ciminstance", "cimclass", "cimtype", "cimconverter", "IPEndpoint",
	"NullString", "OutputType", "ObjectSecurity", "Parameter", "PhysicalAddress", "pscredential", "PSDefaultValue",
	"pslistmodifier", "psobject", "pscustomobject", "psprimitivedictionary", "ref", "PSTypeNameAttribute", "regex",
	"DscProperty", "sbyte", "string", "SupportsWildcards", "switch", "cultureinfo", "bigint", "securestring",
	"timespan", "uint16", "uint32", "uint64", "uri", "ValidateCount", "ValidateDrive", "ValidateLength",
	"ValidateNotNull", "ValidateNotNullOrEmpty", "ValidatePattern", "ValidateRange", "ValidateScript", "ValidateSet",
	"ValidateUserDrive", "version", "void", "ipaddress", "DscLocalConfigurationManager", "WildcardPattern",
	"X509Certificate", "X500DistinguishedName", "xml", "CimSession", "adsi", "adsisearcher", "wmiclass", "wmi",
	"wmisearcher", "mailaddress", "scriptblock", "psvariable", "type", "psmoduleinfo", "powershell",
	"runspacefactory", "runspace", "initialsessionstate", "psscriptmethod", "psscriptproperty", "psnoteproperty",
	"psaliasproperty", "psvariableproperty",
}

// displayNames maps a lower-case full name to the accelerator it prints as.
// It is built on first use, not at start-up.
var displayNames = lazy.Value[map[string]string]{Build: func() map[string]string {
	m := map[string]string{}
	for _, a := range accelOrder {
		full := strings.ToLower(accelerators()[strings.ToLower(a)])
		if _, ok := m[full]; !ok && full != "" {
			m[full] = a
		}
	}
	return m
}}

// TypeString is how PowerShell prints a type ("$([int])",
// [int].ToString()): the built-in accelerator when there is one ("int",
// "string[]", "hashtable"), generics in PowerShell syntax
// ("System.Collections.Generic.List[string]"), otherwise the full name.
func TypeString(full string) string {
	if elem, rank, ok := SplitArrayType(full); ok {
		return TypeString(elem) + arraySuffix(rank)
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
	if a, ok := displayNames.Get()[strings.ToLower(full)]; ok {
		return a
	}
	return full
}
