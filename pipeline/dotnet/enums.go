package dotnet

import (
	"sort"
	"strconv"
	"strings"
)

// EnumType is a .NET enum: its names and values in declaration order.
// Script `enum` statements register theirs with RegisterEnum.
type EnumType struct {
	FullName string
	Names    []string
	Values   []int64
	Flags    bool // [Flags]: values combine, "A, B" parses and prints
}

// Enum is a value of an enum type (System.DayOfWeek's Thursday, …).
type Enum struct {
	Type  *EnumType
	Value int64
}

// String is the enum's name, or for [Flags] the names of its bits joined
// by ", ", or the number when no name fits: .NET's Enum.ToString().
func (e Enum) String() string {
	t := e.Type
	if t == nil {
		return strconv.FormatInt(e.Value, 10)
	}
	if n, ok := EnumName(t, e.Value); ok {
		return n
	}
	if t.Flags && e.Value > 0 {
		rest := e.Value
		var parts []string
		// .NET picks the largest values first and prints them in
		// ascending order.
		idx := make([]int, len(t.Values))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, b int) bool { return t.Values[idx[a]] > t.Values[idx[b]] })
		var picked []int
		for _, i := range idx {
			v := t.Values[i]
			if v != 0 && rest&v == v {
				rest &^= v
				picked = append(picked, i)
			}
		}
		if rest == 0 {
			sort.Slice(picked, func(a, b int) bool { return t.Values[picked[a]] < t.Values[picked[b]] })
			for _, i := range picked {
				parts = append(parts, t.Names[i])
			}
			return strings.Join(parts, ", ")
		}
	}
	return strconv.FormatInt(e.Value, 10)
}

// RegisterEnum makes an enum type known to ResolveType, Convert and -is.
func RegisterEnum(t *EnumType) {
	lookup("System.Object")
	reg.mu.Lock()
	reg.enums[strings.ToLower(t.FullName)] = t
	reg.types[strings.ToLower(t.FullName)] = &typeInfo{full: t.FullName, base: "System.Enum", ifaces: numericIfaces}
	reg.mu.Unlock()
}

// LookupEnum returns the enum type of that full name.
func LookupEnum(fullName string) (*EnumType, bool) {
	lookup("System.Object")
	reg.mu.RLock()
	defer reg.mu.RUnlock()
	t, ok := reg.enums[strings.ToLower(fullName)]
	return t, ok
}

// EnumValue returns the named member of an enum type.
func EnumValue(t *EnumType, name string) (Enum, bool) {
	for i, n := range t.Names {
		if strings.EqualFold(n, name) {
			return Enum{Type: t, Value: t.Values[i]}, true
		}
	}
	return Enum{}, false
}

// seqEnum builds an enum whose values are 0, 1, 2, ….
func seqEnum(full string, names ...string) *EnumType {
	t := &EnumType{FullName: full, Names: names}
	for i := range names {
		t.Values = append(t.Values, int64(i))
	}
	return t
}

// valEnum builds an enum from name/value pairs.
func valEnum(full string, flags bool, pairs ...any) *EnumType {
	t := &EnumType{FullName: full, Flags: flags}
	for i := 0; i+1 < len(pairs); i += 2 {
		t.Names = append(t.Names, pairs[i].(string))
		t.Values = append(t.Values, int64(pairs[i+1].(int)))
	}
	return t
}

