package cs

import (
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

func registerCertType() {
	t := &dotnet.EnumType{FullName: certTypeName, Names: certTypes}
	for i := range certTypes {
		t.Values = append(t.Values, int64(i))
	}
	dotnet.RegisterEnum(t)
}

// OAuthTokenIssuer is the use whose certificate must meet the
// server-to-server requirements.
const oauthUse = "OAuthTokenIssuer"
