package dotnet

import (
	"strings"
	"sync"

	"cspsh/internal/lazy"
	"cspsh/pipeline/object"
)

// typeInfo is one .NET type cspsh knows by name: its base class and the
// interfaces -is can test for. The table is what lets `catch
// [System.IO.IOException]` take a FileNotFoundException.
type typeInfo struct {
	full   string
	base   string   // full name of the base class ("" for System.Object)
	ifaces []string // interfaces, full names
}

// registry holds every known type, keyed by lower-case full name, and the
// accelerators, keyed by lower-case short name.
type registry struct {
	mu     sync.RWMutex
	types  map[string]*typeInfo
	accel  map[string]string
	enums  map[string]*EnumType
	loaded bool
}

// reg's maps are made by load, which every reader and writer calls
// first, so that no package init code builds them.
var reg = &registry{}

// Interface sets shared by many built-in types.
var (
	numericIfaces = []string{"System.IComparable", "System.IFormattable", "System.IConvertible"}
	listIfaces    = []string{"System.Collections.IList", "System.Collections.ICollection", "System.Collections.IEnumerable"}
	dictIfaces    = []string{"System.Collections.IDictionary", "System.Collections.ICollection", "System.Collections.IEnumerable"}
)

// builtinTypes lists full name, base, interfaces. Order is irrelevant.
// A function, not a table built at start-up: load reads it once.
func builtinTypes() []typeInfo {
	return []typeInfo{
		{full: "System.Object"},
		{full: "System.ValueType", base: "System.Object"},
		{full: "System.Delegate", base: "System.Object", ifaces: []string{"System.ICloneable"}},
		{full: "System.MulticastDelegate", base: "System.Delegate"},
		{full: "System.Action", base: "System.MulticastDelegate"},
		{full: "System.Enum", base: "System.ValueType", ifaces: numericIfaces},
		{full: "System.Array", base: "System.Object", ifaces: listIfaces},
		{full: "System.Object[]", base: "System.Array", ifaces: listIfaces},
		{full: "System.String", base: "System.Object", ifaces: []string{"System.IComparable", "System.IConvertible", "System.Collections.IEnumerable"}},
		{full: "System.Char", base: "System.ValueType", ifaces: numericIfaces},
		{full: "System.Boolean", base: "System.ValueType", ifaces: []string{"System.IComparable", "System.IConvertible"}},
		{full: "System.Byte", base: "System.ValueType", ifaces: numericIfaces},
		{full: "System.SByte", base: "System.ValueType", ifaces: numericIfaces},
		{full: "System.Int16", base: "System.ValueType", ifaces: numericIfaces},
		{full: "System.UInt16", base: "System.ValueType", ifaces: numericIfaces},
		{full: "System.Int32", base: "System.ValueType", ifaces: numericIfaces},
		{full: "System.UInt32", base: "System.ValueType", ifaces: numericIfaces},
		{full: "System.Int64", base: "System.ValueType", ifaces: numericIfaces},
		{full: "System.UInt64", base: "System.ValueType", ifaces: numericIfaces},
		{full: "System.Single", base: "System.ValueType", ifaces: numericIfaces},
		{full: "System.Double", base: "System.ValueType", ifaces: numericIfaces},
		{full: "System.Decimal", base: "System.ValueType", ifaces: numericIfaces},
		{full: "System.Numerics.BigInteger", base: "System.ValueType", ifaces: []string{"System.IComparable", "System.IFormattable"}},
		{full: "System.DateTime", base: "System.ValueType", ifaces: numericIfaces},
		{full: "System.DateTimeOffset", base: "System.ValueType", ifaces: []string{"System.IComparable", "System.IFormattable"}},
		{full: "System.TimeSpan", base: "System.ValueType", ifaces: []string{"System.IComparable", "System.IFormattable"}},
		{full: "System.Guid", base: "System.ValueType", ifaces: []string{"System.IComparable", "System.IFormattable"}},
		{full: "System.Version", base: "System.Object", ifaces: []string{"System.IComparable", "System.ICloneable"}},
		{full: "System.Uri", base: "System.Object"},
		{full: "System.Type", base: "System.Reflection.MemberInfo"},
		{full: "System.Reflection.MemberInfo", base: "System.Object"},
		{full: "System.Reflection.TypeInfo", base: "System.Type"},
		{full: "System.RuntimeType", base: "System.Reflection.TypeInfo"},
		{full: "System.Void", base: "System.ValueType"},
		{full: "System.DBNull", base: "System.Object", ifaces: []string{"System.Runtime.Serialization.ISerializable", "System.IConvertible"}},
		{full: "System.IntPtr", base: "System.ValueType", ifaces: []string{"System.Runtime.Serialization.ISerializable"}},
		{full: "System.Math", base: "System.Object"},
		{full: "System.Convert", base: "System.Object"},
		{full: "System.Environment", base: "System.Object"},
		{full: "System.Console", base: "System.Object"},
		{full: "System.BitConverter", base: "System.Object"},
		{full: "System.TimeZoneInfo", base: "System.Object"},
		{full: "System.Random", base: "System.Object"},
		{full: "System.IO.Path", base: "System.Object"},
		{full: "System.IO.File", base: "System.Object"},
		{full: "System.IO.Directory", base: "System.Object"},
		{full: "System.IO.FileSystemInfo", base: "System.MarshalByRefObject"},
		{full: "System.MarshalByRefObject", base: "System.Object"},
		{full: "System.IO.FileInfo", base: "System.IO.FileSystemInfo"},
		{full: "System.Management.Automation.Host.ChoiceDescription", base: "System.Object"},
		{full: "System.IO.DirectoryInfo", base: "System.IO.FileSystemInfo"},
		{full: "System.IO.Stream", base: "System.MarshalByRefObject"},
		{full: "System.IO.TextReader", base: "System.MarshalByRefObject"},
		{full: "System.IO.TextWriter", base: "System.MarshalByRefObject"},
		{full: "System.IO.StreamReader", base: "System.IO.TextReader"},
		{full: "System.IO.StreamWriter", base: "System.IO.TextWriter"},
		{full: "System.IO.StringReader", base: "System.IO.TextReader"},
		{full: "System.IO.StringWriter", base: "System.IO.TextWriter"},
		{full: "System.Text.StringBuilder", base: "System.Object"},
		{full: "System.Text.Encoding", base: "System.Object"},
		{full: "System.Text.UTF8Encoding", base: "System.Text.Encoding"},
		{full: "System.Text.ASCIIEncoding", base: "System.Text.Encoding"},
		{full: "System.Text.UnicodeEncoding", base: "System.Text.Encoding"},
		{full: "System.Text.RegularExpressions.Regex", base: "System.Object"},
		{full: "System.Text.RegularExpressions.Capture", base: "System.Object"},
		{full: "System.Text.RegularExpressions.Group", base: "System.Text.RegularExpressions.Capture"},
		{full: "System.Text.RegularExpressions.Match", base: "System.Text.RegularExpressions.Group"},
		{full: "System.Text.RegularExpressions.MatchCollection", base: "System.Object", ifaces: listIfaces},
		{full: "System.Globalization.CultureInfo", base: "System.Object"},
		{full: "System.Diagnostics.Stopwatch", base: "System.Object"},
		{full: "System.Threading.Thread", base: "System.Object"},
		{full: "System.Net.IPAddress", base: "System.Object"},
		{full: "System.Net.Dns", base: "System.Object"},
		{full: "System.Net.WebUtility", base: "System.Object"},
		{full: "System.Net.Mail.MailAddress", base: "System.Object"},
		{full: "System.Xml.XmlNode", base: "System.Object", ifaces: []string{"System.Collections.IEnumerable"}},
		{full: "System.Xml.XmlDocument", base: "System.Xml.XmlNode"},
		{full: "System.Xml.XmlElement", base: "System.Xml.XmlNode"},
		{full: "System.Security.SecureString", base: "System.Object"},
		{full: "System.Security.Cryptography.X509Certificates.X509Certificate", base: "System.Object"},
		{full: "System.Security.Cryptography.X509Certificates.X509Certificate2", base: "System.Security.Cryptography.X509Certificates.X509Certificate"},
		{full: "System.Security.Cryptography.X509Certificates.X509Certificate2Collection", base: "System.Object", ifaces: listIfaces},
		{full: "System.Security.Cryptography.X509Certificates.X509Store", base: "System.Object"},
		{full: "System.Security.Cryptography.X509Certificates.X500DistinguishedName", base: "System.Security.Cryptography.AsnEncodedData"},
		{full: "System.Security.Cryptography.X509Certificates.X509ExtensionCollection", base: "System.Object", ifaces: []string{"System.Collections.ICollection", "System.Collections.IEnumerable"}},
		{full: "System.Security.Cryptography.X509Certificates.X509BasicConstraintsExtension", base: "System.Security.Cryptography.X509Certificates.X509Extension"},
		{full: "System.Security.Cryptography.X509Certificates.X509KeyUsageExtension", base: "System.Security.Cryptography.X509Certificates.X509Extension"},
		{full: "System.Security.Cryptography.X509Certificates.X509EnhancedKeyUsageExtension", base: "System.Security.Cryptography.X509Certificates.X509Extension"},
		{full: "System.Security.Cryptography.X509Certificates.X509SubjectKeyIdentifierExtension", base: "System.Security.Cryptography.X509Certificates.X509Extension"},
		{full: "System.Security.Cryptography.X509Certificates.PublicKey", base: "System.Object"},
		{full: "System.Security.Cryptography.Oid", base: "System.Object"},
		{full: "System.Security.Cryptography.OidCollection", base: "System.Object", ifaces: []string{"System.Collections.ICollection", "System.Collections.IEnumerable"}},
		{full: "System.Security.Cryptography.RSACryptoServiceProvider", base: "System.Security.Cryptography.RSA"},
		{full: "Microsoft.PowerShell.Commands.EnhancedKeyUsageRepresentation", base: "System.ValueType"},
		{full: "Microsoft.PowerShell.Commands.DnsNameRepresentation", base: "System.ValueType"},
		{full: "System.Collections.ArrayList", base: "System.Object", ifaces: listIfaces},
		{full: "System.Collections.Hashtable", base: "System.Object", ifaces: dictIfaces},
		{full: "System.Collections.Specialized.OrderedDictionary", base: "System.Object", ifaces: append([]string{"System.Collections.Specialized.IOrderedDictionary"}, dictIfaces...)},
		{full: "System.Collections.Queue", base: "System.Object", ifaces: []string{"System.Collections.ICollection", "System.Collections.IEnumerable"}},
		{full: "System.Collections.Stack", base: "System.Object", ifaces: []string{"System.Collections.ICollection", "System.Collections.IEnumerable"}},
		{full: "System.Collections.IEnumerable"},
		{full: "System.Collections.ICollection", ifaces: []string{"System.Collections.IEnumerable"}},
		{full: "System.Collections.IList", ifaces: []string{"System.Collections.ICollection", "System.Collections.IEnumerable"}},
		{full: "System.Collections.IDictionary", ifaces: []string{"System.Collections.ICollection", "System.Collections.IEnumerable"}},
		{full: "System.Collections.Specialized.IOrderedDictionary", ifaces: dictIfaces},
		{full: "System.Collections.IEnumerator"},
		{full: "System.IComparable"},
		{full: "System.IFormattable"},
		{full: "System.IConvertible"},
		{full: "System.ICloneable"},
		{full: "System.IDisposable"},
		{full: "System.Collections.Generic.List`1", base: "System.Object", ifaces: listIfaces},
		{full: "System.Collections.Generic.Dictionary`2", base: "System.Object", ifaces: dictIfaces},
		{full: "System.Collections.ObjectModel.Collection`1", base: "System.Object", ifaces: listIfaces},
		{full: "System.Collections.Generic.HashSet`1", base: "System.Object", ifaces: []string{"System.Collections.IEnumerable"}},
		{full: "System.Collections.Generic.SortedSet`1", base: "System.Object", ifaces: []string{"System.Collections.ICollection", "System.Collections.IEnumerable"}},
		{full: "System.Collections.Generic.Queue`1", base: "System.Object", ifaces: []string{"System.Collections.ICollection", "System.Collections.IEnumerable"}},
		{full: "System.Collections.Generic.Stack`1", base: "System.Object", ifaces: []string{"System.Collections.ICollection", "System.Collections.IEnumerable"}},
		{full: "System.Collections.Generic.SortedDictionary`2", base: "System.Object", ifaces: dictIfaces},
		{full: "System.Collections.Generic.KeyValuePair`2", base: "System.ValueType"},
		{full: "System.Collections.DictionaryEntry", base: "System.ValueType"},
		{full: "System.Linq.Enumerable", base: "System.Object"},
		{full: "System.Collections.SortedList", base: "System.Object", ifaces: dictIfaces},
		{full: "System.Collections.Specialized.StringCollection", base: "System.Object", ifaces: listIfaces},
		{full: "System.IO.MemoryStream", base: "System.IO.Stream"},
		{full: "System.IO.FileStream", base: "System.IO.Stream"},
		{full: "System.UriBuilder", base: "System.Object"},
		{full: "System.StringComparer", base: "System.Object"},
		{full: "System.Tuple", base: "System.Object"},
		{full: "System.Diagnostics.Process", base: "System.ComponentModel.Component"},
		{full: "System.ComponentModel.Component", base: "System.MarshalByRefObject"},
		{full: "System.Net.WebClient", base: "System.ComponentModel.Component"},
		{full: "System.Net.NetworkCredential", base: "System.Object"},
		{full: "System.Net.ServicePointManager", base: "System.Object"},
		{full: "System.Security.Cryptography.HashAlgorithm", base: "System.Object", ifaces: []string{"System.IDisposable"}},
		{full: "System.Security.Cryptography.SHA1", base: "System.Security.Cryptography.HashAlgorithm"},
		{full: "System.Security.Cryptography.SHA256", base: "System.Security.Cryptography.HashAlgorithm"},
		{full: "System.Security.Cryptography.SHA384", base: "System.Security.Cryptography.HashAlgorithm"},
		{full: "System.Security.Cryptography.SHA512", base: "System.Security.Cryptography.HashAlgorithm"},
		{full: "System.Security.Cryptography.MD5", base: "System.Security.Cryptography.HashAlgorithm"},
		{full: "System.Security.Cryptography.SHA1CryptoServiceProvider", base: "System.Security.Cryptography.SHA1"},
		{full: "System.Security.Cryptography.SHA256Managed", base: "System.Security.Cryptography.SHA256"},
		{full: "System.Security.Cryptography.RandomNumberGenerator", base: "System.Object"},
		{full: "System.Security.Cryptography.AsymmetricAlgorithm", base: "System.Object"},
		{full: "System.Security.Cryptography.RSA", base: "System.Security.Cryptography.AsymmetricAlgorithm"},
		{full: "System.Security.Cryptography.X509Certificates.X509Chain", base: "System.Object"},
		{full: "System.Security.Cryptography.X509Certificates.X509ChainPolicy", base: "System.Object"},
		{full: "System.Security.Cryptography.X509Certificates.X509ChainElement", base: "System.Object"},
		{full: "System.Security.Cryptography.X509Certificates.X509ChainElementCollection", base: "System.Object", ifaces: []string{"System.Collections.ICollection", "System.Collections.IEnumerable"}},
		{full: "System.Security.Cryptography.X509Certificates.X509ChainStatus", base: "System.ValueType"},
		{full: "System.Security.Cryptography.X509Certificates.X509Extension", base: "System.Security.Cryptography.AsnEncodedData"},
		{full: "System.Security.Cryptography.AsnEncodedData", base: "System.Object"},
		{full: "System.Runtime.InteropServices.Marshal", base: "System.Object"},

		// PowerShell's own types.
		{full: "System.Management.Automation.PSObject", base: "System.Object", ifaces: []string{"System.IFormattable", "System.IComparable"}},
		{full: "System.Management.Automation.PSCustomObject", base: "System.Object"},
		{full: "System.Management.Automation.ScriptBlock", base: "System.Object"},
		{full: "System.Management.Automation.SwitchParameter", base: "System.ValueType"},
		{full: "System.Management.Automation.PSCredential", base: "System.Object"},
		{full: "System.Management.Automation.PSReference", base: "System.Object"},
		{full: "System.Management.Automation.ErrorRecord", base: "System.Object"},
		{full: "System.Management.Automation.ErrorDetails", base: "System.Object"},
		{full: "System.Management.Automation.InformationalRecord", base: "System.Object"},
		{full: "System.Management.Automation.WarningRecord", base: "System.Management.Automation.InformationalRecord"},
		{full: "System.Management.Automation.VerboseRecord", base: "System.Management.Automation.InformationalRecord"},
		{full: "System.Management.Automation.DebugRecord", base: "System.Management.Automation.InformationalRecord"},
		{full: "System.Management.Automation.InformationRecord", base: "System.Object"},
		{full: "System.Management.Automation.InvocationInfo", base: "System.Object"},
		{full: "System.Management.Automation.ErrorCategoryInfo", base: "System.Object"},
		{full: "System.Management.Automation.PSVariable", base: "System.Object"},
		{full: "System.Management.Automation.LanguagePrimitives", base: "System.Object"},
		{full: "System.Management.Automation.WildcardPattern", base: "System.Object"},
		{full: "System.Management.Automation.PSModuleInfo", base: "System.Object"},
		{full: "System.Management.Automation.CommandInfo", base: "System.Object"},
		{full: "System.Management.Automation.CmdletInfo", base: "System.Management.Automation.CommandInfo"},
		{full: "System.Management.Automation.FunctionInfo", base: "System.Management.Automation.CommandInfo"},
		{full: "System.Management.Automation.AliasInfo", base: "System.Management.Automation.CommandInfo"},
		{full: "System.Management.Automation.Internal.AutomationNull", base: "System.Object"},
		{full: "System.Management.Automation.Language.NullString", base: "System.Object"},
		{full: "System.Management.Automation.PSPrimitiveDictionary", base: "System.Collections.Hashtable", ifaces: dictIfaces},
		{full: "System.Management.Automation.DefaultParameterDictionary", base: "System.Collections.Hashtable", ifaces: dictIfaces},
		{full: "System.Management.Automation.PowerShell", base: "System.Object"},
		{full: "System.Management.Automation.PSTypeName", base: "System.Object"},
		{full: "System.Management.Automation.CmdletBindingAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.ParameterAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.RuntimeDefinedParameter", base: "System.Object"},
		{full: "System.Management.Automation.RuntimeDefinedParameterDictionary", base: "System.Object", ifaces: dictIfaces},
		{full: "System.Management.Automation.AliasAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.OutputTypeAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.ValidateSetAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.ValidateRangeAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.ValidatePatternAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.ValidateLengthAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.ValidateCountAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.ValidateScriptAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.ValidateNotNullAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.ValidateNotNullOrEmptyAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.AllowNullAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.AllowEmptyStringAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.AllowEmptyCollectionAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.SupportsWildcardsAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.PSDefaultValueAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.ArgumentCompleterAttribute", base: "System.Attribute"},
		{full: "System.Diagnostics.CodeAnalysis.SuppressMessageAttribute", base: "System.Attribute"},
		{full: "System.Attribute", base: "System.Object"},
		{full: "Microsoft.Management.Infrastructure.CimInstance", base: "System.Object"},
		{full: "Microsoft.Management.Infrastructure.CimClass", base: "System.Object"},
		{full: "Microsoft.Management.Infrastructure.CimType", base: "System.Enum"},
		{full: "Microsoft.Management.Infrastructure.CimConverter", base: "System.Object"},
		{full: "Microsoft.Management.Infrastructure.CimSession", base: "System.Object"},
		{full: "System.Management.ManagementClass", base: "System.Management.ManagementObject"},
		{full: "System.Management.ManagementObjectSearcher", base: "System.Object"},
		{full: "System.DirectoryServices.DirectoryEntry", base: "System.Object"},
		{full: "System.DirectoryServices.DirectorySearcher", base: "System.Object"},
		{full: "System.Net.IPEndPoint", base: "System.Object"},
		{full: "System.Net.NetworkInformation.PhysicalAddress", base: "System.Object"},
		{full: "System.Security.AccessControl.ObjectSecurity", base: "System.Object"},
		{full: "System.Management.Automation.PSListModifier", base: "System.Object"},
		{full: "System.Management.Automation.PSTypeNameAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.DscResourceAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.DscPropertyAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.DscLocalConfigurationManagerAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.ValidateDriveAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.ValidateUserDriveAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.ArgumentCompletionsAttribute", base: "System.Attribute"},
		{full: "System.Management.Automation.SemanticVersion", base: "System.Object", ifaces: []string{"System.IComparable"}},
		{full: "System.Management.Automation.Runspaces.RunspaceFactory", base: "System.Object"},
		{full: "System.Management.Automation.Runspaces.Runspace", base: "System.Object"},
		{full: "System.Management.Automation.Runspaces.InitialSessionState", base: "System.Object"},
		{full: "System.Management.Automation.PSMemberInfo", base: "System.Object"},
		{full: "System.Management.Automation.PSPropertyInfo", base: "System.Management.Automation.PSMemberInfo"},
		{full: "System.Management.Automation.PSMethodInfo", base: "System.Management.Automation.PSMemberInfo"},
		{full: "System.Management.Automation.PSScriptMethod", base: "System.Management.Automation.PSMethodInfo"},
		{full: "System.Management.Automation.PSScriptProperty", base: "System.Management.Automation.PSPropertyInfo"},
		{full: "System.Management.Automation.PSNoteProperty", base: "System.Management.Automation.PSPropertyInfo"},
		{full: "System.Management.Automation.PSAliasProperty", base: "System.Management.Automation.PSPropertyInfo"},
		{full: "System.Management.Automation.PSVariableProperty", base: "System.Management.Automation.PSNoteProperty"},
		{full: "System.Management.ManagementObject", base: "System.Object"},
	}
}

