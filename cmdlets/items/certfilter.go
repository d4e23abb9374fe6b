package items

import "cspsh/pipeline"

// childItemFilter is a provider whose dynamic parameters filter what
// Get-ChildItem lists (the Certificate provider's -DnsName, -Eku,
// -ExpiringInDays, -SSLServerAuthentication, -CodeSigningCert); it reads
// them from the call.
type childItemFilter interface {
	FilterChildItems(c *pipeline.Call, items []any) []any
}

// certificateParams are the Certificate provider's dynamic parameters of
// Get-ChildItem (about_Certificate_Provider, "Dynamic parameters").
func certificateParams() []*pipeline.ParamDecl {
	return []*pipeline.ParamDecl{
		dynamicParam(pipeline.NewParam("CodeSigningCert", "switch").Describe("On Cert: drives, lists only certificates that can sign code."), "Certificate"),
		dynamicParam(pipeline.NewParam("DnsName", "string").Describe("On Cert: drives, lists certificates with this name or wildcard pattern in their DnsNameList."), "Certificate"),
		dynamicParam(pipeline.NewParam("Eku", "string[]").Describe("On Cert: drives, lists certificates whose EnhancedKeyUsageList matches every one of these names, OIDs or wildcard patterns."), "Certificate"),
		dynamicParam(pipeline.NewParam("ExpiringInDays", "int").Describe("On Cert: drives, lists certificates that expire in or before this many days; 0 lists those already expired."), "Certificate"),
		dynamicParam(pipeline.NewParam("SSLServerAuthentication", "switch").Describe("On Cert: drives, lists only certificates for Server Authentication."), "Certificate"),
	}
}

// filterProviderItems applies the provider's filtering dynamic
// parameters, when it has any.
func filterProviderItems(c *pipeline.Call, prov pipeline.Provider, items []any) []any {
	if f, ok := prov.(childItemFilter); ok {
		return f.FilterChildItems(c, items)
	}
	return items
}
