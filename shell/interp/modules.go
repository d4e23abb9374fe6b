package interp

import (
	"cspsh/pipeline/wildcard"
	"os"
	"sort"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// The module commands. Every built-in module (SkypeForBusiness, PKI,
// Microsoft.PowerShell.*) is loaded from the start, so importing one by
// name only records it; a .psm1 or .ps1 path is run into the global
// scope, which is what a script module's exported functions amount to.
// Scripts written for Lync Server import "Lync": the same cmdlets.

// importModuleCmd is Import-Module.
func importModuleCmd() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Import-Module", Kind: pipeline.KindCmdlet, Module: "Microsoft.PowerShell.Core",
		TypeName:   "Microsoft.PowerShell.Commands.ImportModuleCommand",
		DefaultSet: "Name",
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("Name", "string[]").Must("Name", 0).FromPipeline(true, true).Describe("The module names or module file paths."),
			pipeline.NewParam("Force", "switch").Describe("Imports the module again."),
			pipeline.NewParam("PassThru", "switch").Describe("Writes the module object."),
			pipeline.NewParam("Global", "switch").Describe("Imports into the global scope (always so here)."),
			pipeline.NewParam("DisableNameChecking", "switch").Describe("Accepted for compatibility."),
			pipeline.NewParam("Prefix", "string").Describe("Accepted for compatibility."),
			pipeline.NewParam("MinimumVersion", "version").Describe("Accepted for compatibility."),
			pipeline.NewParam("RequiredVersion", "version").Describe("Accepted for compatibility."),
		},
		Synopsis:    "Adds modules to the current session.",
		Description: "The shell's own modules (SkypeForBusiness, Lync, PKI, CsLab, Microsoft.PowerShell.*) are always loaded; importing one makes it show in Get-Module. A .psm1 or .ps1 path runs the file into the global scope.",
		Examples:    []pipeline.Example{{Code: "Import-Module SkypeForBusiness", Remarks: "Makes the Skype for Business cmdlets available (they already are)."}},
		Process: func(c *pipeline.Call) error {
			rt, ok := c.Rt.(rtView)
			if !ok {
				return nil
			}
			for _, name := range c.Strings("Name") {
				m, err := rt.importModule(name)
				if err != nil {
					ex := object.NewException("System.IO.FileNotFoundException",
						"The specified module '%s' was not loaded because no valid module file was found in any module directory.", name)
					if rec, ok := err.(*object.ErrorRecord); ok {
						return rec
					}
					if werr := c.WriteError(c.Fail(ex, "Modules_ModuleNotFound", "ResourceUnavailable", name)); werr != nil {
						return werr
					}
					continue
				}
				if c.Switch("PassThru") {
					if err := c.Out(m); err != nil {
						return err
					}
				}
			}
			return nil
		},
	}
}

// getModuleCmd is Get-Module.
func getModuleCmd() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Get-Module", Kind: pipeline.KindCmdlet, Module: "Microsoft.PowerShell.Core",
		TypeName: "Microsoft.PowerShell.Commands.GetModuleCommand",
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("Name", "string[]").At(pipeline.AllSets, 0).Describe("Module names (wildcards allowed)."),
			pipeline.NewParam("ListAvailable", "switch").Describe("Lists every module that can be imported."),
			pipeline.NewParam("All", "switch").Describe("Accepted for compatibility."),
		},
		Synopsis:    "Gets the modules that have been imported or that can be imported into the current session.",
		Description: "Without -ListAvailable, lists the modules imported with Import-Module; with it, every module the shell provides.",
		Examples:    []pipeline.Example{{Code: "Get-Module -ListAvailable", Remarks: "Lists the modules."}},
		Process: func(c *pipeline.Call) error {
			rt, ok := c.Rt.(rtView)
			if !ok {
				return nil
			}
			names := rt.moduleNames()
			if !c.Switch("ListAvailable") {
				names = nil
				for n := range rt.imported {
					names = append(names, rt.imported[n])
				}
				sort.Strings(names)
			}
			patterns := c.Strings("Name")
			for _, n := range names {
				if len(patterns) > 0 && !matchesAny(n, patterns) {
					continue
				}
				if err := c.Out(rt.moduleObject(n)); err != nil {
					return err
				}
			}
			return nil
		},
	}
}

