// Package paths maps the paths a PowerShell user types to files on the
// host. Drive-letter paths (C:\Certificates\a.pfx, d:/x) live inside the
// lab folder, under $CSPSH_HOME/drives/<LETTER>, and are matched without
// case as Windows does; every other path is the host's own, so
// ./check.ps1 and /tmp/x.pfx work as they do on Linux.
package paths

import (
	"os"
	"path/filepath"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// Home computes the lab folder: $CSPSH_HOME when set, else ~/.cspsh.
// getenv is os.Getenv in the shell and a map lookup in tests.
func Home(getenv func(string) string) string {
	if h := getenv("CSPSH_HOME"); h != "" {
		return expandTilde(h, getenv)
	}
	return filepath.Join(userHome(getenv), ".cspsh")
}

func userHome(getenv func(string) string) string {
	if h := getenv("HOME"); h != "" {
		return h
	}
	if h, err := os.UserHomeDir(); err == nil {
		return h
	}
	return "."
}

// expandTilde turns a leading ~ (alone, or followed by a slash) into the
// user's home folder.
func expandTilde(p string, getenv func(string) string) string {
	if p == "~" {
		return userHome(getenv)
	}
	if len(p) > 1 && p[0] == '~' && isSep(p[1]) {
		return filepath.Join(userHome(getenv), filepath.FromSlash(strings.ReplaceAll(p[2:], `\`, "/")))
	}
	return p
}

// LabHome returns the session's lab folder, falling back to the
// environment when the session has none set.
func LabHome(s *pipeline.Session) string {
	if s != nil && s.Home != "" {
		return s.Home
	}
	return Home(os.Getenv)
}

// DrivesDir is the folder holding the simulated drives of a lab.
func DrivesDir(home string) string { return filepath.Join(home, "drives") }

func isSep(c byte) bool { return c == '/' || c == '\\' }

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// DriveLetter reports the drive letter of a Windows path such as
// C:\x, c:/x or C: (upper case), or 0 when p is not one.
func DriveLetter(p string) byte {
	// C:foo (drive-relative) is drive-qualified too.
	if len(p) >= 2 && isLetter(p[0]) && p[1] == ':' {
		return upper(p[0])
	}
	return 0
}

func upper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// SplitDrive splits a PowerShell drive-qualified path ("Cert:\LocalMachine\My",
// "Env:PATH", "C:\x") into its drive name and the rest. ok is false when
// p names no drive (a host path). A single letter is a file-system drive.
func SplitDrive(p string) (drive, rest string, ok bool) {
	i := strings.IndexByte(p, ':')
	if i <= 0 {
		return "", p, false
	}
	name := p[:i]
	for j := 0; j < len(name); j++ {
		c := name[j]
		if !(isLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.') {
			return "", p, false
		}
	}
	if strings.HasPrefix(p[i:], "::") {
		// Provider-qualified (FileSystem::/tmp/x): not a drive.
		return "", p, false
	}
	return name, p[i+1:], true
}

// stripProvider removes a FileSystem provider qualifier
// (FileSystem::/tmp, Microsoft.PowerShell.Core\FileSystem::C:\x).
func stripProvider(p string) string {
	i := strings.Index(p, "::")
	if i < 0 {
		return p
	}
	prov := p[:i]
	if strings.EqualFold(prov, "FileSystem") || strings.EqualFold(prov, `Microsoft.PowerShell.Core\FileSystem`) {
		return p[i+2:]
	}
	return p
}

// IsLabPath reports whether p is a drive-letter path (it resolves inside
// the lab's drives).
func IsLabPath(p string) bool { return DriveLetter(stripProvider(p)) != 0 }

// Resolve maps a path as the user typed it to a host path. C:\… (any
// letter, either slash) resolves inside $CSPSH_HOME/drives/<LETTER>,
// matching existing components without case; components that do not
// exist keep the given case. ~ is the user's home. Relative paths are
// taken against the session location, itself a lab or host path. Other
// drives (Cert:, Env:) are not file-system paths and give an error in
// PowerShell's words.
func Resolve(s *pipeline.Session, p string) (string, error) {
	p = stripProvider(p)
	if p == "" {
		p = "."
	}
	if p == "~" || len(p) > 1 && p[0] == '~' && isSep(p[1]) {
		return filepath.Clean(expandTilde(p, os.Getenv)), nil
	}
	if d := DriveLetter(p); d != 0 {
		rest := p[2:]
		if rest == "" || !isSep(rest[0]) {
			// C:relative: relative to the location when it is on that drive.
			if loc := location(s); DriveLetter(loc) == d {
				rest = loc[2:] + `\` + rest
			}
		}
		return resolveLab(LabHome(s), d, rest), nil
	}
	if name, _, ok := SplitDrive(p); ok {
		return "", driveError(name)
	}
	if d := DriveLetter(location(s)); d != 0 && p[0] == '\\' && !strings.HasPrefix(p, `\\`) {
		// \Windows is the root of the current drive, as on Windows, when
		// the location is on one of the lab's drives (a / path stays the
		// host's).
		return resolveLab(LabHome(s), d, p), nil
	}
	// On the host, a backslash separates directories as it does for pwsh
	// on Linux, so the documentation's .\file.txt works as written.
	p = strings.ReplaceAll(p, `\`, "/")
	if filepath.IsAbs(p) || p[0] == '/' {
		return filepath.Clean(p), nil
	}
	loc := location(s)
	if loc == "" {
		wd, err := os.Getwd()
		if err != nil {
			return "", err
		}
		return filepath.Join(wd, p), nil
	}
	if DriveLetter(loc) != 0 {
		return Resolve(s, strings.TrimRight(loc, `\/`)+`\`+p)
	}
	if name, _, ok := SplitDrive(loc); ok {
		return "", driveError(name)
	}
	return filepath.Join(expandTilde(loc, os.Getenv), p), nil
}

func location(s *pipeline.Session) string {
	if s == nil {
		return ""
	}
	return s.Location
}

// providerName returns the provider of one of Windows PowerShell's other
// drives (name in lower case).
func providerName(name string) (string, bool) {
	switch name {
	case "cert":
		return `Microsoft.PowerShell.Security\Certificate`, true
	case "env":
		return `Microsoft.PowerShell.Core\Environment`, true
	case "variable":
		return `Microsoft.PowerShell.Core\Variable`, true
	case "function":
		return `Microsoft.PowerShell.Core\Function`, true
	case "alias":
		return `Microsoft.PowerShell.Core\Alias`, true
	case "hklm", "hkcu":
		return `Microsoft.PowerShell.Core\Registry`, true
	case "wsman":
		return `Microsoft.WSMan.Management\WSMan`, true
	}
	return "", false
}

// driveError is the error for a path on a drive that is not a file-system
// drive or does not exist.
func driveError(name string) error {
	if prov, ok := providerName(strings.ToLower(name)); ok {
		// PathUtilsStrings.OutFile_ReadWriteFileNotFileSystemProvider.
		return object.NewException("System.Management.Automation.PSInvalidOperationException",
			"Cannot open file because the current provider (%s) cannot open a file.", prov)
	}
	return object.NewException("System.Management.Automation.DriveNotFoundException",
		"Cannot find drive. A drive with the name '%s' does not exist.", name)
}

// Materialize, when set, creates the lab's drive files the first time a
// lab path is resolved, so `Test-Path C:\Certificates\…` is true in a
// fresh lab without opening the lab database. The binary sets it to the
// store's writer of the default files.
var Materialize func(home string) error

// resolveLab walks rest (components split on either slash) below the
// drive folder, taking each existing entry's real name when it matches
// without case. ".." never climbs above the drive root, as on Windows.
func resolveLab(home string, letter byte, rest string) string {
	if Materialize != nil {
		if _, err := os.Stat(DrivesDir(home)); err != nil {
			Materialize(home)
		}
	}
	root := filepath.Join(DrivesDir(home), string(letter))
	var comps []string
	for _, c := range strings.FieldsFunc(rest, func(r rune) bool { return r == '\\' || r == '/' }) {
		switch {
		case c == "..":
			if len(comps) > 0 {
				comps = comps[:len(comps)-1]
			}
		case strings.TrimRight(c, ". ") == "":
			continue
		default:
			comps = append(comps, strings.TrimRight(c, ". "))
		}
	}
	cur := root
	walking := true
	for _, c := range comps {
		if walking {
			if real, ok := matchEntry(cur, c); ok {
				cur = filepath.Join(cur, real)
				continue
			}
			walking = false
		}
		cur = filepath.Join(cur, c)
	}
	return cur
}

// matchEntry finds name in dir: the exact name first, then any entry
// equal to it without case.
func matchEntry(dir, name string) (string, bool) {
	if _, err := os.Lstat(filepath.Join(dir, name)); err == nil {
		return name, true
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return "", false
	}
	for _, e := range ents {
		if strings.EqualFold(e.Name(), name) {
			return e.Name(), true
		}
	}
	return "", false
}

// Display maps a host path back to the form a user sees: a path inside
// the lab's drives becomes C:\…; any other path is returned as it is.
func Display(s *pipeline.Session, hostPath string) string {
	return DisplayIn(LabHome(s), hostPath)
}

// DisplayIn is Display for an explicit lab folder.
func DisplayIn(home, hostPath string) string {
	drives := filepath.Clean(DrivesDir(home))
	rel, err := filepath.Rel(drives, filepath.Clean(hostPath))
	if err != nil || rel == "." || strings.HasPrefix(rel, "..") {
		return hostPath
	}
	parts := strings.Split(filepath.ToSlash(rel), "/")
	if len(parts[0]) != 1 || !isLetter(parts[0][0]) {
		return hostPath
	}
	out := string(upper(parts[0][0])) + `:\` + strings.Join(parts[1:], `\`)
	return out
}
