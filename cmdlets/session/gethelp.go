package session

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/wildcard"
)

func getHelp() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Get-Help", Kind: pipeline.KindCmdlet, Module: modCore,
		TypeName:   "Microsoft.PowerShell.Commands.GetHelpCommand",
		DefaultSet: "AllUsersView",
		Params: []*pipeline.ParamDecl{
			positional("Name", "string", 0).FromPipeline(false, true).Describe("The command to show help for (wildcards list the matching commands).").Wild(),
			named("Path", "string").Describe("Accepted for compatibility; cspsh help comes from the commands themselves."),
			named("Category", "string[]").Describe("Only topics of these categories: Alias, Cmdlet, Function."),
			named("Component", "string[]").Describe("Gets help only for commands whose .COMPONENT matches."),
			named("Functionality", "string[]").Describe("Gets help only for commands whose .FUNCTIONALITY matches."),
			named("Role", "string[]").Describe("Gets help only for commands whose .ROLE matches."),
			pipeline.NewParam("Full", "switch").At("AllUsersView", -1).Describe("Shows the whole help: parameters with their attributes, inputs, outputs and examples."),
			pipeline.NewParam("Detailed", "switch").Must("DetailedView", -1).Describe("Adds the parameter descriptions and the examples."),
			pipeline.NewParam("Examples", "switch").Must("Examples", -1).Describe("Shows only the name, synopsis and examples."),
			pipeline.NewParam("Parameter", "string").Must("Parameters", -1).Describe("Shows only the parameters with these names (wildcards allowed).").Wild(),
			pipeline.NewParam("Online", "switch").Must("Online", -1).Describe("Accepted for compatibility: cspsh has no online help, so the full help is shown."),
		},
		Synopsis:    "Displays information about PowerShell commands and concepts.",
		Description: "Shows the help of a command: its name, synopsis, syntax (one line per parameter set), description, and with -Detailed, -Full, -Examples or -Parameter more of it. The help is read from the same declarations the parameter binder uses. Without a name it explains how to get help.",
		Examples: []pipeline.Example{
			{Code: "Get-Help Set-CsCertificate -Full", Remarks: "Shows the whole help of Set-CsCertificate."},
			{Code: "Get-Help Get-CsCertificate -Parameter Type", Remarks: "Describes the -Type parameter."},
			{Code: "Get-Help *Certificate*", Remarks: "Lists the commands whose names contain Certificate."},
		},
		Outputs: "System.String",
		Process: runGetHelp,
	}
}

// generalHelp is what Get-Help shows without a name.
const generalHelp = `
TOPIC
    cspsh Help System

SHORT DESCRIPTION
    Displays help about cspsh cmdlets and functions.

LONG DESCRIPTION
    cspsh is a PowerShell-compatible shell (Windows PowerShell 5.1) for
    Skype for Business Server certificate administration, acting on a
    simulated deployment.

    The help of every command comes from the command itself:

      Get-Help <command-name>              The name, synopsis, syntax and
                                           description of a command.
      Get-Help <command-name> -Examples    Its examples.
      Get-Help <command-name> -Detailed    Its parameters and examples.
      Get-Help <command-name> -Full        Everything, with the attributes
                                           of each parameter.
      Get-Help <command-name> -Parameter <name>
                                           One parameter.
      <command-name> -?                    The same as Get-Help <command-name>.

    To find commands:

      Get-Command                          All the commands.
      Get-Command *Certificate*            The commands whose names match.
      Get-Command -Noun CsCertificate      The commands of one noun.
      Get-Command <command-name> -Syntax   How to call a command.
      Get-Help *Certificate*               The help topics that match.

    Conceptual about_ topics are not included; see
    https://learn.microsoft.com/powershell/ for the PowerShell language.

`

