package interp

import (
	"os"
	"path/filepath"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// initVariables defines the automatic and preference variables of a new
// session. Values that cost anything to build ($PSVersionTable, $Host)
// are made on first read.
func (r *Runner) initVariables() {
	g := r.global
	// About fifty variables: a table made at its final size and one
	// block of Variables, rather than a map grown three times and fifty
	// small allocations at every start.
	if g.vars.n == 0 && g.vars.m == nil {
		g.vars.m = make(map[string]*Variable, 56)
	}
	block := make([]Variable, 0, 44)
	define := func(g *Scope, name string) *Variable {
		lname := lowerASCII(name)
		if v := g.local(lname); v != nil || len(block) == cap(block) {
			return r.defineL(g, name, lname)
		}
		block = append(block, Variable{Name: name})
		v := &block[len(block)-1]
		r.defineVar(g, lname, v)
		return v
	}
	set := func(name string, v any, opts varOptions) {
		vr := define(g, name)
		vr.Value = v
		vr.Options = opts
	}
	lazy := func(name string, mk func() any) {
		vr := define(g, name)
		vr.get = func() any {
			v := mk()
			vr.get = nil
			vr.Value = v
			return v
		}
	}
	set("true", true, optConstant|optAllScope)
	set("false", false, optConstant|optAllScope)
	set("null", nil, optConstant|optAllScope)
	set("Error", r.errorVar, optConstant)
	define(g, "?").get = func() any { return r.lastOK }
	// The action preference variables are typed, as 5.1's
	// ArgumentTypeConverterAttribute makes them: what is assigned
	// converts to ActionPreference, and Suspend is refused (prefvars.go).
	pref := func(name, value string) {
		lazy(name, func() any { return actionPreference(value) })
		r.global.local(lowerASCII(name)).Type = actionPreferenceType
	}
	pref("ErrorActionPreference", "Continue")
	pref("WarningPreference", "Continue")
	pref("VerbosePreference", "SilentlyContinue")
	pref("DebugPreference", "SilentlyContinue")
	pref("InformationPreference", "SilentlyContinue")
	pref("ProgressPreference", "Continue")
	set("ConfirmPreference", "High", 0)
	set("WhatIfPreference", false, 0)
	set("ErrorView", "NormalView", 0)
	set("FormatEnumerationLimit", int32(4), 0)
	set("MaximumHistoryCount", int32(4096), 0)
	// Windows PowerShell 5.1's session limits (Get-Variable reference,
	// Example 1 lists them).
	set("MaximumAliasCount", int32(4096), 0)
	set("MaximumDriveCount", int32(4096), 0)
	set("MaximumErrorCount", int32(256), 0)
	set("MaximumFunctionCount", int32(4096), 0)
	set("MaximumVariableCount", int32(4096), 0)
	set("NestedPromptLevel", int32(0), 0)
	set("ShellId", "Microsoft.PowerShell", optConstant)
	set("PSHOME", `C:\Windows\System32\WindowsPowerShell\v1.0`, optConstant|optAllScope)
	set("PID", int32(os.Getpid()), optConstant|optAllScope)
	set("PSCulture", "en-US", optReadOnly|optAllScope)
	set("PSUICulture", "en-US", optReadOnly|optAllScope)
	set("ConsoleFileName", "", optReadOnly|optAllScope)
	set("PSEmailServer", nil, 0)
	// A DefaultParameterDictionary (OrdinalIgnoreCase): what is
	// assigned converts to one, as 5.1's ArgumentTypeConverterAttribute
	// does, and it enumerates in that comparer's order.
	set("PSDefaultParameterValues", dotnet.NewDefaultParameterDictionary(), 0)
	r.global.local("psdefaultparametervalues").Type = dotnet.DefaultParameterDictionaryType
	set("PSSessionApplicationName", "wsman", 0)
	set("PSSessionConfigurationName", "http://schemas.microsoft.com/powershell/Microsoft.PowerShell", 0)
	home := os.Getenv("HOME")
	if home == "" {
		home, _ = os.UserHomeDir()
	}
	set("HOME", home, optReadOnly|optAllScope)
	set("PROFILE", filepath.Join(home, "Documents", "WindowsPowerShell", "Microsoft.PowerShell_profile.ps1"), 0)
	args := make([]any, len(r.args))
	for i, a := range r.args {
		args[i] = a
	}
	set("args", args, 0)
	if r.stdin != nil {
		set("input", r.stdin, 0)
	} else {
		set("input", []any{}, 0)
	}
	define(g, "PWD").get = func() any { return r.pwdValue() }
	lazy("PSVersionTable", psVersionTable)
	lazy("Host", func() any { return r.hostObject() })
	lazy("ExecutionContext", func() any { return r.executionContext() })
	lazy("OutputEncoding", func() any {
		// about_Preference_Variables: ASCIIEncoding by default.
		v, _ := members.GetStatic(&object.TypeValue{FullName: "System.Text.Encoding", Name: "Encoding"}, "ASCII")
		return v
	})
	lazy("MyInvocation", func() any {
		f := &callFrame{}
		return f.invocationInfo()
	})
}

// pwdValue is $PWD: a PathInfo whose text is the current location.
func (r *Runner) pwdValue() any {
	loc := r.location()
	o := object.NewObject("System.Management.Automation.PathInfo", "System.Object")
	drive := ""
	if len(loc) >= 2 && loc[1] == ':' {
		drive = loc[:1]
	}
	o.SetProp("Drive", drive)
	o.SetProp("Provider", "Microsoft.PowerShell.Core\\FileSystem")
	o.SetProp("ProviderPath", loc)
	o.SetProp("Path", loc)
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return loc, nil }})
	return o
}

