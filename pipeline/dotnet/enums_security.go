package dotnet

// securityEnums are the access-control and certificate enums that
// administration scripts name: ACL entries built with
// New-Object System.Security.AccessControl.FileSystemAccessRule and
// certificate key usages.
func securityEnums() []*EnumType {
	return []*EnumType{
		valEnum("System.Security.AccessControl.AceFlags", true, "None", 0, "ObjectInherit", 1, "ContainerInherit", 2, "NoPropagateInherit", 4, "InheritOnly", 8, "InheritanceFlags", 15, "Inherited", 16, "SuccessfulAccess", 64, "FailedAccess", 128, "AuditFlags", 192),
		valEnum("System.Security.AccessControl.InheritanceFlags", true, "None", 0, "ContainerInherit", 1, "ObjectInherit", 2),
		valEnum("System.Security.AccessControl.PropagationFlags", true, "None", 0, "NoPropagateInherit", 1, "InheritOnly", 2),
		valEnum("System.Security.AccessControl.AccessControlType", false, "Allow", 0, "Deny", 1),
		valEnum("System.Security.AccessControl.FileSystemRights", true, "ListDirectory", 1, "ReadData", 1, "WriteData", 2, "CreateFiles", 2, "CreateDirectories", 4, "AppendData", 4, "ReadExtendedAttributes", 8, "WriteExtendedAttributes", 16, "Traverse", 32, "ExecuteFile", 32, "DeleteSubdirectoriesAndFiles", 64, "ReadAttributes", 128, "WriteAttributes", 256, "Write", 278, "Delete", 65536, "ReadPermissions", 131072, "Read", 131209, "ReadAndExecute", 131241, "Modify", 197055, "ChangePermissions", 262144, "TakeOwnership", 524288, "Synchronize", 1048576, "FullControl", 2032127),
		valEnum("System.Security.Cryptography.X509Certificates.X509KeyUsageFlags", true, "None", 0, "EncipherOnly", 1, "CrlSign", 2, "KeyCertSign", 4, "KeyAgreement", 8, "DataEncipherment", 16, "KeyEncipherment", 32, "NonRepudiation", 64, "DigitalSignature", 128, "DecipherOnly", 32768),
		valEnum("System.Security.Cryptography.X509Certificates.X509IncludeOption", false, "None", 0, "ExcludeRoot", 1, "EndCertOnly", 2, "WholeChain", 3),
		valEnum("System.Security.Cryptography.X509Certificates.X509RevocationFlag", false, "EndCertificateOnly", 0, "EntireChain", 1, "ExcludeRoot", 2),
		valEnum("System.Security.Cryptography.X509Certificates.X509ChainStatusFlags", true, "NoError", 0, "NotTimeValid", 1, "NotTimeNested", 2, "Revoked", 4, "NotSignatureValid", 8, "NotValidForUsage", 16, "UntrustedRoot", 32, "RevocationStatusUnknown", 64, "Cyclic", 128, "InvalidExtension", 256, "InvalidPolicyConstraints", 512, "InvalidBasicConstraints", 1024, "InvalidNameConstraints", 2048, "HasNotSupportedNameConstraint", 4096, "HasNotDefinedNameConstraint", 8192, "HasNotPermittedNameConstraint", 16384, "HasExcludedNameConstraint", 32768, "PartialChain", 65536, "CtlNotTimeValid", 131072, "CtlNotSignatureValid", 262144, "CtlNotValidForUsage", 524288, "HasWeakSignature", 1048576, "OfflineRevocation", 16777216, "NoIssuanceChainPolicy", 33554432, "ExplicitDistrust", 67108864, "HasNotSupportedCriticalExtension", 134217728),
		valEnum("System.Security.Cryptography.X509Certificates.X509VerificationFlags", true, "NoFlag", 0, "IgnoreNotTimeValid", 1, "IgnoreCtlNotTimeValid", 2, "IgnoreNotTimeNested", 4, "IgnoreInvalidBasicConstraints", 8, "AllowUnknownCertificateAuthority", 16, "IgnoreWrongUsage", 32, "IgnoreInvalidName", 64, "IgnoreInvalidPolicy", 128, "IgnoreEndRevocationUnknown", 256, "IgnoreCtlSignerRevocationUnknown", 512, "IgnoreCertificateAuthorityRevocationUnknown", 1024, "IgnoreRootRevocationUnknown", 2048, "AllFlags", 4095),
		valEnum("System.Security.Cryptography.X509Certificates.X500DistinguishedNameFlags", true, "None", 0, "Reversed", 1, "UseSemicolons", 16, "DoNotUsePlusSign", 32, "DoNotUseQuotes", 64, "UseCommas", 128, "UseNewLines", 256, "UseUTF8Encoding", 4096, "UseT61Encoding", 8192, "ForceUTF8Encoding", 16384),
	}
}
