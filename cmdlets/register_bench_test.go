package cmdlets

import "testing"

// BenchmarkRegistry is what the first command look-up of a session costs:
// declaring every built-in cmdlet and alias (the registry is filled
// lazily, so a script that runs no command never pays it).
func BenchmarkRegistry(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := Registry().Get("Get-CsCertificate"); !ok {
			b.Fatal("Get-CsCertificate missing")
		}
	}
}