// psVersionTable is $PSVersionTable: Windows PowerShell 5.1, Desktop.
func psVersionTable() any {
	h := object.NewHashtable(false)
	h.InsertionOrder = true // 5.1 lists PSVersion, PSEdition, … as added (about_Automatic_Variables)
	ver := func(s string) any {
		if v, err := dotnet.Convert(s, "version"); err == nil {
			return v
		}
		return s
	}
	h.Set("PSVersion", ver("5.1.19041.4894"))
	h.Set("PSEdition", "Desktop")
	h.Set("PSCompatibleVersions", []any{ver("1.0"), ver("2.0"), ver("3.0"), ver("4.0"), ver("5.0"), ver("5.1.19041.4894")})
	h.Set("BuildVersion", ver("10.0.19041.4894"))
	h.Set("CLRVersion", ver("4.0.30319.42000"))
	h.Set("WSManStackVersion", ver("3.0"))
	h.Set("PSRemotingProtocolVersion", ver("2.3"))
	h.Set("SerializationVersion", ver("1.1.0.1"))
	return h
}

// executionContext is a minimal $ExecutionContext: SessionState.Path and
// InvokeCommand.ExpandString.
func (r *Runner) executionContext() any {
	o := object.NewObject("System.Management.Automation.EngineIntrinsics", "System.Object")
	ic := object.NewObject("System.Management.Automation.CommandInvocationIntrinsics", "System.Object")
	ic.Add(&object.Member{Name: "ExpandString", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) == 0 {
			return "", nil
		}
		return r.expandString(dotnet.ToString(args[0]))
	}})
	ic.Add(&object.Member{Name: "NewScriptBlock", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) == 0 {
			return nil, nil
		}
		return r.createScriptBlock(dotnet.ToString(args[0]))
	}})
	o.SetProp("InvokeCommand", ic)
	o.SetProp("Host", r.hostObject())
	ss := object.NewObject("System.Management.Automation.SessionState", "System.Object")
	path := object.NewObject("System.Management.Automation.PathIntrinsics", "System.Object")
	path.Add(&object.Member{Name: "CurrentLocation", Kind: object.Property, Get: func() any { return r.pwdValue() }})
	ss.SetProp("Path", path)
	ss.SetProp("PSVariable", r.psVariableIntrinsics())
	o.SetProp("SessionState", ss)
	return o
}

// expandString expands $variables and $(…) in s as a double-quoted string
// would ($ExecutionContext.InvokeCommand.ExpandString).
func (r *Runner) expandString(s string) (any, error) {
	src := "\"" + strings.ReplaceAll(s, "\"", "`\"") + "\""
	out, err := rtView{r}.RunString(src)
	if err != nil {
		return nil, err
	}
	return object.Collapse(out), nil
}

// lowerASCII is strings.ToLower for the ASCII names of the automatic
// variables, at a sixth of its cost (it runs forty times at every start).
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if 'A' <= b[i] && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
	return string(b)
}
