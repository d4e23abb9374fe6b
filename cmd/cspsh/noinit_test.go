package main

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// packageInit matches the functions the compiler makes for a package's
// init code: func init() bodies (pkg.init.0), the initialisers of
// package-level vars (pkg.init) and outlined map literals
// (pkg.map.init.0). A method named init (pkg.(*T).init) is not one.
var packageInit = regexp.MustCompile(`^([a-zA-Z0-9_./%-]+)\.(init(\.[0-9]+)?|map\.init\.[0-9]+)$`)

// textSymbol is a function in the linked binary.
type textSymbol struct {
	addr uint64
	name string
}

var linked struct {
	once sync.Once
	syms []textSymbol
	err  string
}

// linkedText builds the binary as the README does and lists its
// functions in address order; the build is shared by the tests below.
func linkedText(t *testing.T) []textSymbol {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	linked.once.Do(func() {
		dir, err := exec.Command("mktemp", "-d").Output()
		if err != nil {
			linked.err = "mktemp: " + err.Error()
			return
		}
		bin := filepath.Join(strings.TrimSpace(string(dir)), "cspsh")
		build := exec.Command("go", "build", "-o", bin, ".")
		build.Env = append(build.Environ(), "CGO_ENABLED=0")
		if out, err := build.CombinedOutput(); err != nil {
			linked.err = "go build: " + err.Error() + "\n" + string(out)
			return
		}
		out, err := exec.Command("go", "tool", "nm", "-n", bin).Output()
		exec.Command("rm", "-rf", filepath.Dir(bin)).Run()
		if err != nil {
			linked.err = "go tool nm: " + err.Error()
			return
		}
		for _, line := range strings.Split(string(out), "\n") {
			f := strings.Fields(line)
			if len(f) != 3 || f[1] != "T" && f[1] != "t" {
				continue
			}
			addr, err := strconv.ParseUint(f[0], 16, 64)
			if err == nil {
				linked.syms = append(linked.syms, textSymbol{addr, f[2]})
			}
		}
	})
	if linked.err != "" {
		t.Fatal(linked.err)
	}
	return linked.syms
}

// ours reports whether a package is cspsh's own.
func ours(pkg string) bool { return pkg == "main" || strings.HasPrefix(pkg, "cspsh/") }

// TestNoPackageInit: no cspsh package runs init code. Every process runs
// every package's init code before main, and on a small VM each package
// that has some costs a page fault or two besides the work, whether or
// not the script needs it; tables are built on first use instead
// (internal/lazy, dotnet.AddExtensions). The startup benchmark measures
// the time; this pins the cause.
func TestNoPackageInit(t *testing.T) {
	var found []string
	for _, s := range linkedText(t) {
		if m := packageInit.FindStringSubmatch(s.name); m != nil && ours(m[1]) {
			found = append(found, s.name)
		}
	}
	if len(found) > 0 {
		t.Errorf("package init code (make these tables lazy.Value or switches, or register through dotnet.AddExtensions):\n%s", strings.Join(found, "\n"))
	}
}

// TestDependencyInitsFirst: the init functions of every dependency lie
// before cspsh's own code (linkorder.go says why). A package missing from
// linkorder.go's list lands between cspsh's packages and fails this.
// The FIPS 140 module is exempt: the linker keeps it in a section of its
// own after everything else.
func TestDependencyInitsFirst(t *testing.T) {
	syms := linkedText(t)
	var first uint64
	for _, s := range syms {
		if pkg, _, ok := strings.Cut(s.name, "."); ok && ours(pkg) {
			first = s.addr
			break
		}
	}
	if first == 0 {
		t.Fatal("no cspsh function in the binary")
	}
	var late []string
	for _, s := range syms {
		m := packageInit.FindStringSubmatch(s.name)
		if m == nil || ours(m[1]) || strings.HasPrefix(m[1], "crypto/internal/fips140") || s.addr < first {
			continue
		}
		late = append(late, s.name)
	}
	if len(late) > 0 {
		t.Errorf("init functions linked among cspsh's packages (import their packages in linkorder.go):\n%s", strings.Join(late, "\n"))
	}
}
