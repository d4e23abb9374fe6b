package pipeline

import (
	"strings"
	"sync"
)

// Provider serves a drive that is not a file-system drive (Cert:, Env:,
// Variable:, …) to the item cmdlets (Get-ChildItem, Get-Item, Test-Path,
// Remove-Item). Paths given to it have the drive prefix removed and use
// backslashes, e.g. `LocalMachine\My\<thumbprint>`.
type Provider interface {
	// Name is the provider name as Get-PSProvider shows it ("Certificate").
	Name() string
	// Drives lists the drive names it serves ("Cert").
	Drives() []string
	// ChildItems lists the items under path.
	ChildItems(c *Call, path string, recurse bool) ([]any, error)
	// Item returns the item at path; ok false when it does not exist.
	Item(c *Call, path string) (item any, ok bool, err error)
	// RemoveItem deletes the item at path.
	RemoveItem(c *Call, path string, recurse bool) error
}

var (
	providerMu sync.RWMutex
	providers  map[string]Provider // lower-case drive name → provider; made on first use, under providerMu
	provList   []Provider
)

// RegisterProvider makes p serve its drives.
func RegisterProvider(p Provider) {
	providerMu.Lock()
	defer providerMu.Unlock()
	if providers == nil {
		providers = map[string]Provider{}
	}
	for _, d := range p.Drives() {
		providers[strings.ToLower(d)] = p
	}
	provList = append(provList, p)
}

// ProviderFor returns the provider serving drive (without the colon).
func ProviderFor(drive string) (Provider, bool) {
	providerMu.RLock()
	defer providerMu.RUnlock()
	p, ok := providers[strings.ToLower(drive)]
	return p, ok
}

// Providers lists the registered providers in registration order.
func Providers() []Provider {
	providerMu.RLock()
	defer providerMu.RUnlock()
	return append([]Provider(nil), provList...)
}