// builtinEnums are the .NET and PowerShell enums scripts commonly use,
// built when the type registry loads (not at start-up).
func builtinEnums() []*EnumType {
	return []*EnumType{
		seqEnum("System.DayOfWeek", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"),
		seqEnum("System.DateTimeKind", "Unspecified", "Utc", "Local"),
		seqEnum("System.StringComparison", "CurrentCulture", "CurrentCultureIgnoreCase", "InvariantCulture", "InvariantCultureIgnoreCase", "Ordinal", "OrdinalIgnoreCase"),
		seqEnum("System.MidpointRounding", "ToEven", "AwayFromZero"),
		valEnum("System.StringSplitOptions", true, "None", 0, "RemoveEmptyEntries", 1),
		seqEnum("System.ConsoleColor", "Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow", "Gray", "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow", "White"),
		seqEnum("System.IO.SearchOption", "TopDirectoryOnly", "AllDirectories"),
		valEnum("System.IO.FileMode", false, "CreateNew", 1, "Create", 2, "Open", 3, "OpenOrCreate", 4, "Truncate", 5, "Append", 6),
		valEnum("System.IO.FileAccess", true, "Read", 1, "Write", 2, "ReadWrite", 3),
		valEnum("System.IO.FileAttributes", true, "ReadOnly", 1, "Hidden", 2, "System", 4, "Directory", 16, "Archive", 32, "Device", 64, "Normal", 128, "Temporary", 256, "SparseFile", 512, "ReparsePoint", 1024, "Compressed", 2048, "Offline", 4096, "NotContentIndexed", 8192, "Encrypted", 16384),
		valEnum("System.Text.RegularExpressions.RegexOptions", true, "None", 0, "IgnoreCase", 1, "Multiline", 2, "ExplicitCapture", 4, "Compiled", 8, "Singleline", 16, "IgnorePatternWhitespace", 32, "RightToLeft", 64, "ECMAScript", 256, "CultureInvariant", 512),
		valEnum("System.Security.Cryptography.X509Certificates.StoreLocation", false, "CurrentUser", 1, "LocalMachine", 2),
		valEnum("System.Security.Cryptography.X509Certificates.StoreName", false, "AddressBook", 1, "AuthRoot", 2, "CertificateAuthority", 3, "Disallowed", 4, "My", 5, "Root", 6, "TrustedPeople", 7, "TrustedPublisher", 8),
		valEnum("System.Security.Cryptography.X509Certificates.OpenFlags", true, "ReadOnly", 0, "ReadWrite", 1, "MaxAllowed", 2, "OpenExistingOnly", 4, "IncludeArchived", 8),
		valEnum("System.Security.Cryptography.X509Certificates.X509KeyStorageFlags", true, "DefaultKeySet", 0, "UserKeySet", 1, "MachineKeySet", 2, "Exportable", 4, "UserProtected", 8, "PersistKeySet", 16, "EphemeralKeySet", 32),
		valEnum("System.Security.Cryptography.X509Certificates.X509ContentType", false, "Unknown", 0, "Cert", 1, "SerializedCert", 2, "Pfx", 3, "Pkcs12", 3, "SerializedStore", 4, "Pkcs7", 5, "Authenticode", 6),
		valEnum("System.Security.Cryptography.X509Certificates.X509FindType", false, "FindByThumbprint", 0, "FindBySubjectName", 1, "FindBySubjectDistinguishedName", 2, "FindByIssuerName", 3, "FindByIssuerDistinguishedName", 4, "FindBySerialNumber", 5, "FindByTimeValid", 6, "FindByTimeNotYetValid", 7, "FindByTimeExpired", 8, "FindByTemplateName", 9, "FindByApplicationPolicy", 10, "FindByCertificatePolicy", 11, "FindByExtension", 12, "FindByKeyUsage", 13, "FindBySubjectKeyIdentifier", 14),
		valEnum("System.PlatformID", false, "Win32S", 0, "Win32Windows", 1, "Win32NT", 2, "WinCE", 3, "Unix", 4, "Xbox", 5, "MacOSX", 6),
		valEnum("System.Reflection.MemberTypes", true, "Constructor", 1, "Event", 2, "Field", 4, "Method", 8, "Property", 16, "TypeInfo", 32, "Custom", 64, "NestedType", 128, "All", 191),
		valEnum("System.Reflection.TypeAttributes", true, "NotPublic", 0, "AutoLayout", 0, "AnsiClass", 0, "Class", 0, "Public", 1, "NestedPublic", 2, "NestedPrivate", 3, "NestedFamily", 4, "NestedAssembly", 5, "NestedFamANDAssem", 6, "NestedFamORAssem", 7, "VisibilityMask", 7, "SequentialLayout", 8, "ExplicitLayout", 16, "LayoutMask", 24, "Interface", 32, "ClassSemanticsMask", 32, "Abstract", 128, "Sealed", 256, "SpecialName", 1024, "RTSpecialName", 2048, "Import", 4096, "Serializable", 8192, "WindowsRuntime", 16384, "UnicodeClass", 65536, "AutoClass", 131072, "CustomFormatClass", 196608, "StringFormatMask", 196608, "HasSecurity", 262144, "ReservedMask", 264192, "BeforeFieldInit", 1048576, "CustomFormatMask", 12582912),
		valEnum("System.IO.FileShare", true, "None", 0, "Read", 1, "Write", 2, "ReadWrite", 3, "Delete", 4, "Inheritable", 16),
		valEnum("System.Net.SecurityProtocolType", true, "SystemDefault", 0, "Ssl3", 48, "Tls", 192, "Tls11", 768, "Tls12", 3072, "Tls13", 12288),
		valEnum("System.Text.NormalizationForm", false, "FormC", 1, "FormD", 2, "FormKC", 5, "FormKD", 6),
		valEnum("System.Globalization.NumberStyles", true, "None", 0, "AllowLeadingWhite", 1, "AllowTrailingWhite", 2, "AllowLeadingSign", 4, "Integer", 7, "AllowTrailingSign", 8, "AllowParentheses", 16, "AllowDecimalPoint", 32, "AllowThousands", 64, "Number", 111, "AllowExponent", 128, "Float", 167, "AllowCurrencySymbol", 256, "Currency", 383, "Any", 511, "AllowHexSpecifier", 512, "HexNumber", 515),
		valEnum("System.Base64FormattingOptions", true, "None", 0, "InsertLineBreaks", 1),
		valEnum("System.Globalization.TimeSpanStyles", true, "None", 0, "AssumeNegative", 1),
		valEnum("System.Globalization.DateTimeStyles", true, "None", 0, "AllowLeadingWhite", 1, "AllowTrailingWhite", 2, "AllowInnerWhite", 4, "AllowWhiteSpaces", 7, "NoCurrentDateDefault", 8, "AdjustToUniversal", 16, "AssumeLocal", 32, "AssumeUniversal", 64, "RoundtripKind", 128),
		valEnum("Microsoft.PowerShell.Commands.FileSystemCmdletProviderEncoding", false, "Unknown", 0, "String", 1, "Unicode", 2, "Byte", 3, "BigEndianUnicode", 4, "UTF8", 5, "UTF7", 6, "UTF32", 7, "Ascii", 8, "Default", 9, "Oem", 10, "BigEndianUTF32", 11),
		valEnum("System.Security.Cryptography.X509Certificates.X509RevocationMode", false, "NoCheck", 0, "Online", 1, "Offline", 2),
		valEnum("System.Security.Cryptography.X509Certificates.X509NameType", false, "SimpleName", 0, "EmailName", 1, "UpnName", 2, "DnsName", 3, "DnsFromAlternativeName", 4, "UrlName", 5),
		valEnum("System.Net.Sockets.AddressFamily", false, "Unknown", -1, "Unspecified", 0, "InterNetwork", 2, "InterNetworkV6", 23),
		valEnum("System.UriKind", false, "RelativeOrAbsolute", 0, "Absolute", 1, "Relative", 2),
		seqEnum("System.Management.Automation.ActionPreference", "SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend"),
		seqEnum("System.Management.Automation.ConfirmImpact", "None", "Low", "Medium", "High"),
		seqEnum("System.Management.Automation.ShouldProcessReason", "None", "WhatIf"),
		seqEnum("System.Management.Automation.ErrorCategory", "NotSpecified", "OpenError", "CloseError", "DeviceError", "DeadlockDetected", "InvalidArgument", "InvalidData", "InvalidOperation", "InvalidResult", "InvalidType", "MetadataError", "NotImplemented", "NotInstalled", "ObjectNotFound", "OperationStopped", "OperationTimeout", "SyntaxError", "ParserError", "PermissionDenied", "ResourceBusy", "ResourceExists", "ResourceUnavailable", "ReadError", "WriteError", "FromStdErr", "SecurityError", "ProtocolError", "ConnectionError", "AuthenticationError", "LimitsExceeded", "QuotaExceeded", "NotEnabled"),
		valEnum("System.Management.Automation.CommandTypes", true, "Alias", 1, "Function", 2, "Filter", 4, "Cmdlet", 8, "ExternalScript", 16, "Application", 32, "Script", 64, "Workflow", 128, "Configuration", 256, "All", 511),
		valEnum("System.Management.Automation.ScopedItemOptions", true, "None", 0, "ReadOnly", 1, "Constant", 2, "Private", 4, "AllScope", 8, "Unspecified", 16),
		valEnum("System.Management.Automation.PSMemberTypes", true, "AliasProperty", 1, "CodeProperty", 2, "Property", 4, "NoteProperty", 8, "ScriptProperty", 16, "Properties", 31, "PropertySet", 32, "Method", 64, "CodeMethod", 128, "ScriptMethod", 256, "Methods", 448, "ParameterizedProperty", 512, "MemberSet", 1024, "Event", 2048, "Dynamic", 4096, "All", 8191),
	}
}