// removeModuleCmd is Remove-Module.
func removeModuleCmd() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Remove-Module", Kind: pipeline.KindCmdlet, Module: "Microsoft.PowerShell.Core",
		TypeName: "Microsoft.PowerShell.Commands.RemoveModuleCommand",
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("Name", "string[]").Must(pipeline.AllSets, 0).FromPipeline(false, true).Describe("The modules to remove."),
			pipeline.NewParam("Force", "switch").Describe("Accepted for compatibility."),
		},
		Synopsis:    "Removes modules from the current session.",
		Description: "Forgets that the modules were imported; the shell's own cmdlets stay available.",
		Process: func(c *pipeline.Call) error {
			if rt, ok := c.Rt.(rtView); ok {
				for _, n := range c.Strings("Name") {
					delete(rt.imported, strings.ToLower(n))
				}
			}
			return nil
		},
	}
}

// moduleNames lists the modules the registry's commands come from.
func (r *Runner) moduleNames() []string {
	seen := map[string]bool{}
	var out []string
	for _, ci := range r.reg.All() {
		if ci.Module != "" && !seen[strings.ToLower(ci.Module)] {
			seen[strings.ToLower(ci.Module)] = true
			out = append(out, ci.Module)
		}
	}
	sort.Strings(out)
	return out
}

// importModule imports a module by name or path.
func (r *Runner) importModule(name string) (*object.PSObject, error) {
	if r.imported == nil {
		r.imported = map[string]string{}
	}
	lower := strings.ToLower(name)
	if lower == "lync" {
		r.imported[lower] = "Lync"
		return r.moduleObject("Lync"), nil
	}
	for _, m := range r.moduleNames() {
		if strings.EqualFold(m, name) {
			r.imported[lower] = m
			return r.moduleObject(m), nil
		}
	}
	if strings.HasSuffix(lower, ".psm1") || strings.HasSuffix(lower, ".ps1") {
		path, err := r.resolvePath(name)
		if err != nil {
			return nil, err
		}
		if _, err := os.Stat(path); err != nil {
			return nil, err
		}
		sb, err := r.loadScript(path)
		if err != nil {
			return nil, err
		}
		// A module runs in its own scope below the global one: its
		// variables stay there, and its functions, exported to the
		// global scope, keep seeing them (about_Scopes, "Modules").
		ms := &Scope{parent: r.global, isScript: true}
		old := r.scope
		r.scope = ms
		err = r.invokeTo(sb, invokeOpts{}, discard)
		r.scope = old
		if err != nil {
			return nil, err
		}
		r.exportModuleFunctions(ms)
		base := path[strings.LastIndexAny(path, `/\`)+1:]
		modName := strings.TrimSuffix(strings.TrimSuffix(base, ".psm1"), ".ps1")
		r.imported[strings.ToLower(modName)] = modName
		return r.moduleObject(modName), nil
	}
	return nil, object.NewException("System.IO.FileNotFoundException", "module not found")
}

// moduleObject is a PSModuleInfo for Get-Module and -PassThru.
func (r *Runner) moduleObject(name string) *object.PSObject {
	o := object.NewObject("System.Management.Automation.PSModuleInfo", "System.Object")
	kind := "Binary"
	if strings.HasPrefix(name, "Microsoft.PowerShell.") {
		kind = "Manifest"
	}
	o.SetProp("ModuleType", kind)
	if v, err := dotnet.Convert("1.0.0.0", "version"); err == nil {
		o.SetProp("Version", v)
	}
	o.SetProp("Name", name)
	var cmds []any
	for _, ci := range r.reg.All() {
		if strings.EqualFold(ci.Module, name) || strings.EqualFold(name, "Lync") && ci.Module == "SkypeForBusiness" {
			cmds = append(cmds, ci.Name)
		}
	}
	o.SetProp("ExportedCommands", cmds)
	return o
}

// matchesAny reports whether name matches one of the wildcard patterns.
func matchesAny(name string, patterns []string) bool {
	for _, p := range patterns {
		if ok, _ := wildcardMatch(p, name); ok {
			return true
		}
	}
	return false
}

func wildcardMatch(pattern, s string) (bool, error) { return wildcard.Match(pattern, s, false) }

// exportModuleFunctions makes the functions a module defined callable
// from the global scope; each runs with the module's scope as its
// parent.
func (r *Runner) exportModuleFunctions(ms *Scope) {
	if len(ms.funcs) == 0 {
		return
	}
	if r.global.funcs == nil {
		r.global.funcs = map[string]funcSlot{}
	}
	for lname, slot := range ms.funcs {
		fc := slot.fc
		if fc == nil && slot.ci != nil {
			fc, _ = slot.ci.Script.(*funcCode)
		}
		if fc != nil && fc.sb != nil && fc.sb.closure == nil {
			fc.sb.closure = ms
		}
		r.global.funcs[lname] = slot
	}
	r.cmdGen++
}
