package paths

import (
	"os"
	"strings"

	"cspsh/pipeline"
)

// Full returns the path PowerShell names when it reports a path that
// does not exist ("Cannot find path 'C:\Users\me\x.txt' because it does
// not exist."): the globber makes a relative path absolute against the
// current location before it looks the item up, so the message and the
// error's target show that full path, with . and .. folded away. A path
// that is already absolute, names another drive (Env:, Cert:), or is
// given while the location is on a drive other than the file system's,
// comes back as typed, because there the provider reports it itself.
func Full(s *pipeline.Session, typed string) string {
	p := typed
	if p == "" || strings.Contains(p, "::") {
		return typed
	}
	if p == "~" || len(p) > 1 && p[0] == '~' && isSep(p[1]) {
		// ~ is the provider's home folder.
		return Display(s, expandTilde(p, os.Getenv))
	}
	loc := fsLocation(s)
	if d := DriveLetter(p); d != 0 {
		rest := p[2:]
		if rest != "" && isSep(rest[0]) {
			return typed
		}
		// C:name is relative to the location when it is on that drive,
		// else to the drive's root.
		base := string(d) + `:\`
		if DriveLetter(loc) == d {
			base = loc
		}
		return joinWindows(base, rest)
	}
	if _, _, ok := SplitDrive(p); ok {
		return typed
	}
	if isSep(p[0]) {
		if d := DriveLetter(loc); d != 0 && p[0] == '\\' && !strings.HasPrefix(p, `\\`) {
			// \x is the root of the current drive.
			return joinWindows(string(d)+`:\`, p)
		}
		return typed
	}
	switch {
	case loc == "":
		return typed
	case DriveLetter(loc) != 0:
		return joinWindows(loc, p)
	case loc[0] == '/':
		return joinHost(loc, p)
	}
	// The location is on a provider drive (Cert:\, Env:\).
	return typed
}

// fsLocation is the session location, or the working directory as the
// user sees it when the session has not moved yet.
func fsLocation(s *pipeline.Session) string {
	if loc := location(s); loc != "" {
		return expandTilde(loc, os.Getenv)
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	return Display(s, wd)
}

// joinWindows appends rel to base (C:\…) with backslashes, folding . and
// .. as the globber does; .. stops at the drive root.
func joinWindows(base, rel string) string {
	comps := fold(splitComps(base[2:]), splitComps(rel))
	out := base[:2] + `\` + strings.Join(comps, `\`)
	if len(comps) > 0 && rel != "" && isSep(rel[len(rel)-1]) {
		out += `\`
	}
	return out
}

// joinHost is joinWindows for a host location (/tmp/x): either slash
// separates directories there, as for pwsh on Linux.
func joinHost(base, rel string) string {
	comps := fold(splitComps(base), splitComps(rel))
	out := "/" + strings.Join(comps, "/")
	if len(comps) > 0 && isSep(rel[len(rel)-1]) {
		out += "/"
	}
	return out
}

func splitComps(p string) []string {
	return strings.FieldsFunc(p, func(r rune) bool { return r == '\\' || r == '/' })
}

// fold appends rel's components to base's, dropping . and letting ..
// remove the previous one.
func fold(base, rel []string) []string {
	out := make([]string, 0, len(base)+len(rel))
	for _, c := range append(base, rel...) {
		switch c {
		case ".":
		case "..":
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
		default:
			out = append(out, c)
		}
	}
	return out
}
