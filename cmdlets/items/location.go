package items

import (
	"os"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
	"cspsh/pipeline/wildcard"
)

const management = "Microsoft.PowerShell.Management"

// pathInfo is the PathInfo object Get-Location returns; it shows as a
// one-column table headed Path.
func pathInfo(loc string) *object.PSObject {
	o := object.NewObject("System.Management.Automation.PathInfo", "System.Object")
	// Drive, Provider, ProviderPath and Path, as PathInfo has them; the
	// drive and provider are given by name.
	drive, provider := driveOf(loc), `Microsoft.PowerShell.Core\FileSystem`
	if onProviderDrive(loc) {
		if p, _, ok := splitDrive(loc); ok {
			provider = `Microsoft.PowerShell.Core\` + p.Name()
		}
	}
	var d any
	if drive != "" {
		d = drive
	}
	o.SetProp("Drive", d)
	o.SetProp("Provider", provider)
	o.SetProp("ProviderPath", loc)
	o.SetProp("Path", loc)
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return loc, nil }})
	return o
}

// Location returns the session location, defaulting to the working
// directory the shell started in.
func Location(s *pipeline.Session) string {
	if s.Location == "" {
		if wd, err := os.Getwd(); err == nil {
			s.Location = paths.Display(s, wd)
		}
	}
	return s.Location
}

// setLocation moves the session to path after checking that it is a
// directory (or a provider drive such as Cert:\ or Env:\).
func setLocation(c *pipeline.Call, given string) error {
	s := c.Rt.Session()
	ls := locationState(s)
	defer func() { ls.remember(s.Location) }()
	if d := driveOf(given); d != "" && len(given) == len(d)+1 && !strings.EqualFold(driveOf(Location(s)), d) {
		// Set-Location C: goes back to the last location on that drive.
		given = ls.onDrive(d)
	}
	given = providerRelative(s, given)
	if rec := checkDrive(c, given); rec != nil {
		return rec
	}
	if prov, rest, ok := splitDrive(given); ok {
		if rest != "" {
			if _, found, err := prov.Item(c, rest); err != nil || !found {
				return notFound(c, given)
			}
		}
		drive := given[:strings.Index(given, ":")]
		s.Location = drive + `:\` + rest
		return nil
	}
	h, err := paths.Resolve(s, given)
	if err != nil {
		return err
	}
	if wildcard.HasWildcard(given) && !c.Has("LiteralPath") {
		// A wildcard must name one folder (SessionState.SetLocation).
		var dirs []string
		targets, err := expand(c, given, false)
		if err != nil {
			return err
		}
		for _, t := range targets {
			if fi, err := os.Stat(t.host); err == nil && fi.IsDir() {
				dirs = append(dirs, t.host)
			}
		}
		if len(dirs) > 1 {
			ex := object.NewException("System.Management.Automation.PSArgumentException",
				"Cannot set the location because path '%s' resolved to multiple containers. You can only the set location to a single container at a time.", given)
			return object.NewError(ex, "Argument,"+commandClass(c), "InvalidArgument", nil)
		}
		if len(dirs) == 1 {
			h = dirs[0]
		}
	}
	fi, err := os.Stat(h)
	if err != nil || !fi.IsDir() {
		return notFound(c, given)
	}
	s.Location = paths.Display(s, h)
	return nil
}

func locationCmdlets() []*pipeline.CommandInfo {
	return []*pipeline.CommandInfo{
		{
			Name: "Get-Location", Module: management,
			Synopsis:    "Gets the current working location.",
			Description: "Returns a PathInfo object for the current location: a host folder, a folder of the lab's simulated drives, or a provider drive such as Cert:.",
			Examples:    []pipeline.Example{{Code: "Get-Location", Remarks: "Shows where relative paths are resolved from."}},
			DefaultSet:  "Location",
			Params: []*pipeline.ParamDecl{
				pipeline.NewParam("PSDrive", "string[]").At("Location", -1).Describe("Shows the location on each of these drives instead."),
				pipeline.NewParam("PSProvider", "string[]").At("Location", -1).Describe("Shows the location on the drive of this provider used last."),
				pipeline.NewParam("Stack", "switch").At("Stack", -1).Describe("Shows the locations saved with Push-Location instead."),
				pipeline.NewParam("StackName", "string[]").At("Stack", -1).Describe("Shows the locations saved on these named stacks."),
			},
			Process: getLocation,
		},
		{
			Name: "Set-Location", Module: management,
			Synopsis:    "Sets the current working location.",
			Description: "Changes the location that relative paths and the prompt use. C:\\ paths move inside the lab's simulated drives.",
			Examples:    []pipeline.Example{{Code: `Set-Location C:\Certificates`, Remarks: "Moves to the lab folder that holds the documentation's PFX file."}},
			Params: []*pipeline.ParamDecl{
				pipeline.NewParam("Path", "string").At("Path", 0).FromPipeline(true, true).Describe("The location to move to."),
				pipeline.NewParam("LiteralPath", "string").Must("LiteralPath", -1).FromPipeline(false, true).Alias("PSPath", "LP").Describe("The location, taken literally."),
				pipeline.NewParam("PassThru", "switch").Describe("Returns the new location."),
				pipeline.NewParam("StackName", "string").Must("Stack", -1).Describe("Makes this named stack the current stack (an empty name: the default stack)."),
			},
			DefaultSet: "Path",
			Process: func(c *pipeline.Call) error {
				if c.Has("StackName") {
					return setStackName(c, c.String("StackName"))
				}
				p := c.String("Path")
				if c.Has("LiteralPath") {
					p = c.String("LiteralPath")
				}
				if p == "" {
					p = "~"
				}
				if err := historyMove(c, p); err != nil {
					return err
				}
				if c.Switch("PassThru") {
					return c.Out(pathInfo(Location(c.Rt.Session())))
				}
				return nil
			},
		},
		{
			Name: "Push-Location", Module: management,
			Synopsis:    "Saves the current location on the location stack, then moves.",
			Description: "Adds the current location to the stack (see Get-Location -Stack) and, when a path is given, moves there.",
			Examples:    []pipeline.Example{{Code: `Push-Location C:\Certificates; Pop-Location`, Remarks: "Visits a folder and comes back."}},
			Params: []*pipeline.ParamDecl{
				pipeline.NewParam("Path", "string").At("Path", 0).FromPipeline(true, true).Describe("The location to move to."),
				pipeline.NewParam("LiteralPath", "string").Must("LiteralPath", -1).FromPipeline(false, true).Alias("PSPath", "LP").Describe("The location, taken literally."),
				pipeline.NewParam("StackName", "string").Describe("The named stack to save the location on (created when new)."),
				pipeline.NewParam("PassThru", "switch").Describe("Returns the new location."),
			},
			DefaultSet: "Path",
			Process: func(c *pipeline.Call) error {
				s := c.Rt.Session()
				// The current location is pushed first, whether or not
				// the move succeeds (PushLocationCommand).
				ls := locationState(s)
				name := c.String("StackName")
				ls.setStack(s, name, append(ls.stack(s, name), Location(s)))
				p := c.String("Path")
				if c.Has("LiteralPath") {
					p = c.String("LiteralPath")
				}
				if p == "" {
					return nil
				}
				if err := setLocation(c, p); err != nil {
					return err
				}
				if c.Switch("PassThru") {
					return c.Out(pathInfo(Location(s)))
				}
				return nil
			},
		},
		{
			Name: "Pop-Location", Module: management,
			Synopsis:    "Returns to the location most recently saved by Push-Location.",
			Description: "Takes the last location off the stack and moves there.",
			Examples:    []pipeline.Example{{Code: "Pop-Location", Remarks: "Goes back to where Push-Location was run."}},
			Params: []*pipeline.ParamDecl{
				pipeline.NewParam("StackName", "string").Describe("The named stack to take the location from."),
				pipeline.NewParam("PassThru", "switch").Describe("Returns the new location."),
			},
			Process: func(c *pipeline.Call) error {
				s := c.Rt.Session()
				ls := locationState(s)
				name := c.String("StackName")
				if !ls.exists(s, name) {
					return c.WriteError(stackNotFound(c, name))
				}
				st := ls.stack(s, name)
				n := len(st)
				if n == 0 {
					return nil
				}
				s.Location = st[n-1]
				ls.remember(s.Location)
				ls.setStack(s, name, st[:n-1])
				if n == 1 {
					// An emptied named stack is forgotten.
					ls.drop(name)
				}
				if c.Switch("PassThru") {
					return c.Out(pathInfo(s.Location))
				}
				return nil
			},
		},
	}
}
