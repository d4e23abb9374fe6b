package pipeline

import (
	"strings"

	"cspsh/pipeline/dotnet"
)

// actionPreferenceEnum is System.Management.Automation.ActionPreference as
// the -*Action common parameters convert to it. It shares actionNames,
// which nothing writes.
var actionPreferenceEnum = &EnumType{
	FullName: "System.Management.Automation.ActionPreference",
	Values:   actionNames,
}

// actionType is the type the -*Action common parameters declare.
const actionType = "System.Management.Automation.ActionPreference"

// CommonParams are the common parameters of every cmdlet and advanced
// function, in the order Get-Help lists them (about_CommonParameters).
// Written as plain composite literals, they are laid out by the compiler
// with no init code.
var CommonParams = []*ParamDecl{
	{Name: "Verbose", Type: "switch", Aliases: []string{"vb"}},
	{Name: "Debug", Type: "switch", Aliases: []string{"db"}},
	{Name: "ErrorAction", Type: actionType, Aliases: []string{"ea"}, Enum: actionPreferenceEnum},
	{Name: "WarningAction", Type: actionType, Aliases: []string{"wa"}, Enum: actionPreferenceEnum},
	{Name: "InformationAction", Type: actionType, Aliases: []string{"infa"}, Enum: actionPreferenceEnum},
	{Name: "ErrorVariable", Type: "string", Aliases: []string{"ev"}},
	{Name: "WarningVariable", Type: "string", Aliases: []string{"wv"}},
	{Name: "InformationVariable", Type: "string", Aliases: []string{"iv"}},
	{Name: "OutVariable", Type: "string", Aliases: []string{"ov"}},
	{Name: "OutBuffer", Type: "int", Aliases: []string{"ob"}},
	{Name: "PipelineVariable", Type: "string", Aliases: []string{"pv"}},
}

// ShouldProcessParams are added to commands that support ShouldProcess.
var ShouldProcessParams = []*ParamDecl{
	{Name: "WhatIf", Type: "switch", Aliases: []string{"wi"}},
	{Name: "Confirm", Type: "switch", Aliases: []string{"cf"}},
}

// isCommonParam reports whether p is one of the shared declarations above.
func isCommonParam(p *ParamDecl) bool {
	for _, c := range CommonParams {
		if c == p {
			return true
		}
	}
	for _, c := range ShouldProcessParams {
		if c == p {
			return true
		}
	}
	return false
}

// Common holds the common parameters given to one command.
type Common struct {
	// Given holds each common parameter given, by its declared name, with
	// its converted value (for $PSBoundParameters).
	Given map[string]any

	Verbose, Debug, WhatIf, Confirm                     *bool
	ErrorAction, WarningAction, InformationAction       *ActionPreference
	ErrorVariable, WarningVariable, InformationVariable string
	OutVariable, PipelineVariable                       string
	OutBuffer                                           int
}

// set records one common parameter.
func (c *Common) set(p *ParamDecl, v any) {
	if c.Given == nil {
		c.Given = map[string]any{}
	}
	c.Given[p.Name] = v
	switch p.Name {
	case "Verbose", "Debug", "WhatIf", "Confirm":
		b, _ := v.(bool)
		switch p.Name {
		case "Verbose":
			c.Verbose = &b
		case "Debug":
			c.Debug = &b
		case "WhatIf":
			c.WhatIf = &b
		case "Confirm":
			c.Confirm = &b
		}
	case "ErrorAction", "WarningAction", "InformationAction":
		a, _ := ParseActionPreference(v)
		switch p.Name {
		case "ErrorAction":
			c.ErrorAction = &a
		case "WarningAction":
			c.WarningAction = &a
		case "InformationAction":
			c.InformationAction = &a
		}
	case "ErrorVariable":
		c.ErrorVariable = toString(v)
	case "WarningVariable":
		c.WarningVariable = toString(v)
	case "InformationVariable":
		c.InformationVariable = toString(v)
	case "OutVariable":
		c.OutVariable = toString(v)
	case "PipelineVariable":
		c.PipelineVariable = toString(v)
	case "OutBuffer":
		if n, ok := v.(int32); ok {
			c.OutBuffer = int(n)
		}
	}
}

