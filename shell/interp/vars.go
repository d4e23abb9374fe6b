package interp

import (
	"path/filepath"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

// varSite is one `$name` in the source. It remembers the variable it found
// last time, for the scope it was found from, so a hot loop reads
// `$i` without hashing its name: the cache holds while the scope is the
// same and no variable was created or removed that could shadow it.
type varSite struct {
	name, lname string
	scope       *Scope
	sgen, rgen  uint32
	v           *Variable
	// write cache: the local variable of wscope.
	wscope       *Scope
	wrgen, wsgen uint32
	wv           *Variable
}

func newVarSite(name string) *varSite {
	return &varSite{name: name, lname: strings.ToLower(name)}
}

// get returns the variable as seen from the current scope, or nil.
func (r *Runner) siteGet(s *varSite) *Variable {
	sc := r.scope
	if s.scope == sc && s.sgen == sc.gen && s.rgen == r.gen {
		return s.v
	}
	v := sc.find(s.lname)
	s.scope, s.sgen, s.rgen, s.v = sc, sc.gen, r.gen, v
	return v
}

// local returns the variable of the current scope, creating it.
func (r *Runner) siteLocal(s *varSite) *Variable {
	sc := r.scope
	if s.wscope == sc && s.wrgen == r.gen && s.wsgen == sc.gen {
		return s.wv
	}
	v := r.defineL(sc, s.name, s.lname)
	s.wscope, s.wrgen, s.wsgen, s.wv = sc, r.gen, sc.gen, v
	return v
}

// localOnly returns the variable of the current scope, or nil.
func (r *Runner) siteLocalOnly(s *varSite) *Variable {
	sc := r.scope
	if s.wscope == sc && s.wrgen == r.gen && s.wsgen == sc.gen {
		return s.wv
	}
	v := sc.local(s.lname)
	if v != nil {
		s.wscope, s.wrgen, s.wsgen, s.wv = sc, r.gen, sc.gen, v
	}
	return v
}

// varRead compiles reading a variable.
func (c *compiler) varRead(v *syntax.VariableExpr) exprFn {
	v = dollarUnder(v)
	lname := strings.ToLower(v.Name)
	switch lname {
	case "input":
		c.usesInput = true
	case "foreach", "switch":
		c.noteEnum(lname)
	}
	switch v.Scope {
	case "", "variable", "local", "private", "global", "script":
	case "env":
		name := v.Name
		return func(*Runner) (any, error) {
			if val, ok := members.LookupEnv(name); ok {
				return val, nil
			}
			if val, ok := lookupEnvFold(name); ok {
				return val, nil
			}
			return nil, nil
		}
	case "function":
		name := v.Name
		return func(r *Runner) (any, error) {
			if ci := r.findFunction(name); ci != nil {
				if fc, ok := ci.Script.(*funcCode); ok {
					return fc.sb, nil
				}
			}
			return nil, nil
		}
	default:
		return func(*Runner) (any, error) { return nil, nil }
	}
	if v.Scope == "" || v.Scope == "variable" {
		switch lname {
		case "true":
			return func(*Runner) (any, error) { return true, nil }
		case "false":
			return func(*Runner) (any, error) { return false, nil }
		case "null":
			return func(*Runner) (any, error) { return nil, nil }
		case "?":
			return func(r *Runner) (any, error) { return r.lastOK, nil }
		case "psscriptroot", "pscommandpath":
			return c.scriptPathVar(lname)
		}
		s := newVarSite(v.Name)
		at := siteOf(c.file, v)
		inString := c.inString > 0
		return func(r *Runner) (any, error) {
			vr := r.siteGet(s)
			if vr == nil {
				if r.strictUsed && r.strictVarRead(inString) {
					return nil, at.wrap(varNotSetError(userPath(v)))
				}
				return nil, nil
			}
			return vr.value(), nil
		}
	}
	scope, name := v.Scope, v.Name
	at := siteOf(c.file, v)
	inString := c.inString > 0
	return func(r *Runner) (any, error) {
		if vr := r.lookupVar(scope, name); vr != nil {
			return vr.value(), nil
		}
		if r.strictUsed && r.strictVarRead(inString) {
			return nil, at.wrap(varNotSetError(userPath(v)))
		}
		return nil, nil
	}
}

// dollarUnder maps $PSItem to $_: they are one variable.
func dollarUnder(v *syntax.VariableExpr) *syntax.VariableExpr {
	if strings.EqualFold(v.Name, "PSItem") {
		c := *v
		c.Name = "_"
		return &c
	}
	return v
}

// scriptPathVar compiles $PSScriptRoot and $PSCommandPath: they describe
// the file the code is in, known when it is compiled.
func (c *compiler) scriptPathVar(lname string) exprFn {
	path := ""
	if c.file != nil {
		path = c.file.Name
	}
	val := path
	if lname == "psscriptroot" {
		val = scriptDir(path)
	}
	s := newVarSite(lname)
	return func(r *Runner) (any, error) {
		if vr := r.siteGet(s); vr != nil {
			return vr.value(), nil
		}
		return val, nil
	}
}

// lookupEnvFold finds an environment variable ignoring case, as Windows
// does.
func lookupEnvFold(name string) (string, bool) {
	for _, kv := range members.Environ() {
		if i := strings.IndexByte(kv, '='); i > 0 && strings.EqualFold(kv[:i], name) {
			return kv[i+1:], true
		}
	}
	return "", false
}

// varSetter compiles storing into a variable (the target of =, foreach).
func (c *compiler) varSetter(v *syntax.VariableExpr) func(r *Runner, val any) error {
	v = dollarUnder(v)
	at := siteOf(c.file, v)
	switch v.Scope {
	case "env":
		name := v.Name
		return func(_ *Runner, val any) error {
			if val == nil || val == "" {
				members.Unsetenv(name)
				return nil
			}
			return members.Setenv(name, dotnet.ToString(val))
		}
	case "", "variable", "local":
		if strings.EqualFold(v.Name, "null") {
			return func(*Runner, any) error { return nil }
		}
		if strings.EqualFold(v.Name, "true") || strings.EqualFold(v.Name, "false") {
			name := strings.ToLower(v.Name)
			return func(r *Runner, _ any) error {
				return at.wrap(r.assign(r.global.local(name), nil))
			}
		}
		s := newVarSite(v.Name)
		return func(r *Runner, val any) error {
			return r.assign(r.siteLocal(s), val)
		}
	}
	scope, name := v.Scope, v.Name
	return func(r *Runner, val any) error {
		var sc *Scope
		switch scope {
		case "global":
			sc = r.global
		case "script":
			sc = r.scriptScope()
		case "private":
			sc = r.scope
			vr := r.define(sc, name)
			vr.Options |= optPrivate
			return r.assign(vr, val)
		case "function":
			return at.wrap(r.setFunctionValue(name, val))
		default:
			return at.wrap(newRuntimeError("Cannot find drive. A drive with the name '"+scope+"' does not exist.", "DriveNotFound", "ObjectNotFound"))
		}
		return r.assign(r.define(sc, name), val)
	}
}

// ofs returns $OFS, the separator used when an array becomes a string.
func (r *Runner) ofs() string {
	if v := r.scope.find("ofs"); v != nil {
		if v.value() != nil {
			return dotnet.ToString(v.value())
		}
	}
	return " "
}

// SetVariable sets a global variable (for the front: $PROFILE, …).
func (r *Runner) SetVariable(name string, v any) { r.define(r.global, name).Value = v }

// GetVariable reads a variable as seen from the current scope.
func (r *Runner) GetVariable(name string) (any, bool) {
	if v := r.scope.find(strings.ToLower(name)); v != nil {
		return v.value(), true
	}
	return nil, false
}

var _ = object.Null

// scriptDir is $PSScriptRoot for a script path ("" outside a script).
func scriptDir(path string) string {
	if path == "" {
		return ""
	}
	return filepath.Dir(path)
}
