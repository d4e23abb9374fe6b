package items

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// locState is the session's location memory beyond the current
// location: the named location stacks (Push-Location -StackName), which
// stack is current (Set-Location -StackName), and the last location on
// each drive (Set-Location C: returns there; Get-Location -PSDrive).
type locState struct {
	stacks  map[string][]string // lower-case name → entries, oldest first
	current string              // "" is the unnamed default stack
	drives  map[string]string   // lower-case drive → location
	// back and fwd are Set-Location's history (PowerShell 7's
	// Set-Location - and Set-Location +), most recent last.
	back, fwd []string
}

func locationState(s *pipeline.Session) *locState {
	v, _ := s.Service("items.locations", func() (any, error) {
		return &locState{stacks: map[string][]string{}, drives: map[string]string{}}, nil
	})
	return v.(*locState)
}

// stack returns the entries of the named stack ("" the current one);
// the default stack is the session's LocationStack.
func (ls *locState) stack(s *pipeline.Session, name string) []string {
	if name = ls.named(name); name == "" {
		return s.LocationStack
	}
	return ls.stacks[strings.ToLower(name)]
}

func (ls *locState) setStack(s *pipeline.Session, name string, entries []string) {
	if name = ls.named(name); name == "" {
		s.LocationStack = entries
		return
	}
	ls.stacks[strings.ToLower(name)] = entries
}

// driveOf names the drive of a location ("C", "Cert"), or "" for a host
// folder.
func driveOf(loc string) string {
	if i := strings.Index(loc, ":"); i > 0 && !strings.ContainsAny(loc[:i], `\/`) {
		return loc[:i]
	}
	return ""
}

// remember notes the session's location as the last one on its drive.
func (ls *locState) remember(loc string) {
	if d := driveOf(loc); d != "" {
		ls.drives[strings.ToLower(d)] = loc
	}
}

// onDrive is the last location on drive, or its root.
func (ls *locState) onDrive(drive string) string {
	drive = strings.TrimSuffix(drive, ":")
	if loc, ok := ls.drives[strings.ToLower(drive)]; ok {
		return loc
	}
	return drive + `:\`
}

// getLocation is Get-Location: the current location, the location on
// the drives named by -PSDrive (or of -PSProvider's drives, the one used
// last), or the entries of a location stack, most recent first.
func getLocation(c *pipeline.Call) error {
	s := c.Rt.Session()
	ls := locationState(s)
	if c.Switch("Stack") || c.Has("StackName") {
		names := c.Strings("StackName")
		if len(names) == 0 {
			names = []string{""}
		}
		for _, n := range names {
			if !ls.exists(s, n) {
				if err := c.WriteError(badStackArgument(c)); err != nil {
					return err
				}
				continue
			}
			st := ls.stack(s, n)
			for i := len(st) - 1; i >= 0; i-- {
				if err := c.Out(pathInfo(st[i])); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if c.Has("PSDrive") {
		for _, d := range c.Strings("PSDrive") {
			if !driveExists(c, strings.TrimSuffix(d, ":")) {
				if err := c.WriteError(driveNotFound(c, d)); err != nil {
					return err
				}
				continue
			}
			loc := ls.onDrive(d)
			if strings.EqualFold(driveOf(Location(s)), strings.TrimSuffix(d, ":")) {
				loc = Location(s)
			}
			if err := c.Out(pathInfo(loc)); err != nil {
				return err
			}
		}
		return nil
	}
	for _, name := range c.Strings("PSProvider") {
		if !providerExists(name) {
			// SessionStateStrings.ProviderNotFound.
			ex := object.NewException("System.Management.Automation.ProviderNotFoundException",
				"Cannot find a provider with the name '%s'.", name)
			rec := object.NewError(ex, "ProviderNotFound,"+commandClass(c), "ObjectNotFound", name)
			rec.TargetName, rec.TargetType = name, "String"
			if err := c.WriteError(rec); err != nil {
				return err
			}
			continue
		}
		if err := c.Out(pathInfo(ls.onProvider(s, name))); err != nil {
			return err
		}
	}
	if c.Has("PSProvider") {
		return nil
	}
	return c.Out(pathInfo(Location(s)))
}

// onProvider is the location on the drive of provider name used last:
// the current location when it is on that provider.
func (ls *locState) onProvider(s *pipeline.Session, name string) string {
	cur := Location(s)
	isFS := strings.EqualFold(name, "FileSystem")
	if isFS && !onProviderDrive(cur) {
		return cur
	}
	for _, p := range pipeline.Providers() {
		if !strings.EqualFold(p.Name(), name) {
			continue
		}
		for _, d := range p.Drives() {
			if strings.EqualFold(driveOf(cur), d) {
				return cur
			}
		}
		if ds := p.Drives(); len(ds) > 0 {
			return ls.onDrive(ds[0])
		}
	}
	if isFS {
		return ls.onDrive("C")
	}
	return cur
}
