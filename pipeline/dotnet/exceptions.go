package dotnet

import (
	"strings"

	"cspsh/internal/lazy"
)

// exceptionTypes is the .NET and PowerShell exception hierarchy as
// {type, base}: catch [T] takes every exception derived from T.
var exceptionTypes = [][2]string{
	{"System.Exception", "System.Object"},
	{"System.SystemException", "System.Exception"},
	{"System.ApplicationException", "System.Exception"},
	{"System.ArgumentException", "System.SystemException"},
	{"System.ArgumentNullException", "System.ArgumentException"},
	{"System.ArgumentOutOfRangeException", "System.ArgumentException"},
	{"System.ArithmeticException", "System.SystemException"},
	{"System.DivideByZeroException", "System.ArithmeticException"},
	{"System.OverflowException", "System.ArithmeticException"},
	{"System.NotFiniteNumberException", "System.ArithmeticException"},
	{"System.FormatException", "System.SystemException"},
	{"System.UriFormatException", "System.FormatException"},
	{"System.InvalidCastException", "System.SystemException"},
	{"System.InvalidOperationException", "System.SystemException"},
	{"System.ObjectDisposedException", "System.InvalidOperationException"},
	{"System.NotSupportedException", "System.SystemException"},
	{"System.PlatformNotSupportedException", "System.NotSupportedException"},
	{"System.NotImplementedException", "System.SystemException"},
	{"System.NullReferenceException", "System.SystemException"},
	{"System.IndexOutOfRangeException", "System.SystemException"},
	{"System.RankException", "System.SystemException"},
	{"System.ArrayTypeMismatchException", "System.SystemException"},
	{"System.OutOfMemoryException", "System.SystemException"},
	{"System.StackOverflowException", "System.SystemException"},
	{"System.TimeoutException", "System.SystemException"},
	{"System.UnauthorizedAccessException", "System.SystemException"},
	{"System.OperationCanceledException", "System.SystemException"},
	{"System.Threading.Tasks.TaskCanceledException", "System.OperationCanceledException"},
	{"System.MemberAccessException", "System.SystemException"},
	{"System.MissingMemberException", "System.MemberAccessException"},
	{"System.MissingMethodException", "System.MissingMemberException"},
	{"System.MissingFieldException", "System.MissingMemberException"},
	{"System.Collections.Generic.KeyNotFoundException", "System.SystemException"},
	{"System.Reflection.TargetInvocationException", "System.ApplicationException"},
	{"System.IO.IOException", "System.SystemException"},
	{"System.IO.FileNotFoundException", "System.IO.IOException"},
	{"System.IO.DirectoryNotFoundException", "System.IO.IOException"},
	{"System.IO.DriveNotFoundException", "System.IO.IOException"},
	{"System.IO.PathTooLongException", "System.IO.IOException"},
	{"System.IO.EndOfStreamException", "System.IO.IOException"},
	{"System.IO.FileLoadException", "System.IO.IOException"},
	{"System.Security.SecurityException", "System.SystemException"},
	{"System.Security.Cryptography.CryptographicException", "System.SystemException"},
	{"System.Runtime.InteropServices.ExternalException", "System.SystemException"},
	{"System.Runtime.InteropServices.COMException", "System.Runtime.InteropServices.ExternalException"},
	{"System.ComponentModel.Win32Exception", "System.Runtime.InteropServices.ExternalException"},
	{"System.Net.WebException", "System.InvalidOperationException"},
	{"System.Net.Sockets.SocketException", "System.ComponentModel.Win32Exception"},
	{"System.Xml.XmlException", "System.SystemException"},
	{"System.Text.RegularExpressions.RegexMatchTimeoutException", "System.TimeoutException"},
	{"System.Management.Automation.RuntimeException", "System.SystemException"},
	{"System.Management.Automation.CommandNotFoundException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.ParameterBindingException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.ParameterBindingValidationException", "System.Management.Automation.ParameterBindingException"},
	{"System.Management.Automation.ParameterBindingArgumentTransformationException", "System.Management.Automation.ParameterBindingException"},
	{"System.Management.Automation.ParameterBindingParameterDefaultValueException", "System.Management.Automation.ParameterBindingException"},
	{"System.Management.Automation.ParseException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.IncompleteParseException", "System.Management.Automation.ParseException"},
	{"System.Management.Automation.ActionPreferenceStopException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.PipelineStoppedException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.MethodException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.MethodInvocationException", "System.Management.Automation.MethodException"},
	{"System.Management.Automation.ExtendedTypeSystemException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.GetValueException", "System.Management.Automation.ExtendedTypeSystemException"},
	{"System.Management.Automation.GetValueInvocationException", "System.Management.Automation.GetValueException"},
	{"System.Management.Automation.SetValueException", "System.Management.Automation.ExtendedTypeSystemException"},
	{"System.Management.Automation.SetValueInvocationException", "System.Management.Automation.SetValueException"},
	{"System.Management.Automation.PropertyNotFoundException", "System.Management.Automation.ExtendedTypeSystemException"},
	{"System.Management.Automation.MetadataException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.ValidationMetadataException", "System.Management.Automation.MetadataException"},
	{"System.Management.Automation.ArgumentTransformationMetadataException", "System.Management.Automation.MetadataException"},
	{"System.Management.Automation.ParsingMetadataException", "System.Management.Automation.MetadataException"},
	{"System.Management.Automation.SessionStateException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.ItemNotFoundException", "System.Management.Automation.SessionStateException"},
	{"System.Management.Automation.DriveNotFoundException", "System.Management.Automation.SessionStateException"},
	{"System.Management.Automation.ProviderNotFoundException", "System.Management.Automation.SessionStateException"},
	{"System.Management.Automation.SessionStateUnauthorizedAccessException", "System.Management.Automation.SessionStateException"},
	{"System.Management.Automation.ProviderInvocationException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.CmdletInvocationException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.CmdletProviderInvocationException", "System.Management.Automation.CmdletInvocationException"},
	{"System.Management.Automation.ApplicationFailedException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.WildcardPatternException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.PSSecurityException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.ScriptCallDepthException", "System.SystemException"},
	{"System.Management.Automation.RemoteException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.Remoting.PSRemotingTransportException", "System.Management.Automation.RuntimeException"},
	{"System.Management.Automation.PSInvalidCastException", "System.InvalidCastException"},
	{"System.Management.Automation.PSArgumentException", "System.ArgumentException"},
	{"System.Management.Automation.PSArgumentNullException", "System.ArgumentNullException"},
	{"System.Management.Automation.PSArgumentOutOfRangeException", "System.ArgumentOutOfRangeException"},
	{"System.Management.Automation.PSInvalidOperationException", "System.InvalidOperationException"},
	{"System.Management.Automation.PSNotSupportedException", "System.NotSupportedException"},
	{"System.Management.Automation.PSNotImplementedException", "System.NotImplementedException"},
	{"System.Management.Automation.PSObjectDisposedException", "System.ObjectDisposedException"},
	{"System.Management.Automation.ParentContainsErrorRecordException", "System.SystemException"},
	{"System.Management.Automation.HaltCommandException", "System.SystemException"},
	{"System.Management.Automation.JobFailedException", "System.SystemException"},
	{"System.Management.Automation.BreakException", "System.Management.Automation.FlowControlException"},
	{"System.Management.Automation.ContinueException", "System.Management.Automation.FlowControlException"},
	{"System.Management.Automation.FlowControlException", "System.SystemException"},
	{"System.Management.Automation.ExitException", "System.Management.Automation.FlowControlException"},
	{"Microsoft.PowerShell.Commands.WriteErrorException", "System.SystemException"},
	{"Microsoft.PowerShell.Commands.ServiceCommandException", "System.SystemException"},
	{"Microsoft.PowerShell.Commands.ProcessCommandException", "System.SystemException"},
}

