package main

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// packageInit matches the functions the compiler makes for a package's
// init code: func init() bodies (pkg.init.0), the initialisers of
// package-level vars (pkg.init) and outlined map literals
// (pkg.map.init.0). A method named init (pkg.(*T).init) is not one.
var packageInit = regexp.MustCompile(`^(cspsh/[a-z0-9/]+|main)\.(init(\.[0-9]+)?|map\.init\.[0-9]+)$`)

// TestNoPackageInit: no cspsh package runs init code. Every process runs
// every package's init code before main, and on a small VM each package
// that has some costs a page fault or two besides the work, whether or
// not the script needs it; tables are built on first use instead
// (internal/lazy, dotnet.AddExtensions). The startup benchmark measures
// the time; this pins the cause.
func TestNoPackageInit(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "cspsh")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Env = append(build.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command("go", "tool", "nm", bin).Output()
	if err != nil {
		t.Fatalf("go tool nm: %v", err)
	}
	var found []string
	for _, line := range strings.Split(string(out), "\n") {
		f := strings.Fields(line)
		if len(f) == 3 && (f[1] == "T" || f[1] == "t") && packageInit.MatchString(f[2]) {
			found = append(found, f[2])
		}
	}
	if len(found) > 0 {
		t.Errorf("package init code (make these tables lazy.Value or switches, or register through dotnet.AddExtensions):\n%s", strings.Join(found, "\n"))
	}
}
