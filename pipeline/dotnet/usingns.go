package dotnet

import "strings"

// AddUsingNamespace is `using namespace N` (about_Using): the types of
// namespace N become known by their short names, as [StringBuilder] for
// System.Text.StringBuilder. A name that already means a type (an
// accelerator) keeps its meaning.
func AddUsingNamespace(ns string) {
	ns = strings.TrimSuffix(strings.TrimSpace(ns), ".")
	if ns == "" {
		return
	}
	lookup("System.Object")
	prefix := strings.ToLower(ns) + "."
	reg.mu.Lock()
	defer reg.mu.Unlock()
	for key, t := range reg.types {
		if !strings.HasPrefix(key, prefix) {
			continue
		}
		short := key[len(prefix):]
		if short == "" || strings.ContainsAny(short, ".[`") {
			continue
		}
		if _, taken := reg.accel[short]; !taken {
			reg.accel[short] = t.full
		}
	}
}
