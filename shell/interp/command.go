package interp

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"cspsh/internal/rawfile"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
	"cspsh/shell/syntax"
)

func toStringValue(v any) string { return dotnet.ToString(v) }

// commandObjectName is the command a Get-Command result stands for, so
// `& (Get-Command x)` runs it: its path for scripts and programs, else
// its name.
func commandObjectName(o *object.PSObject) string {
	kind, _ := o.Prop("CommandType")
	switch dotnet.ToString(kind) {
	case "ExternalScript", "Application":
		if src, ok := o.Prop("Source"); ok && src != nil && src != "" {
			return dotnet.ToString(src)
		}
	}
	if n, ok := o.Prop("Name"); ok {
		return dotnet.ToString(n)
	}
	return dotnet.ToString(o)
}

// command resolves and binds one command of a pipeline and returns the
// processor that runs it.
func (r *Runner) command(e *elemCode, emit emitFn, expectingInput bool, position int) (pipeline.Processor, error) {
	var target any
	name := e.nameConst
	if !e.constName {
		v, err := e.name(r)
		if err != nil {
			return nil, err
		}
		target = v
		switch t := v.(type) {
		case string:
			name = t
		case *pipeline.CommandInfo:
			name = t.Name
		case nil:
			return nil, e.nameAt.wrap(newRuntimeError("The expression after '"+e.invoke+"' in a pipeline element produced an object that was not valid. It must result in a command name, a script block, or a CommandInfo object.", "BadExpression", "InvalidOperation"))
		case *ScriptBlock:
		case *object.PSObject:
			name = commandObjectName(t)
			// A FunctionInfo or CmdletInfo (from Get-Command) names that
			// very command: an alias of the same name does not hide it
			// (about_Command_Precedence: & (Get-Command h -CommandType Function)).
			if ci := r.commandOfType(t, name); ci != nil {
				target = ci
			}
		default:
			name = dotnet.ToString(v)
		}
	}
	if sb, ok := target.(*ScriptBlock); ok {
		args, err := r.evalArgs(e.args, true)
		if err != nil {
			return nil, err
		}
		o := invokeOpts{cmdArgs: args, useCmdArgs: true, newScope: e.invoke != ".", expectingInput: expectingInput, at: &e.at, block: sb}
		return r.activate(sb, o, emit), nil
	}
	ci, _ := target.(*pipeline.CommandInfo)
	if ci == nil {
		if e.constName && e.cacheScope == r.scope && e.cacheGen == r.cmdGen {
			ci = e.cacheCI
		} else {
			var ok bool
			ci, ok = r.lookupCommand(name)
			if !ok {
				return nil, notFoundAt(e.nameAt, name)
			}
			if e.constName && ci.Kind != pipeline.KindApplication && ci.Kind != pipeline.KindExternalScript {
				e.cacheScope, e.cacheGen, e.cacheCI = r.scope, r.cmdGen, ci
			}
		}
	}
	switch ci.Kind {
	case pipeline.KindFunction, pipeline.KindFilter:
		fc, ok := ci.Script.(*funcCode)
		if !ok {
			return nil, e.nameAt.wrap(commandNotFound(name))
		}
		simple := fc.sb.code.paramsDone && fc.sb.code.simple
		if simple && e.plainArgs {
			// Plain positional values for a plain function: no binder.
			a := r.activateBare(fc.sb, emit)
			o := &a.opts
			o.newScope, o.expectingInput, o.position = e.invoke != ".", expectingInput, position
			o.name, o.invName, o.kind, o.ci, o.at = ci.Name, name, ci.Kind, ci, &e.at
			var vals []any
			if len(e.args) <= len(a.argBuf) {
				vals = a.argBuf[:len(e.args)]
			} else {
				vals = make([]any, len(e.args))
			}
			for i := range e.args {
				v, err := e.args[i].val(r)
				if err != nil {
					return nil, err
				}
				if v == object.Null {
					v = nil
				}
				vals[i] = v
			}
			a.opts.args = vals
			return a, nil
		}
		args, err := r.evalArgs(e.args, !simple)
		if err != nil {
			return nil, err
		}
		o := invokeOpts{cmdArgs: args, useCmdArgs: true, newScope: e.invoke != ".", expectingInput: expectingInput,
			name: ci.Name, invName: name, kind: ci.Kind, ci: ci, at: &e.at, position: position}
		return r.activate(fc.sb, o, emit), nil
	case pipeline.KindExternalScript:
		sb, err := r.loadScript(ci.Path)
		if err != nil {
			return nil, e.nameAt.wrap(err)
		}
		args, err := r.evalArgs(e.args, true)
		if err != nil {
			return nil, err
		}
		o := invokeOpts{cmdArgs: args, useCmdArgs: true, newScope: e.invoke != ".", expectingInput: expectingInput,
			name: filepath.Base(ci.Path), invName: name, kind: ci.Kind, at: &e.at, path: ci.Path, position: position}
		if ci.Params != nil || ci.CmdletBinding {
			// scriptInfo declared its parameters already.
			o.ci = ci
		}
		a := r.activate(sb, o, emit)
		a.scriptScope = true
		return a, nil
	case pipeline.KindApplication:
		args, err := r.evalArgs(e.args, false)
		if err != nil {
			return nil, err
		}
		return &nativeProc{r: r, path: ci.Path, name: name, args: args, emit: emit, expecting: expectingInput, at: e.at}, nil
	}
	args, err := r.evalArgs(e.args, true)
	if err != nil {
		return nil, err
	}
	info := e.at.info()
	info.MyCommand = ci.Name
	info.InvocationName = name
	b, err := pipeline.BindWith(ci, args, rtView{r}, pipeline.BindOptions{ExpectingInput: expectingInput, Invocation: info, PipelinePosition: position})
	if err != nil {
		return nil, e.at.wrap(err)
	}
	return pipeline.NewProcessor(ci, b, rtView{r}, emit), nil
}

