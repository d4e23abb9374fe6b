package items

import (
	"strings"

	"cspsh/pipeline"
)

// providerRelative joins a relative path to the session location when
// that location is on a provider drive (Env:\, Cert:\LocalMachine, …):
// PowerShell resolves "." and "My" against the current location of
// whatever provider it is in, not against the file system.
func providerRelative(s *pipeline.Session, p string) string {
	loc := s.Location
	if onProviderDrive(loc) && strings.HasPrefix(p, `\`) && !strings.HasPrefix(p, `\\`) {
		// \ is the root of the current drive (Cert:\ from Cert:\LocalMachine).
		return loc[:strings.Index(loc, ":")+1] + p
	}
	if !onProviderDrive(loc) || isRooted(p) {
		return p
	}
	base := strings.TrimRight(loc, `\`)
	for _, part := range strings.FieldsFunc(p, func(r rune) bool { return r == '\\' || r == '/' }) {
		switch part {
		case ".":
		case "..":
			if i := strings.LastIndex(base, `\`); i >= 0 {
				base = base[:i]
			}
		default:
			base += `\` + part
		}
	}
	if !strings.Contains(base, `\`) {
		base += `\`
	}
	return base
}

// isRooted reports a path that names its own drive or root, or the home
// folder (~), so it does not depend on the current location.
func isRooted(p string) bool {
	if p == "" {
		return false
	}
	if p[0] == '\\' || p[0] == '/' || p[0] == '~' {
		return true
	}
	i := strings.IndexAny(p, `:\/`)
	return i > 0 && p[i] == ':'
}

// onProviderDrive reports a location on a named drive (Env:, Cert:, …)
// rather than a one-letter file-system drive or a host folder.
func onProviderDrive(loc string) bool {
	i := strings.Index(loc, ":")
	if i < 2 {
		return false
	}
	for _, r := range loc[:i] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}
