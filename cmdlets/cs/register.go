// Package cs holds the Skype for Business Server cmdlets (*-Cs*) that act
// on the lab: certificates, topology, replication and OAuth settings.
package cs

import "cspsh/pipeline"

// Register adds this family's cmdlets and aliases to r.
func Register(r *pipeline.Registry) {
	registerCertType()
	registerViews()
	for _, ci := range []*pipeline.CommandInfo{
		getCsCertificate(),
		importCsCertificate(),
		setCsCertificate(),
		removeCsCertificate(),
		requestCsCertificate(),
		getCsSite(),
		getCsPool(),
		getCsComputer(),
		getCsManagementStoreReplicationStatus(),
		invokeCsManagementStoreReplication(),
		getCsOAuthConfiguration(),
		setCsOAuthConfiguration(),
		testCsCertificateConfiguration(),
		getCsAdminRole(r),
	} {
		r.Add(ci)
	}
}