func runGetHelp(c *pipeline.Call) error {
	name := c.String("Name")
	if name == "" && c.Has("Category") {
		name = "*"
	}
	if name == "" {
		return c.Out(generalHelp)
	}
	opts := pipeline.HelpOptions{
		Full:     c.Switch("Full") || c.Switch("Online"),
		Detailed: c.Switch("Detailed"),
		Examples: c.Switch("Examples"),
	}
	if c.Has("Parameter") {
		opts.Parameter = []string{c.String("Parameter")}
	}
	var ci *pipeline.CommandInfo
	if wildcard.HasWildcard(name) {
		var hits []*pipeline.CommandInfo
		all := append([]*pipeline.CommandInfo(nil), c.Rt.Commands()...)
		sortCommands(all)
		cats := stringsOf(c, "Category")
		for _, h := range all {
			if ok, _ := wildcard.Match(name, h.Name, false); ok && matches(cats, helpCategory(h)) {
				hits = append(hits, h)
			}
		}
		switch {
		case len(hits) == 0:
			// HelpSystem.DoGetHelp: a wildcard target that matches
			// nothing is an empty result, not HelpNotFound.
			return nil
		case len(hits) == 1 && name != "*":
			ci = hits[0]
		default:
			for _, h := range hits {
				syn := h.Synopsis
				if h.Kind == pipeline.KindAlias {
					syn = h.Target
				}
				if err := c.Out(newObject([]string{"HelpInfoShort", "System.Management.Automation.PSCustomObject", "System.Object"},
					prop{"Name", h.Name}, prop{"Category", helpCategory(h)}, prop{"Module", h.Module}, prop{"Synopsis", syn})); err != nil {
					return err
				}
			}
			return nil
		}
	} else {
		found, ok := c.Rt.Lookup(name)
		if !ok {
			return helpNotFound(c, name)
		}
		ci = found
	}
	if ci.Kind == pipeline.KindAlias {
		if t, ok := c.Rt.Lookup(ci.Target); ok {
			ci = t
		}
	}
	// A proxy function forwards to the help of the command it wraps
	// (.FORWARDHELPTARGETNAME): help and mkdir show Get-Help's and
	// New-Item's.
	if ci.ForwardHelpTarget != "" {
		if t, ok := c.Rt.Lookup(ci.ForwardHelpTarget); ok {
			ci = t
		}
	}
	ci = withScriptHelp(ci)
	if !helpFilterMatches(c, ci) {
		return helpNotFound(c, name)
	}
	for _, a := range aliases(c.Rt) {
		if strings.EqualFold(a.Target, ci.Name) {
			opts.Aliases = append(opts.Aliases, a.Name)
		}
	}
	if h := c.Rt.Host(); h != nil {
		opts.Width = h.Width()
	}
	text := pipeline.HelpText(ci, opts)
	if len(opts.Parameter) > 0 && strings.TrimSpace(text) == "" {
		return fail(c, exArgument, "No parameter matches criteria "+opts.Parameter[0]+".", "NoParmsFound", "InvalidArgument", opts.Parameter[0])
	}
	if len(opts.Parameter) > 0 {
		return c.Out(text)
	}
	return c.Out(helpInfo(ci, text))
}

// helpInfo is the help object Get-Help returns: it shows as the help
// text, and scripts read its properties ((Get-Help Get-Foo).Synopsis, as
// about_Comment_Based_Help shows).
func helpInfo(ci *pipeline.CommandInfo, text string) *object.PSObject {
	o := newObject([]string{"MamlCommandHelpInfo", "System.Management.Automation.PSObject", "System.Object"},
		prop{"Name", ci.Name}, prop{"Category", helpCategory(ci)}, prop{"Synopsis", ci.Synopsis}, prop{"ModuleName", ci.Module})
	if len(ci.Examples) > 0 {
		o.SetProp("examples", helpExamples(ci))
	}
	addHelpSections(o, ci)
	o.Base = text
	return o
}

func helpCategory(ci *pipeline.CommandInfo) string {
	switch ci.Kind {
	case pipeline.KindExternalScript:
		return "ExternalScript"
	case pipeline.KindApplication:
		return "Application"
	}
	return ci.Kind.String()
}

func helpNotFound(c *pipeline.Call, name string) error {
	return fail(c, "System.Management.Automation.HelpNotFoundException",
		"Get-Help could not find "+name+" in a help file in this session. To download updated help topics type: \"Update-Help\". To get help online, search for the help topic in the TechNet library at https:/go.microsoft.com/fwlink/?LinkID=107116.",
		"HelpNotFound", "ResourceUnavailable", nil)
}
