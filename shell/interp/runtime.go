package interp

import (
	"sort"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

// rtView is the pipeline.Runtime the cmdlets see: the Runner, acting as
// seen from the scope the running command was called in. (It is a
// separate type because the Runner's own RunString has the front's
// signature.)
type rtView struct{ *Runner }

var _ pipeline.Runtime = rtView{}

// Invoke runs a script block for a cmdlet (ForEach-Object, Where-Object,
// Invoke-Command, delay-bind parameters, …).
func (r *Runner) Invoke(sb object.ScriptBlock, opt pipeline.InvokeOptions) ([]any, error) {
	o := invokeOpts{
		dollarUnder:    opt.DollarUnder,
		useDollarUnder: opt.UseDollarUnder,
		args:           opt.Args,
		input:          opt.Input,
		hasInput:       opt.HasInput,
		newScope:       opt.NewScope,
		vars:           opt.Vars,
	}
	isb, ok := sb.(*ScriptBlock)
	if !ok {
		return nil, object.NewException(psInvalidOperationTyp, "The script block cannot be invoked.")
	}
	if opt.PropagateErrors {
		// As inside a try: a statement's terminating error leaves the
		// block for the caller to handle.
		r.catchDepth++
		defer func() { r.catchDepth-- }()
	}
	if opt.Output != nil {
		return nil, r.invokeTo(isb, o, opt.Output)
	}
	return r.collectInvoke(isb, o)
}

// GetVar reads a variable as seen from the current scope.
func (r *Runner) GetVar(name string) (any, bool) {
	scope, n := splitQualifier(name)
	v := r.lookupVar(scope, n)
	if v == nil {
		return nil, false
	}
	return v.value(), true
}

// splitQualifier splits "global:x" into its scope and name.
func splitQualifier(name string) (string, string) {
	if i := strings.IndexByte(name, ':'); i > 0 {
		q := strings.ToLower(name[:i])
		switch q {
		case "global", "script", "local", "private", "variable":
			return q, name[i+1:]
		}
	}
	return "", name
}

// SetVar sets a variable in the named scope ("" local, "global",
// "script", or levels up as a number).
func (r *Runner) SetVar(name string, v any, scope string) error {
	q, n := splitQualifier(name)
	if scope == "" {
		scope = q
	}
	sc, err := r.scopeByName(scope)
	if err != nil {
		return err
	}
	vr := r.define(sc, n)
	if strings.EqualFold(scope, "private") {
		vr.Options |= optPrivate
	}
	return r.assign(vr, v)
}

// RemoveVar deletes a variable from the named scope (or the nearest one
// defining it).
func (r *Runner) RemoveVar(name string, scope string) error {
	q, n := splitQualifier(name)
	if scope == "" {
		scope = q
	}
	lname := strings.ToLower(n)
	if scope == "" {
		for s := r.scope; s != nil; s = s.parent {
			if r.remove(s, lname) {
				return nil
			}
		}
	} else {
		sc, err := r.scopeByName(scope)
		if err != nil {
			return err
		}
		if r.remove(sc, lname) {
			return nil
		}
	}
	ex := object.NewException("System.Management.Automation.ItemNotFoundException", "Cannot find a variable with the name '%s'.", n)
	return object.NewError(ex, "VariableNotFound", "ObjectNotFound", n)
}

// Variables lists the variables visible from the current scope, nearest
// definition first, sorted by name.
func (r *Runner) Variables() []*pipeline.Variable {
	seen := map[string]bool{}
	var out []*pipeline.Variable
	level := 0
	for s := r.scope; s != nil; s = s.parent {
		scopeName := "Local"
		if s == r.global {
			scopeName = "Global"
		} else if level > 0 {
			scopeName = ""
		}
		if s.frame != nil {
			for _, n := range frameNames {
				s.local(n)
			}
		}
		s.vars.each(func(k string, v *Variable) {
			if seen[k] || (s != r.scope && v.Options&optPrivate != 0) {
				return
			}
			seen[k] = true
			out = append(out, &pipeline.Variable{Name: v.Name, Value: v.value(), Description: v.Description, Options: v.Options.String(), Scope: scopeName, Attributes: varAttributes(v)})
		})
		level++
	}
	sort.Slice(out, func(i, j int) bool { return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name) })
	return out
}