// accelerators maps PowerShell's type accelerators (and a few aliases
// PowerShell 7 added) to full names.
func accelerators() map[string]string { return acceleratorTable.Get() }

// acceleratorTable is built on first use, not at start-up.
var acceleratorTable = lazy.Value[map[string]string]{Build: func() map[string]string {
	return map[string]string{
		"alias": "System.Management.Automation.AliasAttribute", "allowemptycollection": "System.Management.Automation.AllowEmptyCollectionAttribute",
		"allowemptystring": "System.Management.Automation.AllowEmptyStringAttribute", "allownull": "System.Management.Automation.AllowNullAttribute",
		"argumentcompleter": "System.Management.Automation.ArgumentCompleterAttribute", "array": "System.Array",
		"bool": "System.Boolean", "byte": "System.Byte", "char": "System.Char",
		"cmdletbinding": "System.Management.Automation.CmdletBindingAttribute", "datetime": "System.DateTime",
		"decimal": "System.Decimal", "double": "System.Double", "float": "System.Single", "single": "System.Single",
		"guid": "System.Guid", "hashtable": "System.Collections.Hashtable", "int": "System.Int32",
		"int16": "System.Int16", "int32": "System.Int32", "int64": "System.Int64", "long": "System.Int64",
		"short": "System.Int16", "ushort": "System.UInt16", "uint": "System.UInt32", "ulong": "System.UInt64",
		"uint16": "System.UInt16", "uint32": "System.UInt32", "uint64": "System.UInt64", "sbyte": "System.SByte",
		"bigint": "System.Numerics.BigInteger", "ipaddress": "System.Net.IPAddress", "mailaddress": "System.Net.Mail.MailAddress",
		"outputtype": "System.Management.Automation.OutputTypeAttribute", "parameter": "System.Management.Automation.ParameterAttribute",
		"psobject": "System.Management.Automation.PSObject", "pscustomobject": "System.Management.Automation.PSObject",
		"pscredential": "System.Management.Automation.PSCredential", "psmoduleinfo": "System.Management.Automation.PSModuleInfo",
		"psvariable": "System.Management.Automation.PSVariable", "psprimitivedictionary": "System.Management.Automation.PSPrimitiveDictionary",
		"pstypename": "System.Management.Automation.PSTypeName", "powershell": "System.Management.Automation.PowerShell",
		"psdefaultvalue": "System.Management.Automation.PSDefaultValueAttribute",
		"ref":            "System.Management.Automation.PSReference", "regex": "System.Text.RegularExpressions.Regex",
		"scriptblock": "System.Management.Automation.ScriptBlock", "securestring": "System.Security.SecureString",
		"string": "System.String", "supportswildcards": "System.Management.Automation.SupportsWildcardsAttribute",
		"switch": "System.Management.Automation.SwitchParameter", "timespan": "System.TimeSpan", "type": "System.Type",
		"uri": "System.Uri", "validatecount": "System.Management.Automation.ValidateCountAttribute",
		"validatelength": "System.Management.Automation.ValidateLengthAttribute", "validatenotnull": "System.Management.Automation.ValidateNotNullAttribute",
		"validatenotnullorempty": "System.Management.Automation.ValidateNotNullOrEmptyAttribute", "validatepattern": "System.Management.Automation.ValidatePatternAttribute",
		"validaterange": "System.Management.Automation.ValidateRangeAttribute", "validatescript": "System.Management.Automation.ValidateScriptAttribute",
		"validateset": "System.Management.Automation.ValidateSetAttribute", "version": "System.Version", "void": "System.Void",
		"wildcardpattern": "System.Management.Automation.WildcardPattern", "xml": "System.Xml.XmlDocument",
		"x509certificate":       "System.Security.Cryptography.X509Certificates.X509Certificate",
		"x500distinguishedname": "System.Security.Cryptography.X509Certificates.X500DistinguishedName",
		"cultureinfo":           "System.Globalization.CultureInfo", "object": "System.Object", "math": "System.Math",
		"ordered": "System.Collections.Specialized.OrderedDictionary", "ciminstance": "Microsoft.Management.Infrastructure.CimInstance",
		"wmi": "System.Management.ManagementObject", "wmiclass": "System.Management.ManagementClass",
		"wmisearcher": "System.Management.ManagementObjectSearcher", "adsi": "System.DirectoryServices.DirectoryEntry",
		"adsisearcher": "System.DirectoryServices.DirectorySearcher", "cimclass": "Microsoft.Management.Infrastructure.CimClass",
		"cimtype": "Microsoft.Management.Infrastructure.CimType", "cimconverter": "Microsoft.Management.Infrastructure.CimConverter",
		"cimsession": "Microsoft.Management.Infrastructure.CimSession", "ipendpoint": "System.Net.IPEndPoint",
		"nullstring": "System.Management.Automation.Language.NullString", "objectsecurity": "System.Security.AccessControl.ObjectSecurity",
		"physicaladdress": "System.Net.NetworkInformation.PhysicalAddress", "pslistmodifier": "System.Management.Automation.PSListModifier",
		"pstypenameattribute": "System.Management.Automation.PSTypeNameAttribute", "dscresource": "System.Management.Automation.DscResourceAttribute",
		"dscproperty": "System.Management.Automation.DscPropertyAttribute", "dsclocalconfigurationmanager": "System.Management.Automation.DscLocalConfigurationManagerAttribute",
		"validatedrive": "System.Management.Automation.ValidateDriveAttribute", "validateuserdrive": "System.Management.Automation.ValidateUserDriveAttribute",
		"semver": "System.Management.Automation.SemanticVersion", "runspacefactory": "System.Management.Automation.Runspaces.RunspaceFactory",
		"runspace": "System.Management.Automation.Runspaces.Runspace", "initialsessionstate": "System.Management.Automation.Runspaces.InitialSessionState",
		"psscriptmethod": "System.Management.Automation.PSScriptMethod", "psscriptproperty": "System.Management.Automation.PSScriptProperty",
		"psnoteproperty": "System.Management.Automation.PSNoteProperty", "psaliasproperty": "System.Management.Automation.PSAliasProperty",
		"psvariableproperty": "System.Management.Automation.PSVariableProperty", "argumentcompletions": "System.Management.Automation.ArgumentCompletionsAttribute",
	}
}}