// ParseActionPreference reads an ActionPreference from a preference
// variable's value (the enum, its name, or its number).
func ParseActionPreference(v any) (ActionPreference, bool) {
	switch x := v.(type) {
	case ActionPreference:
		return x, true
	case int32:
		if x >= 0 && int(x) < len(actionNames) {
			return ActionPreference(x), true
		}
	case int64:
		if x >= 0 && int(x) < len(actionNames) {
			return ActionPreference(x), true
		}
	case int:
		if x >= 0 && x < len(actionNames) {
			return ActionPreference(x), true
		}
	case nil:
		return Continue, false
	}
	s := strings.TrimSpace(toString(v))
	for i, n := range actionNames {
		if strings.EqualFold(n, s) {
			return ActionPreference(i), true
		}
	}
	return Continue, false
}

// prefVar reads a preference variable, falling back to def.
func prefVar(rt Runtime, name string, def ActionPreference) ActionPreference {
	if rt == nil {
		return def
	}
	v, ok := rt.GetVar(name)
	if !ok {
		return def
	}
	if a, ok := ParseActionPreference(v); ok {
		return a
	}
	return def
}

// confirmImpacts orders the ConfirmImpact values.
var confirmImpacts = []string{"None", "Low", "Medium", "High"}

func impactLevel(s string) int {
	for i, n := range confirmImpacts {
		if strings.EqualFold(n, strings.TrimSpace(s)) {
			return i
		}
	}
	return 2
}

// ApplyPreferences sets the call's stream preferences from the common
// parameters given, else from the preference variables in scope
// ($ErrorActionPreference, $WarningPreference, $VerbosePreference,
// $DebugPreference, $InformationPreference, $WhatIfPreference,
// $ConfirmPreference).
func (b *Binding) ApplyPreferences(c *Call) {
	rt := b.rt
	cm := &b.Common
	debugOn := cm.Debug != nil && *cm.Debug
	verboseOn := cm.Verbose != nil && *cm.Verbose
	c.VerboseFlag = verboseOn
	// MshCommandRuntime: without an explicit -ErrorAction/-WarningAction,
	// -Debug makes them Inquire and -Verbose makes them Continue.
	flagged := func(p string) func() ActionPreference {
		return func() ActionPreference {
			switch {
			case debugOn:
				return Inquire
			case verboseOn:
				return Continue
			}
			return prefVar(rt, p, Continue)
		}
	}
	c.ErrorAction = pick(cm.ErrorAction, flagged("ErrorActionPreference"))
	c.WarningAction = pick(cm.WarningAction, flagged("WarningPreference"))
	c.InformationAction = pick(cm.InformationAction, func() ActionPreference { return prefVar(rt, "InformationPreference", SilentlyContinue) })
	c.VerboseAction = prefVar(rt, "VerbosePreference", SilentlyContinue)
	switch {
	case cm.Verbose != nil:
		c.VerboseAction = SilentlyContinue
		if verboseOn {
			c.VerboseAction = Continue
		}
	case debugOn:
		c.VerboseAction = Inquire
	}
	c.DebugAction = prefVar(rt, "DebugPreference", SilentlyContinue)
	if cm.Debug != nil {
		c.DebugAction = SilentlyContinue
		if *cm.Debug {
			// Windows PowerShell 5.1: -Debug means Inquire.
			c.DebugAction = Inquire
		}
	}
	b.noteUnsupported(c, debugOn, verboseOn)
	if !b.ci.SupportsShouldProcess {
		return
	}
	if cm.WhatIf != nil {
		c.WhatIf = *cm.WhatIf
	} else if rt != nil {
		if v, ok := rt.GetVar("WhatIfPreference"); ok {
			c.WhatIf = dotnet.ToBool(v)
		}
	}
	// MshCommandRuntime.CanShouldProcessAutoConfirm: no prompt when the
	// confirm preference is None or above the command's ConfirmImpact.
	// -Confirm sets the preference to Low (so a ConfirmImpact of None
	// still goes on without asking), -Confirm:$false to None.
	pref := "High"
	if cm.Confirm != nil {
		pref = "None"
		if *cm.Confirm {
			pref = "Low"
		}
	} else if rt != nil {
		if v, ok := rt.GetVar("ConfirmPreference"); ok && v != nil {
			pref = toString(v)
		}
	}
	impact := b.ci.ConfirmImpact
	if impact == "" {
		impact = "Medium"
	}
	c.Confirm = !strings.EqualFold(pref, "None") && impactLevel(impact) >= impactLevel(pref)
}

func pick(p *ActionPreference, def func() ActionPreference) ActionPreference {
	if p != nil {
		return *p
	}
	return def()
}