// ExceptionIs reports whether an exception of .NET type exType is taken
// by `catch [catchType]` (or a trap of that type): the same type or a
// base type. catchType may be a short form PowerShell resolves
// ("IO.IOException", "Exception"). An empty catchType catches all.
func ExceptionIs(exType, catchType string) bool {
	if catchType == "" {
		return true
	}
	target := catchType
	if t, ok := ResolveType(catchType); ok {
		target = t.FullName
	}
	for _, n := range typeChain(exType) {
		if strings.EqualFold(n, target) {
			return true
		}
	}
	return false
}

// ExceptionMessage is the default message of a .NET exception created
// without one (New-Object System.FormatException, throw [Exception]::new()).
func ExceptionMessage(full string) string {
	if m, ok := defaultExceptionMessages.Get()[strings.ToLower(full)]; ok {
		return m
	}
	// .NET's Exception() constructor: "Exception of type 'X' was thrown."
	return "Exception of type '" + full + "' was thrown."
}

// defaultExceptionMessages are .NET Framework's parameterless-constructor
// messages (mscorlib resources).
var defaultExceptionMessages = lazy.Value[map[string]string]{Build: func() map[string]string {
	return map[string]string{
		"system.systemexception":                          "System error.",
		"system.argumentexception":                        "Value does not fall within the expected range.",
		"system.argumentnullexception":                    "Value cannot be null.",
		"system.argumentoutofrangeexception":              "Specified argument was out of the range of valid values.",
		"system.arithmeticexception":                      "Overflow or underflow in the arithmetic operation.",
		"system.dividebyzeroexception":                    "Attempted to divide by zero.",
		"system.overflowexception":                        "Arithmetic operation resulted in an overflow.",
		"system.formatexception":                          "One of the identified items was in an invalid format.",
		"system.invalidcastexception":                     "Specified cast is not valid.",
		"system.invalidoperationexception":                "Operation is not valid due to the current state of the object.",
		"system.notsupportedexception":                    "Specified method is not supported.",
		"system.notimplementedexception":                  "The method or operation is not implemented.",
		"system.nullreferenceexception":                   "Object reference not set to an instance of an object.",
		"system.indexoutofrangeexception":                 "Index was outside the bounds of the array.",
		"system.outofmemoryexception":                     "Insufficient memory to continue the execution of the program.",
		"system.timeoutexception":                         "The operation has timed out.",
		"system.unauthorizedaccessexception":              "Attempted to perform an unauthorized operation.",
		"system.operationcanceledexception":               "The operation was canceled.",
		"system.collections.generic.keynotfoundexception": "The given key was not present in the dictionary.",
		"system.io.ioexception":                           "I/O error occurred.",
		"system.io.filenotfoundexception":                 "Unable to find the specified file.",
		"system.io.directorynotfoundexception":            "Attempted to access a path that is not on the disk.",
		"system.io.pathtoolongexception":                  "The specified path, file name, or both are too long. The fully qualified file name must be less than 260 characters, and the directory name must be less than 248 characters.",
		"system.io.endofstreamexception":                  "Attempted to read past the end of the stream.",
		"system.applicationexception":                     "Error in the application.",
		"system.security.securityexception":               "Security error.",
		"system.management.automation.runtimeexception":   "Exception of type 'System.Management.Automation.RuntimeException' was thrown.",
	}
}}