// load fills the registry on first use.
func (r *registry) load() {
	if r.loaded {
		return
	}
	r.types = map[string]*typeInfo{}
	r.accel = map[string]string{}
	r.enums = map[string]*EnumType{}
	types := builtinTypes()
	for i := range types {
		t := &types[i]
		r.types[strings.ToLower(t.full)] = t
	}
	for _, t := range exceptionTypes {
		r.types[strings.ToLower(t[0])] = &typeInfo{full: t[0], base: t[1]}
	}
	for k, v := range accelerators() {
		r.accel[k] = v
	}
	for _, e := range append(builtinEnums(), securityEnums()...) {
		r.enums[strings.ToLower(e.FullName)] = e
		r.types[strings.ToLower(e.FullName)] = &typeInfo{full: e.FullName, base: "System.Enum", ifaces: numericIfaces}
	}
	r.addXMLTypes()
	r.loaded = true
}

// lookup returns the type info for a full name (any case).
func lookup(full string) *typeInfo {
	reg.mu.RLock()
	if reg.loaded {
		t := reg.types[strings.ToLower(full)]
		reg.mu.RUnlock()
		return t
	}
	reg.mu.RUnlock()
	reg.mu.Lock()
	reg.load()
	t := reg.types[strings.ToLower(full)]
	reg.mu.Unlock()
	return t
}