// commandOfType resolves the command a CommandInfo object from
// Get-Command stands for, by its CommandType, so that precedence (aliases
// before functions before cmdlets) does not pick another command.
func (r *Runner) commandOfType(o *object.PSObject, name string) *pipeline.CommandInfo {
	kind, _ := o.Prop("CommandType")
	switch dotnet.ToString(kind) {
	case "Function", "Filter":
		return r.findFunction(name)
	case "Cmdlet":
		if ci, ok := r.reg.Get(name); ok {
			return ci
		}
	}
	return nil
}

// lookupCommand resolves a command name: aliases, then functions, then
// cmdlets, then script files, then programs on PATH.
func (r *Runner) lookupCommand(name string) (*pipeline.CommandInfo, bool) {
	for i := 0; i < 10; i++ {
		target, ok := r.findAlias(name)
		if !ok {
			break
		}
		name = target
	}
	if ci := r.findFunction(name); ci != nil {
		return ci, true
	}
	if ci, ok := r.reg.Get(name); ok {
		return ci, true
	}
	if ci, ok := builtins()[strings.ToLower(name)]; ok {
		return ci, true
	}
	if i := strings.LastIndexByte(name, '\\'); i > 0 && !strings.ContainsAny(name[:i], ":/\\.") {
		// Module-qualified: Microsoft.PowerShell.Utility\Write-Output
		if ci, ok := r.reg.Get(name[i+1:]); ok {
			return ci, true
		}
	}
	if i := strings.LastIndexByte(name, '\\'); i > 0 {
		if ci, ok := r.reg.Get(name[i+1:]); ok && strings.Contains(name[:i], ".") && !strings.ContainsAny(name[:i], ":/") {
			return ci, true
		}
	}
	if strings.ContainsAny(name, `/\`) || strings.HasSuffix(strings.ToLower(name), ".ps1") {
		if p, err := r.resolvePath(name); err == nil {
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				if strings.HasSuffix(strings.ToLower(p), ".ps1") {
					return r.scriptInfo(p), true
				}
				if st.Mode()&0o111 != 0 {
					return &pipeline.CommandInfo{Name: filepath.Base(p), Kind: pipeline.KindApplication, Path: p}, true
				}
			}
		}
		return nil, false
	}
	if p, err := exec.LookPath(name); err == nil {
		return &pipeline.CommandInfo{Name: filepath.Base(p), Kind: pipeline.KindApplication, Path: p}, true
	}
	return nil, false
}

// findAlias resolves an alias defined in a scope or built in.
func (r *Runner) findAlias(name string) (string, bool) {
	lname := strings.ToLower(name)
	for s := r.scope; s != nil; s = s.parent {
		if t, ok := s.aliases[lname]; ok && r.aliasVisible(s, lname) {
			return t, true
		}
	}
	t, ok := r.reg.AliasTarget(lname)
	return t, ok
}

// loadScript compiles a .ps1 file (cached by path and modification time).
func (r *Runner) loadScript(path string) (*ScriptBlock, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, object.NewException("System.IO.FileNotFoundException", "Could not find file '%s'.", path)
	}
	if r.scripts == nil {
		r.scripts = map[string]*cachedScript{}
	}
	if cs, ok := r.scripts[path]; ok && cs.mod.Equal(st.ModTime()) {
		return cs.sb, nil
	}
	src, err := rawfile.ReadString(path)
	if err != nil {
		return nil, err
	}
	abs, _ := filepath.Abs(path)
	f := syntax.NewFile(paths.Display(r.sess, abs), src)
	b, err := syntax.Parse(f)
	if err != nil {
		return nil, r.parseFailure(err)
	}
	c := &compiler{file: f}
	sb := c.scriptBlock(b)
	r.scripts[path] = &cachedScript{sb: sb, mod: st.ModTime()}
	return sb, nil
}

// resolvePath maps a path as written to a host path: C:\… inside the lab,
// and Windows-style relative or rooted host paths (.\lib.ps1,
// "$PSScriptRoot\lib.ps1") with their backslashes read as separators.
func (r *Runner) resolvePath(p string) (string, error) {
	if paths.DriveLetter(p) == 0 && strings.Contains(p, `\`) {
		if _, _, isDrive := paths.SplitDrive(p); !isDrive {
			p = strings.ReplaceAll(p, `\`, "/")
		}
	}
	return paths.Resolve(r.sess, p)
}