// Lookup resolves a command name as the interpreter would run it.
func (r *Runner) Lookup(name string) (*pipeline.CommandInfo, bool) {
	lname := strings.ToLower(name)
	for s := r.scope; s != nil; s = s.parent {
		if t, ok := s.aliases[lname]; ok && r.aliasVisible(s, lname) {
			return &pipeline.CommandInfo{Name: name, Kind: pipeline.KindAlias, Target: t}, true
		}
	}
	if t, ok := r.reg.AliasTarget(lname); ok {
		return &pipeline.CommandInfo{Name: name, Kind: pipeline.KindAlias, Target: t, Module: aliasModule(r, t)}, true
	}
	return r.lookupCommand(name)
}

func aliasModule(r *Runner, target string) string {
	if ci, ok := r.reg.Get(target); ok {
		return ci.Module
	}
	return ""
}

// Commands lists every command: aliases, functions and cmdlets.
func (r *Runner) Commands() []*pipeline.CommandInfo {
	r.ensurePrompt()
	var out []*pipeline.CommandInfo
	seen := map[string]bool{}
	for s := r.scope; s != nil; s = s.parent {
		for k, t := range s.aliases {
			if !seen["a:"+k] && r.aliasVisible(s, k) {
				seen["a:"+k] = true
				out = append(out, &pipeline.CommandInfo{Name: k, Kind: pipeline.KindAlias, Target: t})
			}
		}
		for k, slot := range s.funcs {
			if slot.private && s != r.scope {
				continue
			}
			if !seen["f:"+k] {
				seen["f:"+k] = true
				out = append(out, r.completeFunction(s.slotInfo(k, slot)))
			}
		}
	}
	for a, t := range r.reg.AliasMap() {
		if !seen["a:"+a] {
			seen["a:"+a] = true
			out = append(out, &pipeline.CommandInfo{Name: a, Kind: pipeline.KindAlias, Target: t, Module: aliasModule(r, t)})
		}
	}
	out = append(out, r.reg.All()...)
	for _, ci := range builtins() {
		if _, ok := r.reg.Get(ci.Name); !ok {
			out = append(out, ci)
		}
	}
	return out
}

// SetAlias defines an alias in a scope.
func (r *Runner) SetAlias(name, target, scope string) error {
	sc, err := r.scopeByName(scope)
	if err != nil {
		return err
	}
	if sc.aliases == nil {
		sc.aliases = map[string]string{}
	}
	sc.aliases[strings.ToLower(name)] = target
	delete(sc.privAliases, strings.ToLower(name))
	r.cmdGen++
	return nil
}

// SetAliasPrivate gives the alias name of a scope the Private option
// (Set-Alias -Option Private): child scopes no longer see it.
func (rt rtView) SetAliasPrivate(name, scope string) error {
	sc, err := rt.scopeByName(scope)
	if err != nil {
		return err
	}
	if sc.privAliases == nil {
		sc.privAliases = map[string]bool{}
	}
	sc.privAliases[strings.ToLower(name)] = true
	rt.cmdGen++
	return nil
}

// aliasVisible hides a private alias of scope s from the other scopes.
func (r *Runner) aliasVisible(s *Scope, lname string) bool {
	return s == r.scope || !s.privAliases[lname]
}

// RunString parses and runs text in the current scope and returns its
// output (Invoke-Expression).
func (rt rtView) RunString(src string) ([]any, error) {
	r := rt.Runner
	f := syntax.NewFile("", src)
	b, err := syntax.Parse(f)
	if err != nil {
		return nil, r.parseFailure(err)
	}
	c := &compiler{file: f}
	sb := c.scriptBlock(b)
	var col collector
	err = r.invokeTo(sb, invokeOpts{}, col.emit)
	return col.items, err
}

// Session is the shell session state.
func (r *Runner) Session() *pipeline.Session { return r.sess }

var _ pipeline.Interrupter = rtView{}

var _ pipeline.CommandRemover = rtView{}

// RemoveCommand forgets a function or alias (Remove-Item function:f).
func (rt rtView) RemoveCommand(name string, kind pipeline.CommandKind) bool {
	r := rt.Runner
	r.ensurePrompt()
	lname := strings.ToLower(name)
	for s := r.scope; s != nil; s = s.parent {
		switch kind {
		case pipeline.KindFunction, pipeline.KindFilter:
			if _, ok := s.funcs[lname]; ok {
				delete(s.funcs, lname)
				r.cmdGen++
				return true
			}
		case pipeline.KindAlias:
			if _, ok := s.aliases[lname]; ok {
				delete(s.aliases, lname)
				r.cmdGen++
				return true
			}
		}
	}
	return false
}
