package interp

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/shell/syntax"
)

// A script that defines many functions calls few of them, and the
// declarations the binder reads (a ParamDecl per parameter, compiled
// parameter code) are a third of what defining a function allocates. A
// function whose signature has no attributes has nothing to evaluate when
// it is defined, so its CommandInfo starts with its name and code only,
// and completeFunction fills in the parameters the first time the
// function is looked up or listed: every path that hands a function's
// CommandInfo out of a scope goes through it.

// plainSignature reports whether a function's parameters can be declared
// later without changing what they mean: no attributes on the body, the
// param block or any parameter (attribute arguments are expressions
// evaluated when the definition runs).
func plainSignature(s *syntax.FunctionDef) bool {
	b := s.Body
	if b == nil || len(b.Attributes) > 0 {
		return false
	}
	for _, p := range s.Params {
		if len(p.Attributes) > 0 {
			return false
		}
	}
	if b.Param != nil {
		if len(b.Param.Attributes) > 0 {
			return false
		}
		for _, p := range b.Param.Params {
			if len(p.Attributes) > 0 {
				return false
			}
		}
	}
	return true
}

// completeFunction fills in the parameter declarations of a function
// defined with a plain signature, once.
func (r *Runner) completeFunction(ci *pipeline.CommandInfo) *pipeline.CommandInfo {
	fc, ok := ci.Script.(*funcCode)
	if !ok || !fc.pending {
		return ci
	}
	fc.pending = false
	full, err := fc.sb.code.info(r, ci.Name, ci.Kind)
	if err != nil {
		// Nothing is evaluated for a plain signature, so this cannot
		// happen; the function then binds as parameterless.
		return ci
	}
	ci.Params = full.Params
	ci.CmdletBinding = full.CmdletBinding
	ci.SupportsShouldProcess = full.SupportsShouldProcess
	ci.ConfirmImpact = full.ConfirmImpact
	ci.DefaultSet = full.DefaultSet
	ci.OutputTypes = full.OutputTypes
	ci.HelpURI = full.HelpURI
	if help := functionHelp(fc.def); help != nil {
		help.Apply(ci)
	}
	return ci
}

// funcSlot is a function as its scope holds it. A function defined with
// a plain signature starts as its code alone (fc): its CommandInfo, a
// few hundred bytes that a script defining many functions and calling
// few never needs, is made when it is first looked up or listed.
type funcSlot struct {
	ci *pipeline.CommandInfo
	fc *funcCode
	// private is `function private:f`: about_Scopes' Private option,
	// so the function is seen only from the scope that defined it.
	private bool
}

// definePlain stores a function with a plain signature in a scope.
func (r *Runner) definePlain(sc *Scope, fc *funcCode) {
	r.ensurePrompt()
	if sc.funcs == nil {
		sc.funcs = map[string]funcSlot{}
	}
	sc.funcs[strings.ToLower(fc.name)] = funcSlot{fc: fc}
	r.cmdGen++
}

// slotInfo returns the CommandInfo of the function stored under lname,
// making it on first use.
func (s *Scope) slotInfo(lname string, slot funcSlot) *pipeline.CommandInfo {
	if slot.ci != nil {
		return slot.ci
	}
	ci := &pipeline.CommandInfo{Name: slot.fc.name, Kind: slot.fc.kind, Script: slot.fc}
	s.funcs[lname] = funcSlot{ci: ci, private: slot.private}
	return ci
}

// markPrivateFunc flags a function just defined with the private: scope
// modifier, so that child scopes do not find it (about_Scopes, "Private").
func (r *Runner) markPrivateFunc(scope, name string) {
	if scope != "private" {
		return
	}
	lname := strings.ToLower(name)
	if slot, ok := r.scope.funcs[lname]; ok {
		slot.private = true
		r.scope.funcs[lname] = slot
	}
}
