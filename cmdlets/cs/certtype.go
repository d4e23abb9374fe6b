package cs

import (
	"cspsh/internal/lazy"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
)

// certTypeName is the .NET enum of certificate uses.
const certTypeName = "Microsoft.Rtc.Management.Deployment.CertType"

// certTypes are the CertType values the Skype for Business reference
// lists for -Type (Import-CsCertificate's list is the fullest).
var certTypes = []string{
	"AccessEdgeExternal", "AudioVideoAuthentication", "DataEdgeExternal", "Default",
	"External", "Internal", "iPadAPNService", "iPhoneAPNService", "LogRetentionService",
	"MPNService", "OAuthTokenIssuer", "PICWebService", "ProvisionService", "SMPDNSWebService",
	"TenantAdmin", "UpgradeEngineService", "WebServicesExternal", "WebServicesInternal",
	"WsFedTokenTransfer", "XMPPServer",
}

// CertType is the enum -Type binds to.
var CertType = &pipeline.EnumType{FullName: certTypeName, Values: certTypes}

// certTypeEnum is the registered .NET enum, so [Microsoft.Rtc.Management.Deployment.CertType]
// works in scripts and the Use property is a real enum value.
// It is built on first use rather than at start-up.
var certTypeEnum = lazy.Value[*dotnet.EnumType]{Build: func() *dotnet.EnumType {
	t := &dotnet.EnumType{FullName: certTypeName, Names: certTypes}
	for i := range certTypes {
		t.Values = append(t.Values, int64(i))
	}
	return t
}}

func registerCertType() { dotnet.RegisterEnum(certTypeEnum.Get()) }

// useValue is a use as a CertType enum value (a string if unknown).
func useValue(use string) any {
	if v, ok := dotnet.EnumValue(certTypeEnum.Get(), use); ok {
		return v
	}
	return use
}

// OAuthTokenIssuer is the use whose certificate must meet the
// server-to-server requirements.
const oauthUse = "OAuthTokenIssuer"