// shortName is the part after the last dot, generic arguments left out:
// "System.Collections.Generic.List`1[System.String]" → "List`1",
// "System.Object[]" → "Object[]".
func shortName(full string) string {
	if elem, rank, ok := SplitArrayType(full); ok {
		return shortName(elem) + arraySuffix(rank)
	}
	head := full
	if i := strings.IndexByte(head, '['); i > 0 {
		head = head[:i]
	}
	if i := strings.LastIndexByte(head, '.'); i >= 0 {
		head = head[i+1:]
	}
	// A nested type's Name is its own: Hashtable+KeyCollection → KeyCollection.
	if i := strings.LastIndexByte(head, '+'); i >= 0 {
		head = head[i+1:]
	}
	return head
}

// ShortName returns the .NET Name of a full type name ("System.Int32" →
// "Int32", "System.Object[]" → "Object[]").
func ShortName(full string) string { return shortName(full) }

// typeValue builds the TypeValue for a full name.
func typeValue(full string) *object.TypeValue {
	return &object.TypeValue{FullName: full, Name: shortName(full)}
}

// typeChain lists full, its interfaces and its base classes up to
// System.Object: what -is and catch compare against.
func typeChain(full string) []string {
	var out []string
	seen := map[string]bool{}
	var walk func(n string)
	walk = func(n string) {
		key := strings.ToLower(n)
		if n == "" || seen[key] {
			return
		}
		seen[key] = true
		out = append(out, n)
		t := lookup(n)
		if t == nil {
			// Unknown types: arrays are Arrays, exceptions are
			// Exceptions, everything is an Object.
			_, _, isArr := SplitArrayType(n)
			switch {
			case isArr:
				walk("System.Array")
			case strings.HasSuffix(n, "Exception"):
				walk("System.Exception")
			case IsDelegateType(n):
				walk("System.MulticastDelegate")
			case strings.HasPrefix(strings.ToLower(n), "system.collections.generic.list`1"):
				walk("System.Collections.Generic.List`1")
			case strings.HasPrefix(strings.ToLower(n), "system.collections.generic.dictionary`2"):
				walk("System.Collections.Generic.Dictionary`2")
			default:
				walk("System.Object")
			}
			return
		}
		for _, i := range t.ifaces {
			walk(i)
		}
		if t.base != "" {
			walk(t.base)
		} else if t.full != "System.Object" && !isInterface(t.full) {
			walk("System.Object")
		}
	}
	walk(full)
	return out
}

// isInterface is a naming heuristic good enough for the table above.
func isInterface(full string) bool {
	n := shortName(full)
	return len(n) > 1 && n[0] == 'I' && n[1] >= 'A' && n[1] <= 'Z'
}
