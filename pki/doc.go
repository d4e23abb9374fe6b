// Package pki holds the lab's X.509 work: certificates shown the way
// PowerShell shows .NET's X509Certificate2 (Windows-style names,
// thumbprints, serial numbers), PFX files read and written for real, and
// the lab certification authority that signs requests.
package pki
